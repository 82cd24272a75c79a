import Foundation
import PrepTestSupport
import Testing
@testable import PrepCLI
import PrepContent

/// What an import finds wrong is worded in the learner's language on screen, and stays English in `--json`.
@Suite struct ImportProblemLanguageTests {
    /// One of every problem. The switch below fails to compile when a case is added, a reminder to add it here.
    static let samples: [ContentDiagnostic.Problem] = [
        .noSuchFileOrFolder, .fileDoesNotExist, .fileCannotBeRead, .cannotReadFile(reason: "權限不足"), .notUTF8(byte: 0x80),
        .emptyFile, .questionHasNoAnswer, .questionIsEmpty, .answerWithoutQuestion, .clozeWithoutDeletion,
        .clozeWithoutBracketDeletion, .claimWithoutVerdict, .emptyQuestionSection, .questionsWithoutItems, .detailsWithoutQuestion,
        .answerOnlyAsksAgain, .answerLooksLikeQuestion(answerLine: 3, excerpt: "什麼是 WSGI？"), .longAnswer(lines: 80),
        .tableRowCells(cells: 3, headerCells: 2), .unclosedCodeFence, .strayAnnotation(name: "verdict"),
        .invalidID(id: "a b"), .duplicateID(id: "wsgi", firstLine: 4),
        .unknownVerdict(verdict: "maybe"), .headerColumnBeyondRows(column: 5, fields: 2), .unclosedQuotedField,
        .rowFieldCount(fields: 3, expected: 2), .rowWithoutQuestion, .rowWithoutAnswer, .clozeNoteWithoutDeletion,
        .repeatedRowQuestion(firstLine: 2), .repeatedGUID(guid: "abc", firstLine: 2), .unknownSeparator(value: "Pipe"),
        .htmlSettingNotBoolean(value: "yes"), .columnSettingNotNumber(key: "tags column", value: "x"),
        .fileTooLarge(bytes: 20 << 20, limit: 16 << 20), .notARegularFile, .nameNotUTF8,
        .folderCannotBeRead(reason: "權限不足"), .folderAlreadyVisited,
    ]

    static func isSampled(_ problem: ContentDiagnostic.Problem) -> Bool {
        switch problem {
        case .noSuchFileOrFolder, .fileDoesNotExist, .fileCannotBeRead, .cannotReadFile, .notUTF8, .emptyFile,
            .questionHasNoAnswer, .questionIsEmpty, .answerWithoutQuestion, .clozeWithoutDeletion,
            .clozeWithoutBracketDeletion, .claimWithoutVerdict, .emptyQuestionSection, .questionsWithoutItems, .detailsWithoutQuestion,
            .answerOnlyAsksAgain, .answerLooksLikeQuestion, .longAnswer, .tableRowCells, .unclosedCodeFence,
            .strayAnnotation, .invalidID, .duplicateID, .unknownVerdict, .headerColumnBeyondRows,
            .unclosedQuotedField, .rowFieldCount, .rowWithoutQuestion, .rowWithoutAnswer, .clozeNoteWithoutDeletion,
            .repeatedRowQuestion, .repeatedGUID, .unknownSeparator, .htmlSettingNotBoolean, .columnSettingNotNumber,
            .fileTooLarge, .notARegularFile, .nameNotUTF8, .folderCannotBeRead, .folderAlreadyVisited:
            true
        }
    }

    @Test func everyProblemHasAChineseWordingWithNoEnglishWords() {
        #expect(Self.samples.allSatisfy(Self.isSampled))
        // One sample per case: distinct English messages, as no two cases share a wording.
        #expect(Set(Self.samples.map(\.english)).count == Self.samples.count)
        let zh = ScreenPhrases.traditionalChinese.imports
        for problem in Self.samples {
            let text = zh.problem(problem)
            #expect(!text.isEmpty)
            #expect(text != problem.english)
            // GUID is Anki's name for a note's identity, and UTF is part of an encoding's name.
            let words = CardsAndSetupLanguageTests.englishWords(text).filter { !["GUID", "UTF"].contains($0) }
            #expect(words.isEmpty, "\(problem): \(words)")
        }
    }

    @Test func theEnglishScreenShowsTheEnglishMessage() {
        for problem in Self.samples {
            #expect(ScreenPhrases.english.imports.problem(problem) == problem.english)
        }
    }

    func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path]
        return harness
    }

    /// A fresh workspace for each run, since an unchanged file is not read again.
    func badItemWorkspace() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("notes/bad.en.md", "# T\n\nQ: Where is the answer?\n")
        return directory
    }

    @Test func aBadItemIsReportedInTheChosenLanguage() throws {
        let chineseWorkspace = try badItemWorkspace(), englishWorkspace = try badItemWorkspace()
        let chinese = harness(in: chineseWorkspace).run("import", "notes")
        #expect(chinese.status == 1)
        #expect(chinese.err.contains("notes/bad.en.md:3:1: 錯誤: 問題沒有答案"))
        #expect(!chinese.err.contains("question has no answer"))

        let english = harness(in: englishWorkspace).run("import", "--lang", "en", "notes")
        #expect(english.status == 1)
        #expect(english.err.contains("notes/bad.en.md:3:1: error: question has no answer"))

        let directory = try badItemWorkspace()

        let dryRun = harness(in: directory).run("import", "--dry-run", "notes")
        #expect(dryRun.err.contains("問題沒有答案"))
        let json = harness(in: directory).run("import", "--dry-run", "--json", "notes")
        #expect(json.out.contains("question has no answer"))
        #expect(!json.out.contains("問題沒有答案"))
    }
}
