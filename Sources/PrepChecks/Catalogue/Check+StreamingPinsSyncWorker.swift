import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C09: claims 46 and 62 (WRONG, "SSE on WSGI needs a hack"; the deck keys the same claim false). SSE works on a sync server but pins a worker.
    static let streamingPinsSyncWorker = Check(
        id: "C09", slug: "streaming-pins-sync-worker", claimIDs: [46, 62], verdict: .false,
        claim: Bilingual(
            zh: "「長連接 ❌ 不支持 | ✅ 支持 WebSocket, SSE」「Server-Sent Events (SSE) ❌ (需 hack)」",
            en: "WSGI has no long-lived connections; SSE on WSGI needs a hack."
        ),
        explanation: Bilingual(
            zh: "SSE 只是普通的串流 HTTP,不是 hack:同步伺服器上事件一樣一個一個送到。但在 WSGI 下,每條開著的串流整段時間都占住一個 Worker(Django 文件:「tie a worker process for the entire duration」);事件循環幾乎不花成本就能掛著它們。",
            en: "SSE is ordinary streaming HTTP, not a hack: on a sync server the events still arrive one by one. But under WSGI each open stream occupies a worker for its whole life (Django docs: \"tie a worker process for the entire duration\"); an event loop keeps them for almost nothing."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(100), articleZh: "事件間隔(文章未給數字)", articleEn: "event interval (the article gives no figure)", parameters: $0) },
        expectations: { p in [
            Expectation("sync_event_gap_ms", Bilingual(zh: "(a) 同步 4 Worker:事件逐一送達,間隔中位數", en: "(a) sync, 4 workers: events arrive one by one, median gap"),
                        .within(p.ms(50), p.ms(150)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(100)))"),
            Expectation("sync_plain_get_ms", Bilingual(zh: "(a) 4 條串流開著時,普通 GET 要等 Worker", en: "(a) a plain GET waits for a worker while 4 streams are open"),
                        .atLeast(p.ms(350)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(500))) − \(Expectation.format(p.ms(50)))"),
            Expectation("async_plain_get_ms", Bilingual(zh: "(b) 異步:100 條串流開著時的普通 GET", en: "(b) async: a plain GET while 100 streams are open"),
                        .atMost(p.ms(50)), unit: .milliseconds, predicted: "≈ 0–5"),
        ] },
        scenario: { context in
            let interval = context.ms(100)
            let events = 5
            var syncRoutes = Routes<BlockingHandler>()
            syncRoutes.add("/events") { _ in
                .blockingEventStream { writer in
                    for index in 1...events {
                        blockingIO(milliseconds: interval)
                        try writer.write(ServerSentEvent(id: "\(index)", data: "event \(index)").encoded)
                    }
                }
            }
            syncRoutes.add("/") { _ in .text("hello\n") }
            var asyncRoutes = Routes<AsyncHandler>()
            asyncRoutes.add("/events", .async { _, request in
                .eventStream { writer in
                    for index in 1...events {
                        await request.sleep(milliseconds: interval)
                        try await writer.write(ServerSentEvent(id: "\(index)", data: "event \(index)").encoded)
                    }
                }
            })
            asyncRoutes.add("/", .prepared(PreparedResponse(.text("hello\n"))))

            context.step("(a) 4 SSE streams on 4 sync workers, then a plain GET")
            let sync = try context.withSyncServer(workers: 4, routes: syncRoutes) { try StreamingScenario.plainGet(context, port: $0, streams: 4, events: events) }
            context.step("(b) 100 SSE streams on 1 loop, then a plain GET")
            let async = try context.withAsyncServer(routes: asyncRoutes) { try StreamingScenario.plainGet(context, port: $0, streams: 100, events: events) }
            return [
                "sync_event_gap_ms": sync.report.interArrivals.sorted().percentile(0.5),
                "sync_plain_get_ms": sync.get,
                "async_plain_get_ms": async.get,
            ]
        }
    )
}

enum StreamingScenario {
    /// Opens `streams` SSE streams, sends a plain GET 50 ms later, and returns its latency with the streams' arrivals.
    @available(*, noasync)
    static func plainGet(_ context: ScenarioContext, port: UInt16, streams: Int, events: Int) throws -> (get: Double, report: EventStreamReport) {
        let streaming = BackgroundWork { try LoadGenerator.readEventStreams(port: port, target: "/events", streams: streams) }
        blockingIO(milliseconds: context.ms(50))
        let plainLatency = try context.burst(port: port, target: "/", count: 1).elapsedMilliseconds
        let report = try streaming.wait()
        let received = report.arrivals.reduce(0) { $0 + $1.count }
        guard report.errors == 0, received == streams * events else {
            throw ScenarioError.requestsFailed(target: "/events", failed: streams * events - received, of: streams * events)
        }
        return (plainLatency, report)
    }
}
