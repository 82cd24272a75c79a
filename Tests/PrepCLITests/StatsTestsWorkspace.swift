import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTestSupport

/// A temporary folder with a two-card article in both languages and a database path, removed with it.
/// Only the stats and export tests use it.
final class StatsTestsWorkspace {
    let scratch: TemporaryDirectory
    var folder: URL { scratch.url }
    var harness = CLIHarness()

    static let keys = ["web/basics/wsgi", "web/basics/asgi"]

    init() throws {
        scratch = try TemporaryDirectory()
        try scratch.write("content/web/basics.en.md", """
            # Web servers

            ## Gateways

            Q: What does WSGI stand for?
            A: Web Server Gateway Interface
            id: wsgi

            Q: What does ASGI add?
            A: Asynchronous calls and WebSockets
            id: asgi
            """)
        try scratch.write("content/web/basics.zh-Hant.md", """
            # 網頁伺服器

            ## 閘道介面

            Q: WSGI 是什麼的縮寫？
            A: Web Server Gateway Interface
            id: wsgi

            Q: ASGI 多了什麼？
            A: 非同步呼叫與 WebSocket
            id: asgi
            """)
        harness.workingDirectory = folder.path
        harness.environment = [
            "PREP_DB": databasePath(),
            "PREP_CONTENT": folder.appendingPathComponent("content").path,
            "TZ": "UTC",
        ]
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
        let card = try store.card(key: key, preferring: .en)!
        _ = try GradeRecorder(store: store, scheduler: Scheduler(.default)).grade(
            StudyCard(card: card, state: try store.state(for: key)), rating: rating,
            at: harness.now.addingTimeInterval(-daysAgo * 86_400), durationMs: 3000, mode: "review"
        )
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
