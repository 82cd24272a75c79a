import Foundation
import PrepContent
import PrepCore
import PrepTestSupport
import Testing
import PrepStore

struct ImportTests {
    private let now = Fixtures.date(0)

    private func counts(_ outcome: ImportOutcome) -> ImportOutcome.Counts? {
        if case .imported(let counts) = outcome { counts } else { nil }
    }

    @Test func firstImportAddsTheArticleAndItsCards() throws {
        let store = try Store.openInMemory()
        let parsed = Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("b")])
        #expect(try store.importArticle(parsed, now: now) == .imported(.init(added: 2)))
        let articles = try store.articles()
        #expect(articles.map(\.path) == ["content/django/asgi-vs-wsgi.en.md"])
        #expect(articles.first?.contentHash == "hash-1")
        #expect(articles.first?.importedAt == now)
        #expect(try store.cardKeys() == ["django/asgi-vs-wsgi/a", "django/asgi-vs-wsgi/b"])
    }

    @Test func cardFieldsRoundTrip() throws {
        let store = try Store.openInMemory()
        let cell = Fixtures.cell(row: "WebSocket", column: "ASGI", value: "✅ 原生支援", mark: .yes)
        let drafts = [
            Fixtures.card("cell", front: "WebSocket — ASGI?", back: "✅ 原生支援", kind: .cell, line: 40,
                          tags: ["asgi", "websocket"], siblingGroup: "row-websocket", cell: cell),
            Fixtures.card("claim", kind: .claim, line: 52, check: "C03", verdict: .false,
                          verdictReason: "runserver serves WSGI"),
        ]
        _ = try store.importArticle(Fixtures.article(cards: drafts), now: now)
        let stored = try #require(try store.card(key: "django/asgi-vs-wsgi/cell", lang: "en"))
        #expect(stored.kind == .cell)
        #expect(stored.topic == "django")
        #expect(stored.front == "WebSocket — ASGI?")
        #expect(stored.back == "✅ 原生支援")
        #expect(stored.cell == cell)
        #expect(stored.tags == ["asgi", "websocket"])
        #expect(stored.siblingGroup == "row-websocket")
        #expect(stored.sourceLocation == "content/django/asgi-vs-wsgi.en.md:40")
        #expect(stored.position == 0)
        #expect(!stored.archived)
        let claim = try #require(try store.card(key: "django/asgi-vs-wsgi/claim", lang: "en"))
        #expect(claim.check == "C03")
        #expect(claim.verdict == .false)
        #expect(claim.verdictReason == "runserver serves WSGI")
        #expect(claim.cell == nil)
        #expect(claim.position == 1)
    }

    @Test func reimportingTheSameArticleWritesNothing() throws {
        let store = try Store.openInMemory()
        let parsed = Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("b")])
        _ = try store.importArticle(parsed, now: now)
        let changes = store.database.totalChanges
        #expect(try store.importArticle(parsed, now: Fixtures.date(3600)) == .unchanged)
        #expect(store.database.totalChanges == changes)
        #expect(try store.articles().first?.importedAt == now)
    }

    @Test func reimportingLeavesTheFileBytesAlone() throws {
        let folder = try TemporaryDirectory()
        let parsed = Fixtures.article(cards: [Fixtures.card("a")])
        let store = try Store.open(path: folder.path("prep.sqlite"))
        _ = try store.importArticle(parsed, now: now)
        try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try folder.snapshot()
        #expect(try store.importArticle(parsed, now: Fixtures.date(60)) == .unchanged)
        #expect(try folder.snapshot() == before)
    }

    @Test func editedAnswerKeepsStateAndReviews() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("b")]), now: now)
        let state = StoredCardState(key: "django/asgi-vs-wsgi/a", state: 2, step: nil, stability: 3.2, difficulty: 5.1, due: Fixtures.date(86400), lastReview: now, reps: 1)
        let review = StoredReview(id: "r1", cardKey: state.key, rating: 3, reviewedAt: now, durationMs: 4000, mode: "review")
        try store.recordGrade(review: review, newState: state)

        let edited = Fixtures.article(
            cards: [Fixtures.card("a", back: "a better answer", line: 3), Fixtures.card("b", line: 9)], hash: "hash-2"
        )
        #expect(try counts(store.importArticle(edited, now: now)) == .init(updated: 1, unchanged: 1))
        #expect(try store.card(key: state.key, lang: "en")?.back == "a better answer")
        #expect(try store.card(key: "django/asgi-vs-wsgi/b", lang: "en")?.sourceLine == 9)
        #expect(try store.state(for: state.key) == state)
        #expect(try store.reviews(cardKey: state.key) == [review])
    }

    @Test func removedCardIsArchivedWithItsReviews() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("b")]), now: now)
        let review = StoredReview(id: "r1", cardKey: "django/asgi-vs-wsgi/b", rating: 1, reviewedAt: now, durationMs: nil, mode: "quiz")
        try store.recordGrade(review: review, newState: StoredCardState(key: review.cardKey, state: 1, step: 0, due: now))

        let outcome = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a")], hash: "hash-2"), now: now)
        #expect(counts(outcome) == .init(archived: 1, unchanged: 1))
        #expect(try store.cardKeys() == ["django/asgi-vs-wsgi/a"])
        #expect(try store.cardKeys(includeArchived: true) == ["django/asgi-vs-wsgi/a", "django/asgi-vs-wsgi/b"])
        #expect(try store.card(key: review.cardKey, lang: "en")?.archived == true)
        #expect(try store.cards().map(\.key) == ["django/asgi-vs-wsgi/a"])
        #expect(try store.cards(includeArchived: true).count == 2)
        #expect(try store.reviews(cardKey: review.cardKey) == [review])
        #expect(try store.state(for: review.cardKey) != nil)
        #expect(try store.dueCandidates(now: Fixtures.date(60), limit: 10).isEmpty)

        // Importing the same shortened file again archives nothing more.
        let again = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a")], hash: "hash-3"), now: now)
        #expect(counts(again) == .init(unchanged: 1))
    }

    @Test func readdedKeyIsRestored() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("b")]), now: now)
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a")], hash: "hash-2"), now: now)
        let outcome = try store.importArticle(
            Fixtures.article(cards: [Fixtures.card("b"), Fixtures.card("a")], hash: "hash-3"), now: now
        )
        #expect(counts(outcome) == .init(restored: 1, unchanged: 1))
        let cards = try store.cards()
        #expect(cards.map(\.key) == ["django/asgi-vs-wsgi/b", "django/asgi-vs-wsgi/a"])
        #expect(cards.allSatisfy { !$0.archived })
    }

    @Test func languagesShareKeysAndFallBack() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(
            Fixtures.article(lang: "zh-Hant", cards: [Fixtures.card("a", front: "什麼是 a?"), Fixtures.card("zh-only", front: "只有中文")]),
            now: now
        )
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a", front: "What is a?")]), now: now)
        #expect(try store.cardKeys() == ["django/asgi-vs-wsgi/a", "django/asgi-vs-wsgi/zh-only"])
        #expect(try store.cards(lang: "en").map(\.front) == ["What is a?"])
        #expect(try store.cards(preferring: .en).map(\.front) == ["What is a?", "只有中文"])
        #expect(try store.cards(preferring: .zhHant).map(\.front) == ["什麼是 a?", "只有中文"])
        #expect(try store.card(key: "django/asgi-vs-wsgi/zh-only", preferring: .en)?.lang == "zh-Hant")
        #expect(try store.card(key: "django/asgi-vs-wsgi/a", preferring: .en)?.front == "What is a?")

        // Dropping a card from one language archives only that language's row.
        _ = try store.importArticle(Fixtures.article(cards: [], hash: "hash-2"), now: now)
        #expect(try store.card(key: "django/asgi-vs-wsgi/a", lang: "zh-Hant")?.archived == false)
        #expect(try store.card(key: "django/asgi-vs-wsgi/a", preferring: .en)?.lang == "zh-Hant")
    }

    @Test func cardsFilterByTopic() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a")]), now: now)
        _ = try store.importArticle(
            Fixtures.article(cards: [Fixtures.card("h", topicSlug: "http/basics")], topic: "http", slug: "basics"),
            now: now
        )
        #expect(try store.cards(topic: "http").map(\.key) == ["http/basics/h"])
        #expect(try store.cards(topic: "nothing").isEmpty)
        #expect(try store.cards().count == 2)
    }

    @Test func duplicateKeysAreRefusedWithoutWriting() throws {
        let store = try Store.openInMemory()
        let parsed = Fixtures.article(cards: [Fixtures.card("a"), Fixtures.card("a")])
        let error = try #require(throws: StoreError.self) { try store.importArticle(parsed, now: now) }
        #expect(error == .duplicateCardKey(path: parsed.path, key: "django/asgi-vs-wsgi/a"))
        #expect(try store.articles().isEmpty)
    }

    @Test func tenThousandGeneratedCardsImport() throws {
        let store = try Store.openInMemory()
        let parsed = Fixtures.generatedArticle(count: 10_000)
        #expect(try counts(store.importArticle(parsed, now: now)) == .init(added: 10_000))
        let cards = try store.cards()
        #expect(cards.count == 10_000)
        #expect(cards.map(\.key) == parsed.cards.map(\.key))
        #expect(cards[3].cell == parsed.cards[3].cell)
        #expect(cards[2].verdictReason == "Reason 2")

        var edited = parsed
        edited.contentHash = "generated-2"
        edited.cards[5].back = "changed"
        edited.cards.removeLast()
        #expect(try counts(store.importArticle(edited, now: now)) == .init(updated: 1, archived: 1, unchanged: 9_998))
    }
}
