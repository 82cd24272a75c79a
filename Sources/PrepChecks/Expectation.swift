/// One thing a check expects of one measurement, with a one-sided tolerance where noise allows it
/// (claims.md §2.1: "blocked ≥ x" is safe because noise only adds delay).
package struct Expectation: Sendable {
    package enum Bound: Sendable, Equatable {
        case atLeast(Double)
        case atMost(Double)
        case within(Double, Double)

        package func contains(_ value: Double) -> Bool {
            switch self {
            case let .atLeast(minimum): value >= minimum
            case let .atMost(maximum): value <= maximum
            case let .within(minimum, maximum): value >= minimum && value <= maximum
            }
        }

        package var minimum: Double? {
            switch self {
            case let .atLeast(minimum), let .within(minimum, _): minimum
            case .atMost: nil
            }
        }

        package var maximum: Double? {
            switch self {
            case let .atMost(maximum), let .within(_, maximum): maximum
            case .atLeast: nil
            }
        }
    }

    package enum Unit: String, Sendable, Codable {
        case milliseconds = "ms"
        case requestsPerSecond = "req/s"
        case ratio = "×"
    }

    /// Names the expectation in results; the measurement key unless one measurement has two expectations.
    package var id: String
    /// The measurement this expectation judges.
    package var key: String
    package var label: Bilingual
    package var bound: Bound
    package var unit: Unit
    /// What the model predicts, e.g. "≈ 100+150+120 = 370".
    package var predicted: String
    /// Needs conditions a shared machine cannot promise (two idle cores): shown, never decides pass/fail.
    package var isSoft: Bool

    package init(_ key: String, _ label: Bilingual, _ bound: Bound, unit: Unit, predicted: String, soft: Bool = false, id: String? = nil) {
        self.id = id ?? key
        self.key = key
        self.label = label
        self.bound = bound
        self.unit = unit
        self.predicted = predicted
        isSoft = soft
    }

    /// The tolerance as printed: "≥ 340 ms", "≤ 1.1×", "230–360 ms".
    package var toleranceText: String {
        let suffix = unit == .ratio ? "×" : " " + unit.rawValue
        switch bound {
        case let .atLeast(minimum): return "≥ \(Self.format(minimum))\(suffix)"
        case let .atMost(maximum): return "≤ \(Self.format(maximum))\(suffix)"
        case let .within(minimum, maximum): return "\(Self.format(minimum))–\(Self.format(maximum))\(suffix)"
        }
    }

    /// Whole numbers from 100 up, at most one decimal from 10, two below: enough to read a ratio or a time.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if abs(value) >= 100 { return String(Int(value.rounded())) }
        if abs(value) >= 10 {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
        }
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
