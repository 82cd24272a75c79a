import Foundation
import PrepChecks
import PrepCore
import PrepTerminal
import PrepTestSupport
import Testing
@testable import PrepCLI

@Suite struct CheckPeersTests {
    static let parameters = CheckParameters(scale: 1, cores: 2)

    /// C06 with the model's figures, and a peer whose free threads were as slow as the thread-sensitive run.
    static func c06Comparison(peerFreeThreads: Double) -> (Check, PeerComparison) {
        let check = CheckRegistry.check(named: "C06")!
        let expectations = check.expectations(parameters)
        let modelMeasurements: Measurements = ["thread_sensitive_ms": 371, "free_threads_ms": 151, "dependency_ms": 251]
        let outcomes = ExpectationOutcome.evaluate(expectations, against: modelMeasurements)
        let model = CheckResult(name: "C06", claimIDs: check.claimIDs, verdict: check.verdict, passed: true, runs: 1,
                                measurements: modelMeasurements, expected: Dictionary(uniqueKeysWithValues: outcomes.map { ($0.id, $0) }))
        let peer = PeerMeasurement(
            measurements: ["thread_sensitive_ms": 380, "free_threads_ms": peerFreeThreads, "dependency_ms": 260],
            threads: [ThreadSighting(key: "thread_sensitive_ms", label: Bilingual("(a)"), requests: [["ThreadPoolExecutor-1_0", "ThreadPoolExecutor-1_0"]])]
        )
        return (check, PeerComparison(check: check, server: "Django 5.2.19 on uvicorn (ASGI)", parameters: parameters, model: model,
                                      peerRuns: [peer], threads: peer.threads, seconds: 1))
    }

    @Test func comparisonAgreesWhenBothLandOnTheSameSideOfEveryExpectation() {
        let (_, comparison) = Self.c06Comparison(peerFreeThreads: 163)
        #expect(comparison.peer.passed)
        #expect(comparison.agree)
        #expect(comparison.rows.map(\.id) == ["thread_sensitive_ms", "free_threads_ms", "dependency_ms"])
        #expect(comparison.rows.map(\.peer) == [380, 163, 260])
        #expect(comparison.rows.map(\.model) == [371, 151, 251])
    }

    @Test func comparisonNamesTheMeasurementWhereModelAndPeerDisagree() {
        let (check, comparison) = Self.c06Comparison(peerFreeThreads: 380)
        #expect(!comparison.peer.passed)
        #expect(!comparison.agree)
        #expect(comparison.disagreements.map(\.id) == ["free_threads_ms"])
        let report = PeerReport(check: check, comparison: comparison, peerName: "Django", parameters: Self.parameters,
                                lang: .en, style: .plain, width: 120)
        let text = report.lines().joined(separator: "\n")
        #expect(text.contains("prep's model and Django DISAGREE on: (b) free threads (thread_sensitive=False): model 151 ms ✔, Django 380 ms ✘"))
        #expect(text.contains("✘ did not hold on Django"))
        #expect(text.contains("prep's model vs Django 5.2.19 on uvicorn (ASGI)"))
        #expect(text.contains("(a) → ThreadPoolExecutor-1_0 ×2"))
        let chinese = PeerReport(check: check, comparison: comparison, peerName: "Django", parameters: Self.parameters,
                                 lang: .zhHant, style: .plain, width: 120).lines().joined(separator: "\n")
        #expect(chinese.contains("prep 的模型與 Django 不一致："))
    }

    @Test func sideBySideTableHasBothColumnsPerMeasurement() throws {
        let (check, comparison) = Self.c06Comparison(peerFreeThreads: 163)
        let lines = PeerReport(check: check, comparison: comparison, peerName: "Django", parameters: Self.parameters,
                               lang: .en, style: .plain, width: 120).lines()
        let header = try #require(lines.first { $0.contains("measurement") })
        #expect(header.contains("prep's model") && header.contains("Django") && header.contains("tolerance"))
        let row = try #require(lines.first { $0.contains("(b) free threads") })
        #expect(row.contains("151 ms ✔") && row.contains("163 ms ✔") && row.contains("≤ 240 ms") && row.contains("agree"))
        #expect(lines.contains { $0.contains("✔ prep's model and Django agree on every measurement.") })
    }

