import PrepLoad
import PrepServer

/// What a scenario runs with: the scale, the calibrated CPU work, and a way to say which step it is on.
package struct ScenarioContext: Sendable {
    package let parameters: CheckParameters
    package let cpu: CPUWork
    private let report: @Sendable (String) -> Void

    package init(parameters: CheckParameters, cpu: CPUWork, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.parameters = parameters
        self.cpu = cpu
        self.report = report
    }

    /// A scenario duration at the run's scale.
    package func ms(_ base: Double) -> Double { parameters.ms(base) }

    /// Names the step now running, for the progress line.
    package func step(_ description: String) { report(description) }

    /// A fresh sync (WSGI-model) server on port 0 for the duration of `body`; always stopped.
    @available(*, noasync)
    package func withSyncServer<T>(workers: Int, routes: Routes<BlockingHandler>, _ body: (UInt16) throws -> T) throws -> T {
        var configuration = ServerConfiguration(mode: .sync, workers: workers)
        configuration.shutdownGrace = .seconds(2)
        let server = try SyncHTTPServer(configuration: configuration, routes: routes)
        defer { server.stop() }
        return try body(server.port)
    }

    /// A fresh async (ASGI-model) server on port 0 for the duration of `body`; always stopped.
    @available(*, noasync)
    package func withAsyncServer<T>(loops: Int = 1, offloadThreads: Int = 8, routes: Routes<AsyncHandler>, _ body: (UInt16) throws -> T) throws -> T {
        var configuration = ServerConfiguration(mode: .async, workers: loops)
        configuration.offloadThreads = offloadThreads
        configuration.shutdownGrace = .seconds(2)
        let server = try AsyncHTTPServer(configuration: configuration, routes: routes)
        defer { server.stop() }
        return try body(server.port)
    }

    /// `count` requests opened at once (claims.md §2.1's client); any failed request fails the scenario.
    @available(*, noasync)
    package func burst(port: UInt16, target: String, count: Int) throws -> LoadReport {
        let report = try LoadGenerator.run(LoadPlan(port: port, targets: [target], connections: count))
        guard report.errors == 0, report.requests == count else {
            throw ScenarioError.requestsFailed(target: target, failed: max(report.errors, count - report.requests), of: count)
        }
        return report
    }
}

/// Why a scenario could not be measured; the screens word it.
package enum ScenarioError: Error, Equatable {
    case requestsFailed(target: String, failed: Int, of: Int)
}
