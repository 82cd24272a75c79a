import Foundation
import PrepStore
import Testing

/// `prep flashcards suspend|unsuspend|forget|bury|unbury|reschedule`, the list filters, review's `!`, and
/// every change carried by `prep export` → `prep restore` into another database.
@Suite struct FlashcardsManageTests {
    /// A workspace where the four Q&A cards were studied yesterday and once more today.
    static func studied() throws -> ReviewDeckWorkspace {
        let workspace = try ReviewDeckWorkspace()
        _ = try workspace.review(Array(repeating: ["", "3"], count: 5).flatMap { $0 } + ["q"])
        workspace.harness.now += 86_400
        _ = try workspace.review(Array(repeating: ["", "3"], count: 5).flatMap { $0 } + ["q"])
        return workspace
    }

    func list(_ workspace: ReviewDeckWorkspace, _ options: String...) throws -> [[String: Any]] {
        let result = try workspace.run(["flashcards", "list", "--json"] + options, input: [])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        return try #require(json["cards"] as? [[String: Any]])
    }

    @Test func eachCommandIsCarriedByExportAndRestore() throws {
        let workspace = try Self.studied()
        func manage(_ arguments: String...) throws -> String {
            let result = try workspace.run(["flashcards"] + arguments, input: [])
            #expect(result.status == 0, "\(arguments): \(result.err)")
            return result.out
        }
        #expect(try manage("suspend", "wsgi-pep", "asgi-name").contains("Suspended 2 cards.\nTo undo: prep flashcards unsuspend"))
        #expect(try manage("unsuspend", "asgi-name").contains("Unsuspended 1 card."))
        #expect(try manage("suspend", "wsgi-pep").contains("1 card was already suspended."))
        #expect(try manage("bury", "--search", "uvicorn").contains("Buried 1 card."))
        #expect(try manage("bury", "asgi-name").contains("Buried 1 card."))
        #expect(try manage("unbury", "asgi-name").contains("Unburied 1 card."))
        #expect(try manage("reschedule", "--days", "5", "asgi-name").contains("Rescheduled 1 card."))
        #expect(try manage("forget", "wsgi-server").contains("History cleared: 2 reviews deleted."))
        #expect(try manage("forget", "--keep-history", "c2").contains("Their reviews stay in the history."))
        #expect(try list(workspace, "--state", "suspended").map { $0["key"] as? String } == [try workspace.key("wsgi-pep")])
        #expect(try list(workspace, "--search", "ASYNCHRONOUS").count == 1)

        let export = try workspace.run(["export", "-o", "progress.json"], input: [])
        #expect(export.status == 0, "\(export.err)")
        let other = try ReviewDeckWorkspace()
        other.harness.now = workspace.harness.now
        let restored = try other.run(["restore", workspace.directory.appendingPathComponent("progress.json").path], input: [])
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("card actions added"))
        let before = try workspace.run(["flashcards", "list", "--json"], input: []).out
        #expect(try other.run(["flashcards", "list", "--json"], input: []).out == before)
        for suffix in ["wsgi-pep", "asgi-name", "asgi-server", "wsgi-server", "c2"] {
            #expect(try other.store().state(for: other.key(suffix)) == workspace.store().state(for: workspace.key(suffix)), "\(suffix)")
            #expect(try other.store().reviews(cardKey: other.key(suffix)) == workspace.store().reviews(cardKey: workspace.key(suffix)))
        }
        #expect(try other.store().allActions() == workspace.store().allActions())
    }

    @Test func reviewForgetsWithBangAndUndoBringsTheCardBack() throws {
        let workspace = try Self.studied()
        workspace.harness.now += 30 * 86_400
        let before = try workspace.store().states()
        let result = try workspace.review(["!", "u", "q"])
        #expect(result.out.contains("(history kept). u takes it back."))
        #expect(result.out.contains("Took back the reset."))
        #expect(try workspace.store().states() == before)
        #expect(try workspace.store().allActions().isEmpty)
        let forgotten = try workspace.review(["!", "q"])
        #expect(forgotten.out.contains("Reset \""))
        #expect(try workspace.store().allActions().map(\.kind) == [.forget])
    }

    @Test func selectionErrorsNameWhatIsWrong() throws {
        let workspace = try ReviewDeckWorkspace()
        let bare = try workspace.run(["flashcards", "suspend"], input: [])
        #expect(bare.status == 64)
        #expect(bare.err.contains("Name cards by KEY, --topic or --search"))
        let both = try workspace.run(["flashcards", "suspend", "wsgi-pep", "--topic", "web"], input: [])
        #expect(both.status == 64)
        let noDays = try workspace.run(["flashcards", "reschedule", "wsgi-pep"], input: [])
        #expect(noDays.err.contains("--days"))
        let new = try workspace.run(["flashcards", "reschedule", "--days", "2", "wsgi-pep"], input: [])
        #expect(new.status == 1)
        #expect(new.out.contains("never studied"))
        let zh = try workspace.run(["flashcards", "suspend", "wsgi-pep", "--lang", "zh-Hant"], input: [])
        #expect(zh.out.contains("已暫停 1 張卡片。"))
        let badState = try workspace.run(["flashcards", "list", "--state", "lost"], input: [])
        #expect(badState.status == 64)
    }
}
