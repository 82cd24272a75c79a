/// How a typed answer compares with the expected one.
package enum AnswerMatch: String, Sendable, Hashable, CaseIterable, Comparable {
    case wrong
    /// Accepted: a sentence that holds every key word of the answer, with a few words of its own.
    case extraWords
    /// Accepted with a small typo outside numbers and code.
    case typo
    /// The answer, one of its alternatives, the same quantity or the answer in the card's other language.
    case exact

    package static func < (lhs: AnswerMatch, rhs: AnswerMatch) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .wrong: 0
        case .extraWords: 1
        case .typo: 2
        case .exact: 3
        }
    }
}

/// A typed answer judged, with what the feedback needs to say why.
package struct AnswerJudgement: Sendable, Hashable {
    package var match: AnswerMatch
    /// The accepted answer the typed one came closest to: the answer, an alternative or the other language's.
    package var closest: String
    /// Words typed beyond the answer's own, for `.extraWords`.
    package var extraWords: [String]

    package init(match: AnswerMatch, closest: String, extraWords: [String] = []) {
        self.match = match
        self.closest = closest
        self.extraWords = extraWords
    }
}
