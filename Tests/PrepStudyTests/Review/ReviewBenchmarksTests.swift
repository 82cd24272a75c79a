import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

@Suite struct ReviewBenchmarksTests {
    let now = ReviewFixtures.start

    @Test func syntheticDeckHasRealisticProportionsAndIsSeeded() {
        let deck = ReviewBenchmarks.syntheticDeck(count: 10_000, now: now)
        #expect(deck == ReviewBenchmarks.syntheticDeck(count: 10_000, now: now))
        let new = deck.filter(\.isNew).count
        let learning = deck.filter { $0.state.map { $0.state != CardState.review.rawValue } ?? false }.count
        let due = deck.filter { $0.state.map { !$0.suspended && $0.due <= now } ?? false }.count
        #expect((1_500...2_500).contains(new))
        #expect((20...100).contains(learning))
        #expect((1_000...6_000).contains(due), "some but not all reviewed cards are due: \(due)")
        #expect(Set(deck.map(\.key)).count == deck.count)
    }

    @Test func pickTimingsCoverMemoryAndStore() throws {
        let memory = try ReviewBenchmarks.pickNextCard(count: 2_000, runs: 3, now: now)
        #expect(Set(memory.keys) == ["queue_next_2k", "session_next_2k"])
        let stored = try ReviewBenchmarks.pickNextCardFromStore(count: 2_000, runs: 1, now: now)
        #expect(Set(stored.keys) == ["store_candidates_2k", "session_start_2k", "due_now_2k"])
        #expect((Array(memory.values) + Array(stored.values)).allSatisfy { $0 > .zero })
    }
}
