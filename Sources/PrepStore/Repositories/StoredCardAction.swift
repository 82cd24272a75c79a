import Foundation

/// One thing the learner did to a card besides grading it. The log is append-only, like the review log, so
/// two devices merge by id and replay both logs in time order.
package struct StoredCardAction: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case suspend, unsuspend, forget, bury, unbury, reschedule
    }

    package var id: String
    package var cardKey: String
    package var kind: Kind
    package var actedAt: Date
    /// `bury`: hidden until then. `reschedule`: the new due date. Nil otherwise.
    package var until: Date?
    /// `forget` only: the reviews before it stay in the log (they no longer shape the card's memory).
    package var keepHistory: Bool

    package init(id: String, cardKey: String, kind: Kind, actedAt: Date, until: Date? = nil, keepHistory: Bool = false) {
        self.id = id
        self.cardKey = cardKey
        self.kind = kind
        self.actedAt = actedAt
        self.until = until
        self.keepHistory = keepHistory
    }
}
