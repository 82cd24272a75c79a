/// Which threads ran one measured request's sync work, as the peer's view reported them.
package struct ThreadSighting: Sendable, Equatable, Encodable {
    /// The measurement the requests belong to.
    package var key: String
    package var label: Bilingual
    /// Per request (in completion order), the thread names in the order the queries finished.
    package var requests: [[String]]

    package init(key: String, label: Bilingual, requests: [[String]]) {
        self.key = key
        self.label = label
        self.requests = requests
    }

    enum CodingKeys: String, CodingKey { case key, requests }

    /// "ThreadPoolExecutor-3_0 ×3", or "asyncio_0, asyncio_2, asyncio_1": repeats folded, order kept.
    package static func summary(_ names: [String]) -> String {
        var runs: [(name: String, count: Int)] = []
        for name in names {
            if runs.last?.name == name { runs[runs.count - 1].count += 1 } else { runs.append((name, 1)) }
        }
        return runs.map { $0.count == 1 ? $0.name : "\($0.name) ×\($0.count)" }.joined(separator: ", ")
    }
}

/// What one run against a peer gave: figures keyed like the built-in check's, and the threads seen.
package struct PeerMeasurement: Sendable {
    package var measurements: Measurements
    package var threads: [ThreadSighting] = []

    package init(measurements: Measurements, threads: [ThreadSighting] = []) {
        self.measurements = measurements
        self.threads = threads
    }
}

/// prep's model and a real peer judged by the same expectations, side by side: `--peers --json`'s entries.
package struct PeerComparison: Sendable, Encodable {
    package struct Row: Sendable, Equatable, Encodable {
        package var id: String
        package var key: String
        package var model: Double?
        package var peer: Double?
        package var modelPassed: Bool
        package var peerPassed: Bool
        package var soft: Bool

        /// Both on the same side of the expectation: the model predicted what the peer did.
        package var agree: Bool { modelPassed == peerPassed }

        enum CodingKeys: String, CodingKey {
            case id, key, model, peer, soft, agree
            case modelPassed = "model_passed"
            case peerPassed = "peer_passed"
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(key, forKey: .key)
            try container.encode(model, forKey: .model)
            try container.encode(peer, forKey: .peer)
            try container.encode(modelPassed, forKey: .modelPassed)
            try container.encode(peerPassed, forKey: .peerPassed)
            try container.encode(soft, forKey: .soft)
            try container.encode(agree, forKey: .agree)
        }
    }

    package var check: String
    package var server: String
    package var model: CheckResult
    package var peer: CheckResult
    package var threads: [ThreadSighting]
    package var rows: [Row]

    /// The expectations the peer could be measured on: those whose measurement it reported.
    package static func expectations(of check: Check, parameters: CheckParameters, measured: Measurements) -> [Expectation] {
        check.expectations(parameters).filter { measured[$0.key] != nil }
    }

    /// Pure: judges the peer's figures with the check's own expectations and lines them up with the model's.
    package init(check: Check, server: String, parameters: CheckParameters, model: CheckResult,
         peerRuns: [PeerMeasurement], threads: [ThreadSighting], seconds: Double) {
        let measured = MeasurementMedian.of(peerRuns.map(\.measurements))
        let expectations = Self.expectations(of: check, parameters: parameters, measured: measured)
        let outcomes = ExpectationOutcome.evaluate(expectations, against: measured)
        self.check = check.id
        self.server = server
        self.model = model
        peer = CheckResult(
            name: check.id, claimIDs: check.claimIDs, verdict: check.verdict,
            passed: !peerRuns.isEmpty && ExpectationOutcome.allHardPassed(outcomes), runs: peerRuns.count,
            measurements: measured, expected: Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            seconds: seconds
        )
        self.threads = threads
        rows = outcomes.map { outcome in
            let modelOutcome = model.expected[outcome.id]
            return Row(id: outcome.id, key: outcome.key, model: modelOutcome?.measured, peer: outcome.measured,
                       modelPassed: modelOutcome?.passed ?? false, peerPassed: outcome.passed, soft: outcome.soft)
        }
    }

    /// The peer ran but its figures could not be had (a server that did not start, a failed request).
    package init(check: Check, server: String, model: CheckResult, error: String) {
        self.check = check.id
        self.server = server
        self.model = model
        peer = CheckResult(name: check.id, claimIDs: check.claimIDs, verdict: check.verdict, passed: false, runs: 0,
                           measurements: [:], expected: [:], error: error)
        threads = []
        rows = []
    }

    package var agree: Bool { peer.error == nil && rows.allSatisfy(\.agree) }

    package var disagreements: [Row] { rows.filter { !$0.agree } }

    enum CodingKeys: String, CodingKey { case check, server, model, peer, threads, rows, agree }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(check, forKey: .check)
        try container.encode(server, forKey: .server)
        try container.encode(model, forKey: .model)
        try container.encode(peer, forKey: .peer)
        try container.encode(threads, forKey: .threads)
        try container.encode(rows, forKey: .rows)
        try container.encode(agree, forKey: .agree)
    }
}

/// `prep check --peers --json`'s document.
package struct PeerSuiteReport: Encodable {
    package var peers: [PeerComparison]
    /// What was missing when the peers could not run at all (no Python, no network), with how to install it.
    package var skipped: String?
    package var held: Int
    package var failed: Int
    package var disagreements: Int
    package var seconds: Double

    package init(peers: [PeerComparison], skipped: String? = nil, seconds: Double) {
        self.peers = peers
        self.skipped = skipped
        held = peers.filter(\.peer.passed).count
        failed = peers.count - held
        disagreements = peers.filter { !$0.agree }.count
        self.seconds = (seconds * 10).rounded() / 10
    }

    enum CodingKeys: String, CodingKey { case peers, skipped, held, failed, disagreements, seconds }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(peers, forKey: .peers)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(held, forKey: .held)
        try container.encode(failed, forKey: .failed)
        try container.encode(disagreements, forKey: .disagreements)
        try container.encode(seconds, forKey: .seconds)
    }
}
