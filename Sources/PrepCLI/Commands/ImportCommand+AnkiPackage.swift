import Foundation
import PrepContent
import PrepExchange
import PrepStudy

/// `prep import deck.apkg|deck.colpkg`: an Anki package with its history; the package itself is only read.
extension ImportCommand {
    static func isAnkiPackage(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".apkg") || lowered.hasSuffix(".colpkg")
    }

    /// Imports each package; `--json` prints every summary as one JSON array. A package that cannot be read
    /// is reported by name and the others are still imported; the status is then 1.
    static func importAnkiPackages(_ paths: [String], _ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let phrases = AnkiImportPhrases.forLanguage(context.language)
        let dryRun = arguments.flag("dry-run")
        let workspace = Workspace(context: context)
        var reports: [PackageReport] = []
        var status: Int32 = 0
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
            let package: AnkiPackageReader
            do {
                package = try AnkiPackageReader(data: try Data(contentsOf: url, options: .mappedIfSafe))
            } catch let failure as AnkiPackageReader.Failure {
                context.err.line(phrases.cannotImport(path, phrases.reason(failure)))
                status = 1
                continue
            } catch {
                let files = ScreenPhrases.forLanguage(context.language).files
                context.err.line(phrases.cannotImport(path, files.reason(error)))
                status = 1
                continue
            }
            let summary: AnkiPackageImporter.Summary
            if dryRun {
                summary = AnkiPackageImporter.plan(package, path: path, topic: arguments.shared.topic).summary
            } else {
                let store = try workspace.openStore(syncContent: false)
                let importer = AnkiPackageImporter(store: store, scheduler: context.scheduler, calendar: context.studyCalendar)
                summary = try importer.importPackage(package, path: path, topic: arguments.shared.topic, now: context.now())
            }
            let screen = ScreenPhrases.forLanguage(context.language).imports
            for diagnostic in summary.diagnostics { context.err.line(screen.line(diagnostic)) }
            if summary.diagnostics.contains(where: \.failsImport) { status = 1 }
            reports.append(PackageReport(path: path, summary: summary, dryRun: dryRun))
            guard !arguments.shared.json else { continue }
            context.out.line(phrases.summary(path, summary, dryRun))
            if summary.cardsLeftOut > 0 { context.out.line(phrases.leftOutCards(summary.cardsLeftOut)) }
            if !summary.media.isEmpty { context.out.line(phrases.mediaSkipped(summary.media)) }
        }
        if arguments.shared.json { context.out.write(try JSONOutput.string(reports) + "\n") }
        return status
    }

    private struct PackageReport: Encodable {
        var path: String
        var dryRun: Bool
        var cards: Int
        var cardsAdded: Int
        var cardsLeftOut: Int
        var reviewsAdded: Int
        var reviewsAlreadyHere: Int
        var notGrades: Int
        var topics: [String]
        var mediaSkipped: [String]
        var errors: Int

        init(path: String, summary: AnkiPackageImporter.Summary, dryRun: Bool) {
            self.path = path
            self.dryRun = dryRun
            cards = summary.cards
            cardsAdded = summary.cardsAdded
            cardsLeftOut = summary.cardsLeftOut
            reviewsAdded = summary.reviewsAdded
            reviewsAlreadyHere = summary.reviewsAlreadyHere
            notGrades = summary.notGrades
            topics = summary.topics
            mediaSkipped = summary.media
            errors = summary.diagnostics.filter { $0.severity == .error }.count
        }
    }
}
