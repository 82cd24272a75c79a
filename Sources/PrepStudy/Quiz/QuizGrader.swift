import PrepScheduling

/// A quiz outcome as an FSRS rating, with the reason when a right answer was rated Hard.
package struct QuizGrade: Sendable, Hashable {
    package enum HardReason: Sendable, Hashable {
        /// Answered after `limit`, the time this question allows.
        case slow(elapsed: Duration, limit: Duration)
        case hint
    }

    package var rating: Rating
    package var hardReason: HardReason?

    package init(rating: Rating, hardReason: HardReason? = nil) {
        self.rating = rating
        self.hardReason = hardReason
    }
}

/// Turns a quiz outcome into an FSRS rating (DESIGN §5): wrong → Again; right after a hint or slowly → Hard;
/// right → Good; right, fast and exact on a typed answer about a card already studied → Easy.
///
/// Recognising an answer among offered ones (multiple choice, which one, true/false) is never Easy: picking it
/// out is weaker evidence than producing it, and Easy's long interval (about 9 days for a new card) would
/// take it out of practice on that evidence alone. A tolerated typo or extra words are Good at most.
///
/// What counts as slow depends on the question: a base time to think, plus the time to read the prompt and
/// its options (``ReadingTime``, by script), plus for a typed answer the time to type it.
package struct QuizGrader: Sendable {
    package struct Thresholds: Sendable, Hashable {
        /// Time to think about a choice question, beyond reading it.
        package var choiceBase: Duration
        /// Time to think about a typed answer, beyond reading the question and typing the answer.
        package var typedBase: Duration
        package var reading: ReadingTime
        /// Typing speed for Latin text, in characters a second.
        package var latinTypedPerSecond: Double
        /// Typing speed for Chinese through an input method, in characters a second.
        package var cjkTypedPerSecond: Double
        /// An answer within this share of the slow limit is fast (Easy, where Easy is possible).
        package var fastShare: Double

        package init(
            choiceBase: Duration = .seconds(8), typedBase: Duration = .seconds(12), reading: ReadingTime = ReadingTime(),
            latinTypedPerSecond: Double = 3, cjkTypedPerSecond: Double = 1, fastShare: Double = 0.4
        ) {
            self.choiceBase = choiceBase
            self.typedBase = typedBase
            self.reading = reading
            self.latinTypedPerSecond = latinTypedPerSecond
            self.cjkTypedPerSecond = cjkTypedPerSecond
            self.fastShare = fastShare
        }
    }

    package var thresholds: Thresholds

    package init(thresholds: Thresholds = Thresholds()) {
        self.thresholds = thresholds
    }

    /// The time after which a right answer to `question` is Hard.
    package func slowLimit(for question: QuizQuestion) -> Duration {
        var seconds: Double
        switch question.kind {
        case .multipleChoice(let prompt, let options, _), .whichOne(let prompt, let options, _):
            seconds = Self.seconds(thresholds.choiceBase) + thresholds.reading.seconds(toRead: ([prompt] + options).joined(separator: " "))
        case .trueFalse(let statement, _, _):
            seconds = Self.seconds(thresholds.choiceBase) + thresholds.reading.seconds(toRead: statement)
        case .recall(let prompt, let answer, _):
            let (_, cjkCharacters) = ReadingTime.count(answer)
            let latinCharacters = answer.count { !$0.isWhitespace } - cjkCharacters
            seconds = Self.seconds(thresholds.typedBase) + thresholds.reading.seconds(toRead: prompt)
                + Double(latinCharacters) / thresholds.latinTypedPerSecond + Double(cjkCharacters) / thresholds.cjkTypedPerSecond
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// - Parameter cardIsNew: the card has never been graded before this answer.
    package func grade(
        _ outcome: QuizOutcome, for question: QuizQuestion, elapsed: Duration, hintUsed: Bool, cardIsNew: Bool
    ) -> QuizGrade {
        let match: AnswerMatch
        switch outcome {
        case .selfGraded(let rating): return QuizGrade(rating: rating)
        case .answered(let answered): match = answered
        }
        if match == .wrong { return QuizGrade(rating: .again) }
        if hintUsed { return QuizGrade(rating: .hard, hardReason: .hint) }
        let slowLimit = slowLimit(for: question)
        if elapsed > slowLimit { return QuizGrade(rating: .hard, hardReason: .slow(elapsed: elapsed, limit: slowLimit)) }
        let isFast = Self.seconds(elapsed) <= Self.seconds(slowLimit) * thresholds.fastShare
        if match == .exact, question.type == .recallTyped, !cardIsNew, isFast { return QuizGrade(rating: .easy) }
        return QuizGrade(rating: .good)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
