import PrepLoad

/// Throughput and latency of both server modes, driven by the in-process load generator.
/// The side-by-side comparison with uvicorn, gunicorn and nginx under wrk is `Tests/peers/run_peers.sh`.
enum ServerBenchmarks {
    static let benchmark = Benchmark(name: "server", summary: .benchServer) { _ in
        try ServerBenchmark.run().rows.flatMap { row -> [BenchmarkResult] in
            let label = "\(row.server) \(row.target) ×\(row.connections)"
            return [
                BenchmarkResult(
                    benchmark: "server", metric: .serverThroughput(label: label), value: row.report.requestsPerSecond,
                    unit: .requestsPerSecond, runs: 1, target: .peerScript),
                .milliseconds("server", .serverLatency(label: label), median: row.report.p99, runs: 1, target: .none),
            ]
        }
    }
}
