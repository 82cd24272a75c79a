import Foundation
import PrepScheduling
import PrepStore
import PrepStudy

/// Merges a progress file into a store, in one transaction.
///
/// Reviews are merged by id, so restoring twice adds nothing. A card whose log gained reviews gets the
/// state its whole merged log produces, replayed in time order through `GradeRecorder.apply` (the fuzz is
/// seeded by key and repetition, so a replay is deterministic). A card this database knew nothing about
/// takes the exported state as it is, which also keeps what a replay cannot know (an interview cap on the
/// due date). Card actions (suspend, forget, bury, …) are merged by id like reviews and replayed with them in
/// time order, so an unsuspend or a forget on one device carries to the other; a forget that cleared history
/// clears it here too. For a card with no actions, suspended and leech flags from either side are kept. The file's daily limits replace the
/// database's; its FSRS parameters are compared with the scheduler's and the summary says when they differ,
/// since prep has no per-database parameters to restore them into.
package struct ProgressRestorer {
    package let store: Store
    package let scheduler: Scheduler

    package init(store: Store, scheduler: Scheduler) {
        self.store = store
        self.scheduler = scheduler
    }

    package func restore(_ input: RestoreInput) throws -> RestoreSummary {
        try store.database.transaction {
            var summary = RestoreSummary()
            let knownCards = Set(try store.cardKeys(includeArchived: true))
            let keysWithHistory = try store.reviewedCardKeys()
            let keysWithActions = Set(try store.allActions().map(\.cardKey))
            var changedKeys = Set<String>()
            for review in input.reviews {
                if try store.insertReviewIfAbsent(review) {
                    summary.reviewsAdded += 1
                    changedKeys.insert(review.cardKey)
                } else {
                    summary.reviewsSkipped += 1
                }
            }
            for action in input.actions where try store.insertActionIfAbsent(action) {
                summary.actionsAdded += 1
                changedKeys.insert(action.cardKey)
            }
            for key in changedKeys {
                for forget in try store.actions(cardKey: key) where forget.kind == .forget && !forget.keepHistory {
                    summary.reviewsCleared += try store.deleteReviews(cardKey: key, upTo: forget.actedAt)
                }
            }
            for key in changedKeys.union(input.states.keys).sorted() {
                let current = try store.state(for: key)
                let exported = input.states[key]
                let merged: StoredCardState?
                if current == nil, !keysWithHistory.contains(key), !keysWithActions.contains(key) {
                    merged = exported
                } else if changedKeys.contains(key) {
                    merged = try replayedState(key: key, keeping: current, exported)
                } else {
                    merged = current.map { Self.flagged($0, keeping: exported) } ?? exported
                }
                if let merged, merged != current {
                    try store.saveState(merged)
                    summary.cardsUpdated += 1
                } else if merged == nil, current != nil {
                    // A forget in the merged log: the card is new again.
                    try store.deleteState(for: key)
                    summary.cardsUpdated += 1
                }
            }
            for session in input.quizSessions where try store.insertQuizSessionIfAbsent(session) {
                summary.quizSessionsAdded += 1
            }
            for run in input.checkRuns where try store.insertCheckRunIfAbsent(run) {
                summary.checkRunsAdded += 1
            }
            if try store.dailyLimits() != input.limits {
                try store.saveDailyLimits(input.limits)
            }
            summary.dailyLimits = input.limits
            summary.parametersMatch = Self.sameSchedule(input.parameters, try store.saveSchedulerSettings(input.parameters))
            let fileKeys = Set(input.cardKeys).union(input.reviews.map(\.cardKey))
            summary.unknownCardKeys = fileKeys.subtracting(knownCards).sorted()
            return summary
        }
    }

    /// The state the card's whole log produces. Without actions in the log, either side's suspension and the
    /// current burial are kept (what a version 1 file could say); with them, the log decides.
    private func replayedState(key: String, keeping current: StoredCardState?, _ exported: StoredCardState?) throws -> StoredCardState? {
        let log = try store.reviews(cardKey: key)
        let actions = try store.actions(cardKey: key)
        guard !log.isEmpty || !actions.isEmpty else { return current }
        let replayed = CardActionRule.replay(key: key, reviews: log, actions: actions, scheduler: scheduler)
        guard actions.isEmpty, var state = replayed else { return replayed }
        state.buriedUntil = current?.buriedUntil
        state = Self.flagged(state, keeping: current)
        return Self.flagged(state, keeping: exported)
    }

    /// Fuzzing and the order of intervals are not part of the file: both are always on when prep grades.
    private static func sameSchedule(_ file: SchedulerParameters, _ own: SchedulerParameters) -> Bool {
        var file = file
        file.enableFuzzing = own.enableFuzzing
        file.keepsIntervalOrder = own.keepsIntervalOrder
        return file == own
    }

    private static func flagged(_ state: StoredCardState, keeping other: StoredCardState?) -> StoredCardState {
        var copy = state
        copy.suspended = copy.suspended || (other?.suspended ?? false)
        copy.leech = copy.leech || (other?.leech ?? false)
        return copy
    }
}
