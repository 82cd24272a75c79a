import Foundation

/// Chooses what a review session shows: due cards, most forgotten first, then new cards in order.
package struct ReviewQueue: Sendable {
    package let scheduler: Scheduler
    /// Which siblings of a card taken today are left for another day.
    package let burial: SiblingBurial

    package init(scheduler: Scheduler = Scheduler(), burial: SiblingBurial = .all) {
        self.scheduler = scheduler
        self.burial = burial
    }

    /// The keys to review at `now`, in order.
    ///
    /// Due cards come first, lowest retrievability first (then earliest due, then key), then never-reviewed cards
    /// by position, each within its limit. Suspended and buried cards are skipped, and of several selectable
    /// siblings only the first is taken when `burial` covers their kind: the others wait for another day. To show a learning card a little before
    /// its step is due when nothing else is left (Anki's learn-ahead limit), call again with a later `now`.
    ///
    /// `including` is asked of a due card when its turn comes, before it takes a place in the day's reviews: a
    /// caller that decides lazily whether a card can be shown at all keeps the limit for the cards it shows.
    package func order(
        _ candidates: [ReviewCandidate], now: Date, limits: DailyLimits, including isIncluded: (String) -> Bool = { _ in true }
    ) -> [String] {
        var due: [DueEntry] = []
        var new: [Int] = []
        for index in candidates.indices where candidates[index].isAvailable(at: now) {
            if let card = candidates[index].card {
                if card.due <= now {
                    due.append(dueEntry(card: card, index: index, now: now))
                }
            } else {
                new.append(index)
            }
        }
        due.sort { $0.precedes($1, in: candidates) }
        new.sort { Self.newPrecedes(candidates[$0], candidates[$1]) }

        var keys: [String] = []
        var claimedGroups: Set<String> = []
        var reviewsLeft = limits.reviews
        for entry in due {
            guard !entry.countsAsReview || reviewsLeft > 0, isIncluded(candidates[entry.index].key),
                claim(candidates[entry.index], in: &claimedGroups)
            else { continue }
            if entry.countsAsReview {
                reviewsLeft -= 1
            }
            keys.append(candidates[entry.index].key)
        }
        var newLeft = limits.newCards
        for index in new where newLeft > 0 {
            guard claim(candidates[index], in: &claimedGroups) else { continue }
            newLeft -= 1
            keys.append(candidates[index].key)
        }
        return keys
    }

    /// The first key `order` would return, found in one pass without sorting.
    package func next(_ candidates: [ReviewCandidate], now: Date, limits: DailyLimits) -> String? {
        var best: DueEntry?
        var firstNew: ReviewCandidate?
        for index in candidates.indices where candidates[index].isAvailable(at: now) {
            let candidate = candidates[index]
            if let card = candidate.card {
                guard card.due <= now else { continue }
                let entry = dueEntry(card: card, index: index, now: now)
                guard !entry.countsAsReview || limits.reviews > 0 else { continue }
                if best.map({ entry.precedes($0, in: candidates) }) ?? true {
                    best = entry
                }
            } else if limits.newCards > 0, firstNew.map({ Self.newPrecedes(candidate, $0) }) ?? true {
                firstNew = candidate
            }
        }
        return best.map { candidates[$0.index].key } ?? firstNew?.key
    }

    /// Takes the candidate's sibling group for today; false if a sibling already has it and burial applies to
    /// this candidate's kind.
    private func claim(_ candidate: ReviewCandidate, in claimedGroups: inout Set<String>) -> Bool {
        guard let group = candidate.siblingGroup else { return true }
        return claimedGroups.insert(group).inserted || !burial.buries(candidate.card)
    }

    private func dueEntry(card: SchedulingCard, index: Int, now: Date) -> DueEntry {
        DueEntry(
            retrievability: scheduler.retrievability(of: card, at: now),
            due: card.due,
            index: index,
            countsAsReview: card.state == .review
        )
    }

    private static func newPrecedes(_ lhs: ReviewCandidate, _ rhs: ReviewCandidate) -> Bool {
        (lhs.position, lhs.key) < (rhs.position, rhs.key)
    }

    /// A due card's sort key; the candidate's key is read through `index` only to break ties, which keeps
    /// strings out of the sort's hot path.
    private struct DueEntry {
        var retrievability: Double
        var due: Date
        var index: Int
        var countsAsReview: Bool

        func precedes(_ other: DueEntry, in candidates: [ReviewCandidate]) -> Bool {
            if retrievability != other.retrievability { return retrievability < other.retrievability }
            if due != other.due { return due < other.due }
            return candidates[index].key < candidates[other.index].key
        }
    }
}
