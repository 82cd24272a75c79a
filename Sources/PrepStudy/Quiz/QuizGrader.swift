import PrepScheduling

/// Turns a quiz outcome into an FSRS rating (DESIGN §5): wrong → Again; right after a hint or slowly → Hard;
/// a tolerated typo → Good at most; right → Good; right and fast on a choice question about a card already
/// studied → Easy. A new card picked out among options on first sight is Good at most: recognising it once is
/// no evidence for the week-long first interval Easy gives (FSRS starts an Easy card at about 9 days).
package struct QuizGrader: Sendable {
    /// Time limits; a choice is read and answered faster than an answer is typed, so the limits differ.
    package struct Thresholds: Sendable, Hashable {
        /// A typed answer slower than this is Hard.
        package var slowTyped: Duration
        /// A choice (multiple choice, which one, true/false) slower than this is Hard.
        package var slowChoice: Duration
        /// A right choice faster than this is Easy.
        package var fastChoice: Duration

        package init(
            slowTyped: Duration = .seconds(20), slowChoice: Duration = .seconds(12), fastChoice: Duration = .seconds(4)
        ) {
            self.slowTyped = slowTyped
            self.slowChoice = slowChoice
            self.fastChoice = fastChoice
        }
    }

    package var thresholds: Thresholds

    package init(thresholds: Thresholds = Thresholds()) {
        self.thresholds = thresholds
    }

    /// - Parameter cardIsNew: the card has never been graded before this answer.
    package func rating(
        for outcome: QuizOutcome, elapsed: Duration, hintUsed: Bool, type: QuizQuestionType, cardIsNew: Bool
    ) -> Rating {
        let match: AnswerMatch
        switch outcome {
        case .selfGraded(let rating): return rating
        case .answered(let answered): match = answered
        }
        if match == .wrong { return .again }
        let slowLimit = type.isChoice ? thresholds.slowChoice : thresholds.slowTyped
        if hintUsed || elapsed > slowLimit { return .hard }
        if match == .exact, type.isChoice, !cardIsNew, elapsed < thresholds.fastChoice { return .easy }
        return .good
    }
}
