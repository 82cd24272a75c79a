import Foundation
import PrepCore
import PrepScheduling
import PrepContent

/// Questions about one table cell, asked the way its table is built (``TableShape``): a definition table
/// matches terms and meanings, a table comparing its columns asks which of them a value belongs to, an
/// attribute table offers values of the same column from other rows, and a column that never changes is
/// asked once as a whole.
extension QuizGenerator {
    /// One way to ask about a cell, decided before any random choice so the types can be listed.
    enum CellPlan {
        /// The meaning (or an attribute table's value) shown, its row to pick among other rows' terms.
        case matchTerm(distractors: [String])
        /// Which column of the row holds the value (subjects).
        case whichColumn(choices: [String], correctIndex: Int)
        /// The column that holds one value in every row, among the table's value columns.
        case constantColumn(choices: [String], correctIndex: Int)
        /// A statement with this wrong value, or the right one.
        case statement(wrong: [String])
        /// The subject a row's verdict picks for its situation, among the compared subjects.
        case verdict(choices: [String], correctIndex: Int)
    }

    func cellPlans(for entry: TableIndex.Entry, index: TableIndex, language: QuizLanguage) -> [QuizQuestionType: CellPlan] {
        let shape = index.shape(ofTableOf: entry)
        let table = index.entries(inTableOf: entry)
        let cell = entry.cell
        var plans: [QuizQuestionType: CellPlan] = [:]
        // A row of a table that only illustrates or explains its rows is recalled whole, named by its table.
        if Self.explainsItsRows(cell.columns) { return [:] }
        if shape.constantColumns.contains(cell.columnIndex) {
            if !entry.reading.isMarkOnly, let (choices, correctIndex) = constantColumnChoices(entry, table: table, shape: shape) {
                plans[.whichOne] = .constantColumn(choices: choices, correctIndex: correctIndex)
            }
            return plans
        }
        // A bare mark is no fact to pick out: "which one says yes" is a lookup. It is recalled as a comparison
        // (`nil` plan). A sentence may be shown in a prompt, never offered as an option.
        // A value resting on a release number ("Since 3.0", "opt-in in 0.54") asks the number, which is trivia.
        // A status and its condition, or a bare opinion, is no value to pick out either (``isStatusValue``, ``isOpinion``).
        guard !entry.reading.isMarkOnly, !Self.namesRelease(entry.reading.note), !Self.isStatusValue(entry.reading),
              !Self.isOpinion(entry.reading.note)
        else { return [:] }
        let sameColumn = table.filter { $0.key != entry.key && $0.cell.columnIndex == cell.columnIndex && !$0.cell.rowLabel.isEmpty }
        // A value restating its own row's label gives the term away ("Gunicorn + Uvicorn worker" → "gunicorn manages…");
        // a value read by its mark ("部分✓") is no fact to pick a row or a column by, nor a bare denial ("不支持") a
        // column (beside its column's name, "Dirty reads: Not possible", a denial still tells rows apart).
        let restatesRow = Self.sharesKeyWords(entry.reading.note, cell.rowLabel)
        let marked = Self.holdsMark(entry.reading.note)
        let denies = marked || Self.isNegation(entry.reading.note)
        switch shape.kind {
        case .definitions, .attributes:
            // Rows are terms or things: the value shown (named by its column in an attribute table), the row to pick.
            // A judging word ("Simple", "成熟") beside a named notion ("Concurrency limit") is a distractor of another
            // kind: the one notion among adjectives is picked by form alone.
            var candidates = sameColumn.filter { other in
                !Self.sharesKeyWords(other.reading.note, entry.reading.note) && other.form != entry.form
                    && Self.isOpinion(other.cell.rowLabel) == Self.isOpinion(cell.rowLabel)
            }.map(\.cell.rowLabel)
            // A meaning that repeats a word of its term ("…a blocking call stalls the loop" for "Non-blocking I/O")
            // points at it unless the other options repeat one too: only those are offered, and none means no choice.
            if Self.echoes(entry.reading.note, cell.rowLabel) { candidates = candidates.filter { Self.echoes(entry.reading.note, $0) } }
            // A term that claims without limit ("Never trust input") among plain ones is picked by its form: only
            // absolute terms are offered beside it, and none means no choice.
            if Self.overstates(cell.rowLabel) { candidates = candidates.filter(Self.overstates) }
            let terms = fairTerms(for: cell.rowLabel, among: candidates)
            // Rows named by version numbers ("3.2", "4.1+") would ask for a number to recognise: trivia, not a fact.
            // One distractor makes a coin toss between two rows, which a reader takes for half a question.
            if terms.count >= 2, !restatesRow, !marked, !Self.isVersion(cell.rowLabel) { plans[.multipleChoice] = .matchTerm(distractors: terms) }
        case .subjects:
            // A table that ends each row in a verdict ("| Situation | WSGI | ASGI | Choose |") weighs the subjects
            // for a situation: the verdict is the question an examiner asks ("For a CPU-bound app, WSGI or ASGI?").
            // The other cells only assess one subject for it ("Works, but gains nothing"): which subject such a
            // value belongs to is a cell lookup, and its wording often hands over the verdict ("no new pitfalls"
            // for a team new to async), so they are recalled as their row's comparison.
            guard shape.verdictColumns.isEmpty else {
                if shape.verdictColumns.contains(cell.columnIndex), let (choices, correctIndex) = verdictChoices(entry, shape: shape) {
                    plans[.whichOne] = .verdict(choices: choices, correctIndex: correctIndex)
                }
                return plans
            }
            let row = table.filter {
                $0.cell.rowLabel == cell.rowLabel && $0.cell.columnIndex != cell.columnIndex && !shape.verdictColumns.contains($0.cell.columnIndex)
            }
            // The subjects' names answer a row that restates what they mean, or a value that names a subject ("Full
            // Node APIs" under Node: "for Node, APIs is Full Node APIs" is true on its face): no choice, no statement.
            guard !Self.restatesDefiningContrast(entry, row: row),
                  !([entry] + row).contains(where: { Self.sharesKeyWords(entry.reading.note, $0.cell.column) })
            else { return [:] }
            if !denies, !Self.alsoFitsAnother(entry, row: row), let (choices, correctIndex) = whichColumnChoices(entry, row: row, language: language) {
                plans[.whichOne] = .whichColumn(choices: choices, correctIndex: correctIndex)
            }
            let swapped = row.filter { other in
                other.form != entry.form && other.reading.isTermValue && !Self.sharesKeyWords(other.reading.note, entry.reading.note)
                    && !Self.isStatusValue(other.reading) && !Self.isOpinion(other.reading.note)
            }.map { language.cellValue($0.reading) }
            if !swapped.isEmpty, entry.reading.isTermValue { plans[.trueFalse] = .statement(wrong: swapped) }
        }
        return plans
    }

