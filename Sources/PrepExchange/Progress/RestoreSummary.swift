import PrepScheduling

/// What `prep restore` did.
package struct RestoreSummary: Sendable, Hashable {
    package var reviewsAdded = 0
    /// Reviews whose id the database already had.
    package var reviewsSkipped = 0
    /// Cards whose stored state was written: recomputed from a merged log, taken from the file, or flagged.
    package var cardsUpdated = 0
    /// Keys in the file with no card in this database (content not imported): their progress is kept.
    package var unknownCardKeys: [String] = []
    package var quizSessionsAdded = 0
    package var checkRunsAdded = 0
    /// Card actions (suspend, forget, …) whose id the database did not have.
    package var actionsAdded = 0
    /// Reviews deleted because a forget in the file cleared the card's history.
    package var reviewsCleared = 0
    /// The file's daily limits, now the database's.
    package var dailyLimits: DailyLimits?
    /// False when the file's FSRS parameters differ from the ones this prep schedules with, which are
    /// fixed: the file's were checked but not applied.
    package var parametersMatch = true

    package init() {}
}
