/// How one expectation fared against the (median) measurements; the `expected` object of `--json`.
package struct ExpectationOutcome: Sendable, Codable, Equatable {
    /// The expectation's id.
    package var id: String
    /// The measurement it judged.
    package var key: String
    package var measured: Double?
    package var min: Double?
    package var max: Double?
    package var soft: Bool
    package var passed: Bool

    /// Pure: the expectations judged against measurements; a missing measurement fails.
    package static func evaluate(_ expectations: [Expectation], against measurements: Measurements) -> [ExpectationOutcome] {
        expectations.map { expectation in
            let measured = measurements[expectation.key]
            return ExpectationOutcome(
                id: expectation.id, key: expectation.key, measured: measured,
                min: expectation.bound.minimum, max: expectation.bound.maximum, soft: expectation.isSoft,
                passed: measured.map { $0.isFinite && expectation.bound.contains($0) } ?? false
            )
        }
    }

    /// A check passes when every hard expectation held; soft ones are informational.
    package static func allHardPassed(_ outcomes: [ExpectationOutcome]) -> Bool {
        outcomes.allSatisfy { $0.soft || $0.passed }
    }
}
