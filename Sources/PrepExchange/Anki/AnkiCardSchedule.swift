import Foundation
import PrepScheduling
import PrepStore

/// A prep card state as the columns of Anki's `cards` table (schema 11), with the FSRS memory state in
/// `data` in the shape Anki's own exporter writes, so Anki shows prep's S and D without recomputing.
package struct AnkiCardSchedule: Equatable, Sendable {
    package var type: Int
    package var queue: Int
    /// New: position; intraday learning: epoch seconds; review and day learning: days since `crt`.
    package var due: Int64
    /// Days; 0 while learning.
    package var interval: Int
    package var factor: Int
    /// Learning steps still to go.
    package var left: Int
    package var data: String

    /// Anki's `type` and `queue` codes.
    package enum Code {
        package static let new = 0, learning = 1, review = 2, relearning = 3
        package static let dayLearningQueue = 3, suspendedQueue = -1, buriedQueue = -2
    }

    /// - Parameters:
    ///   - state: prep's state; nil (or a row saved only to suspend) is a new card.
    ///   - position: the new-card position, counted from 1.
    ///   - collectionStart: the package's `crt`, a day start, from which day numbers count.
    package init(
        state: StoredCardState?, position: Int, collectionStart: Date, parameters: SchedulerParameters, now: Date
    ) {
        self.init(
            state: state, position: position, collectionStart: collectionStart, parameters: parameters, now: now,
            memoryStateTail: Self.memoryStateTail(parameters))
    }

    /// - Parameter memoryStateTail: `memoryStateTail(parameters)`, formatted once for a whole export.
    package init(
        state: StoredCardState?, position: Int, collectionStart: Date, parameters: SchedulerParameters, now: Date,
        memoryStateTail: String
    ) {
        guard let state, state.reps > 0, let cardState = CardState(rawValue: state.state) else {
            self.init(type: Code.new, queue: Code.new, due: Int64(position), interval: 0, factor: 0, left: 0, data: "{}")
            if state?.suspended == true { queue = Code.suspendedQueue }
            return
        }
        let lastReview = state.lastReview ?? state.due
        let dueDay = Self.dayNumber(state.due, from: collectionStart)
        let intervalDays = max(1, Int(((state.due.timeIntervalSince(lastReview)) / 86_400).rounded()))
        switch cardState {
        case .review:
            self.init(type: Code.review, queue: Code.review, due: dueDay, interval: intervalDays, factor: 2500, left: 0, data: "")
        case .learning, .relearning:
            let steps = cardState == .learning ? parameters.learningSteps : parameters.relearningSteps
            let left = max(1, steps.count - (state.step ?? 0))
            // Anki keeps a step shorter than a day in seconds and a longer one in days.
            let intraday = state.due.timeIntervalSince(lastReview) < 86_400
            self.init(
                type: cardState == .learning ? Code.learning : Code.relearning,
                queue: intraday ? Code.learning : Code.dayLearningQueue,
                due: intraday ? Int64(state.due.timeIntervalSince1970.rounded()) : dueDay,
                // A relearning card keeps the interval it will go back to; FSRS takes it from stability.
                interval: cardState == .relearning ? max(1, Int((state.stability ?? 1).rounded())) : 0,
                factor: cardState == .relearning ? 2500 : 0, left: left, data: ""
            )
        }
        data = Self.memoryState(state, tail: memoryStateTail)
        if state.suspended {
            queue = Code.suspendedQueue
        } else if let buriedUntil = state.buriedUntil, buriedUntil > now {
            queue = Code.buriedQueue
        }
    }

    package init(type: Int, queue: Int, due: Int64, interval: Int, factor: Int, left: Int, data: String) {
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.left = left
        self.data = data
    }

    /// Whole days from `start` to `date`, rounded down.
    package static func dayNumber(_ date: Date, from start: Date) -> Int64 {
        Int64((date.timeIntervalSince(start) / 86_400).rounded(.down))
    }

    /// `{"s","d","dr","decay","lrt"}`; `{}` when the card has no memory state yet. Appended piece by piece
    /// after the part every card shares (`tail`): interpolating all five values took 1.4 µs a card, this 0.8.
    static func memoryState(_ state: StoredCardState, tail: String) -> String {
        guard let stability = state.stability, let difficulty = state.difficulty, let lastReview = state.lastReview else {
            return "{}"
        }
        var text = "{\"s\":"
        text.reserveCapacity(96)
        text += stability.description
        text += ",\"d\":"
        text += difficulty.description
        text += tail
        text += String(Int64(lastReview.timeIntervalSince1970.rounded(.down)))
        text += "}"
        return text
    }

    /// The memory state's part after `d`, the same for every card: `,"dr":…,"decay":…,"lrt":`.
    package static func memoryStateTail(_ parameters: SchedulerParameters) -> String {
        ",\"dr\":\(parameters.desiredRetention),\"decay\":\(parameters.weights[20]),\"lrt\":"
    }
}
