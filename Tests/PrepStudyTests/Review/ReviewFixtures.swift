import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy

/// A small deck and a session over an in-memory store, with a fixed UTC calendar.
enum ReviewFixtures {
    /// 2026-09-21 14:13:20 UTC: mid-afternoon, far from the 4 am rollover.
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func card(_ key: String, position: Int, group: String? = nil) -> StoredCard {
        StoredCard(
            key: "t/deck/\(key)", lang: "en", kind: group == nil ? .qa : .cell, topic: "t", front: "front of \(key)",
            back: "back of \(key)", siblingGroup: group, sourcePath: "content/t/deck.en.md", sourceLine: position + 1,
            position: position
        )
    }

    /// Three cells of one table row (siblings) and three Q&A cards, in that order.
    static let deck: [StoredCard] = [
        card("row/a", position: 0, group: "t/deck/row"),
        card("row/b", position: 1, group: "t/deck/row"),
        card("row/c", position: 2, group: "t/deck/row"),
        card("q1", position: 3),
        card("q2", position: 4),
        card("q3", position: 5),
    ]

    /// An in-memory store holding `deck`, so queries that join cards see them.
    static func store() throws -> Store {
        let store = try Store.openInMemory()
        let drafts = deck.map { card in
            CardDraft(
                key: card.key, kind: card.kind, front: card.front, back: card.back,
                source: SourceLocation(path: card.sourcePath, line: card.sourceLine), siblingGroup: card.siblingGroup
            )
        }
        _ = try store.importArticle(
            ParsedArticle(
                path: "content/t/deck.en.md", format: .markdown, topic: "t", slug: "deck", lang: "en", title: "Deck",
                headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "fixture"
            ),
            now: start
        )
        return store
    }

    static func session(
        _ cards: [StoredCard] = deck, store: Store, now: Date = start, limits: DailyLimits = .default,
        buriedGroups: Set<String> = [], limit: Int = .max, cram: Bool = false
    ) throws -> ReviewSession {
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return ReviewSession(
            cards: cards.map { StudyCard(card: $0, state: states[$0.key]) },
            recorder: GradeRecorder(store: store, scheduler: Scheduler()), now: now, calendar: calendar,
            limits: limits, siblingGroupsReviewedToday: buriedGroups, limit: limit, cram: cram
        )
    }
}
