import Foundation
import PrepContent
import PrepCore
import PrepScheduling

/// The quiz's sentences in this language, put together from ``QuizPhrases``: which sentence a table's kind
/// asks for, and the framing every language shares.
extension QuizLanguage {
    package var phrases: QuizPhrases {
        switch self {
        case .en: .english
        case .zhHant: .traditionalChinese
        }
    }

    // MARK: Table cells

    /// A cell's value as options and statements show it: a mark spelled out with its note ("partly: needs TLS",
    /// "是：僅 HTTP"), so a bare ✅ never stands beside sentences.
    func cellValue(_ reading: CellReading) -> String {
        guard let mark = reading.mark else { return reading.note }
        guard !reading.note.isEmpty else { return markWord(mark) }
        return phrases.markedNote(markWord(mark), reading.note)
    }

    func markWord(_ mark: CellMark) -> String { phrases.markWord(mark) }

    /// The question a cell answers when recalled, worded for its table's kind.
    func recallPrompt(_ cell: TableCellRef, kind: TableShape.Kind) -> String {
        switch kind {
        // "What does X mean?" only under a column that holds meanings; a term's use or caveat is asked as such.
        case .definitions: TableShape.holdsMeanings(cell.column) ? meaningPrompt(cell) : attributePrompt(cell)
        case .subjects: subjectPrompt(cell)
        case .attributes: attributePrompt(cell)
        }
    }

    /// A table cell's front in review: the quiz's recall question rather than a breadcrumb.
    package func recallPrompt(_ cell: TableCellRef) -> String {
        recallPrompt(cell, kind: TableShape.kind(columns: cell.columns, title: cell.tableTitle))
    }

    /// "What does “Blocking I/O” mean?"
    func meaningPrompt(_ cell: TableCellRef) -> String {
        framed(cell, phrases.meaningPrompt(cell.rowLabel))
    }

    /// "Compare WSGI and ASGI on “Long-lived connections”."
    func comparePrompt(_ cell: TableCellRef, subjects: [String], aspect: String) -> String {
        // "How do Uvicorn and Daphne compare when it comes to “Best for”?" read a column label as a topic (thirty-first
        // reading): what each suits is asked as such.
        if subjects.count > 1, Self.asksWhatSuits(aspect) { return framed(cell, phrases.suitsPrompt(subjects, aspect), namesSubjects: true) }
        return framed(cell, phrases.comparePrompt(subjects, aspect), namesSubjects: true)
    }

    /// A label that ends in what it suits: "Best for", "Ideal for", "Suited to", 最適合, 適用.
    static func asksWhatSuits(_ label: String) -> Bool {
        guard namesAPurpose(label) else { return false }
        let folded = AnswerText.folded(label).trimmingWhitespace()
        if folded.unicodeScalars.contains(where: AnswerText.isCJK) {
            return ["適合", "适合", "適用", "适用"].contains(where: folded.hasSuffix)
        }
        return folded.hasSuffix(" for") || folded.hasSuffix(" to")
    }

    func rowComparePrompt(_ cell: TableCellRef, aspects: [String]) -> String {
        framed(cell, phrases.rowComparePrompt(cell.rowLabel, aspects), namesSubjects: true)
    }

    /// A row of a table that illustrates or explains its rows, named by the table: "In “Index pitfalls”, for
    /// “Math on an indexed column”, give the example and reason.", or as one answer to its caption when that is a
    /// question ("哪些情況會讓索引失效？其中之一是「對索引列做運算」，說出它的示例與原因。"): glued after the question,
    /// the row read as its whole answer.
    func explainedRowPrompt(_ cell: TableCellRef, aspects: [String]) -> String {
        let sentence = phrases.explainedRowPrompt(cell.rowLabel, aspects)
        let caption = cell.tableTitle.trimmingWhitespace()
        if Self.isLabel(caption) { return phrases.inTable(caption, sentence) }
        return Self.namesTopic(caption)
            ? phrases.explainedRowOfQuestionPrompt(caption, cell.rowLabel, aspects) : phrases.inTable("", sentence)
    }

