/// What a load run measured. Times are milliseconds.
package struct LoadReport: Sendable, Codable, CustomStringConvertible {
    package var requests: Int
    package var errors: Int
    /// Status code → count, as strings so the JSON is an object.
    package var statusCounts: [String: Int]
    package var elapsedMilliseconds: Double
    package var requestsPerSecond: Double
    package var p50: Double
    package var p90: Double
    package var p99: Double
    package var max: Double
    package var mean: Double
    /// Every latency, sorted (burst mode only; empty when saturating, where the histogram suffices).
    package var latencies: [Double]
    /// Response bodies in completion order, when the plan asked for them (a peer's view reports its threads).
    package var bodies: [String] = []

    enum CodingKeys: String, CodingKey {
        case requests, errors, statusCounts, elapsedMilliseconds, requestsPerSecond, p50, p90, p99, max, mean, latencies
    }

    package var description: String {
        func ms(_ value: Double) -> String { value < 10 ? String(format2: value) : String(Int(value.rounded())) }
        return "\(requests) requests in \(ms(elapsedMilliseconds)) ms, \(Int(requestsPerSecond.rounded())) req/s, "
            + "p50 \(ms(p50)) ms, p90 \(ms(p90)) ms, p99 \(ms(p99)) ms, max \(ms(max)) ms, \(errors) errors"
    }
}

extension String {
    /// Two decimals without Foundation's formatter.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
