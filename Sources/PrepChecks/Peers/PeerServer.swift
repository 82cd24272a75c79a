import Foundation
import PrepLoad
import PrepServer

/// A Python server `--peers` starts from the venv, on a port the kernel just handed out.
package enum PeerServer: Sendable {
    /// gunicorn's sync workers serving the tiny WSGI app of `PeerApps`.
    case helloGunicorn(workers: Int)
    /// uvicorn, one worker, serving the tiny ASGI app.
    case helloUvicorn
    /// uvicorn serving the Django project through Django's ASGI handler.
    case djangoUvicorn
    /// gunicorn's sync workers serving the Django project through Django's WSGI handler.
    case djangoGunicorn(workers: Int)

    package var isDjango: Bool {
        switch self {
        case .djangoUvicorn, .djangoGunicorn: true
        case .helloGunicorn, .helloUvicorn: false
        }
    }

    /// The peer's column in the side-by-side table.
    package var shortName: String {
        switch self {
        case .helloGunicorn: "gunicorn"
        case .helloUvicorn: "uvicorn"
        case .djangoUvicorn, .djangoGunicorn: "Django"
        }
    }

    /// "gunicorn, 4 sync workers"; Django's version once the server has told it.
    package func label(django version: String?) -> String {
        let django = "Django \(version ?? "5.2")"
        switch self {
        case let .helloGunicorn(workers): return "gunicorn, \(workers) sync workers"
        case .helloUvicorn: return "uvicorn, 1 worker"
        case .djangoUvicorn: return "\(django) on uvicorn (ASGI), 1 worker"
        case let .djangoGunicorn(workers): return "\(django) on gunicorn (WSGI), \(workers) sync workers"
        }
    }

    /// The executable and arguments, from the venv's `bin`.
    package func command(bin: String, port: UInt16) -> [String] {
        let gunicorn = { (workers: Int, app: String) in
            ["\(bin)/gunicorn", "--workers", "\(workers)", "--bind", "127.0.0.1:\(port)", app]
        }
        let uvicorn = { (app: String) in
            ["\(bin)/uvicorn", app, "--host", "127.0.0.1", "--port", "\(port)", "--log-level", "warning", "--backlog", "1024"]
        }
        switch self {
        case let .helloGunicorn(workers): return gunicorn(workers, "apps:wsgi")
        case .helloUvicorn: return uvicorn("apps:asgi")
        case .djangoUvicorn: return uvicorn(DjangoProject.asgiApplication)
        case let .djangoGunicorn(workers): return gunicorn(workers, DjangoProject.wsgiApplication)
        }
    }

    /// A port the kernel just handed out; the peer binds it a moment later.
    package static func freePort() throws -> UInt16 {
        let socket = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { socket.close() }
        return try socket.localPort()
    }

    /// Polls `/` until the server answers (up to 15 s) and returns that first answer's body.
    @available(*, noasync)
    package static func waitUntilServing(port: UInt16, while process: Process) throws -> String {
        for _ in 0..<150 where process.isRunning {
            var plan = LoadPlan(port: port, targets: ["/"], connections: 1)
            plan.timeout = .seconds(2)
            plan.keepsBodies = true
            if let report = try? LoadGenerator.run(plan), report.requests == 1 { return report.bodies.first ?? "" }
            blockingIO(milliseconds: 100)
        }
        throw PeerError.notServing(port: port)
    }
}

/// How a peer server misbehaved; the screens word it.
package enum PeerError: Error, Equatable {
    case notServing(port: UInt16)
    case unexpectedStatus(target: String, statuses: [String: Int])
    case unreadableReply(target: String, body: String)
}
