import Foundation
import PrepChecks
import PrepCore
import PrepServer
import PrepTerminal

/// `prep check --peers`: the checks' scenarios against real Python servers in a throw-away virtual
/// environment — C01, C02 and C04 on gunicorn and uvicorn, C05–C08 on a minimal Django 5.2 project —
/// each beside prep's own model, so the learner sees where the model and the real thing agree.
enum CheckPeers {
    static let packages = ["gunicorn", "uvicorn", "Django>=5.2,<5.3", "asgiref"]

    static func installHint(_ phrases: PeerPhrases) -> String {
        """
        \(phrases.installNeeds)
          apt-get install python3 python3-venv     \(phrases.orPlatformPackage)
          python3 -m venv /tmp/prep-peers && /tmp/prep-peers/bin/pip install gunicorn uvicorn "Django>=5.2,<5.3" asgiref
        """
    }

    /// The peers of `checks` (all when nil); a usage error when none of them has one.
    static func scenarios(for checks: [Check]?, commandPath: [String]) throws -> [PeerScenario] {
        guard let checks else { return PeerScenario.all }
        let chosen = PeerScenario.all.filter { scenario in checks.contains { $0.id == scenario.check.id } }
        guard !chosen.isEmpty else {
            throw CLIError.usage(.noPeer(checks: checks.map(\.id), peered: PeerScenario.all.map(\.check.id)), commandPath: commandPath)
        }
        return chosen
    }

    @available(*, noasync)
    static func run(scenarios: [PeerScenario], json: Bool, lang: Language, context: CommandContext) throws -> Int32 {
        let style = Style(enabled: context.colorEnabled)
        let started = MonotonicClock.nanoseconds()
        // The JSON document's `skipped` text is for scripts, so it stays English.
        let screen = ScreenPhrases.forLanguage(json ? .en : lang)
        let phrases = screen.checks.peers
        func progress(_ text: String) { if !json { context.out.line(style.dim(text)) } }
        func skip(_ reason: String) throws -> Int32 {
            let text = phrases.skipping(reason) + "\n" + installHint(phrases)
            if json {
                context.out.line(try JSONOutput.string(PeerSuiteReport(peers: [], skipped: text, seconds: seconds(since: started))))
            } else {
                context.out.line(text)
            }
            return 0
        }
        guard let python = executable(named: "python3", environment: context.environment) else {
            return try skip(phrases.pythonMissing)
        }
        return try PeerProcesses.guarding(environment: context.environment) { processes in
            let folder = processes.folder
            let bin = folder.appendingPathComponent("venv/bin").path
            progress(phrases.installing(packages.joined(separator: ", "), folder.path))
            guard processes.runToCompletion(python, ["-m", "venv", folder.appendingPathComponent("venv").path], name: "venv") else {
                if processes.interrupted { return 130 }
                return try skip(phrases.venvFailed + "\n" + processes.logTail(name: "venv"))
            }
            guard processes.runToCompletion("\(bin)/pip", ["install", "--quiet", "--disable-pip-version-check"] + packages, name: "pip") else {
                if processes.interrupted { return 130 }
                return try skip(phrases.pipFailed + "\n" + processes.logTail(name: "pip"))
            }
            let runner = CheckRunner.recordingEnglish()
            if processes.interrupted { return 130 }
            try PeerApps.source.write(to: folder.appendingPathComponent(PeerApps.fileName), atomically: true, encoding: .utf8)
            var djangoProblem: String?
            if scenarios.contains(where: \.server.isDjango) {
                progress(phrases.writingDjango)
                try DjangoProject(parameters: runner.parameters).write(to: folder)
                for (index, arguments) in DjangoProject.setupCommands.enumerated() where djangoProblem == nil {
                    if !processes.runToCompletion("\(bin)/python", arguments, name: "django-setup-\(index)") {
                        djangoProblem = phrases.commandFailed("manage.py \(arguments[1])") + "\n" + processes.logTail(name: "django-setup-\(index)")
                    }
                }
            }
            var comparisons: [PeerComparison] = []
            for scenario in scenarios {
                progress(phrases.runningOn(scenario.check.id, scenario.server.label(django: nil)))
                let model = runner.run(scenario.check)
                let comparison: PeerComparison
                if scenario.server.isDjango, let djangoProblem {
                    comparison = PeerComparison(check: scenario.check, server: scenario.server.label(django: nil), model: model, error: djangoProblem)
                } else {
                    comparison = try measure(scenario, model: model, runner: runner, processes: processes, bin: bin, screen: screen)
                }
                comparisons.append(comparison)
                if processes.interrupted { return 130 }
                if !json {
                    let width = TerminalSize.detect(environment: context.environment).columns
                    let report = PeerReport(check: scenario.check, comparison: comparison, peerName: scenario.server.shortName,
                                            peerNote: scenario.note, parameters: runner.parameters, lang: lang, style: style, width: width)
                    for line in report.lines() { context.out.line(line) }
                    context.out.line()
                }
            }
            if processes.interrupted { return 130 }
            let suite = PeerSuiteReport(peers: comparisons, seconds: seconds(since: started))
            if json {
                context.out.line(try JSONOutput.string(suite))
            } else {
                context.out.line(summary(suite, lang: lang, style: style))
            }
            return suite.failed == 0 ? 0 : 1
        }
    }

