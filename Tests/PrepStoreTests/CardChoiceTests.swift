import PrepContent
import PrepCore
import PrepStore
import Testing

/// One card per key is chosen by SQLite (`cards(topic:preferring:)`): it must keep what choosing among every
/// language's decoded rows keeps, in the same order, whatever the articles' order and archived rows.
@Suite struct CardChoiceTests {
    private func storeWithTwoLanguages() throws -> Store {
        let store = try Store.openInMemory()
        let now = Fixtures.date(0)
        func card(_ anchor: String, _ front: String, slug: String = "django/locks") -> CardDraft {
            Fixtures.card(anchor, front: front, topicSlug: slug)
        }
        _ = try store.importArticle(
            Fixtures.article(lang: "zh-Hant", cards: [card("a", "甲？"), card("b", "乙？"), card("zh-only", "只有中文？")], slug: "locks"),
            now: now)
        _ = try store.importArticle(
            Fixtures.article(cards: [card("b", "B?"), card("en-only", "English only?"), card("a", "A?")], slug: "locks"), now: now)
        _ = try store.importArticle(
            Fixtures.article(cards: [card("c", "C?", slug: "python/gil")], topic: "python", slug: "gil"), now: now)
        // Imported again without "乙": its row stays, archived, and the English one is the key's only live card.
        _ = try store.importArticle(
            Fixtures.article(lang: "zh-Hant", cards: [card("a", "甲？"), card("zh-only", "只有中文？")], hash: "hash-2", slug: "locks"),
            now: now)
        return store
    }

    @Test func sqliteKeepsWhatChoosingAmongDecodedRowsKeeps() throws {
        let store = try storeWithTwoLanguages()
        for lang in Language.allCases {
            for topic in [nil, "django", "python", "none"] {
                let chosen = try store.cards(topic: topic, preferring: lang)
                let expected = Store.oneCardPerKeyWithPositions(try store.cards(topic: topic), preferring: lang).cards
                #expect(chosen.map(\.key) == expected.map(\.key), "\(lang) \(topic ?? "all")")
                #expect(chosen.map(\.lang) == expected.map(\.lang), "\(lang) \(topic ?? "all")")
                #expect(chosen.map(\.front) == expected.map(\.front), "\(lang) \(topic ?? "all")")
            }
        }
        #expect(try store.cards(preferring: .zhHant).map(\.front) == ["甲？", "只有中文？", "B?", "English only?", "C?"])
    }

    @Test func cardsByKeyHoldEveryLanguageArchivedToo() throws {
        let store = try storeWithTwoLanguages()
        let cards = try store.cards(keys: ["django/locks/b", "django/locks/a", "nothing/here"])
        #expect(cards.map(\.front) == ["B?", "乙？", "A?", "甲？"])
        #expect(cards.map(\.archived) == [false, true, false, false])
    }
}
