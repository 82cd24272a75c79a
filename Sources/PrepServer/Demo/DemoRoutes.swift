/// The routes `prep serve` offers, in both models. Each route shows one lesson of the WSGI/ASGI article.
package enum DemoRoutes {
    private static let hello = HTTPResponse.text("Hello, world!\n")

    package static func sync(cpu: CPUWork = .shared, limits: DemoLimits = DemoLimits()) -> Routes<BlockingHandler> {
        var routes = Routes<BlockingHandler>()
        routes.add("/") { _ in hello }
        routes.add("/sleep") { request in
            let ms = try waitMilliseconds(request, limits)
            blockingIO(milliseconds: ms)
            return .text("slept \(label(ms)) ms (blocking the worker)\n")
        }
        routes.add("/cpu") { request in
            let ms = try cpuMilliseconds(request, limits)
            cpu.run(milliseconds: ms)
            return .text("computed for \(label(ms)) ms\n")
        }
        routes.add("/io") { request in
            let ms = try waitMilliseconds(request, limits)
            blockingIO(milliseconds: ms)
            return .text("database call took \(label(ms)) ms (blocking)\n")
        }
        routes.add("/gather") { request in
            let durations = try gatherDurations(request, limits)
            let how = try gatherMode(request, default: "sequential")
            let start = MonotonicClock.nanoseconds()
            if how == "gather" {
                // Django's async view under WSGI: a one-off event loop inside the worker.
                try EventLoop.runBlocking { loop in
                    _ = try? await gather(durations.map { ms in { await loop.sleep(milliseconds: ms) } })
                }
            } else {
                for ms in durations { blockingIO(milliseconds: ms) }
            }
            return gatherReport(how: how, durations: durations, start: start)
        }
        routes.add("/events") { request in
            let (count, interval) = try eventParameters(request, limits)
            guard let first = firstEvent(request, count: count) else { return HTTPResponse(status: .noContent) }
            return .blockingEventStream { writer in
                for index in first...count {
                    blockingIO(milliseconds: interval)
                    try writer.write(ServerSentEvent(id: "\(index)", data: "event \(index) of \(count)").encoded)
                }
            }
        }
        return routes
    }

    package static func async(cpu: CPUWork = .shared, limits: DemoLimits = DemoLimits()) -> Routes<AsyncHandler> {
        var routes = Routes<AsyncHandler>()
        let threads = ThreadBudget(limit: limits.maxBlockingThreads)
        routes.add("/", .prepared(PreparedResponse(hello)))
        routes.add("/sleep", .async { request, context in
            let ms = try waitMilliseconds(request, limits)
            await context.sleep(milliseconds: ms)
            return .text("slept \(label(ms)) ms (awaited; the loop kept serving)\n")
        })
        routes.add("/cpu", .immediate { request in
            // The cap is what bounds the stall: nothing else on this loop runs until the work is done.
            let ms: Double
            do throws(HTTPError) { ms = try cpuMilliseconds(request, limits) } catch { return error.response }
            cpu.run(milliseconds: ms)
            return .text("computed for \(label(ms)) ms (on the loop, blocking it)\n")
        })
        routes.add("/io", .async { request, _ in
            let ms = try waitMilliseconds(request, limits)
            // Django's ORM from an async view: sync_to_async with thread_sensitive=True.
            try await threads.withSerialThread { thread in
                try await thread.run { blockingIO(milliseconds: ms) }
            }
            return .text("database call took \(label(ms)) ms (offloaded thread-sensitively)\n")
        })
        routes.add("/gather", .async { request, context in
            let durations = try gatherDurations(request, limits)
            let how = try gatherMode(request, default: "gather")
            let start = MonotonicClock.nanoseconds()
            switch how {
            case "sequential":
                for ms in durations { await context.sleep(milliseconds: ms) }
            case "thread-sensitive":
                try await threads.withSerialThread { thread in
                    _ = try await gather(durations.map { ms in { try await thread.run { blockingIO(milliseconds: ms) } } })
                }
            default:
                _ = try await gather(durations.map { ms in { await context.sleep(milliseconds: ms) } })
            }
            return gatherReport(how: how, durations: durations, start: start)
        })
        routes.add("/events", .async { request, context in
            let (count, interval) = try eventParameters(request, limits)
            guard let first = firstEvent(request, count: count) else { return HTTPResponse(status: .noContent) }
            return .eventStream { writer in
                for index in first...count {
                    await context.sleep(milliseconds: interval)
                    try await writer.write(ServerSentEvent(id: "\(index)", data: "event \(index) of \(count)").encoded)
                }
            }
        })
        routes.add("/ws", .immediate { _ in
            HTTPResponse(status: .switchingProtocols, body: .webSocket { socket in
                while let message = await socket.receive() { socket.send(message) }
            })
        })
        return routes
    }

    private static func waitMilliseconds(_ request: HTTPRequest, _ limits: DemoLimits) throws(HTTPError) -> Double {
        try request.boundedNumber("ms", default: 100, in: 0...limits.maxWaitMilliseconds)
    }

    private static func cpuMilliseconds(_ request: HTTPRequest, _ limits: DemoLimits) throws(HTTPError) -> Double {
        try request.boundedNumber("ms", default: 100, in: 0...limits.maxCPUMilliseconds)
    }

    /// "800" rather than "800.0" in response texts; only called with bounded values.
    private static func label(_ milliseconds: Double) -> String {
        milliseconds == milliseconds.rounded() ? String(Int(milliseconds)) : String(milliseconds)
    }

    /// Each value and, since `how=sequential` waits for them one after another, their sum within the wait cap.
    /// `how` on /gather, one of the three ways the route can wait: a misspelling would otherwise be measured as
    /// one of them and reported under its own name.
    private static func gatherMode(_ request: HTTPRequest, default fallback: String) throws(HTTPError) -> String {
        let how = request.queryValue("how") ?? fallback
        guard ["sequential", "gather", "thread-sensitive"].contains(how) else {
            throw HTTPError(.badRequest, "how must be sequential, gather or thread-sensitive (got \"\(how.prefix(40))\")")
        }
        return how
    }

    private static func gatherDurations(_ request: HTTPRequest, _ limits: DemoLimits) throws(HTTPError) -> [Double] {
        let cap = limits.maxWaitMilliseconds
        let durations = try request.boundedNumberList("ms", default: [100, 150, 120], in: 0...cap, maxCount: limits.maxGatherCount)
        guard durations.reduce(0, +) <= Double(cap) else {
            throw HTTPError(.badRequest, "the ms values may add up to at most \(cap)")
        }
        return durations
    }

    /// The stream holds a sync worker for n × ms, so that product is capped like a single wait.
    private static func eventParameters(_ request: HTTPRequest, _ limits: DemoLimits) throws(HTTPError) -> (count: Int, interval: Double) {
        let count = try request.boundedInteger("n", default: 5, in: 1...limits.maxEvents)
        let interval = try waitMilliseconds(request, limits)
        guard Double(count) * interval <= Double(limits.maxWaitMilliseconds) else {
            throw HTTPError(.badRequest, "n × ms may be at most \(limits.maxWaitMilliseconds) (one stream holds a worker that long)")
        }
        return (count, interval)
    }

    /// A reconnecting EventSource sends the last id it saw; the stream resumes after it (HTML § 9.2.4). Once
    /// every event was seen there is nothing to send: 204 tells the client to stop reconnecting. An id
    /// that is not one of ours is ignored, as a fresh start.
    private static func firstEvent(_ request: HTTPRequest, count: Int) -> Int? {
        guard let last = request.headers["last-event-id"].flatMap({ Int($0) }), last >= 0 else { return 1 }
        return last < count ? last + 1 : nil
    }

    private static func gatherReport(how: String, durations: [Double], start: UInt64) -> HTTPResponse {
        let elapsed = Double(MonotonicClock.nanoseconds() - start) / 1_000_000
        let list = durations.map(label).joined(separator: ",")
        return .text("how=\(how) ms=\(list) elapsed_ms=\(Int(elapsed.rounded()))\n")
    }
}
