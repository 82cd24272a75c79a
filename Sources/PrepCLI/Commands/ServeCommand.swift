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
        Limits: ms up to 60000 for waits (/sleep /io /events n×ms, the sum of /gather's list) and 10000 for
               /cpu; n up to 10000; out of range → 400 naming the limit. --max-work-ms sets both ms caps.
        Stops on Ctrl-C or SIGTERM, giving in-flight requests --grace seconds to finish, then closing the
        rest; a second Ctrl-C or SIGTERM stops at once.
        """
    static let options: [OptionSpec] = [
        .value("mode", "MODE", help: "sync or async (default async)."),
        .value("workers", "N", help: "Worker threads (sync, default 4) or event loops (async, default 1)."),
        .value("port", "P", help: "Port to listen on (default 8000; 0 picks a free one)."),
        .value("host", "HOST", help: "Address to bind (default 127.0.0.1, loopback only)."),
        .value("grace", "SECONDS", help: "On Ctrl-C or SIGTERM, how long in-flight requests may take to finish (default 10)."),
        .value("max-work-ms", "MS", help: "Cap on every route's ms, waits and CPU work alike (default 60000 and 10000)."),
        .flag("access-log", help: "Log one line per request."),
        .language(help: "Messages in zh-Hant or en (default: the lang setting, else zh-Hant)."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(0...0, names: "")
        let modeName = try arguments.choice("mode", from: ServerConfiguration.Mode.allCases.map(\.rawValue), default: "async")!
        var configuration = ServerConfiguration(mode: ServerConfiguration.Mode(rawValue: modeName)!)
        configuration.workers = try arguments.int("workers", default: configuration.workers, range: 1...256)
        configuration.port = UInt16(try arguments.int("port", default: 8000, range: 0...65535))
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        configuration.shutdownGrace = .seconds(try arguments.int("grace", default: 10, range: 0...3600))
        if arguments.value("max-work-ms") != nil {
            configuration.demoLimits = DemoLimits(maxWorkMilliseconds: try arguments.int("max-work-ms", default: 0, range: 0...3_600_000))
        }
        let screen = ScreenPhrases.forLanguage(context.lang)
        let phrases = screen.serve
        let out = context.out
        if arguments.flag("access-log") {
            configuration.accessLog = { line in out.line(line) }
        }
        do {
            try HTTPServer.serveUntilSignalled(configuration) { event in
                switch event {
                case let .listening(url, mode, workers): out.line(phrases.listening(url, mode, workers))
                case let .draining(signal, grace): out.line(phrases.draining(signal, grace))
                case .stopped: out.line(phrases.stopped)
                case .graceOver: out.line(phrases.graceOver)
                case let .stoppingNow(signal): out.line(phrases.stoppingNow(signal))
                }
            }
        } catch {
            throw CLIError.failure(phrases.cannotServe("\(configuration.host):\(configuration.port)", screen.describe(error)))
        }
        return 0
    }
}
