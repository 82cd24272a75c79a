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
    var meaningPrompt: @Sendable (_ row: String) -> String
    /// A comparison to recall: "Compare WSGI and ASGI on “Long-lived connections”."
    var comparePrompt: @Sendable (_ subjects: [String], _ aspect: String) -> String
    /// One row of a table whose rows are things, recalled across its columns: "Compare “Read uncommitted” on
    /// dirty reads, phantom reads and locking."
    var rowComparePrompt: @Sendable (_ row: String, _ aspects: [String]) -> String
    /// `header` is the first column's name, empty when the table has none.
    var matchTermPrompt: @Sendable (_ header: String, _ meaning: String) -> String
    var attributePrompt: @Sendable (_ row: String, _ column: String) -> String
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
    /// `claim` comes quoted already, once.
    var claimPrompt: @Sendable (_ claim: String) -> String
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
    /// What an option that was not the answer really is: "· Daphne: “Part of the Channels project”".
    var optionNote: @Sendable (_ option: String, _ note: String) -> String
    var truthValue: @Sendable (_ value: Bool) -> String
    var selfGradedLabel: String
    var ratingName: @Sendable (_ rating: Rating) -> String
    var checkLabel: String

    /// Whole seconds of a duration, as the slow-answer reason shows them.
    static func seconds(_ duration: Duration) -> Int {
        Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18).rounded())
    }
}
