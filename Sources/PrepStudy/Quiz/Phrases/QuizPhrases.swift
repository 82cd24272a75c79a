import PrepContent
import PrepCore
import PrepScheduling

/// Every sentence the quiz writes, for one language. A language is one value of this type in its own file
/// (`QuizPhrases+English.swift`, `QuizPhrases+TraditionalChinese.swift`); the compiler refuses a language that
/// leaves a phrase out. Sentences take raw names and values and quote them in their own language's marks.
package struct QuizPhrases: Sendable {
    // Typography.
    /// A name or value set apart in a sentence: “Blocking I/O”, 「同步模型」.
    var quoted: @Sendable (_ text: String) -> String
    /// The colon between a label and what follows it: ": ", "：".
    var colon: String
    /// Choices offered in one sentence: "WSGI or ASGI", "WSGI、ASGI 還是 Async addition".
    var listed: @Sendable (_ choices: [String]) -> String

    // Table cells.
    var markWord: @Sendable (_ mark: CellMark) -> String
    /// A mark spelled out with its note: "partly: needs TLS", "是：僅 HTTP".
    var markedNote: @Sendable (_ mark: String, _ note: String) -> String
    /// A question or statement set in its table ("In “Server comparison”, …"); `title` may be empty.
    /// The things a table compares, named together: "list vs tuple", "list 與 tuple".
    var versus: @Sendable (_ subjects: [String]) -> String
    var inTable: @Sendable (_ title: String, _ sentence: String) -> String
    /// A question set in what its caption names ("In WSGI, …", "在 WSGI 中，…"): a name, not a heading in quotes.
    var inSubject: @Sendable (_ name: String, _ sentence: String) -> String
    var meaningPrompt: @Sendable (_ row: String) -> String
    /// A comparison to recall: "Compare WSGI and ASGI on “Long-lived connections”."
    var comparePrompt: @Sendable (_ subjects: [String], _ aspect: String) -> String
    /// What each subject suits, recalled: "What is each of Uvicorn and Daphne best for?"
    var suitsPrompt: @Sendable (_ subjects: [String], _ aspect: String) -> String
    /// One row of a table whose rows are things, recalled across its columns: "Describe “Read uncommitted”: dirty
    /// reads, phantom reads and locking." The columns are named as the points to cover, not quoted as headers.
    var rowComparePrompt: @Sendable (_ row: String, _ aspects: [String]) -> String
    /// One row of a table whose columns illustrate or explain its rows: "for “X”, give the example and reason."
    var explainedRowPrompt: @Sendable (_ row: String, _ aspects: [String]) -> String
    /// The same under a caption that asks for the rows ("Which habits make code slow?"): the question sets the
    /// scene and the row is named as one answer to it, so the one row asked does not read as the whole answer.
    var explainedRowOfQuestionPrompt: @Sendable (_ question: String, _ row: String, _ aspects: [String]) -> String
    /// `header` is the first column's name, empty when the table has none; a plain noun ("Trait") is said as a
    /// word ("which trait"), anything else quoted.
    var matchTermPrompt: @Sendable (_ header: String, _ meaning: String) -> String
    /// A row picked by an aspect it owns, its options listed below: "whose traits are “…”?"
    var ownerChoicePrompt: @Sendable (_ aspect: String, _ value: String) -> String
    /// A row picked by what it suits, its options listed below: "for “…”, which “Server” would you choose?"
    var purposeChoicePrompt: @Sendable (_ header: String, _ situation: String) -> String
    /// A row picked by the situation it is for, a clause of its own: "When clients need HTTP/2, which server would
    /// you choose?"
    var situationChoicePrompt: @Sendable (_ header: String, _ clause: String) -> String
    var attributePrompt: @Sendable (_ row: String, _ column: String) -> String
    /// A thing's row under a column of what it is for ("Use", 用途): "what is “Uvicorn” used for?"
    var usedForPrompt: @Sendable (_ row: String) -> String
    /// A situation's row under a column of what to use for it ("Need | Use"): "for “…”, what do you use?"
    var whatToUsePrompt: @Sendable (_ row: String) -> String
    var subjectPrompt: @Sendable (_ row: String, _ column: String) -> String
    var whichColumnPrompt: @Sendable (_ row: String, _ value: String, _ choices: [String]) -> String
    /// An aspect the subjects own, asked as an examiner would: "Whose performance is “…”: WSGI or ASGI?"
    var ownerPrompt: @Sendable (_ aspect: String, _ value: String, _ choices: [String]) -> String
    /// A row's situation and the subjects to choose between for it: "For “CPU-bound work”, which would you choose: WSGI or ASGI?"
    var verdictPrompt: @Sendable (_ situation: String, _ choices: [String]) -> String
    /// `header` names the rows ("every “Django version”"); empty, the rows are plain rows.
    var constantColumnPrompt: @Sendable (_ header: String, _ value: String, _ choices: [String]) -> String
    var constantColumnRecallPrompt: @Sendable (_ header: String, _ column: String) -> String
    var constantColumnStatement: @Sendable (_ header: String, _ column: String, _ value: String) -> String
    var definitionStatement: @Sendable (_ row: String, _ value: String) -> String
    var subjectStatement: @Sendable (_ row: String, _ column: String, _ value: String) -> String
    var attributeStatement: @Sendable (_ row: String, _ column: String, _ value: String) -> String

    // Question and answer cards.
    /// A front that names a topic rather than asking ("CSS 選擇器的權重"), as a recall prompt: "Explain: …".
    var topicPrompt: @Sendable (_ topic: String) -> String

    // Claims.
    /// A claim keyed misleading or depends, to be judged in the learner's own words; `claim` comes quoted
    /// already, once. It must not hint which of the two verdicts is keyed.
    var claimRecallPrompt: @Sendable (_ claim: String) -> String
    var verdictLabel: String
    var verdictOption: @Sendable (_ verdict: Verdict) -> String
    var reasonLabel: String

    // Feedback.
    var correctHeadline: String
    var typoHeadline: String
    var extraWordsHeadline: @Sendable (_ words: [String]) -> String
    var acceptedAsLabel: String
    var hardReason: @Sendable (_ reason: QuizGrade.HardReason) -> String
    var undoneLine: @Sendable (_ number: Int) -> String
    var nothingToUndo: String
    var wrongHeadline: String
    var answerLabel: String
    /// What an option that was not the answer really is: "· Daphne: “Part of the Channels project”". Set after a
    /// colon, not in a sentence: a mark's word made "· InnoDB 是「是」" / "InnoDB is “yes”" read as a lookup.
    var optionNote: @Sendable (_ option: String, _ note: String) -> String
    var truthValue: @Sendable (_ value: Bool) -> String
    var selfGradedLabel: String
    var ratingName: @Sendable (_ rating: Rating) -> String
    var checkLabel: String

    /// A text set in quotation marks inside a sentence of prep's, without the full stop or semicolon that ended
    /// it where it stood (「填充其父容器的宽度。」 → 「填充其父容器的宽度」, “Runs in a thread.” → “Runs in a thread”):
    /// the sentence around it goes on, and a stop inside the quotes breaks it, in either language. An ellipsis
    /// and an abbreviation's point ("etc.", "e.g.") are no full stop, and neither is a text of stops alone.
    static func unstopped(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, "。；;．".contains(last) || last == "." && endsSentence(text), text.count > 1 {
            text = text.dropLast()
        }
        return String(text)
    }

    private static func endsSentence(_ text: Substring) -> Bool {
        let before = text.dropLast()
        guard let previous = before.last, previous != ".", !previous.isWhitespace else { return false }
        let lastWord = before.split(whereSeparator: { $0.isWhitespace }).last.map { $0.lowercased() } ?? ""
        return !["etc", "e.g", "i.e", "vs", "approx", "cf"].contains(lastWord)
    }

    /// Whole seconds of a duration, as the slow-answer reason shows them.
    static func seconds(_ duration: Duration) -> Int {
        Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18).rounded())
    }
}
