import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy

/// A temporary folder with a two-card article in both languages and a database path, removed on deinit.
/// Only the stats and export tests use it.
final class StatsTestsWorkspace {
    let folder: URL
    var harness = CLIHarness()

    static let keys = ["web/basics/wsgi", "web/basics/asgi"]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("prep-stats-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("content/web")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try """
            # Web servers

            ## Gateways

            Q: What does WSGI stand for?
            A: Web Server Gateway Interface
            id: wsgi

            Q: What does ASGI add?
            A: Asynchronous calls and WebSockets
            id: asgi
            """.write(to: content.appendingPathComponent("basics.en.md"), atomically: true, encoding: .utf8)
        try """
            # 網頁伺服器

            ## 閘道介面

            Q: WSGI 是什麼的縮寫？
            A: Web Server Gateway Interface
            id: wsgi

            Q: ASGI 多了什麼？
            A: 非同步呼叫與 WebSocket
            id: asgi
            """.write(to: content.appendingPathComponent("basics.zh-Hant.md"), atomically: true, encoding: .utf8)
        harness.workingDirectory = folder.path
        harness.environment = [
            "PREP_DB": databasePath(),
            "PREP_CONTENT": folder.appendingPathComponent("content").path,
            "TZ": "UTC",
        ]
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func databasePath(_ name: String = "prep.sqlite") -> String {
        folder.appendingPathComponent("data/\(name)").path
    }

    func useDatabase(_ name: String) {
        harness.environment["PREP_DB"] = databasePath(name)
    }

    /// Grades a card `daysAgo` before the harness clock, as a review session would; the store is closed after.
    func grade(_ key: String, _ rating: Rating, daysAgo: Double) throws {
        let store = try Store.open(path: harness.environment["PREP_DB"]!)
        let card = try store.card(key: key, preferring: "en")!
        _ = try GradeRecorder(store: store, scheduler: Scheduler(.default)).grade(
            StudyCard(card: card, state: try store.state(for: key)), rating: rating,
            at: harness.now.addingTimeInterval(-daysAgo * 86_400), durationMs: 3000, mode: "review"
        )
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
