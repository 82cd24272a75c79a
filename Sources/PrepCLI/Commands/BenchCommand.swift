import Foundation
import PrepCore
import PrepTerminal

/// `prep bench [NAME...]`: performance benchmarks of prep itself, measured live.
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = HelpPhrase.benchAbstract
    static func discussion(_ lang: Language) -> String? {
        let words = ScreenPhrases.forLanguage(lang).usage
        return words.helpText(.benchmarksHeading) + "\n"
            + all.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0))\(words.helpText($0.summary))" }.joined(separator: "\n")
    }
    static let arguments = [ArgumentSpec("name", help: .benchNameArgument, repeating: true, optional: true)]
    static let options: [OptionSpec] = [.json(help: .jsonResults)]

    static var all: [Benchmark] { [
            ImportBenchmark.benchmark, ReviewBenchmark.pick, LaunchBenchmark.benchmark, ExportBenchmark.benchmark, ExportBenchmark.apkg, ApkgImportBenchmark.benchmark,
            ServerBenchmarks.benchmark, OptimizeBenchmark.benchmark,
        ] }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let chosen = try arguments.positionals.isEmpty ? all : arguments.positionals.map { name in
            guard let benchmark = all.first(where: { $0.name == name }) else {
                throw CLIError.usage(.unknownName(kind: .benchmark, given: name, choices: all.map(\.name)), commandPath: arguments.commandPath)
            }
            return benchmark
        }
        let style = Style(enabled: context.colorEnabled)
        let phrases = BenchPhrases.forLanguage(context.language)
        var results: [BenchmarkResult] = []
        for benchmark in chosen {
            if !arguments.shared.json { context.err.write(style.dim(phrases.running(benchmark.name) + "\n")) }
            let measured = try benchmark.run(context)
            results += measured
            if !arguments.shared.json {
                for result in measured { context.out.line(line(result, phrases)) }
            }
        }
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(["results": results]))
        }
        return 0
    }

    /// One result as the screen shows it: what was measured, the figure, how it was taken, and the target.
    static func line(_ result: BenchmarkResult, _ phrases: BenchPhrases) -> String {
        let number = result.unit == .milliseconds ? String(format: "%.2f", result.value) : "\(Int(result.value.rounded()))"
        let figure = number + " " + phrases.unit(result.unit)
        let basis = result.runs > 1 ? phrases.median(result.runs) : phrases.oneRun
        return "\(DisplayWidth.pad(phrases.metric(result.metric), to: 48)) \(DisplayWidth.pad(figure, to: 14, alignment: .right))"
            + "  \(basis)  \(phrases.targetLabel(phrases.target(result.target)))"
    }
}