    /// A caption that says what its table is about: a label, or a short question ("Which cases defeat an index?").
    static func namesTopic(_ caption: String) -> Bool {
        let text = caption.trimmingWhitespace()
        return isLabel(text) || ["?", "？"].contains(where: text.hasSuffix) && AnswerText.displayWidth(text) <= 60 && !text.contains("\n")
    }

    /// "Which “Trait” does this describe: “The thread sits idle…”?"
    func matchTermPrompt(_ cell: TableCellRef, meaning: String) -> String {
        framed(cell, phrases.matchTermPrompt(cell.columns.first ?? "", meaning))
    }

    /// A row of an attribute table picked by one of its values, asked as an examiner would: by the situation it is
    /// for ("When clients need HTTP/2, which server would you choose?"), by an aspect it owns ("Whose traits are
    /// “Built for Channels…”?"), by what it suits ("For “Django apps served over WSGI”, which server would you
    /// choose?"); a column that is none of these keeps "Which server does this describe: “Made by: Encode”?".
    /// "Does this describe: “Typical use: …”" read as a lookup in a table the learner never saw.
    func matchRowPrompt(_ cell: TableCellRef, value: String) -> String {
        let header = cell.columns.first ?? ""
        // A value that is a situation ("When clients need HTTP/2", 「需要 HTTP/2 時」) is asked as one, under any
        // column: "whose typical use is “When clients need…”" made a clause into a thing owned (twenty-eighth reading).
        if Self.namesASituation(value) { return framed(cell, phrases.situationChoicePrompt(header, value)) }
        if Self.namesAnAspect(cell.column) { return framed(cell, phrases.ownerChoicePrompt(cell.column, value)) }
        if Self.namesAPurpose(cell.column) { return framed(cell, phrases.purposeChoicePrompt(header, value)) }
        return matchTermPrompt(cell, meaning: cell.column + phrases.colon + value)
    }

    /// A row of a table whose rows are things: "What is the “Typical use” of “Uvicorn”?"
    /// Under a column of what a row is for ("Use", "Purpose", 用途) the prompt asks it in words: a thing "used for",
    /// a situation what to use; "what is the “Use” of “Need runtime checks”" read as a table lookup.
    func attributePrompt(_ cell: TableCellRef) -> String {
        guard Self.namesAUse(cell.column) else { return framed(cell, phrases.attributePrompt(cell.rowLabel, cell.column)) }
        return framed(cell, Self.namesAnAspect(cell.rowLabel) ? phrases.usedForPrompt(cell.rowLabel) : phrases.whatToUsePrompt(cell.rowLabel))
    }

    static func namesAUse(_ column: String) -> Bool {
        ["use", "uses", "usage", "used for", "use it for", "purpose", "用途", "作用", "用法", "使用"].contains(AnswerText.folded(column).trimmingWhitespace())
    }

    /// A column of a table comparing its columns: "What does the table say about “Execution model” for ASGI?"
    func subjectPrompt(_ cell: TableCellRef) -> String {
        framed(cell, phrases.subjectPrompt(cell.rowLabel, cell.column))
    }

    /// "Whose execution model is “Synchronous, blocking”: WSGI or ASGI?", as an examiner asks it, not "In “…”, for
    /// “…”, which one matches": a lookup. A situation ("A classic CRUD app") is nothing a subject owns, so it keeps
    /// "when it comes to …, which one fits". The subjects are named in the question, so the caption is left out
    /// unless it adds context they do not give (not "Key differences", not "Uvicorn or Daphne").
    func whichColumnPrompt(_ cell: TableCellRef, value: String, choices: [String]) -> String {
        let sentence =
            if Self.namesAPurpose(cell.rowLabel) { phrases.verdictPrompt(value, choices) }
            else if Self.namesAnAspect(cell.rowLabel) { phrases.ownerPrompt(cell.rowLabel, value, choices) }
            else { phrases.whichColumnPrompt(cell.rowLabel, value, choices) }
        return inCaption(Self.contextCaption(cell.tableTitle, beyond: choices), beyond: choices, sentence)
    }

