/// Which siblings (cards of one note: cells of one table row) wait for the next day once one of them is
/// studied, as Anki's "Bury new siblings" and "Bury review siblings" options, both off in Anki's defaults.
/// Cards in learning steps are never buried: Anki buries only interday learning cards, and by its own option.
package struct SiblingBurial: Sendable, Hashable {
    package var new: Bool
    package var review: Bool

    package init(new: Bool, review: Bool) {
        self.new = new
        self.review = review
    }

    /// Anki's defaults.
    package static let anki = SiblingBurial(new: false, review: false)
    /// Both kinds buried: what prep did before the options existed, and what the queue tests assume.
    package static let all = SiblingBurial(new: true, review: true)

    /// Whether `card` (nil: never studied) waits when a sibling was studied today or comes first.
    package func buries(_ card: SchedulingCard?) -> Bool {
        guard let card else { return new }
        return card.state == .review && review
    }
}
