/// The routes `prep serve` offers, in both models. Each route shows one lesson of the WSGI/ASGI article.
package enum DemoRoutes {
    private static let hello = HTTPResponse.text("Hello, world!\n")

    package static func sync(cpu: CPUWork = .shared) -> Routes<BlockingHandler> {
        var routes = Routes<BlockingHandler>()
        routes.add("/") { _ in hello }
        routes.add("/sleep") { request in
            blockingIO(milliseconds: milliseconds(request))
            return .text("slept \(label(milliseconds(request))) ms (blocking the worker)\n")
        }
        routes.add("/cpu") { request in
            cpu.run(milliseconds: milliseconds(request))
            return .text("computed for \(label(milliseconds(request))) ms\n")
        }
        routes.add("/io") { request in
            blockingIO(milliseconds: milliseconds(request))
            return .text("database call took \(label(milliseconds(request))) ms (blocking)\n")
        }
        routes.add("/gather") { request in
            let durations = gatherDurations(request)
            let how = request.queryValue("how") ?? "sequential"
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
            let (count, interval) = eventParameters(request)
            return .blockingEventStream { writer in
                for index in 1...max(1, count) {
                    blockingIO(milliseconds: interval)
                    try writer.write(ServerSentEvent(id: "\(index)", data: "event \(index) of \(count)").encoded)
                }
            }
        }
        return routes
    }

    package static func async(cpu: CPUWork = .shared) -> Routes<AsyncHandler> {
        var routes = Routes<AsyncHandler>()
        routes.add("/", .prepared(PreparedResponse(hello)))
        routes.add("/sleep", .async { request, context in
            await context.sleep(milliseconds: milliseconds(request))
            return .text("slept \(label(milliseconds(request))) ms (awaited; the loop kept serving)\n")
        })
        routes.add("/cpu", .immediate { request in
            cpu.run(milliseconds: milliseconds(request))
            return .text("computed for \(label(milliseconds(request))) ms (on the loop, blocking it)\n")
        })
        routes.add("/io", .async { request, _ in
            // Django's ORM from an async view: sync_to_async with thread_sensitive=True.
            try await ThreadPool.withSerialThread { thread in
                try await thread.run { blockingIO(milliseconds: milliseconds(request)) }
            }
            return .text("database call took \(label(milliseconds(request))) ms (offloaded thread-sensitively)\n")
        })
        routes.add("/gather", .async { request, context in
            let durations = gatherDurations(request)
            let how = request.queryValue("how") ?? "gather"
            let start = MonotonicClock.nanoseconds()
            switch how {
            case "sequential":
                for ms in durations { await context.sleep(milliseconds: ms) }
            case "thread-sensitive":
                try await ThreadPool.withSerialThread { thread in
                    _ = try await gather(durations.map { ms in { try await thread.run { blockingIO(milliseconds: ms) } } })
                }
            default:
                _ = try await gather(durations.map { ms in { await context.sleep(milliseconds: ms) } })
            }
            return gatherReport(how: how, durations: durations, start: start)
        })
        routes.add("/events", .async { request, context in
            let (count, interval) = eventParameters(request)
            return .eventStream { writer in
                for index in 1...max(1, count) {
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

    private static func milliseconds(_ request: HTTPRequest) -> Double {
        request.queryValue("ms").flatMap(Double.init) ?? 100
    }

    /// "800" rather than "800.0" in response texts.
    private static func label(_ milliseconds: Double) -> String {
        milliseconds == milliseconds.rounded() ? String(Int(milliseconds)) : String(milliseconds)
    }

    private static func gatherDurations(_ request: HTTPRequest) -> [Double] {
        let list = request.queryValue("ms") ?? "100,150,120"
        return list.split(separator: ",").compactMap { Double($0) }
    }

    private static func eventParameters(_ request: HTTPRequest) -> (count: Int, interval: Double) {
        (request.queryValue("n").flatMap(Int.init) ?? 5, milliseconds(request))
    }

    private static func gatherReport(how: String, durations: [Double], start: UInt64) -> HTTPResponse {
        let elapsed = Double(MonotonicClock.nanoseconds() - start) / 1_000_000
        let list = durations.map(label).joined(separator: ",")
        return .text("how=\(how) ms=\(list) elapsed_ms=\(Int(elapsed.rounded()))\n")
    }
}
