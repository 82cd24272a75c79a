import Foundation
import PrepContent
import PrepStore
import Testing

/// An Anki notes file imported again after editing updates the cards its GUIDs name instead of adding copies.
struct GUIDReimportTests {
    private let now = Fixtures.date(0)
    private let path = "imports/python.txt"

    private func parse(_ rows: [String]) throws -> ParsedArticle {
        let text = (["#separator:tab", "#html:false", "#guid column:1"] + rows).joined(separator: "\n") + "\n"
        let result = ContentParser().parse(text: text, path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.article)
    }

    @Test func editedQuestionsKeepTheirCards() throws {
        let store = try Store.openInMemory()
        let first = try parse(["n1\tWhat is a GIL?\tA lock.", "n2\tWhat is a coroutine?\tA function that can pause."])
        #expect(try store.importArticle(first, now: now) == .imported(.init(added: 2)))

        // Both questions reworded, rows swapped: keyed by GUID, the same two cards are updated.
        let edited = try parse([
            "n2\tWhat is a coroutine in Python?\tA function that can pause.",
            "n1\tWhat does the GIL do?\tA lock.",
        ])
        #expect(try store.importArticle(edited, now: now) == .imported(.init(updated: 2)))
        #expect(try store.cardKeys() == ["imports/python/guid-n1", "imports/python/guid-n2"])
        #expect(try store.card(key: "imports/python/guid-n1", lang: "en")?.front == "What does the GIL do?")
    }

    @Test func prepKeysInTheGUIDColumnReachTheOriginalCards() throws {
        let store = try Store.openInMemory()
        let original = Fixtures.article(cards: [Fixtures.card("qa-1", front: "What is ASGI?", back: "Async")])
        _ = try store.importArticle(original, now: now)
        let progress = StoredCardState(key: "django/asgi-vs-wsgi/qa-1", state: 2, due: Fixtures.date(86400), reps: 3)
        try store.saveState(progress)

        // What `prep export --format anki` writes: the card key as GUID, the answer edited in Anki.
        let exported = try parse(["django/asgi-vs-wsgi/qa-1\tWhat is ASGI?\tAn async server interface."])
        _ = try store.importArticle(exported, now: now)
        #expect(try store.cardKeys() == ["django/asgi-vs-wsgi/qa-1"])
        #expect(try store.state(for: "django/asgi-vs-wsgi/qa-1")?.reps == 3)
        #expect(try store.card(key: "django/asgi-vs-wsgi/qa-1", lang: "en")?.back == "An async server interface.")
    }
}