    @Test func jsonCarriesModelAndPeerSideBySide() throws {
        let (_, comparison) = Self.c06Comparison(peerFreeThreads: 380)
        let json = try JSONOutput.string(PeerSuiteReport(peers: [comparison], seconds: 12.34))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["peers", "skipped", "held", "failed", "disagreements", "seconds"])
        #expect(document["held"] as? Int == 0)
        #expect(document["failed"] as? Int == 1)
        #expect(document["disagreements"] as? Int == 1)
        #expect(document["seconds"] as? Double == 12.3)
        let peer = try #require((document["peers"] as? [[String: Any]])?.first)
        #expect(Set(peer.keys) == ["check", "server", "model", "peer", "threads", "rows", "agree"])
        #expect(peer["check"] as? String == "C06")
        #expect(peer["agree"] as? Bool == false)
        #expect((peer["model"] as? [String: Any])?["passed"] as? Bool == true)
        #expect(((peer["peer"] as? [String: Any])?["measurements"] as? [String: Double])?["free_threads_ms"] == 380)
        let row = try #require((peer["rows"] as? [[String: Any]])?.first { $0["id"] as? String == "free_threads_ms" })
        #expect(Set(row.keys) == ["id", "key", "model", "peer", "model_passed", "peer_passed", "soft", "agree"])
        #expect(row["model"] as? Double == 151)
        #expect(row["peer_passed"] as? Bool == false)
        #expect(row["agree"] as? Bool == false)
        let threads = try #require(peer["threads"] as? [[String: Any]])
        #expect(threads.first?["requests"] as? [[String]] == [["ThreadPoolExecutor-1_0", "ThreadPoolExecutor-1_0"]])
    }

    @Test func peersWithoutPythonAsJSONSayWhatIsMissingAndSucceed() throws {
        let folder = try TemporaryDirectory()
        var harness = CheckCommandTests.harness(in: folder)
        harness.environment["PATH"] = folder.path
        let result = harness.run("check", "--peers", "C06", "--json")
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let skipped = try #require(document["skipped"] as? String)
        #expect(skipped.contains("python3 was not found"))
        #expect(skipped.contains(#"pip install gunicorn uvicorn "Django>=5.2,<5.3" asgiref"#))
        #expect(document["peers"] as? [Any] != nil)
    }

    @Test func namedChecksChooseTheirPeersAndOnesWithoutAPeerAreAUsageError() throws {
        let c06 = try #require(CheckRegistry.check(named: "C06"))
        let c03 = try #require(CheckRegistry.check(named: "C03"))
        #expect(try CheckPeers.scenarios(for: [c06, c03], commandPath: ["prep", "check"]).map(\.check.id) == ["C06"])
        #expect(try CheckPeers.scenarios(for: nil, commandPath: ["prep", "check"]).map(\.check.id) == ["C01", "C02", "C04", "C05", "C06", "C07", "C08"])
        let folder = try TemporaryDirectory()
        let harness = CheckCommandTests.harness(in: folder)
        let result = harness.run("check", "--peers", "C03", "--lang", "en")
        #expect(result.status == 64)
        #expect(result.err.contains("None of C03 runs on a peer"))
    }

    /// Real Django, real servers: needs python3 with venv and pip, and the network. Opt-in
    /// (`PREP_PEERS_TESTS=1 swift test --filter realDjango`), never part of a plain `swift test`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PREP_PEERS_TESTS"] == "1", "set PREP_PEERS_TESTS=1 to run Django itself"))
    func realDjangoReproducesTheModel() throws {
        let folder = try TemporaryDirectory()
        let harness = CheckCommandTests.harness(in: folder)
        var scoped = harness
        scoped.environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let result = scoped.run("check", "--peers", "C05", "C06", "C07", "C08", "--json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], "\(result.out)\(result.err)")
        if let skipped = document["skipped"] as? String {
            // No python3, venv, pip or network here: nothing of Django's to judge.
            try Test.cancel("the peers could not run here: \(skipped)")
        }
        let peers = try #require(document["peers"] as? [[String: Any]])
        #expect(peers.map { $0["check"] as? String } == ["C05", "C06", "C07", "C08"])
        for peer in peers {
            #expect((peer["peer"] as? [String: Any])?["passed"] as? Bool == true, "\(peer)")
            #expect(peer["agree"] as? Bool == true, "\(peer)")
        }
        #expect(result.status == 0)
        let c06 = try #require(peers.first { $0["check"] as? String == "C06" })
        let threads = try #require(c06["threads"] as? [[String: Any]])
        let threadSensitive = try #require(threads.first { $0["key"] as? String == "thread_sensitive_ms" }?["requests"] as? [[String]])
        #expect(Set(threadSensitive.flatMap { $0 }).count == 1, "Django's gathered ORM calls ran on one thread")
    }
}
