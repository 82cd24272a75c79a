import PrepCore
/// One question of a quiz session, generated from one card.
package struct QuizQuestion: Sendable, Hashable {
    /// How a recall answer is judged: matched against typed text, or revealed and graded by the learner.
    package enum RecallMode: String, Sendable, Hashable {
        case typed
        case selfGraded
    }

    package enum Kind: Sendable, Hashable {
        case multipleChoice(prompt: String, options: [String], correctIndex: Int)
        /// Choose between the columns of one table row, e.g. "supports WebSocket: WSGI or ASGI?".
        case whichOne(prompt: String, choices: [String], correctIndex: Int)
        /// `explanation` says why the statement holds or not (the verdict and its reason, or the right cell value).
        case trueFalse(statement: String, answer: Bool, explanation: String)
        case recall(prompt: String, answer: String, mode: RecallMode)
    }

    /// The card this question reviews; its grade goes to this key.
    package var cardKey: String
    package var language: QuizLanguage
    package var kind: Kind
    /// The runnable check that demonstrates the card, offered after the answer (`prep check C06`).
    package var check: String?
    /// Why the answer is what it is, shown after it: a claim's verdict and its reason.
    package var explanation: String?
    /// What each option really is, in option order (a table cell's own value); shown after a wrong pick so
    /// the learner learns what they chose. Empty, or "" for an option with nothing to say.
    package var optionNotes: [String] = []

    package init(cardKey: String, language: QuizLanguage, kind: Kind, check: String?, explanation: String? = nil) {
        self.cardKey = cardKey
        self.language = language
        self.kind = kind
        self.check = check
        self.explanation = explanation
    }

    package var type: QuizQuestionType {
        switch kind {
        case .multipleChoice: .multipleChoice
        case .whichOne: .whichOne
        case .trueFalse: .trueFalse
        case .recall(_, _, .typed): .recallTyped
        case .recall(_, _, .selfGraded): .recallSelfGraded
        }
    }
}

extension QuizQuestion {
    /// The question as a screen shows it: prompt, options, a revealed answer and the explanation passed
    /// through `render` (markdown to display text). A typed answer stays as written, since it is what the
    /// learner's text is judged and marked against.
    static func withoutCodeSpan(_ answer: String) -> String {
        guard answer.count > 2, answer.hasPrefix("`"), answer.hasSuffix("`"), answer.dropFirst().dropLast().allSatisfy({ $0 != "`" })
        else { return answer }
        return String(answer.dropFirst().dropLast())
    }

    package func displayed(_ render: (String) -> String) -> QuizQuestion {
        var shown = self
        switch kind {
        case .multipleChoice(let prompt, let options, let correctIndex):
            shown.kind = .multipleChoice(prompt: render(prompt), options: options.map(render), correctIndex: correctIndex)
        case .whichOne(let prompt, let choices, let correctIndex):
            shown.kind = .whichOne(prompt: render(prompt), choices: choices.map(render), correctIndex: correctIndex)
        case .trueFalse(let statement, let answer, let explanation):
            shown.kind = .trueFalse(statement: render(statement), answer: answer, explanation: render(explanation))
        case .recall(let prompt, let answer, .typed):
            // A typed key stays as written, so the difference from what was typed can be marked in it; only the
            // backticks of a key that is one code span go (rendering would read `__init__` as bold).
            shown.kind = .recall(prompt: render(prompt), answer: Self.withoutCodeSpan(answer), mode: .typed)
        case .recall(let prompt, let answer, .selfGraded):
            shown.kind = .recall(prompt: render(prompt), answer: render(answer), mode: .selfGraded)
        }
        shown.explanation = explanation.map(render)
        shown.optionNotes = optionNotes.map(render)
        return shown
    }
}
