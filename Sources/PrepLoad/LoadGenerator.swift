import PrepServer

/// Drives many connections from one thread with non-blocking sockets and epoll, measuring each request.
package enum LoadGenerator {
    @available(*, noasync)
    package static func run(_ plan: LoadPlan) throws -> LoadReport {
        let epoll = try EPoll()
        var connections: [Int32: ClientConnection] = [:]
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        var histogram = LatencyHistogram()
        var latencies: [Double] = []
        var statusCounts: [String: Int] = [:]
        var errors = 0
        var requests = 0
        var bodies: [String] = []
        let requestsByConnection = plan.connections > 0 ? (0..<plan.connections).map {
            ClientConnection.request(target: plan.targets[$0 % max(1, plan.targets.count)], keepAlive: plan.keepAlive)
        } : []

        let start = MonotonicClock.nanoseconds()
        let isBurst: Bool
        let measureFrom: UInt64
        let end: UInt64
        switch plan.pattern {
        case .burst:
            isBurst = true
            measureFrom = start
            end = start + plan.timeout.nanoseconds
        case let .saturate(duration, warmup):
            isBurst = false
            measureFrom = start + warmup.nanoseconds
            end = measureFrom + duration.nanoseconds
        }

        func open(_ request: [UInt8], now: UInt64) {
            guard let socket = try? Socket.connectNonBlocking(host: plan.host, port: plan.port) else {
                errors += 1
                return
            }
            do {
                try epoll.add(socket.fd, events: EPoll.writable | EPoll.readable)
            } catch {
                socket.close()
                errors += 1
                return
            }
            connections[socket.fd] = ClientConnection(socket: socket, request: request, now: now)
        }

        func close(_ connection: ClientConnection) {
            epoll.remove(connection.socket.fd)
            connection.socket.close()
            connections[connection.socket.fd] = nil
        }

        for request in requestsByConnection { open(request, now: start) }
        var lastFinish = start
        while !connections.isEmpty {
            let now = MonotonicClock.nanoseconds()
            if now >= end { break }
            let timeout = Int32(min((end - now) / 1_000_000 + 1, 100))
            try epoll.wait(timeoutMilliseconds: timeout) { fd, events in
                guard let connection = connections[fd] else { return }
                if events & EPoll.writable != 0 || connection.phase != .receiving {
                    guard connection.sendPending() else {
                        errors += 1
                        close(connection)
                        if !isBurst { open(connection.request, now: MonotonicClock.nanoseconds()) }
                        return
                    }
                    if connection.phase == .receiving { try? epoll.modify(fd, events: EPoll.readable) }
                }
                guard connection.phase == .receiving, events & (EPoll.readable | EPoll.hangUp) != 0 else { return }
                switch connection.readAvailable(scratch: &scratch) {
                case .pending:
                    return
                case .failed:
                    errors += 1
                    close(connection)
                    if !isBurst { open(connection.request, now: MonotonicClock.nanoseconds()) }
                case let .complete(response):
                    let finished = MonotonicClock.nanoseconds()
                    // Like wrk: a request counts when it completes inside the measured window.
                    if finished >= measureFrom {
                        let latency = finished - connection.requestStartedAt
                        histogram.record(nanoseconds: latency)
                        if isBurst { latencies.append(Double(latency) / 1_000_000) }
                        if isBurst, plan.keepsBodies { bodies.append(String(decoding: connection.body, as: UTF8.self)) }
                        statusCounts[String(response.status), default: 0] += 1
                        requests += 1
                        lastFinish = finished
                    }
                    if isBurst {
                        close(connection)
                    } else if plan.keepAlive, !response.serverWillClose {
                        connection.restart(now: finished)
                        _ = connection.sendPending()
                        try? epoll.modify(fd, events: connection.phase == .receiving ? EPoll.readable : EPoll.readable | EPoll.writable)
                    } else {
                        close(connection)
                        open(connection.request, now: finished)
                    }
                }
            }
        }
        // Unanswered at the deadline is a failure in a burst; when saturating it is just the last round in flight.
        if isBurst { errors += connections.count }
        for connection in connections.values { close(connection) }

        let elapsed = isBurst ? lastFinish - start : max(1, min(MonotonicClock.nanoseconds(), end) - measureFrom)
        func ms(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1_000_000 }
        return LoadReport(
            requests: requests,
            errors: errors,
            statusCounts: statusCounts,
            elapsedMilliseconds: ms(elapsed),
            requestsPerSecond: elapsed == 0 ? 0 : Double(requests) / (Double(elapsed) / 1_000_000_000),
            p50: ms(histogram.quantileNanoseconds(0.5)),
            p90: ms(histogram.quantileNanoseconds(0.9)),
            p99: ms(histogram.quantileNanoseconds(0.99)),
            max: ms(histogram.maxNanoseconds),
            mean: histogram.meanNanoseconds / 1_000_000,
            latencies: latencies.sorted(),
            bodies: bodies
        )
    }

    /// Opens `streams` SSE connections at once and records when each event arrives (C09's measurement).
    @available(*, noasync)
    package static func readEventStreams(host: String = "127.0.0.1", port: UInt16, target: String, streams: Int, timeout: Duration = .seconds(30)) throws -> EventStreamReport {
        let epoll = try EPoll()
        var connections: [Int32: (connection: ClientConnection, stream: Int, eventsSeen: Int, scanFrom: Int)] = [:]
        var arrivals = [[Double]](repeating: [], count: streams)
        var errors = 0
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        let start = MonotonicClock.nanoseconds()
        let end = start + timeout.nanoseconds
        let request = ClientConnection.request(target: target, keepAlive: false)
        for stream in 0..<streams {
            guard let socket = try? Socket.connectNonBlocking(host: host, port: port) else { errors += 1; continue }
            try epoll.add(socket.fd, events: EPoll.writable | EPoll.readable)
            connections[socket.fd] = (ClientConnection(socket: socket, request: request, now: start), stream, 0, 0)
        }
        while !connections.isEmpty, MonotonicClock.nanoseconds() < end {
            try epoll.wait(timeoutMilliseconds: 50) { fd, events in
                guard var entry = connections[fd] else { return }
                let connection = entry.connection
                if connection.phase != .receiving {
                    if !connection.sendPending() { errors += 1 }
                    if connection.phase == .receiving { try? epoll.modify(fd, events: EPoll.readable) }
                    return
                }
                let outcome = connection.readAvailable(scratch: &scratch)
                let now = Double(MonotonicClock.nanoseconds() - start) / 1_000_000
                if let headEnd = ClientConnection.find([13, 10, 13, 10], in: connection.received) {
                    var from = max(entry.scanFrom, headEnd + 4)
                    while let boundary = ClientConnection.find([10, 10], in: connection.received, from: from) {
                        arrivals[entry.stream].append(now)
                        entry.eventsSeen += 1
                        from = boundary + 2
                    }
                    entry.scanFrom = from
                }
                connections[fd] = entry
                switch outcome {
                case .pending: return
                case .failed: errors += 1; fallthrough
                case .complete:
                    epoll.remove(fd)
                    connection.socket.close()
                    connections[fd] = nil
                }
            }
        }
        for entry in connections.values { entry.connection.socket.close() }
        return EventStreamReport(arrivals: arrivals, errors: errors)
    }
}