    /// "3.2", "4.1+", "v3", "Before 3.0", "3.0 以前": a label that names a release.
    static func isVersion(_ label: String) -> Bool {
        let text = ReleaseScan(label)
        return text.isBareReleaseNumber || text.hasDottedNumber
    }

    /// A text holding a release number or a year: "3.0", "0.54", "v2", "2003 年"; not a protocol's ("HTTP/1.1").
    static func namesRelease(_ text: String) -> Bool {
        let text = ReleaseScan(text)
        return text.hasDottedNumber || text.hasVNumber || text.hasYear
    }

    /// Two texts that share a key word (a word of four letters or more, or two CJK characters in a row): a
    /// distractor sharing one with the key may say the same thing in other words, so it is not wrong for sure.
    /// Opposites ("Possible", "Not possible") share their words but not their meaning, so they stay fair.
    static func sharesKeyWords(_ lhs: String, _ rhs: String) -> Bool {
        let negated = { (text: String) in
            let folded = AnswerText.folded(text)
            return folded.split(whereSeparator: { !$0.isLetter }).contains { ["not", "no", "non", "never", "without"].contains($0) }
                || folded.contains(where: { "不非無沒无没".contains($0) })
        }
        return negated(lhs) == negated(rhs) && !keyWords(lhs).isDisjoint(with: keyWords(rhs))
    }

    /// A description and an option sharing a content word ("blocking", "I/O" is too short to count) or two CJK
    /// characters in a row ("同步").
    static func echoes(_ description: String, _ option: String) -> Bool {
        !keyWords(description, shortest: 3).isDisjoint(with: keyWords(option, shortest: 3))
    }

