import Foundation
import PrepContent
import PrepExchange
import PrepStore
import PrepTerminal
import PrepCore

/// `prep import PATH...`: parse articles and question collections and store their cards.
enum ImportCommand: Command {
    static let name = "import"
    static let abstract = HelpPhrase.importAbstract
    static let discussion: HelpPhrase? = .importDiscussion
    static let arguments = [ArgumentSpec("path", help: .importPathArgument, repeating: true)]
    static let options: [OptionSpec] = [
        .flag("dry-run", help: .importDryRun),
        .json(help: .importJson),
        .topic("NAME", help: .importTopic),
        .language(help: .languageMessages),
        .value("max-file-size", "SIZE", help: .importMaxFileSize),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CLIError.usage(.missingArgument("<path> ..."), commandPath: arguments.commandPath)
        }
        // An empty path (an unset shell variable) would otherwise mean the working folder, imported whole.
        guard !arguments.positionals.contains(where: { $0.trimmingWhitespace().isEmpty }) else {
            let phrases = ScreenPhrases.forLanguage(context.language).imports
            throw CLIError.usage(.said(phrases.emptyPath), commandPath: arguments.commandPath)
        }
        let packages = arguments.positionals.filter(isAnkiPackage)
        if !packages.isEmpty {
            let status = try importAnkiPackages(packages, arguments, context)
            var others = arguments
            others.positionals.removeAll(where: isAnkiPackage)
            return others.positionals.isEmpty ? status : max(status, try run(others, context))
        }
        if arguments.shared.json, !arguments.flag("dry-run") {
            throw CLIError.usage(.needs(option: "--json", other: "--dry-run"), commandPath: arguments.commandPath)
        }
        let json = arguments.shared.json
        let phrases = ScreenPhrases.forLanguage(context.language).imports
        let workspace = Workspace(context: context)
        var importer = ContentImporter(baseDirectory: workspace.projectRoot.path)
        if let topic = arguments.shared.topic {
            guard DeclaredTopic.normalized(topic) != nil else { throw CLIError.usage(.said(phrases.emptyTopic), commandPath: arguments.commandPath) }
            importer.topic = topic
        }
        if let size = arguments.value("max-file-size") {
            guard let bytes = Self.byteCount(size) else { throw CLIError.usage(.said(phrases.badFileSize(size)), commandPath: arguments.commandPath) }
            importer.maxFileBytes = bytes
        }
        let selection = try importer.collect(arguments.positionals, workingDirectory: context.workingDirectory)
        let files = selection.files
        // Paths that are not there, and what walking the folders ran into.
        let missing = selection.diagnostics
        for url in selection.skipped {
            context.err.line(phrases.skipped(importer.displayPath(url)))
        }
        if arguments.flag("dry-run") {
            return dryRun(files, missing: missing, json: json, phrases: phrases, importer: importer, context)
        }
        let store = try workspace.openStore(syncContent: false)
        var report = try importer.importFiles(files, into: store, now: context.now())
        report.diagnostics = missing + report.diagnostics
        for diagnostic in report.diagnostics { context.err.line(phrases.line(diagnostic)) }
        for file in report.files {
            context.out.line("\(file.path): \(describe(file, phrases))")
        }
        let leftOut = report.leftOut + missing.filter { $0.severity == .error }.count
        context.out.line(phrases.totals(report.imported, report.files.count, leftOut))
        return leftOut > 0 || report.failsImport ? 1 : 0
    }

    /// "16M", "512K", "1G" (powers of 1024) or plain bytes; nil for anything else or for zero.
    static func byteCount(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("IB") || digits.hasSuffix("B") { digits = digits.dropLast(digits.hasSuffix("IB") ? 2 : 1) }
        let unit = digits.last.flatMap { units[$0] }
        if unit != nil { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy(\.isASCII), let number = Int64(digits), number > 0 else { return nil }
        return number * (unit ?? 1)
    }

    private static func dryRun(
        _ files: [URL], missing: [ContentDiagnostic], json: Bool, phrases: ImportPhrases, importer: ContentImporter, _ context: CommandContext
    ) -> Int32 {
        var results: [ParseResult] = missing.map { ParseResult(article: nil, diagnostics: [$0]) }
        for url in files {
            results.append(importer.parse(url))
        }
        let report = ParseReport.make(results: results)
        if json {
            context.out.write(String(decoding: (try? report.jsonData()) ?? Data(), as: UTF8.self) + "\n")
        } else {
            for result in results {
                for diagnostic in result.diagnostics { context.err.line(phrases.line(diagnostic)) }
            }
            let style = Style(enabled: context.colorEnabled)
            for line in DryRunTable.lines(results, phrases: phrases, style: style) { context.out.line(line) }
        }
        return results.contains(where: \.failsImport) ? 1 : 0
    }

    private static func describe(_ file: ContentImporter.FileOutcome, _ phrases: ImportPhrases) -> String {
        let leftOut = file.leftOut > 0 ? phrases.leftOutOfFile(file.leftOut) : ""
        return switch file.outcome {
        case nil: phrases.notImported
        case .unchanged: phrases.unchanged
        case .imported(let counts): phrases.fileSummary(file.cards, counts) + leftOut
        }
    }
}

/// The readable `--dry-run` report: one row per file with what it holds and how many problems it has.
enum DryRunTable {
    static func lines(_ results: [ParseResult], phrases: ImportPhrases, style: Style) -> [String] {
        let titles = phrases.dryRunColumns
        let renderer = TableRenderer(
            columns: [
                .init(titles.file, maxWidth: 48), .init(titles.format), .init(titles.topic, maxWidth: 24),
                .init(titles.qa, alignment: .right),
                .init(titles.tables, alignment: .right), .init(titles.cells, alignment: .right),
                .init(titles.cloze, alignment: .right), .init(titles.claims, alignment: .right),
                .init(titles.errors, alignment: .right), .init(titles.warnings, alignment: .right),
            ],
            border: .plain, style: style)
        var rows: [[String]] = []
        for result in results {
            guard let article = result.article else { continue }
            let count = { (kind: CardKind) in String(article.cards.filter { $0.kind == kind }.count) }
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.filter { $0.severity == .warning }.count
            rows.append([
                article.path, article.format.rawValue, article.topic, String(article.qa.count), String(article.tables.count),
                count(.cell), count(.cloze), count(.claim), String(errors), String(warnings),
            ])
        }
        let cards = results.compactMap(\.article).reduce(0) { $0 + $1.cards.count }
        let leftOut = results.flatMap(\.diagnostics).filter { $0.severity == .error }.count
        return renderer.render(rows) + [style.dim(phrases.dryRunTotals(cards, leftOut))]
    }
}
