/// What the load generator does.
package struct LoadPlan: Sendable {
    package enum Pattern: Sendable {
        /// Open every connection at t0 and send one request on each (the checks' scenario).
        case burst
        /// Keep every connection busy for `duration`, ignoring results during `warmup` (the benchmark).
        case saturate(duration: Duration, warmup: Duration)
    }

    package var host = "127.0.0.1"
    package var port: UInt16
    /// Connection `i` requests `targets[i % targets.count]`.
    package var targets: [String]
    package var connections: Int
    /// Reuse connections (HTTP keep-alive) or send `Connection: close` and reconnect.
    package var keepAlive: Bool
    package var pattern: Pattern
    /// Give up on requests still unanswered after this long (counted as errors).
    package var timeout: Duration = .seconds(30)
    /// Keep each response's body in the report (burst mode); off for benchmarks, where it would cost memory.
    package var keepsBodies = false

    package init(port: UInt16, targets: [String] = ["/"], connections: Int, keepAlive: Bool = false, pattern: Pattern = .burst) {
        self.port = port
        self.targets = targets
        self.connections = connections
        self.keepAlive = keepAlive
        self.pattern = pattern
    }
}
