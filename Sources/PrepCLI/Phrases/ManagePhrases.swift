import PrepStore

/// Card management: `prep flashcards suspend|unsuspend|forget|bury|unbury|reschedule`, the `list` filters,
/// review's `s` and `!` notices, what `restore` says of merged actions, and the due-now line that list, review,
/// the quiz and stats share.
struct ManagePhrases: Sendable {
    /// "Suspended 3 cards."
    var done: @Sendable (_ kind: StoredCardAction.Kind, _ cards: Int) -> String
    /// "2 cards were already suspended."
    var unchanged: @Sendable (_ kind: StoredCardAction.Kind, _ cards: Int) -> String
    /// Reschedule names the cards it left alone because they were never studied.
    var neverStudied: @Sendable (_ keys: String) -> String
    var buriedUntil: @Sendable (_ when: String) -> String
    var dueOn: @Sendable (_ day: String) -> String
    var historyKept: String
    var historyCleared: @Sendable (_ reviews: Int) -> String
    /// How to take the change back, given the command that does it.
    var undoWith: @Sendable (_ command: String) -> String
    var noCardsSelected: String
    var noCardsMatch: String

    // Review keys and notices.
    var forgetKey: String
    var suspendedInReview: @Sendable (_ front: String, _ command: String) -> String
    var forgotInReview: @Sendable (_ front: String) -> String
    var undidForget: String

    /// "Due now: 16 cards. Held back: 3 buried siblings, 8 over today's review limit."
    var dueNow: @Sendable (_ cards: Int, _ buried: Int, _ siblings: Int, _ overLimit: Int) -> String

    /// `prep restore`: actions merged from the file, and reviews a forget there cleared here.
    var actionsRestored: @Sendable (_ actions: Int, _ reviewsCleared: Int) -> String
}
