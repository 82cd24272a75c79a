import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore

/// The review session's figures for `prep bench`: how long picking the next card takes among many (launches
/// are in `LaunchBenchmarks`).
package enum ReviewBenchmarks {
    /// Median time to pick the next card among `count` cards held in memory: the queue alone
    /// (`queue_next`) and the session's pick, which also builds the queue's candidates (`session_next`).
    package static func pickNextCard(count: Int = 100_000, runs: Int = 21, now: Date = Date()) throws -> [String: Duration] {
        let deck = syntheticDeck(count: count, now: now)
        let candidates = deck.map { card in
            ReviewCandidate(
                key: card.card.key, card: card.state?.schedulingCard, siblingGroup: card.card.siblingGroup,
                suspended: card.isSuspended, position: card.card.position
            )
        }
        let queue = ReviewQueue()
        let session = ReviewSession(
            cards: deck, recorder: GradeRecorder(store: try Store.openInMemory(), scheduler: Scheduler()), now: now,
            calendar: .current, limits: .default, limit: .max, cram: false
        )
        return [
            "queue_next_\(label(count))": median(runs) { _ = queue.next(candidates, now: now, limits: .default) },
            "session_next_\(label(count))": median(runs) { _ = session.next(now: now) },
        ]
    }

    /// Times against a database of `count` cards in a temporary file: the indexed query for today's
    /// candidates (`store_candidates`), opening a whole review session (`session_start`) and counting what is
    /// due now (`due_now`).
    package static func pickNextCardFromStore(count: Int = 100_000, runs: Int = 5, now: Date = Date()) throws -> [String: Duration] {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store.open(path: directory.appendingPathComponent("bench.sqlite").path)
        let deck = syntheticDeck(count: count, now: now)
        let article = ParsedArticle(
            path: "content/bench/deck.en.md", format: .markdown, topic: "bench", slug: "deck", lang: Language.en.code, title: "Bench",
            headings: [], tables: [], qa: [], codeBlocks: [],
            cards: deck.map { card in
                CardDraft(
                    key: card.key, kind: card.card.kind, front: card.card.front, back: card.card.back,
                    source: SourceLocation(path: card.card.sourcePath, line: card.card.sourceLine),
                    siblingGroup: card.card.siblingGroup
                )
            },
            contentHash: "bench"
        )
        _ = try store.importArticle(article, now: now)
        try store.database.transaction {
            for state in deck.compactMap(\.state) { try store.saveState(state) }
        }
        let limits = DailyLimits.default
        return [
            "store_candidates_\(label(count))": try median(runs) {
                let due = try store.dueCandidates(now: now, limit: limits.reviews)
                let new = try store.newCandidates(limit: limits.newCards)
                _ = ReviewQueue().next(
                    due.map { ReviewCandidate(key: $0.key, card: $0.schedulingCard) }
                        + new.enumerated().map { ReviewCandidate(key: $1, card: nil, position: $0) },
                    now: now, limits: limits
                )
            },
            "session_start_\(label(count))": try median(runs) {
                _ = try ReviewSession.start(store: store, options: ReviewSessionOptions(language: .en), now: now).next(now: now)
            },
            // The due-now line review, the quiz, list --due and stats open with.
            "due_now_\(label(count))": try median(runs) {
                _ = try DueNow.load(
                    store: store, topic: nil, language: .en, now: now, calendar: .current, settings: LearnerSettings(), scheduler: Scheduler()
                )
            },
        ]
    }

    /// A collection shaped like a long-used deck: a fifth never reviewed, one card in two hundred in learning
    /// steps (a few days' new cards), the rest in
    /// review with stabilities from a day to a year and due dates around now; every third card's row has
    /// siblings and one card in a hundred is suspended. Seeded, so every run times the same deck.
    package static func syntheticDeck(count: Int, now: Date, seed: UInt64 = 0x5eed) -> [StudyCard] {
        var random = SplitMix64(seed: seed)
        let day: TimeInterval = 86400
        return (0..<count).map { index in
            let key = "bench/deck/card-\(index)"
            let card = StoredCard(
                key: key, lang: Language.en.code, kind: .qa, topic: "bench", front: "Question \(index)?", back: "Answer \(index)",
                siblingGroup: index % 3 == 0 ? "bench/deck/row-\(index / 9)" : nil,
                sourcePath: "content/bench/deck.en.md", sourceLine: index + 1, position: index
            )
            let roll = Double.random(in: 0..<1, using: &random)
            guard roll >= 0.2 else { return StudyCard(card: card, state: nil) }
            var state = StoredCardState(key: key, state: CardState.review.rawValue, due: now, reps: Int.random(in: 1...30, using: &random))
            state.difficulty = Double.random(in: 1...10, using: &random)
            if roll < 0.205 {
                state.state = [CardState.learning, .relearning].randomElement(using: &random)!.rawValue
                state.step = 0
                state.stability = Double.random(in: 0.2...3, using: &random)
                state.lastReview = now - Double.random(in: 0...1800, using: &random)
                state.due = now + Double.random(in: -600...600, using: &random)
            } else {
                let stability = exp(Double.random(in: 0...log(365), using: &random))
                let lastReview = now - Double.random(in: 0...(1.3 * stability), using: &random) * day
                state.stability = stability
                state.lastReview = lastReview
                state.due = lastReview + stability * day
                state.lapses = Int.random(in: 0...3, using: &random)
            }
            state.suspended = Double.random(in: 0..<1, using: &random) < 0.01
            return StudyCard(card: card, state: state)
        }
    }

    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prep-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private static func label(_ count: Int) -> String {
        count % 1000 == 0 ? "\(count / 1000)k" : "\(count)"
    }

    private static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<max(1, runs) {
            durations.append(try clock.measure(body))
        }
        return durations.sorted()[durations.count / 2]
    }
}
