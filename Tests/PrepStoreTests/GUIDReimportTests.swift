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

    @Test func prepsOwnExportComingBackLeavesTheOriginalCardsAsTheyAre() throws {
        let store = try Store.openInMemory()
        let original = Fixtures.article(cards: [Fixtures.card("qa-1", front: "What is `ASGI`?", back: "**Async** server interface")])
        _ = try store.importArticle(original, now: now)
        let progress = StoredCardState(key: "django/asgi-vs-wsgi/qa-1", state: 2, due: Fixtures.date(86400), reps: 3)
        try store.saveState(progress)

        // What `prep export --format anki` writes: the card key as GUID, its text flattened for Anki.
        let exported = try parse(["django/asgi-vs-wsgi/qa-1\tWhat is ASGI?\tAsync server interface"])
        #expect(try store.importArticle(exported, now: now) == .imported(.init(keptElsewhere: 1)))
        #expect(try store.cardKeys() == ["django/asgi-vs-wsgi/qa-1"])
        #expect(try store.state(for: "django/asgi-vs-wsgi/qa-1")?.reps == 3)
        let card = try #require(try store.card(key: "django/asgi-vs-wsgi/qa-1", lang: "en"))
        #expect(card.back == "**Async** server interface" && card.topic == "django")
    }
}

/// An item reworded in its file keeps the schedule and history of the item it replaced.
struct RewordingTests {
    private let now = Fixtures.date(0)

    @Test func aRewordedQuestionInheritsTheGoneOnesProgress() throws {
        let store = try Store.openInMemory()
        let first = Fixtures.article(cards: [
            Fixtures.card("qa-old", front: "What does a WSGI server do?", back: "Calls the app per request."),
            Fixtures.card("qa-other", front: "What is ASGI?", back: "The async interface."),
        ])
        _ = try store.importArticle(first, now: now)
        let state = StoredCardState(key: "django/asgi-vs-wsgi/qa-old", state: 2, due: Fixtures.date(86400), reps: 4)
        try store.recordGrade(
            review: StoredReview(id: "r1", cardKey: state.key, rating: 3, reviewedAt: now, durationMs: 900, mode: "review"),
            newState: state)

        let reworded = Fixtures.article(
            cards: [
                Fixtures.card("qa-new", front: "What does a WSGI server do for each request?", back: "Calls the app per request."),
                Fixtures.card("qa-other", front: "What is ASGI?", back: "The async interface."),
            ], hash: "hash-2")
        let outcome = try store.importArticle(reworded, now: now)
        #expect(outcome == .imported(.init(archived: 1, unchanged: 1, reworded: 1)))
        #expect(try store.state(for: "django/asgi-vs-wsgi/qa-new")?.reps == 4)
        #expect(try store.reviews(cardKey: "django/asgi-vs-wsgi/qa-new").map(\.id) == ["r1"])
    }

    @Test func aDifferentQuestionInAnotherPlaceStartsFresh() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: [Fixtures.card("a", front: "What is a socket?", back: "An endpoint.")]), now: now)
        let replaced = Fixtures.article(
            cards: [Fixtures.card("b", front: "Why is the GIL there?", back: "To protect reference counts.")], hash: "hash-2")
        #expect(try store.importArticle(replaced, now: now) == .imported(.init(added: 1, archived: 1)))
    }
}