    /// "5 of 7 peers held; prep's model and the peer disagree on 1 check; 41 s".
    static func summary(_ suite: PeerSuiteReport, lang: Language, style: Style) -> String {
        let text = ScreenPhrases.forLanguage(lang).checks.peers.summary(
            suite.held, suite.peers.count, suite.disagreements, Expectation.format(suite.seconds))
        return suite.failed == 0 && suite.disagreements == 0 ? style.green(text) : style.red(text)
    }

    /// A fresh server for the scenario, measured once, or three times with the median judged when the first
    /// run falls outside tolerance (the built-in checks' rule); always stopped.
    @available(*, noasync)
    private static func measure(_ scenario: PeerScenario, model: CheckResult, runner: CheckRunner,
                                processes: PeerProcesses, bin: String, screen: ScreenPhrases) throws -> PeerComparison {
        let started = MonotonicClock.nanoseconds()
        let port = try PeerServer.freePort()
        let command = scenario.server.command(bin: bin, port: port)
        let name = "\(scenario.check.id)-server"
        let fallbackLabel = scenario.server.label(django: nil)
        let process: Foundation.Process
        do {
            process = try processes.start(command[0], Array(command.dropFirst()), name: name)
        } catch {
            return PeerComparison(check: scenario.check, server: fallbackLabel, model: model, error: screen.checks.peers.couldNotStart(command[0], screen.describe(error)))
        }
        defer { processes.stop(process) }
        let firstBody: String
        do {
            firstBody = try PeerServer.waitUntilServing(port: port, while: process)
        } catch {
            return PeerComparison(check: scenario.check, server: fallbackLabel, model: model,
                                  error: screen.describe(error) + "\n" + processes.logTail(name: name))
        }
        let version = scenario.server.isDjango ? (try? JSONDecoder().decode(PeerClient.Reply.self, from: Data(firstBody.utf8)))?.django : nil
        let server = scenario.server.label(django: version)
        let client = PeerClient(port: port)
        if let warmUp = scenario.warmUp { _ = try? client.burst(warmUp.target, count: warmUp.count) }
        var runs: [PeerMeasurement] = []
        var failure: String?
        for run in 1...CheckRunner.maximumRuns {
            do {
                runs.append(try scenario.measure(client, runner.parameters))
            } catch {
                failure = screen.describe(error)
            }
            if run == 1, let first = runs.first {
                let expectations = PeerComparison.expectations(of: scenario.check, parameters: runner.parameters, measured: first.measurements)
                if ExpectationOutcome.allHardPassed(ExpectationOutcome.evaluate(expectations, against: first.measurements)) { break }
            }
        }
        guard let first = runs.first else {
            return PeerComparison(check: scenario.check, server: server, model: model,
                                  error: (failure ?? screen.checks.peers.noMeasurement) + "\n" + processes.logTail(name: name))
        }
        return PeerComparison(check: scenario.check, server: server, parameters: runner.parameters, model: model,
                              peerRuns: runs, threads: first.threads, seconds: seconds(since: started))
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(MonotonicClock.nanoseconds() - start) / 1_000_000_000
    }

    private static func executable(named name: String, environment: [String: String]) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
