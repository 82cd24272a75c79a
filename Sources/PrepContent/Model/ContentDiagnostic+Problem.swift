import Foundation

extension ContentDiagnostic {
    /// Every problem an import can report; the values are what the wording needs, so each language can say it.
    package enum Problem: Sendable, Hashable, Codable {
        // The file as a whole.
        case noSuchFileOrFolder
        case fileDoesNotExist
        case fileCannotBeRead
        case cannotReadFile(reason: String)
        case fileTooLarge(bytes: Int64, limit: Int64)
        case notARegularFile
        case nameNotUTF8
        case folderCannotBeRead(reason: String)
        case folderAlreadyVisited
        case notUTF8(byte: UInt8)
        case emptyFile
        // Items in prep markdown, plain articles and tables.
        case questionHasNoAnswer
        case questionIsEmpty
        case answerWithoutQuestion
        case clozeWithoutDeletion
        case clozeWithoutBracketDeletion
        case claimWithoutVerdict
        case emptyQuestionSection
        case questionsWithoutItems
        case detailsWithoutQuestion
        case answerOnlyAsksAgain
        case answerLooksLikeQuestion(answerLine: Int, excerpt: String)
        case longAnswer(lines: Int)
        case tableRowCells(cells: Int, headerCells: Int)
        case unclosedCodeFence
        case strayAnnotation(name: String)
        case invalidID(id: String)
        case duplicateID(id: String, firstLine: Int)
        case unknownVerdict(verdict: String)
        // Anki's delimited text.
        case headerColumnBeyondRows(column: Int, fields: Int)
        case unclosedQuotedField
        case rowFieldCount(fields: Int, expected: Int)
        case rowWithoutQuestion
        case rowWithoutAnswer
        case clozeNoteWithoutDeletion
        case repeatedRowQuestion(firstLine: Int)
        case repeatedGUID(guid: String, firstLine: Int)
        case unknownSeparator(value: String)
        case htmlSettingNotBoolean(value: String)
        case columnSettingNotNumber(key: String, value: String)

        /// The English wording, which `--json` and the English screen show.
        package var english: String {
            switch self {
            case .noSuchFileOrFolder: "no such file or folder"
            case .fileDoesNotExist: "file does not exist"
            case .fileCannotBeRead: "file cannot be read"
            case .cannotReadFile(let reason): "cannot read file: \(reason)"
            case .fileTooLarge(let bytes, let limit): "file is \(bytes) bytes, over the \(limit)-byte limit (--max-file-size); not imported"
            case .notARegularFile: "not a regular file (a FIFO, device or socket); skipped"
            case .nameNotUTF8: "file name is not valid UTF-8 (odd bytes shown as \\xNN); rename it to import it"
            case .folderCannotBeRead(let reason): "folder cannot be read: \(reason); skipped"
            case .folderAlreadyVisited: "folder was already searched (a symlink loop); skipped"
            case .notUTF8(let byte): "file is not valid UTF-8 (malformed sequence at byte \(String(format: "0x%02X", byte)))"
            case .emptyFile: "file is empty"
            case .questionHasNoAnswer: "question has no answer"
            case .questionIsEmpty: "question is empty"
            case .answerWithoutQuestion: "answer does not follow a question"
            case .clozeWithoutDeletion: "cloze has no deletion; mark one with [text] or {{c1::text}}"
            case .clozeWithoutBracketDeletion: "cloze has no deletion; mark one with [text]"
            case .claimWithoutVerdict: "claim has no verdict; add 'verdict: true|false|misleading|depends — why'"
            case .emptyQuestionSection: "question heading has an empty section; no card made"
            case .questionsWithoutItems: "this line asks a question, but no question with an answer was found in the file; no card made (write answers under their questions, or label them Q: / A:)"
            case .detailsWithoutQuestion: "details block has no question"
            case .answerOnlyAsksAgain: "the text below this question only asks again; no card made"
            case .answerLooksLikeQuestion(let answerLine, let excerpt):
                "answer contains a line that looks like another question (answer line \(answerLine)): \(excerpt)"
            case .longAnswer(let lines): "answer is \(lines) lines long; check that it does not run into the next item"
            case .tableRowCells(let cells, let headerCells): "table row has \(cells) cells, header has \(headerCells)"
            case .unclosedCodeFence: "code fence is never closed; it runs to the end of the file"
            case .strayAnnotation(let name): "'\(name):' does not follow an item and is ignored"
            case .invalidID(let id): "id '\(id)' may only use letters, digits, '-', '_' and '.'"
            case .duplicateID(let id, let firstLine): "duplicate id '\(id)' (first used on line \(firstLine))"
            case .unknownVerdict(let verdict): "unknown verdict '\(verdict)'; expected true, false, misleading or depends"
            case .headerColumnBeyondRows(let column, let fields):
                "column \(column) is named in the header, but rows have \(fields) fields"
            case .unclosedQuotedField: "quoted field is never closed; the row is left out"
            case .rowFieldCount(let fields, let expected): "row has \(fields) fields, expected \(expected); the row is left out"
            case .rowWithoutQuestion: "row has an empty question; the row is left out"
            case .rowWithoutAnswer: "row has no answer; the row is left out"
            case .clozeNoteWithoutDeletion: "cloze note has no deletion such as {{c1::text}}; the row is left out"
            case .repeatedRowQuestion(let firstLine):
                "the same question as line \(firstLine); give the rows GUIDs to keep both; the row is left out"
            case .repeatedGUID(let guid, let firstLine): "GUID '\(guid)' is used again (first on line \(firstLine)); the row is left out"
            case .unknownSeparator(let value): "unknown separator '\(value)'; it is guessed from the rows"
            case .htmlSettingNotBoolean(let value): "'#html:' is true or false, not '\(value)'"
            case .columnSettingNotNumber(let key, let value): "'#\(key):' needs a column number counted from 1, not '\(value)'"
            }
        }
    }
}
