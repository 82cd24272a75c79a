import Foundation
import PrepServer

/// `prep serve`: the embedded server, for curl, a browser or wrk.
enum ServeCommand: Command {
    static let name = "serve"
    static let abstract = "Run the embedded server in sync (WSGI-like) or async (ASGI-like) mode."
    static let discussion: String? = """
        Routes: /  /sleep?ms=  /cpu?ms=  /io?ms=  /gather?ms=100,150,120&how=sequential|gather|thread-sensitive
                /events?n=&ms=  (Server-Sent Events)  /ws  (WebSocket echo, async mode only)
        sync:  N worker threads, each blocking on one request at a time; the connection closes after each
               response, like gunicorn's sync worker.
        async: N event loops; handlers run on their loop, so CPU work stalls it while awaited timers do not,
               like uvicorn.
        Stops cleanly on Ctrl-C or SIGTERM, finishing in-flight requests.
        """
    static let options: [OptionSpec] = [
        .value("mode", "MODE", help: "sync or async (default async)."),
        .value("workers", "N", help: "Worker threads (sync, default 4) or event loops (async, default 1)."),
        .value("port", "P", help: "Port to listen on (default 8000; 0 picks a free one)."),
        .value("host", "HOST", help: "Address to bind (default 127.0.0.1, loopback only)."),
        .flag("access-log", help: "Log one line per request."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(0...0, names: "")
        let modeName = try arguments.choice("mode", from: ServerConfiguration.Mode.allCases.map(\.rawValue), default: "async")!
        var configuration = ServerConfiguration(mode: ServerConfiguration.Mode(rawValue: modeName)!)
        configuration.workers = try arguments.int("workers", default: configuration.workers, range: 1...256)
        configuration.port = UInt16(try arguments.int("port", default: 8000, range: 0...65535))
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        let out = context.out
        if arguments.flag("access-log") {
            configuration.accessLog = { line in out.line(line) }
        }
        do {
            try HTTPServer.serveUntilSignalled(configuration) { line in out.line(line) }
        } catch {
            throw CLIError.failure("cannot serve on \(configuration.host):\(configuration.port): \(error)")
        }
        return 0
    }
}
