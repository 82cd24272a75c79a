import Foundation
import PrepCore
import PrepLoad
import PrepServer

/// One built-in check repeated on a real Python server: which server, and how to measure it there with
/// the same keys the check's expectations judge.
package struct PeerScenario: Sendable {
    package var check: Check
    package var server: PeerServer
    /// How the peer's scenario differs from the model's, when it must (printed under the table).
    package var note: Bilingual? = nil
    /// Requested once, unmeasured, before the runs: each gunicorn worker sets Django up on its first request.
    package var warmUp: (target: String, count: Int)? = nil
    package var measure: @Sendable (PeerClient, CheckParameters) throws -> PeerMeasurement

    /// C01, C02 and C04 on the tiny apps; C05–C08 on the Django project.
    package static let all: [PeerScenario] = [
        PeerScenario(check: CheckRegistry.check(named: "C01")!, server: .helloGunicorn(workers: 4)) { client, _ in
            let report = try client.burst("/io", count: 16)
            return PeerMeasurement(measurements: [
                "makespan_ms": report.elapsedMilliseconds, "throughput_rps": report.requestsPerSecond,
                "fifth_latency_ms": report.latencies[4],
            ])
        },
        PeerScenario(check: CheckRegistry.check(named: "C02")!, server: .helloUvicorn) { client, _ in
            let report = try client.burst("/wait", count: 200)
            return PeerMeasurement(measurements: ["makespan_ms": report.elapsedMilliseconds, "p50_ms": report.latencies.percentile(0.5)])
        },
        PeerScenario(check: CheckRegistry.check(named: "C04")!, server: .helloUvicorn) { client, _ in
            let slow = BackgroundWork { try client.burst("/cpu", count: 1) }
            blockingIO(milliseconds: 50)
            let trivial = try client.burst("/", count: 20)
            _ = try slow.wait()
            return PeerMeasurement(measurements: ["cpu_on_loop_min_ms": trivial.latencies.first ?? .nan])
        },
        PeerScenario(check: CheckRegistry.check(named: "C05")!, server: .djangoUvicorn) { client, _ in
            let sequential = try client.burst(DjangoProject.Route.sequentialSleeps, count: 1).elapsedMilliseconds
            let gathered = try client.burst(DjangoProject.Route.gatheredSleeps, count: 1).elapsedMilliseconds
            return PeerMeasurement(measurements: [
                "sequential_ms": sequential, "gathered_ms": gathered, "sequential_over_gathered": sequential / gathered,
            ])
        },
        PeerScenario(check: CheckRegistry.check(named: "C06")!, server: .djangoUvicorn) { client, parameters in
            let check = CheckRegistry.check(named: "C06")!
            var measurement = PeerMeasurement(measurements: [:])
            for (key, route) in [("thread_sensitive_ms", DjangoProject.Route.gatheredORM),
                                 ("free_threads_ms", DjangoProject.Route.freeThreadORM),
                                 ("dependency_ms", DjangoProject.Route.authorThenGathered)] {
                let report = try client.burst(route, count: 1)
                measurement.measurements[key] = report.elapsedMilliseconds
                measurement.threads.append(ThreadSighting(key: key, label: check.label(of: key, parameters),
                                                          requests: try client.replies(report, route).map(\.threads)))
            }
            return measurement
        },
        PeerScenario(check: CheckRegistry.check(named: "C07")!, server: .djangoUvicorn, note: Bilingual(
            zh: "(a) 在 Django 5.2 上:查詢在 Django 每個請求的 ThreadSensitiveContext 之外執行,asgiref 便退回它整個進程共用的那一條同步執行緒,也就是 Django 4.0 以前每個請求共用的那條。",
            en: "(a) on Django 5.2: the queries run outside Django's per-request ThreadSensitiveContext, so asgiref falls back to its one process-wide sync thread, the one every request shared before Django 4.0."
        )) { client, parameters in
            let check = CheckRegistry.check(named: "C07")!
            let shared = try client.burst(DjangoProject.Route.processWideSyncThread, count: 2)
            let perRequest = try client.burst(DjangoProject.Route.perRequestSyncThread, count: 2)
            return PeerMeasurement(
                measurements: [
                    "shared_first_ms": shared.latencies[0], "shared_second_ms": shared.latencies[1],
                    "per_request_makespan_ms": perRequest.elapsedMilliseconds,
                ],
                threads: [
                    ThreadSighting(key: "shared_second_ms", label: check.label(of: "shared_second_ms", parameters),
                                   requests: try client.replies(shared, DjangoProject.Route.processWideSyncThread).map(\.threads)),
                    ThreadSighting(key: "per_request_makespan_ms", label: check.label(of: "per_request_makespan_ms", parameters),
                                   requests: try client.replies(perRequest, DjangoProject.Route.perRequestSyncThread).map(\.threads)),
                ]
            )
        },
        PeerScenario(check: CheckRegistry.check(named: "C08")!, server: .djangoGunicorn(workers: 2),
                     warmUp: (DjangoProject.Route.asyncViewUnderWSGI, 6)) { client, _ in
            let report = try client.burst(DjangoProject.Route.asyncViewUnderWSGI, count: 6)
            return PeerMeasurement(
                measurements: ["second_fastest_ms": report.latencies[1], "makespan_ms": report.elapsedMilliseconds],
                threads: [ThreadSighting(
                    key: "makespan_ms",
                    label: Bilingual(zh: "非同步視圖的事件迴圈所在執行緒", en: "the thread each async view's event loop ran on"),
                    requests: try client.replies(report, DjangoProject.Route.asyncViewUnderWSGI).map { [$0.viewThread] }
                )]
            )
        },
    ]
}

private extension Check {
    /// The expectation's label for a measurement key, so the thread list reads like the table's row.
    func label(of key: String, _ parameters: CheckParameters) -> Bilingual {
        expectations(parameters).first { $0.key == key }?.label ?? Bilingual(key)
    }
}

/// Requests to a peer from prep's load generator, all opened at once; a failed request or a status other
/// than 200 fails the scenario (an async view under WSGI must answer 200, not merely answer).
package struct PeerClient: Sendable {
    package var port: UInt16

    package init(port: UInt16) {
        self.port = port
    }

    /// What the Django project's views answer.
    package struct Reply: Decodable {
        package var ms: Double
        package var threads: [String]
        package var viewThread: String
        package var django: String

        enum CodingKeys: String, CodingKey {
            case ms, threads, django
            case viewThread = "view_thread"
        }
    }

    @available(*, noasync)
    package func burst(_ target: String, count: Int) throws -> LoadReport {
        var plan = LoadPlan(port: port, targets: [target], connections: count)
        plan.keepsBodies = true
        let report = try LoadGenerator.run(plan)
        guard report.errors == 0, report.requests == count else {
            throw ScenarioError.requestsFailed(target: target, failed: max(report.errors, count - report.requests), of: count)
        }
        guard report.statusCounts == ["200": count] else {
            throw PeerError.unexpectedStatus(target: target, statuses: report.statusCounts)
        }
        return report
    }

    package func replies(_ report: LoadReport, _ target: String) throws -> [Reply] {
        try report.bodies.map { body in
            guard let reply = try? JSONDecoder().decode(Reply.self, from: Data(body.utf8)) else {
                throw PeerError.unreadableReply(target: target, body: body)
            }
            return reply
        }
    }
}
