import PrepCore
/// The outcome of running one check; encodes as one entry of `prep check --json`'s `checks`.
package struct CheckResult: Sendable, Codable, Equatable {
    /// The check's id (`C06`), which cards name in `check:`.
    package var name: String
    package var claimIDs: [Int]
    package var verdict: Verdict
    package var passed: Bool
    /// 1, or 3 when the first run fell outside tolerance and the median of three was judged.
    package var runs: Int
    package var measurements: Measurements
    package var expected: [String: ExpectationOutcome]
    /// Why the scenario could not run (a socket error, say); nil when it ran.
    package var error: String?
    /// The error behind `error` as it was thrown, for a screen to word in its own language; the JSON and the
    /// stored run keep `error`'s English, so this is neither encoded nor compared.
    package var failure: (any Error)?
    package var seconds: Double

    enum CodingKeys: String, CodingKey {
        case name, passed, runs, measurements, expected, error
        case claimIDs = "claim_ids"
        case verdict
    }

    package init(name: String, claimIDs: [Int], verdict: Verdict, passed: Bool, runs: Int, measurements: Measurements,
                 expected: [String: ExpectationOutcome], error: String? = nil, failure: (any Error)? = nil, seconds: Double = 0) {
        self.name = name
        self.claimIDs = claimIDs
        self.verdict = verdict
        self.passed = passed
        self.runs = runs
        self.measurements = measurements
        self.expected = expected
        self.error = error
        self.failure = failure
        self.seconds = seconds
    }

    package static func == (lhs: CheckResult, rhs: CheckResult) -> Bool {
        (lhs.name, lhs.claimIDs, lhs.verdict, lhs.passed, lhs.runs) == (rhs.name, rhs.claimIDs, rhs.verdict, rhs.passed, rhs.runs)
            && (lhs.measurements, lhs.expected, lhs.error, lhs.seconds) == (rhs.measurements, rhs.expected, rhs.error, rhs.seconds)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        claimIDs = try container.decode([Int].self, forKey: .claimIDs)
        let verdictText = try container.decode(String.self, forKey: .verdict)
        guard let verdict = Verdict(rawValue: verdictText.lowercased()) else {
            throw DecodingError.dataCorruptedError(forKey: .verdict, in: container, debugDescription: "no verdict '\(verdictText)'")
        }
        self.verdict = verdict
        passed = try container.decode(Bool.self, forKey: .passed)
        runs = try container.decode(Int.self, forKey: .runs)
        measurements = try container.decode(Measurements.self, forKey: .measurements)
        expected = try container.decode([String: ExpectationOutcome].self, forKey: .expected)
        error = try container.decodeIfPresent(String.self, forKey: .error)
        // The JSON reports the suite's time once, not per check.
        seconds = 0
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(claimIDs, forKey: .claimIDs)
        // A check report spells its verdict as claims.md does: TRUE, FALSE, MISLEADING, DEPENDS.
        try container.encode(verdict.rawValue.uppercased(), forKey: .verdict)
        try container.encode(passed, forKey: .passed)
        try container.encode(runs, forKey: .runs)
        try container.encode(measurements, forKey: .measurements)
        try container.encode(expected, forKey: .expected)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