    /// A short noun for something each subject has ("Performance", "執行模型"), not a situation ("A classic CRUD app",
    /// "傳統的 CRUD 應用", "When the client disconnects") nor a question.
    static func namesAnAspect(_ label: String) -> Bool {
        let folded = AnswerText.folded(label)
        let words = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.first.map(AnswerText.isCJK) == true })
        let cjk = folded.unicodeScalars.count(where: AnswerText.isCJK)
        // "by" and "from" make a participle of a header ("Made by", "Data from"), a question word a question ("Why it
        // hurts"): "whose made by is…" is no sentence.
        let situationWords: Set<Substring> = [
            "a", "an", "the", "for", "with", "when", "if", "under", "in", "on", "while", "during", "to", "by", "from",
            "why", "how", "what", "which", "who", "where",
        ]
        return !folded.isEmpty && words.count <= 3 && cjk <= 6 && !words.contains(where: situationWords.contains)
            && !words.contains(where: purposeWords.contains) && !purposeWordsCJK.contains(where: folded.contains)
            && !"?？的時时當当若如下".contains(where: folded.contains)
    }

    /// A clause that sets a scene: "When clients need HTTP/2", "If the team is new to async", 「用戶端需要 HTTP/2 時」,
    /// 「如果團隊不熟 async」.
    static func namesASituation(_ value: String) -> Bool {
        let text = value.trimmingWhitespace()
        guard !text.contains(where: { "?？\n".contains($0) }), AnswerText.displayWidth(text) <= 80 else { return false }
        if text.unicodeScalars.contains(where: AnswerText.isCJK) {
            return ["時", "时", "時候", "时候"].contains(where: text.hasSuffix) || ["當", "当", "如果", "若"].contains(where: text.hasPrefix)
        }
        let first = text.prefix { $0.isLetter }.lowercased()
        return ["when", "if", "whenever", "while"].contains(first) && text.split(separator: " ").count >= 3
    }

    /// A column that says what a subject suits or is used for ("Best for", "Typical use", 最適合): its value is a
    /// situation to choose for ("For “…”, which would you choose"); "when it comes to “Best for”" and "whose typical
    /// use is" read as table lookups. 用途 stays an aspect: 「哪一個的用途是」 is how a Chinese examiner asks.
    static func namesAPurpose(_ label: String) -> Bool {
        let folded = AnswerText.folded(label)
        if folded.contains(where: { "?？".contains($0) }) { return false }
        let cjk = folded.unicodeScalars.count(where: AnswerText.isCJK)
        if cjk > 0 { return cjk <= 6 && purposeWordsCJK.contains(where: folded.contains) }
        let words = folded.split(whereSeparator: { !$0.isLetter })
        return !words.isEmpty && words.allSatisfy(purposeLabelWords.contains)
            && words.contains(where: { purposeWords.contains($0) || useWords.contains($0) })
    }

    private static let useWords: Set<Substring> = ["use", "uses", "usage", "used", "case", "cases"]
    private static let purposeLabelWords: Set<Substring> = purposeWords.union(useWords).union(["typical", "common", "for", "it", "when", "to", "choice"])

    /// A column that says what a subject suits ("Best for", 最適合, 推薦) is no thing it has: "whose best for is" and
    /// 「哪一個的最適合是」 are no sentences.
    private static let purposeWords: Set<Substring> = ["best", "ideal", "recommended", "choose", "pick", "suits", "suited", "good"]
    private static let purposeWordsCJK = ["適合", "适合", "適用", "适用", "推薦", "推荐", "建議", "建议", "最佳", "首選", "首选"]

    /// What a caption says beyond the subjects it names and words any comparison has ("核心差異", "X 與 Y",
    /// "WSGI vs ASGI: key differences" say nothing more).
    static func addsContext(_ caption: String, beyond subjects: [String]) -> Bool {
        var rest = AnswerText.folded(caption)
        // Replaced only where found (a byte search): Foundation's replacement searches with canonical equivalence,
        // and a review's first card is framed this way.
        func remove(_ phrase: String) {
            if !phrase.isEmpty, AnswerText.contains(rest, phrase) { rest = rest.replacingOccurrences(of: phrase, with: " ") }
        }
        // The phrases go first as well: a header inside one ("情況" in "什麼情況選哪一個") would leave half of it.
        comparisonWordsCJK.forEach(remove)
        subjects.map(AnswerText.folded).sorted(by: { $0.count > $1.count }).forEach(remove)
        comparisonWordsCJK.forEach(remove)
        let words = rest.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        // A lone Latin letter is what a plural leaves of a named subject ("Servers" without "Server").
        return words.contains {
            !comparisonWords.contains(String($0)) && !genericCaptions.contains(String($0)) && !($0.count == 1 && $0.first?.isASCII == true)
        }
    }

    private static let comparisonWords: Set<String> = [
        "vs", "v", "versus", "and", "or", "compared", "comparing", "difference", "key", "main", "core", "major", "at", "a", "glance",
        "which", "to", "choose", "when", "pick", "what", "use", "the", "between", "of", "an",
    ]
    private static let comparisonWordsCJK = [
        "還是", "还是", "比較", "比较", "對比", "对比", "差異", "差异", "區別", "区别", "核心", "主要", "關鍵", "关键", "重點", "重点",
        "什麼情況", "什么情况", "選哪一個", "选哪一个", "選擇", "选择", "何時", "何时",
        "一覽", "一览", "之間", "之间", "與", "与", "和", "跟", "對", "对", "的", "表",
    ]

    /// The situation alone says what is asked, so no table is named around it.
    func verdictPrompt(_ cell: TableCellRef, choices: [String]) -> String {
        phrases.verdictPrompt(cell.rowLabel, choices)
    }

    /// A column that never changes, as one fact: "Which column says “yes” for every “Django version”: WSGI, ASGI or …?"
    func constantColumnPrompt(_ cell: TableCellRef, value: String, choices: [String]) -> String {
        framed(cell, phrases.constantColumnPrompt(cell.columns.first ?? "", value, choices))
    }

    func constantColumnRecallPrompt(_ cell: TableCellRef) -> String {
        framed(cell, phrases.constantColumnRecallPrompt(cell.columns.first ?? "", cell.column))
    }

    /// A column that never changes, as one statement: "The “WSGI” column says “yes” for every “Django version”."
    func constantColumnStatement(_ cell: TableCellRef, value: String) -> String {
        framed(cell, phrases.constantColumnStatement(cell.columns.first ?? "", cell.column, value))
    }

    /// The cell as a statement, true when `value` is the cell's own value; the value is quoted, since it may
    /// carry a colon of its own ("yes: HTTP only").
    func cellStatement(_ cell: TableCellRef, kind: TableShape.Kind, value: String) -> String {
        switch kind {
        case .definitions: framed(cell, phrases.definitionStatement(cell.rowLabel, value))
        case .subjects: framed(cell, phrases.subjectStatement(cell.rowLabel, cell.column, value))
        case .attributes: framed(cell, phrases.attributeStatement(cell.rowLabel, cell.column, value))
        }
    }

    /// The sentence set in its table: "In “Server comparison”, what does…", "在「伺服器比較」中，…". A table
    /// comparing its columns is named by them ("In “list vs tuple”, …") when its caption is itself a question
    /// or too long to read as a name.
    /// - Parameter namesSubjects: the sentence names what it compares itself, so a table without a caption
    ///   needs no "In “WSGI vs ASGI”" before it.
    /// A sentence naming the subjects takes the caption only when it adds to them: "In “Uvicorn or Daphne”, how do
    /// Uvicorn and Daphne compare" and "In “Which to choose when”, …" read as a table lookup.
    private func framed(_ cell: TableCellRef, _ sentence: String, namesSubjects: Bool = false) -> String {
        // The first header too: it names what the rows are ("Server"), which "Server comparison" only repeats.
        let named = cell.columns + [cell.rowLabel]
        let caption = Self.contextCaption(cell.tableTitle, beyond: named)
        if namesSubjects, caption.isEmpty { return phrases.inTable("", sentence) }
        let subjects = Array(cell.columns.dropFirst())
        let captionNamesNothing = caption.isEmpty
        if captionNamesNothing, (2...3).contains(subjects.count), subjects.allSatisfy({ !$0.isEmpty }),
            TableShape.kind(columns: cell.columns, title: caption) == .subjects
        {
            return phrases.inTable(phrases.versus(subjects), sentence)
        }
        return inCaption(caption, beyond: named, sentence)
    }

    /// The sentence set in what its caption adds, as an examiner would say it: "In WSGI, what does “Blocking I/O”
    /// mean?", "在 WSGI 中，…". A heading quoted around a question ("In “What WSGI gives you”, …", "在「支援的協定」中")
    /// named a place in notes the learner does not see and read as a lookup; a caption that names nothing beyond
    /// the sentence's own words is left out, and only one naming several things at once keeps its quotes. `caption` is
    /// empty or one ``contextCaption(_:beyond:)`` kept.
    private func inCaption(_ caption: String, beyond named: [String], _ sentence: String) -> String {
        let names = caption.isEmpty ? [] : Self.names(in: caption, beyond: named)
        switch names.count {
        case 0: return phrases.inTable("", sentence)
        case 1: return phrases.inSubject(names[0], sentence)
        default: return phrases.inTable(caption, sentence)
        }
    }

    /// The caption when it is a label that says more than `named`, else empty.
    private static func contextCaption(_ title: String, beyond named: [String]) -> String {
        isLabel(title) && addsContext(title, beyond: named) ? title : ""
    }

    /// The names a caption holds that the sentence does not: a word with two capitals or more ("WSGI", "CPython",
    /// "HTTP/2"), a Latin word set in Chinese ("Redis 的資料結構"), a capitalised word inside English prose ("What
    /// Python offers"). A capital that starts the caption ("Message brokers") or every word of a title ("Embedded
    /// Databases") names nothing.
    static func names(in caption: String, beyond named: [String]) -> [String] {
        let setInChinese = caption.unicodeScalars.contains(where: AnswerText.isCJK)
        let words = caption.split(whereSeparator: { $0.isWhitespace || ($0.unicodeScalars.first.map(AnswerText.isCJK) ?? false)
            || "（）()「」“”\"'，,：:;；、?？!！".contains($0) }).map(String.init)
        let isTitle = words.dropFirst().allSatisfy { $0.first?.isUppercase == true || titleSmallWords.contains($0) }
        let namedWords = Set(named.flatMap { AnswerText.folded($0).split(whereSeparator: { !($0.isLetter || $0.isNumber) }) }.map(String.init))
        var names: [String] = []
        for (position, word) in words.enumerated() {
            let letters = word.filter(\.isLetter)
            guard letters.count >= 2, letters.allSatisfy(\.isASCII) else { continue }
            let capitals = letters.count(where: \.isUppercase)
            let isName = capitals >= 2 || setInChinese || (capitals == 1 && letters.first?.isUppercase == true && position > 0 && !isTitle)
            let folded = AnswerText.folded(word).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            if isName, !folded.allSatisfy(namedWords.contains), !names.contains(word) { names.append(word) }
        }
        return names
    }

    /// The words a title leaves in small letters.
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "vs", "with", "by"]

    /// A header said as a word in a sentence ("which trait", "哪個特性"): a noun of three words at most, letters only.
    static func readsAsPlainNoun(_ header: String) -> Bool {
        let text = header.trimmingWhitespace()
        let cjk = text.unicodeScalars.count(where: AnswerText.isCJK)
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return false }
        return cjk == 0 ? text.split(separator: " ").count <= 3 : cjk <= 6 && cjk == text.unicodeScalars.count
    }

    /// A caption that names its table: a heading or a short label, not a question, a sentence, a paragraph, a
    /// section word that says nothing about the table ("答案示例", "Example", "Summary", "Comparison", "比較"), or
    /// a cryptic abbreviation of three capitals or digits at most ("MW", "Q2"). A table without one is named by what it
    /// compares, or not named.
    static func isLabel(_ caption: String) -> Bool {
        let text = caption.trimmingWhitespace()
        if genericCaptions.contains(AnswerText.normalized(text)) { return false }
        if text.count <= 3, text.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) { return false }
        let cjk = text.unicodeScalars.count(where: AnswerText.isCJK)
        let words = text.split(separator: " ").count
        return !text.isEmpty && !["?", "？", "。", ". ", "：", ": "].contains(where: text.contains) && !text.hasSuffix(".")
            && cjk <= 14 && words + cjk / 2 <= 7
    }

    private static let genericCaptions: Set<String> = [
        "example", "examples", "answer", "answers", "sampleanswer", "summary", "notes", "note", "table", "overview", "details",
        "答案", "答案示例", "答案示例如下", "示例", "範例", "范例", "參考答案", "参考答案", "總結", "总结", "小結", "小结", "表格", "說明", "说明",
        "comparison", "comparisons", "comparisontable", "differences", "recap", "tldr", "cheatsheet",
        "比較", "比较", "對比", "对比", "比較表", "比较表", "對比表", "对比表", "區別", "区别", "差異", "差异", "概覽", "概览", "總覽", "总览", "摘要",
    ]

    /// Quoted unless the text already quotes something, which a second pair around it would only clutter.
    private func quotedOnce(_ text: String) -> String {
        text.contains(where: { "「」“”\"".contains($0) }) ? text : phrases.quoted(text)
    }

    // MARK: Question and answer cards

    func topicPrompt(_ topic: String) -> String { phrases.topicPrompt(topic) }

    // MARK: Claims

    func claimRecallPrompt(_ claim: String) -> String { phrases.claimRecallPrompt(quotedOnce(claim)) }

    /// The first line of a recalled claim's answer: "Verdict: misleading".
    func claimVerdictLine(_ verdict: Verdict) -> String { labelled(phrases.verdictLabel, verdictOption(verdict)) }

    /// The four answers to a claim, in ``Verdict`` order.
    package func verdictOption(_ verdict: Verdict) -> String { phrases.verdictOption(verdict) }

    /// The reason shown under the verdict; nil when the card gives none.
    func claimExplanation(reason: String?) -> String? {
        guard let reason, !reason.isEmpty else { return nil }
        return labelled(phrases.reasonLabel, reason)
    }

    // MARK: Feedback

    var correctHeadline: String { phrases.correctHeadline }
    var typoHeadline: String { phrases.typoHeadline }

    /// "✔ Accepted (extra words: it, uses)": the answer is in there, with words of the learner's own.
    package func extraWordsHeadline(_ words: [String]) -> String { phrases.extraWordsHeadline(words) }

    /// The alternative the typed answer was taken for, marked where it differs.
    func acceptedAsLine(_ alternative: String) -> String { labelled(phrases.acceptedAsLabel, alternative) }

    /// Why a right answer was graded Hard: "slow: 14 s, this question allows 9 s", "used a hint".
    package func hardReason(_ reason: QuizGrade.HardReason) -> String { phrases.hardReason(reason) }

    /// Said when `u` has taken back the last answer.
    package func undoneLine(_ number: Int) -> String { phrases.undoneLine(number) }

    package var nothingToUndo: String { phrases.nothingToUndo }
    var wrongHeadline: String { phrases.wrongHeadline }

    func answerLine(_ answer: String) -> String { labelled(phrases.answerLabel, answer) }

    /// "Daphne is “Part of the Channels project”": what an option that was not the answer really is.
    func optionNoteLine(option: String, note: String) -> String { phrases.optionNote(option, note) }

    func truthValue(_ value: Bool) -> String { phrases.truthValue(value) }

    func selfGradedLine(_ rating: Rating) -> String { labelled(phrases.selfGradedLabel, ratingName(rating)) }

    package func ratingName(_ rating: Rating) -> String { phrases.ratingName(rating) }

    func checkLine(_ check: String) -> String { labelled(phrases.checkLabel, "prep check \(check)") }

    private func labelled(_ label: String, _ text: String) -> String { label + phrases.colon + text }
}
