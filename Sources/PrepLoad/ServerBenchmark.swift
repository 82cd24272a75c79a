import PrepServer

/// `prep bench server`: both server models on loopback, driven by the in-process load generator.
package struct ServerBenchmark: Sendable, Codable, CustomStringConvertible {
    package struct Row: Sendable, Codable {
        package var server: String
        package var target: String
        package var connections: Int
        package var report: LoadReport
    }

    package var rows: [Row]

    /// Runs hello-world at full speed and a 100 ms awaited-or-blocking wait, on each mode, each on port 0.
    @available(*, noasync)
    package static func run(duration: Duration = .seconds(3), connections: Int = 50) throws -> ServerBenchmark {
        let scenarios: [(mode: ServerConfiguration.Mode, workers: Int, target: String, connections: Int)] = [
            (.async, 1, "/", connections),
            (.sync, 4, "/", connections),
            (.async, 1, "/sleep?ms=100", 100),
            (.sync, 4, "/sleep?ms=100", 100),
        ]
        var rows: [Row] = []
        for scenario in scenarios {
            let server = try HTTPServer.startDemo(ServerConfiguration(mode: scenario.mode, workers: scenario.workers))
            defer { server.stop() }
            let plan = LoadPlan(
                port: server.port,
                targets: [scenario.target],
                connections: scenario.connections,
                keepAlive: true,
                pattern: .saturate(duration: duration, warmup: .milliseconds(300))
            )
            let report = try LoadGenerator.run(plan)
            let noun = scenario.mode == .async ? "loop" : "workers"
            rows.append(Row(server: "\(scenario.mode.rawValue), \(scenario.workers) \(noun)", target: scenario.target,
                            connections: scenario.connections, report: report))
        }
        return ServerBenchmark(rows: rows)
    }

    package var description: String {
        var lines = ["server            target          conns     req/s    p50 ms    p99 ms    max ms  errors"]
        for row in rows {
            let report = row.report
            lines.append(
                row.server.padded(18) + row.target.padded(16) + String(row.connections).leftPadded(5)
                    + String(Int(report.requestsPerSecond.rounded())).leftPadded(10)
                    + String(format2: report.p50).leftPadded(10) + String(format2: report.p99).leftPadded(10)
                    + String(format2: report.max).leftPadded(10) + String(report.errors).leftPadded(8)
            )
        }
        lines.append("Keep-alive clients; sync mode closes after each response, as gunicorn's sync worker does.")
        lines.append("/sleep: 4 sync workers finish at most 4 requests per 100 ms; one loop overlaps every wait.")
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
