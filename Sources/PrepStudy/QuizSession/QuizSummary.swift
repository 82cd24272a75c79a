import Foundation
import PrepCore
import PrepScheduling
import PrepStore

/// The end of a quiz: score, time, streak, tomorrow's load and, before an interview, the expected recall.
package struct QuizSummary: Sendable, Hashable {
    package var answered: Int
    package var correct: Int
    package var questionCount: Int
    package var duration: TimeInterval
    /// Study days in a row with a review (quiz or review session), today included once studied.
    package var streak: Int
    /// Reviewed cards due again before today's study day ends (learning steps, cards answered wrong).
    package var dueLaterToday: Int
    /// Reviewed cards due during tomorrow's study day.
    package var dueTomorrow: Int
    /// Cards that would be recalled on the interview day at current memory; nil without an interview.
    package var expectedRecall: ExpectedRecall?

    package init(
        answered: Int, correct: Int, questionCount: Int, duration: TimeInterval, streak: Int, dueLaterToday: Int,
        dueTomorrow: Int, expectedRecall: ExpectedRecall? = nil
    ) {
        self.answered = answered
        self.correct = correct
        self.questionCount = questionCount
        self.duration = duration
        self.streak = streak
        self.dueLaterToday = dueLaterToday
        self.dueTomorrow = dueTomorrow
        self.expectedRecall = expectedRecall
    }

    /// Reads what the summary needs from the store once the session has finished.
    package static func of(_ session: QuizSession, calendar: Calendar, now: Date) throws -> QuizSummary {
        let store = session.store
        let record = session.record
        let states = try store.states()
        let today = StudyDay(containing: now, calendar: calendar)
        let tomorrow = StudyDay(containing: today.end, calendar: calendar)
        let reviewed = states.filter { !$0.suspended && $0.reps > 0 }
        let dueLaterToday = reviewed.count { $0.due < today.end }
        let dueTomorrow = reviewed.count { $0.due >= today.end && $0.due < tomorrow.end }
        let expectedRecall = try session.recorder.interview.map { interview in
            // The cards the quiz was limited to, as `prep stats --topic` counts them.
            let keys = try record.topic.map { try store.cards(topic: $0, preferring: Language(code: record.lang)).map(\.key) } ?? store.cardKeys()
            return ExpectedRecall.on(interview, keys: keys, states: states, scheduler: session.recorder.scheduler)
        }
        return QuizSummary(
            answered: record.answeredCount, correct: record.correctCount, questionCount: record.questionCount,
            duration: (record.finishedAt ?? now).timeIntervalSince(record.startedAt),
            streak: try StudyStreak.current(in: store, now: now, calendar: calendar),
            dueLaterToday: dueLaterToday, dueTomorrow: dueTomorrow, expectedRecall: expectedRecall
        )
    }
}
