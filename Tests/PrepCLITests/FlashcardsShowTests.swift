import Foundation
import Testing

@Suite struct FlashcardsShowTests {
    @Test func showsACardByUniqueSuffixWithItsHistory() throws {
        let workspace = try ReviewDeckWorkspace()
        let fresh = try workspace.run(["flashcards", "show", "wsgi-pep"], input: [])
        #expect(fresh.status == 0)
        #expect(fresh.out.hasPrefix(try workspace.key("wsgi-pep")))
        #expect(fresh.out.contains("PEP 3333"))
        #expect(fresh.out.contains("state new · reps 0 · lapses 0"))
        #expect(fresh.out.contains("History: never reviewed"))

        // The Model cell, then wsgi-pep, graded Good.
        _ = try workspace.review(["", "4", "", "3", "q"])
        let reviewed = try workspace.run(["flashcards", "show", "wsgi-pep"], input: [])
        #expect(reviewed.out.contains("state learning · reps 1 · lapses 0"))
        #expect(reviewed.out.contains("retrievability now"))
        #expect(reviewed.out.contains("due "))
        #expect(reviewed.out.contains(" Good "))
        #expect(reviewed.out.contains("review"))
    }

    @Test func jsonCarriesStateAndReviews() throws {
        let workspace = try ReviewDeckWorkspace()
        _ = try workspace.review(["", "4", "q"])
        let key = try workspace.key("c2")
        let result = try workspace.run(["flashcards", "show", key, "--json"], input: [])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["key"] as? String == key)
        #expect(json["kind"] as? String == "cell")
        #expect(json["source"] as? String == "content/web/servers.en.md:7")
        #expect(json["state"] as? String == "review")
        #expect(json["reps"] as? Int == 1)
        #expect((json["retrievability"] as? Double).map { $0 > 0.99 } == true)
        #expect((json["stability"] as? Double).map { $0 > 1 } == true)
        let reviews = try #require(json["reviews"] as? [[String: Any]])
        #expect(reviews.count == 1)
        #expect(reviews.first?["rating_name"] as? String == "Easy")
        #expect(reviews.first?["mode"] as? String == "review")
        #expect(reviews.first?["reviewed_at"] as? String == "2026-09-21T14:13:20.000Z")
    }

    @Test func unknownAndAmbiguousIDsFailListingCandidates() throws {
        let workspace = try ReviewDeckWorkspace()
        let unknown = try workspace.run(["flashcards", "show", "no-such-card"], input: [])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no card matches 'no-such-card'"))

        let ambiguous = try workspace.run(["flashcards", "show", "server"], input: [])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.err.contains("'server' matches 2 cards"))
        #expect(ambiguous.err.contains(try workspace.key("asgi-server")))
        #expect(ambiguous.err.contains(try workspace.key("wsgi-server")))
        #expect(try workspace.run(["flashcards", "show"], input: []).status == 64)
    }
}
