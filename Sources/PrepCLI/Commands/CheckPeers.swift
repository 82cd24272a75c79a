import Foundation
import PrepChecks
import PrepLoad
import PrepServer
import PrepTerminal

/// `prep check --peers`: C01, C02 and C04's scenarios against the real gunicorn and uvicorn, installed in a
/// throw-away virtual environment, so the learner sees the Python servers behave like prep's models.
enum CheckPeers {
    /// The peers' apps: the same routes as the checks' scenarios, at the same scale.
    private static let apps = """
        import asyncio, time

        def _calibrate():
            start = time.perf_counter()
            sum(i * i for i in range(200_000))
            return 200_000 / ((time.perf_counter() - start) * 1000)
        ITERATIONS_PER_MS = _calibrate()

        def _cpu(ms):
            # A fixed amount of arithmetic, never a clock spin (claims.md §2.1).
            sum(i * i for i in range(int(ITERATIONS_PER_MS * ms)))

        def _reply(start_response, body=b"ok\\n"):
            start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
            return [body]

        def wsgi(environ, start_response):
            if environ["PATH_INFO"] == "/io":
                time.sleep(0.25)
            return _reply(start_response)

        async def asgi(scope, receive, send):
            if scope["type"] != "http":
                return
            if scope["path"] == "/wait":
                await asyncio.sleep(0.25)
            elif scope["path"] == "/cpu":
                _cpu(300)
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/plain"), (b"content-length", b"3")]})
            await send({"type": "http.response.body", "body": b"ok\\n"})
        """

    private static let installHint = """
        --peers needs Python 3 with venv and pip, and network access to install gunicorn and uvicorn:
          apt-get install python3 python3-venv     (or your platform's Python 3 package)
          python3 -m venv /tmp/prep-peers && /tmp/prep-peers/bin/pip install gunicorn uvicorn
        """

    @available(*, noasync)
    static func run(lang: String, context: CommandContext) throws -> Int32 {
        let style = Style(enabled: context.colorEnabled)
        guard let python = executable(named: "python3", environment: context.environment) else {
            context.out.line("python3 was not found; skipping the peers.\n" + installHint)
            return 0
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prep-peers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try apps.write(to: folder.appendingPathComponent("apps.py"), atomically: true, encoding: .utf8)
        let venv = folder.appendingPathComponent("venv").path
        context.out.line(style.dim("installing gunicorn and uvicorn in a virtual environment under \(folder.path)…"))
        guard runToCompletion(python, ["-m", "venv", venv]),
              runToCompletion("\(venv)/bin/pip", ["install", "--quiet", "--disable-pip-version-check", "gunicorn", "uvicorn"]) else {
            context.out.line("Could not create the virtual environment or install the packages; skipping the peers.\n" + installHint)
            return 0
        }
        let runner = CheckRunner()
        let scenario = ScenarioContext(parameters: runner.parameters, cpu: runner.cpu)
        var allHeld = true
        let peers: [(check: Check, server: String, arguments: (UInt16) -> [String], measure: (UInt16) throws -> Measurements)] = [
            (CheckRegistry.check(named: "C01")!, "gunicorn, 4 sync workers",
             { ["\(venv)/bin/gunicorn", "--workers", "4", "--bind", "127.0.0.1:\($0)", "apps:wsgi"] },
             { port in
                 let report = try scenario.burst(port: port, target: "/io", count: 16)
                 return ["makespan_ms": report.elapsedMilliseconds, "throughput_rps": report.requestsPerSecond, "fifth_latency_ms": report.latencies[4]]
             }),
            (CheckRegistry.check(named: "C02")!, "uvicorn, 1 worker",
             { ["\(venv)/bin/uvicorn", "apps:asgi", "--host", "127.0.0.1", "--port", "\($0)", "--log-level", "warning", "--backlog", "1024"] },
             { port in
                 let report = try scenario.burst(port: port, target: "/wait", count: 200)
                 return ["makespan_ms": report.elapsedMilliseconds, "p50_ms": report.latencies.percentile(0.5)]
             }),
            (CheckRegistry.check(named: "C04")!, "uvicorn, 1 worker",
             { ["\(venv)/bin/uvicorn", "apps:asgi", "--host", "127.0.0.1", "--port", "\($0)", "--log-level", "warning"] },
             { port in
                 let slow = BackgroundWork { try scenario.burst(port: port, target: "/cpu", count: 1) }
                 blockingIO(milliseconds: 50)
                 let trivial = try scenario.burst(port: port, target: "/", count: 20)
                 _ = try slow.wait()
                 return ["cpu_on_loop_min_ms": trivial.latencies.first ?? .nan]
             }),
        ]
        for peer in peers {
            context.out.line(style.dim("running \(peer.check.id) against \(peer.server)…"))
            let port = try freePort()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: peer.arguments(port)[0])
            process.arguments = Array(peer.arguments(port).dropFirst())
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer {
                process.terminate()
                process.waitUntilExit()
            }
            let measurements: Measurements
            let started = MonotonicClock.nanoseconds()
            do {
                try waitUntilServing(port: port)
                measurements = try peer.measure(port)
            } catch {
                context.out.line(style.red("\(peer.check.id) against \(peer.server) could not run: \(error)"))
                allHeld = false
                continue
            }
            var check = peer.check
            check.expectations = { [expectations = peer.check.expectations] parameters in
                expectations(parameters).filter { measurements[$0.key] != nil }
            }
            let outcomes = ExpectationOutcome.evaluate(check.expectations(runner.parameters), against: measurements)
            let result = CheckResult(
                name: check.id, claimIDs: check.claimIDs, verdict: check.verdict,
                passed: ExpectationOutcome.allHardPassed(outcomes), runs: 1, measurements: measurements,
                expected: Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                seconds: Double(MonotonicClock.nanoseconds() - started) / 1_000_000_000
            )
            allHeld = allHeld && result.passed
            let width = TerminalSize.detect(environment: context.environment).columns
            context.out.line(style.bold("\(check.id) on \(peer.server)"))
            for line in CheckReport(check: check, result: result, parameters: runner.parameters, lang: lang, style: style, width: width).lines() {
                context.out.line(line)
            }
            context.out.line()
        }
        return allHeld ? 0 : 1
    }

    private static func executable(named name: String, environment: [String: String]) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func runToCompletion(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// A port the kernel just handed out; the peer binds it a moment later.
    private static func freePort() throws -> UInt16 {
        let socket = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { socket.close() }
        return try socket.localPort()
    }

    @available(*, noasync)
    private static func waitUntilServing(port: UInt16) throws {
        for _ in 0..<150 {
            var plan = LoadPlan(port: port, targets: ["/"], connections: 1)
            plan.timeout = .seconds(2)
            if let report = try? LoadGenerator.run(plan), report.requests == 1 { return }
            blockingIO(milliseconds: 100)
        }
        throw ScenarioError.requestsFailed(target: "/", failed: 1, of: 1)
    }
}