    private static func keyWords(_ text: String, shortest: Int = 4) -> Set<String> {
        let folded = AnswerText.folded(text)
        var words = Set(folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.first.map(AnswerText.isCJK) == true })
            .map(String.init).filter { $0.count >= shortest && !commonWords.contains($0) })
        let cjk = Array(folded.filter { $0.unicodeScalars.first.map(AnswerText.isCJK) == true })
        for index in cjk.indices.dropLast() where !commonPairs.contains(String(cjk[index...index + 1])) {
            words.insert(String(cjk[index...index + 1]))
        }
        return words
    }

    private static let commonWords: Set<String> = [
        "with", "that", "this", "from", "only", "when", "than", "each", "into", "more", "less", "none", "until", "about",
        "after", "before", "which", "there", "their", "them", "they", "have", "does",
        "the", "and", "for", "are", "not", "but", "its", "can", "all", "any", "one", "use", "via", "per", "has", "was", "you",
        "how", "why", "who", "own", "out", "new", "may",
    ]
    private static let commonPairs: Set<String> = ["一個", "可以", "沒有", "不是", "需要", "使用", "的話"]

    func cellQuestion(
        _ entry: TableIndex.Entry, plan: CellPlan?, index: TableIndex, language: QuizLanguage, using random: inout SplitMix64
    ) -> QuizQuestion.Kind {
        let cell = entry.cell
        let shape = index.shape(ofTableOf: entry)
        let answer = language.cellValue(entry.reading)
        switch plan {
        case .matchTerm(let distractors):
            let prompt = shape.kind == .attributes ? language.matchRowPrompt(cell, value: answer) : language.matchTermPrompt(cell, meaning: answer)
            return multipleChoice(
                prompt: prompt, answer: cell.rowLabel, distractors: distractors,
                using: &random
            )
        case .whichColumn(let choices, let correctIndex):
            let prompt = language.whichColumnPrompt(cell, value: answer, choices: choices)
            return .whichOne(prompt: prompt, choices: choices, correctIndex: correctIndex)
        case .verdict(let choices, let correctIndex):
            return .whichOne(prompt: language.verdictPrompt(cell, choices: choices), choices: choices, correctIndex: correctIndex)
        case .constantColumn(let choices, let correctIndex):
            return .whichOne(
                prompt: language.constantColumnPrompt(cell, value: answer, choices: choices), choices: choices,
                correctIndex: correctIndex
            )
        case .statement(let wrong):
            let statement: (String) -> String = shape.constantColumns.contains(cell.columnIndex)
                ? { language.constantColumnStatement(cell, value: $0) } : { language.cellStatement(cell, kind: shape.kind, value: $0) }
            let truth = statement(answer)
            if random.chance(1, in: 2) { return .trueFalse(statement: truth, answer: true, explanation: truth) }
            let value = wrong[random.index(below: wrong.count)]
            return .trueFalse(statement: statement(value), answer: false, explanation: truth)
        case nil:
            if shape.constantColumns.contains(cell.columnIndex) {
                // A bare mark typed is a coin toss, so it is revealed and self-graded.
                let mode = entry.reading.isMarkOnly ? .selfGraded : cellRecallMode(forAnswer: answer, key: entry.key)
                return .recall(prompt: language.constantColumnRecallPrompt(cell), answer: answer, mode: mode)
            }
            if shape.kind == .definitions, !Self.explainsItsRows(cell.columns) {
                return .recall(prompt: language.recallPrompt(cell, kind: shape.kind), answer: answer, mode: cellRecallMode(forAnswer: answer, key: entry.key))
            }
            return comparison(entry, shape: shape, index: index, language: language)
        }
    }

    /// A cell with nothing fair to pick from, recalled with what it is compared with: the row's subjects on
    /// its aspect ("Compare WSGI and ASGI on “Long-lived connections”"), or the rows of an attribute table on
    /// its column; the answer lists every compared value, so the back answers the front.
    func comparison(_ entry: TableIndex.Entry, shape: TableShape, index: TableIndex, language: QuizLanguage) -> QuizQuestion.Kind {
        let table = index.entries(inTableOf: entry).filter { !$0.reading.isPlaceholder }
        // A mark says what its column means for its row ("✗" under "Dirty reads": not prevented, or not
        // occurring): a yes or no put in prep's words would read the column one way, so the mark stays as
        // written, and a row of a table whose rows are things is recalled whole, the row as the subject (with one
        // value column, "| Feature | Supported |", the column is compared across its rows instead). So is a row
        // whose column cannot be listed across the rows (``listsColumn(of:in:)``).
        let shown: (TableIndex.Entry) -> String = { other in
            guard let mark = other.reading.mark else { return language.cellValue(other.reading) }
            let written = other.cell.value.trimmingWhitespace()
            if CellReading(written).mark != nil { return written }
            return written.isEmpty ? mark.symbol : mark.symbol + " " + written
        }
        let explains = Self.explainsItsRows(entry.cell.columns)
        if explains || shape.kind == .attributes && shape.columns.count >= 3 && (entry.reading.mark != nil || !Self.listsColumn(of: entry, in: table)) {
            let row = table.filter { $0.cell.rowLabel == entry.cell.rowLabel }.sorted { $0.cell.columnIndex < $1.cell.columnIndex }
            let answer = row.map { "- " + $0.cell.column + language.phrases.colon + shown($0) }.joined(separator: "\n")
            let aspects = row.map(\.cell.column)
            let prompt = explains
                ? language.explainedRowPrompt(entry.cell, aspects: aspects) : language.rowComparePrompt(entry.cell, aspects: aspects)
            return .recall(prompt: prompt, answer: answer, mode: .selfGraded)
        }
        let compared = shape.kind == .subjects
            ? table.filter { $0.cell.rowLabel == entry.cell.rowLabel }.sorted { $0.cell.columnIndex < $1.cell.columnIndex }
            : table.filter { $0.cell.columnIndex == entry.cell.columnIndex }
        let name: (TableIndex.Entry) -> String = { shape.kind == .subjects ? $0.cell.column : $0.cell.rowLabel }
        let aspect = shape.kind == .subjects ? entry.cell.rowLabel : entry.cell.column
        // A markdown list, so the screen shows one compared value a line; a recommendation column is in the answer only.
        let answer = compared.map { "- " + name($0) + language.phrases.colon + shown($0) }.joined(separator: "\n")
        let subjects = compared.filter { shape.kind != .subjects || !shape.verdictColumns.contains($0.cell.columnIndex) }.map(name)
        return .recall(prompt: language.comparePrompt(entry.cell, subjects: subjects, aspect: aspect), answer: answer, mode: .selfGraded)
    }

    /// What each option of a cell question really is in its table ("Daphne: Part of the Channels project"
    /// beside the asked Uvicorn), so a wrong pick teaches what was picked; empty for options it cannot name.
    func optionNotes(_ entry: TableIndex.Entry, options: [String], index: TableIndex, language: QuizLanguage) -> [String] {
        let table = index.entries(inTableOf: entry)
        return options.map { option in
            let own = table.first { other in
                (other.cell.rowLabel == option && other.cell.columnIndex == entry.cell.columnIndex)
                    || (other.cell.column == option && other.cell.rowLabel == entry.cell.rowLabel)
            }
            return own.map { language.cellValue($0.reading) } ?? ""
        }
    }

    private func multipleChoice(
        prompt: String, answer: String, distractors: [String], using random: inout SplitMix64
    ) -> QuizQuestion.Kind {
        var pool = distractors
        random.shuffle(&pool)
        // Of the answer's form first (absolute, "never …", "任何…", or not), so it is not the one option that claims
        // without limit, or the one that does not; then nearest in length, so it is not the one long (or short) option.
        let answerWidth = Double(max(1, AnswerText.displayWidth(answer)))
        let answerOverstates = Self.overstates(answer)
        func distance(_ option: String) -> Int {
            (Self.overstates(option) == answerOverstates ? 0 : 100) + Int(abs(log2(Double(max(1, AnswerText.displayWidth(option))) / answerWidth)) * 2)
        }
        pool = pool.enumerated().sorted { (distance($0.element), $0.offset) < (distance($1.element), $1.offset) }.map(\.element)
        var chosen = Array(pool.prefix(options.optionCount - 1))
        while chosen.count > 1, Self.lengthGivesAway(answer, among: chosen) { chosen.removeLast() }
        var choices = [answer] + chosen
        random.shuffle(&choices)
        return .multipleChoice(prompt: prompt, options: choices, correctIndex: choices.firstIndex(of: answer) ?? 0)
    }

    /// The answer is more than twice as long as every other option, or less than half as long.
    static func lengthGivesAway(_ answer: String, among others: [String]) -> Bool {
        guard others.count >= 2 else { return false }
        let width = Double(AnswerText.displayWidth(answer))
        let widths = others.map { Double(AnswerText.displayWidth($0)) }
        return width > 2 * (widths.max() ?? 0) || width * 2 < (widths.min() ?? 0)
    }

    /// Other rows' terms, distinct and none containing the answer's term or contained in it.
    func fairTerms(for term: String, among terms: [String]) -> [String] {
        var seen: Set<String> = [AnswerText.normalized(term)]
        return terms.filter { other in
            let form = AnswerText.normalized(other)
            return !form.isEmpty && !Self.overlaps(other, term) && seen.insert(form).inserted
        }
    }

    /// One normalized text inside the other ("ASGI" in "ASGI + Channels"): both could be argued right. Not
    /// when the longer only negates the shorter ("Possible", "Not possible"), which makes them opposites.
    static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        let (a, b) = (AnswerText.normalized(lhs), AnswerText.normalized(rhs))
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (longer, shorter) = a.count >= b.count ? (a, b) : (b, a)
        guard longer.contains(shorter) else { return false }
        return !negations.contains(longer.replacingOccurrences(of: shorter, with: ""))
    }

    private static let negations: Set<String> = ["not", "no", "non", "un", "in", "im", "不", "非", "無", "无", "沒有", "没有", "不可", "不能"]
}
