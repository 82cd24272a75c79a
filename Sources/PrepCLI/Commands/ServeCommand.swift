import Foundation
import PrepServer

/// `prep serve`: the embedded server, for curl, a browser or wrk.
enum ServeCommand: Command {
    static let name = "serve"
    static let abstract = HelpPhrase.serveAbstract
    static let discussion: HelpPhrase? = .serveDiscussion
    static let options: [OptionSpec] = [
        .value("mode", "MODE", help: .serveMode),
        .value("workers", "N", help: .serveWorkers),
        .value("port", "P", help: .servePort),
        .value("host", "HOST", help: .serveHost),
        .value("grace", "SECONDS", help: .serveGrace),
        .value("max-work-ms", "MS", help: .serveMaxWorkMs),
        .flag("access-log", help: .serveAccessLog),
        .language(help: .languageMessages),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let modeName = try arguments.choice("mode", from: ServerConfiguration.Mode.allCases.map(\.rawValue), default: "async")!
        var configuration = ServerConfiguration(mode: ServerConfiguration.Mode(rawValue: modeName)!)
        configuration.workers = try arguments.int("workers", default: configuration.workers, range: 1...256)
        configuration.port = UInt16(try arguments.int("port", default: 8000, range: 0...65535))
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        configuration.shutdownGrace = .seconds(try arguments.int("grace", default: 10, range: 0...3600))
        if arguments.value("max-work-ms") != nil {
            configuration.demoLimits = DemoLimits(maxWorkMilliseconds: try arguments.int("max-work-ms", default: 0, range: 0...3_600_000))
        }
        let screen = ScreenPhrases.forLanguage(context.language)
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
