import Foundation
import PrepChecks
import PrepCore
import PrepServer
import PrepStore
import PrepTerminal

/// `prep check [NAME...]`: runs the claims.md §2 checks on the embedded server and shows whether each claim held.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = HelpPhrase.checkAbstract
    static func discussion(_ lang: Language) -> String? {
        ScreenPhrases.forLanguage(lang).usage.helpText(.checksHeading) + "\n"
            + CheckRegistry.all.map { "  \($0.id)  \($0.slug)" }.joined(separator: "\n")
    }
    static let arguments = [ArgumentSpec("name", help: .checkNameArgument, repeating: true, optional: true)]
    static let options: [OptionSpec] = [
        .flag("list", help: .checkList),
        .flag("peers", help: .checkPeers),
        .json(help: .jsonResults),
        .value("scale", "X", help: .checkScale),
        .language(help: .languageResults),
    ]

    /// `prep check --json`'s document.
    struct SuiteReport: Encodable {
        var checks: [CheckResult]
        var passed: Int
        var failed: Int
        var seconds: Double
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let lang = context.language
        let phrases = ScreenPhrases.forLanguage(lang).checks
        let checks = try chosenChecks(arguments)
        let style = Style(enabled: context.colorEnabled)
        if arguments.flag("list") {
            for check in checks {
                context.out.line("\(style.bold(check.id))  \(DisplayWidth.pad(check.slug, to: 34)) \(DisplayWidth.pad(phrases.verdict(check.verdict), to: 10)) \(check.claim.text(lang))")
            }
            return 0
        }
        let json = arguments.shared.json
        if arguments.flag("peers") {
            let named = arguments.positionals.isEmpty ? nil : checks
            let scenarios = try CheckPeers.scenarios(for: named, commandPath: arguments.commandPath)
            return try CheckPeers.run(scenarios: scenarios, json: json, lang: lang, context: context)
        }
        let scale = try arguments.double("scale", default: 1, range: 0.5...4)
        let runner = CheckRunner.recordingEnglish(scale: scale)
        let progress = json ? nil : CheckProgressLine(sink: context.out, isTerminal: context.outputIsTerminal, style: style, lang: lang)
        let started = Date()
        var results: [CheckResult] = []
        for check in checks {
            let result = runner.run(check) { progress?.show($0) }
            progress?.finish()
            results.append(result)
            if !json {
                let width = TerminalSize.detect(environment: context.environment).columns
                let report = CheckReport(check: check, result: result, parameters: runner.parameters, lang: lang, style: style, width: width)
                for line in report.lines() { context.out.line(line) }
                context.out.line()
            }
        }
        let seconds = Date().timeIntervalSince(started)
        try store(results, cardKey: nil, context: context)
        let passed = results.filter(\.passed).count
        if json {
            context.out.line(try JSONOutput.string(SuiteReport(checks: results, passed: passed, failed: results.count - passed, seconds: (seconds * 10).rounded() / 10)))
        } else {
            let summary = phrases.summary(passed, results.count, Expectation.format(seconds))
            context.out.line(passed == results.count ? style.green(summary) : style.red(summary))
        }
        return passed == results.count ? 0 : 1
    }

    private static func chosenChecks(_ arguments: ParsedArguments) throws -> [Check] {
        guard !arguments.positionals.isEmpty else { return CheckRegistry.all }
        return try arguments.positionals.map { name in
            guard let check = CheckRegistry.check(named: name) else {
                throw CLIError.usage(
                    .unknownName(kind: .check, given: name, choices: CheckRegistry.all.map { "\($0.id) (\($0.slug))" }),
                    commandPath: arguments.commandPath
                )
            }
            return check
        }
    }

    /// One `check_run` row per result, its measurements and outcomes as JSON text.
    static func store(_ results: [CheckResult], cardKey: String?, context: CommandContext) throws {
        let store = try Workspace(context: context).openStore(syncContent: false)
        for result in results {
            try store.insertCheckRun(StoredCheckRun(
                id: UUID().uuidString, checkName: result.name, cardKey: cardKey, ranAt: context.now(),
                passed: result.passed, measurements: try JSONOutput.string(result)
            ))
        }
    }
}

extension CheckRunner {
    /// The commands' runner: a failure is kept in English words for `--json` and the stored run, which stay English
    /// whatever the screen's language; the report words it again from the thrown error (`CheckResult.failure`).
    static func recordingEnglish(scale: Double = 1) -> CheckRunner {
        CheckRunner(scale: scale, describeFailure: { ScreenPhrases.english.describe($0) })
    }
}
