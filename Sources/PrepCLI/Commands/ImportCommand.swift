import Foundation
import PrepContent
import PrepStore

/// `prep import PATH...`: parse articles and store their cards.
enum ImportCommand: Command {
    static let name = "import"
    static let abstract = "Add or update articles: prep markdown or plain text copied from the web."
    static let discussion: String? = """
        Folders are searched for *.md, *.txt, *.csv and *.tsv files. Unchanged files do no work; edited
        articles keep the history of unchanged cards; cards that disappear are archived with their reviews,
        never deleted. A file with errors is reported as path:line:col and left out.

        Layouts, recognised from the content (content/FORMAT.md has an example of each):
          prep markdown (*.md)     # headings, Q:/A:, C: cloze, Claim:, pipe tables
          plain article (*.txt)    numbered headings and Q1:/答案: copied from a web page
          Anki notes / CSV / TSV   #separator:, #html:, #columns:, #guid column:, #tags column:,
                                   #deck column:, #notetype column: headers, or plain question,answer
                                   rows (RFC 4180 quotes); a GUID keys the card, so importing the
                                   file again updates it; {{c1::…}} notes become cloze cards
          hashcards deck (*.md)    Q:/A: and C: [cloze] cards between --- lines, TOML front matter
                                   (name = "…" names the deck)
        """
    static let arguments = [ArgumentSpec("path", help: "Files or folders to import.", repeating: true)]
    static let options: [OptionSpec] = [
        .flag("dry-run", help: "Parse only and write nothing."),
        .flag("json", help: "With --dry-run, print the parse report as JSON."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CLIError.usage("Missing expected argument '<path> ...'", commandPath: arguments.commandPath)
        }
        if arguments.flag("json"), !arguments.flag("dry-run") {
            throw CLIError.usage("'--json' goes with '--dry-run'", commandPath: arguments.commandPath)
        }
        let workspace = Workspace(context: context)
        var files: [URL] = []
        var missing: [ContentDiagnostic] = []
        for path in arguments.positionals {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)).standardizedFileURL
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                missing.append(ContentDiagnostic(.error, at: SourceLocation(path: path, line: 1), "no such file or folder"))
            } else if isDirectory.boolValue {
                files += try ContentLibrary.contentFiles(in: url)
            } else {
                files.append(url)
            }
        }
        if arguments.flag("dry-run") {
            return dryRun(files, missing: missing, json: arguments.flag("json"), base: workspace.projectRoot.path, context)
        }
        let store = try workspace.openStore(syncContent: false)
        let importer = ContentImporter(baseDirectory: workspace.projectRoot.path)
        var report = try importer.importFiles(files, into: store, now: context.now())
        report.diagnostics = missing + report.diagnostics
        for diagnostic in report.diagnostics { context.err.line("\(diagnostic)") }
        for file in report.files {
            context.out.line("\(file.path): \(describe(file))")
        }
        return report.hasErrors ? 1 : 0
    }

    private static func dryRun(_ files: [URL], missing: [ContentDiagnostic], json: Bool, base: String, _ context: CommandContext) -> Int32 {
        let importer = ContentImporter(baseDirectory: base)
        var results: [ParseResult] = missing.map { ParseResult(article: nil, diagnostics: [$0]) }
        for url in files {
            results.append(importer.parse(url))
        }
        let report = ParseReport.make(results: results)
        if json {
            context.out.write(String(decoding: (try? report.jsonData()) ?? Data(), as: UTF8.self) + "\n")
        } else {
            for result in results {
                for diagnostic in result.diagnostics { context.err.line("\(diagnostic)") }
                if let article = result.article {
                    context.out.line("\(article.path): \(article.cards.count) cards, \(article.headings.count) headings, \(article.tables.count) tables, \(article.qa.count) Q&A (\(article.format.rawValue))")
                }
            }
        }
        return results.contains(where: \.hasErrors) ? 1 : 0
    }

    private static func describe(_ file: ContentImporter.FileOutcome) -> String {
        switch file.outcome {
        case nil: "not imported (errors above)"
        case .unchanged: "unchanged"
        case .imported(let counts):
            "\(file.cards) cards: \(counts.added) added, \(counts.updated) updated, \(counts.restored) restored, \(counts.archived) archived, \(counts.unchanged) unchanged"
        }
    }
}
