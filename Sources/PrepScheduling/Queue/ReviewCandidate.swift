import Foundation

/// A card as the queue sees it: its schedule and whatever keeps it out of today's session.
package struct ReviewCandidate: Sendable, Hashable {
    /// The card's stable key.
    package var key: String
    /// `nil` for a card that has never been reviewed.
    package var card: SchedulingCard?
    /// Cards of one group (cells of one table row) are siblings: at most one of them per day.
    package var siblingGroup: String?
    package var suspended: Bool
    /// Hidden until this instant (a sibling reviewed today is buried until the next study day).
    package var buriedUntil: Date?
    /// Order in which new cards are introduced, lowest first.
    package var position: Int

    package init(
        key: String,
        card: SchedulingCard?,
        siblingGroup: String? = nil,
        suspended: Bool = false,
        buriedUntil: Date? = nil,
        position: Int = 0
    ) {
        self.key = key
        self.card = card
        self.siblingGroup = siblingGroup
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.position = position
    }

    /// Neither suspended nor buried at `now`.
    package func isAvailable(at now: Date) -> Bool {
        !suspended && !(buriedUntil.map { $0 > now } ?? false)
    }
}
