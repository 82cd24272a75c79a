import Testing
@testable import PrepLoad
@testable import PrepServer

@Suite(.serialized)
struct LoadGeneratorTests {
    private func withServer<T>(_ mode: ServerConfiguration.Mode, workers: Int? = nil, _ body: (UInt16) throws -> T) throws -> T {
        let server = try HTTPServer.startDemo(ServerConfiguration(mode: mode, workers: workers))
        defer { server.stop() }
        return try body(server.port)
    }

    @Test func burstMeasuresEveryRequestOnSyncWorkers() throws {
        try withServer(.sync, workers: 4) { port in
            let report = try LoadGenerator.run(LoadPlan(port: port, targets: ["/sleep?ms=100"], connections: 8))
            #expect(report.requests == 8)
            #expect(report.errors == 0)
            #expect(report.statusCounts == ["200": 8])
            #expect(report.latencies.count == 8)
            // 8 requests on 4 workers: the slower half waits for a second round.
            #expect(report.latencies[7] >= 1.6 * report.latencies[0])
            #expect(report.elapsedMilliseconds >= 190)
        }
    }

    @Test func burstOverlapsAwaitedWaitsOnOneLoop() throws {
        try withServer(.async) { port in
            let report = try LoadGenerator.run(LoadPlan(port: port, targets: ["/sleep?ms=200"], connections: 100))
            #expect(report.requests == 100)
            #expect(report.elapsedMilliseconds < 600)
            #expect(report.p50 >= 190)
        }
    }

    @Test(arguments: [ServerConfiguration.Mode.async, .sync])
    func saturateCountsRequestsAfterWarmup(mode: ServerConfiguration.Mode) throws {
        try withServer(mode) { port in
            let plan = LoadPlan(port: port, connections: 8, keepAlive: true,
                                pattern: .saturate(duration: .milliseconds(400), warmup: .milliseconds(100)))
            let report = try LoadGenerator.run(plan)
            #expect(report.requests > 100)
            #expect(report.errors == 0)
            #expect(report.latencies.isEmpty)
            #expect(report.p50 <= report.p99)
            #expect(report.p99 <= report.max)
        }
    }

    @Test func eventArrivalsAreRecordedPerStream() throws {
        try withServer(.async) { port in
            let report = try LoadGenerator.readEventStreams(port: port, target: "/events?n=4&ms=100", streams: 5)
            #expect(report.errors == 0)
            #expect(report.arrivals.map(\.count) == [4, 4, 4, 4, 4])
            let gaps = report.interArrivals
            #expect(gaps.count == 15)
            #expect(gaps.allSatisfy { $0 >= 50 })
        }
    }
}
