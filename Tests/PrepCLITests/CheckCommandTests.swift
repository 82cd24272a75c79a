import Foundation
import PrepCore
import PrepStore
import PrepTestSupport
import Synchronization
import Testing
@testable import PrepCLI

@Suite struct CheckCommandTests {
    /// A harness whose database is a fresh file in `folder`.
    static func harness(in folder: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.environment["PREP_DB"] = folder.path("prep.sqlite")
        harness.environment["PREP_CONTENT"] = folder.path
        return harness
    }

    @Test func listPrintsTheCatalogue() throws {
        let folder = try TemporaryDirectory()
        let harness = Self.harness(in: folder)
        let result = harness.run("check", "--list", "--lang", "en")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines[5].hasPrefix("C06  gather-over-thread-sensitive-orm"))
        #expect(lines[5].contains("FALSE"))
        #expect(lines[5].contains("370 ms to 150 ms"))
    }

    @Test func peersWithoutPythonSayHowToInstallAndSucceed() throws {
        let folder = try TemporaryDirectory()
        var harness = Self.harness(in: folder)
        harness.environment["PATH"] = folder.path
        let result = harness.run("check", "--peers", "--lang", "en")
        #expect(result.status == 0)
        #expect(result.out.contains("python3 was not found"))
        #expect(result.out.contains("pip install gunicorn uvicorn"))
    }

    @Test func unknownNameIsAUsageErrorListingTheChecks() throws {
        let folder = try TemporaryDirectory()
        let harness = Self.harness(in: folder)
        let result = harness.run("check", "C13", "--lang", "en")
        #expect(result.status == 64)
        #expect(result.err.contains("Unknown check 'C13'"))
        #expect(result.err.contains("C12 (blocking-app-on-async-server)"))
        #expect(result.out.isEmpty)
    }

    /// One real, fast check (C05, ≈ 0.4 s): the JSON has exactly the documented shape and the run is stored.
    @Test func jsonHasTheDocumentedShapeAndTheRunIsStored() throws {
        let folder = try TemporaryDirectory()
        let harness = Self.harness(in: folder)
        let result = harness.run("check", "sequential-await-vs-gather", "--json")
        #expect(result.status == 0, "\(result.out)\(result.err)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["checks", "passed", "failed", "seconds"])
        #expect(document["passed"] as? Int == 1)
        #expect(document["failed"] as? Int == 0)
        #expect(document["seconds"] is Double)
        let checks = try #require(document["checks"] as? [[String: Any]])
        #expect(checks.count == 1)
        let check = try #require(checks.first)
        #expect(Set(check.keys) == ["name", "claim_ids", "verdict", "passed", "runs", "measurements", "expected"])
        #expect(check["name"] as? String == "C05")
        #expect(check["claim_ids"] as? [Int] == [108, 89])
        #expect(check["verdict"] as? String == "FALSE")
        let measurements = try #require(check["measurements"] as? [String: Double])
        #expect(try #require(measurements["sequential_ms"]) >= 280)
        let expected = try #require(check["expected"] as? [String: [String: Any]])
        #expect(expected["gathered_ms"]?["max"] as? Double == 180)

        let store = try Store.open(path: try #require(harness.environment["PREP_DB"]))
        let runs = try store.checkRuns(checkName: "C05")
        #expect(runs.count == 1)
        #expect(runs.first?.passed == true)
        #expect(runs.first?.cardKey == nil)
        #expect(runs.first?.measurements?.contains("sequential_ms") == true)
    }

    @Test func inlineRunStoresTheCardKeyAndPrintsTheBlock() throws {
        let folder = try TemporaryDirectory()
        let harness = Self.harness(in: folder)
        let output = OutputCapture()
        var scoped = harness
        scoped.workingDirectory = folder.path
        let context = scoped.context(out: TextSink { output.append($0) }, err: TextSink { output.append($0) })
        let passed = runCheckInline(name: "c5", cardKey: "wsgi-asgi/q5", lang: .en, context: context)
        #expect(passed)
        let text = output.text
        #expect(text.contains("C05 sequential-await-vs-gather"))
        #expect(text.contains("Why: "))
        let store = try Store.open(path: try #require(harness.environment["PREP_DB"]))
        #expect(try store.checkRuns(checkName: "C05").map(\.cardKey) == ["wsgi-asgi/q5"])
    }

    @Test func inlineRunOfAnUnknownCheckSaysSo() throws {
        let folder = try TemporaryDirectory()
        let harness = Self.harness(in: folder)
        let output = OutputCapture()
        var scoped = harness
        scoped.workingDirectory = folder.path
        let context = scoped.context(out: TextSink { output.append($0) }, err: TextSink { output.append($0) })
        #expect(!runCheckInline(name: "C42", cardKey: nil, lang: .en, context: context))
        #expect(output.text.contains("Unknown check 'C42'"))
    }
}

/// Collects what a context writes, for calling package functions directly rather than through `PrepTool`.
private final class OutputCapture: Sendable {
    private let buffer = Mutex("")

    func append(_ text: String) { buffer.withLock { $0 += text } }

    var text: String { buffer.withLock { $0 } }
}
