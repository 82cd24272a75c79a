import Foundation
import PrepContent
import PrepCore
import PrepStore

/// Parses files and stores their cards; a file whose bytes have not changed is neither parsed nor written.
package struct ContentImporter {
    package struct FileOutcome {
        package var path: String
        package var outcome: ImportOutcome?
        package var cards: Int
        /// Items of the file that had errors and were not imported; a file that could not be read counts one.
        package var leftOut = 0
    }

    package struct Report {
        package var files: [FileOutcome] = []
        package var diagnostics: [ContentDiagnostic] = []
        package var failsImport: Bool { diagnostics.contains(where: \.failsImport) }
        package var imported: Int { files.reduce(0) { $0 + $1.cards } }
        package var leftOut: Int { files.reduce(0) { $0 + $1.leftOut } }
    }

    /// Paths below it are stored and shown relative to it, so a checkout can move without re-importing.
    package let baseDirectory: String
    /// `--topic NAME`: where every file's cards go.
    package var topic: String?
    /// Larger files are refused unread (`--max-file-size`).
    package var maxFileBytes = ContentParser.defaultMaxFileBytes

    package init(baseDirectory: String) {
        self.baseDirectory = baseDirectory
    }

    package func importFiles(_ urls: [URL], into store: Store, now: Date) throws -> Report {
        var report = Report()
        let known = Dictionary(try store.articles().map { ($0.path, $0.contentHash) }, uniquingKeysWith: { first, _ in first })
        // Files are read and compared in order, the changed ones parsed on every core (parsing is most of a new
        // database's first launch), then stored in order; in batches, so a large folder is not held in memory whole.
        for batch in stride(from: 0, to: urls.count, by: Self.filesParsedTogether).map({ urls[$0..<min($0 + Self.filesParsedTogether, urls.count)] }) {
            var steps: [ImportStep] = []
            for url in batch {
                let path = displayPath(url)
                switch ContentParser.readFile(at: url, reportedAs: path, maxBytes: maxFileBytes) {
                case .success(let bytes):
                    steps.append(known[path] == ContentHash.hex(bytes) ? .unchanged(path: path) : .parse(path: path, bytes: bytes))
                case .failure(let diagnostic):
                    steps.append(.unread(path: path, diagnostic))
                }
            }
            let parser = ContentParser(topic: topic)
            let parsed = steps.concurrentMap(minimumCount: 2) { step -> ParseResult? in
                guard case .parse(let path, let bytes) = step else { return nil }
                return parser.parse(bytes: bytes, path: path)
            }
            for (step, result) in zip(steps, parsed) {
                try record(step, result, into: store, now: now, report: &report)
            }
        }
        return report
    }

    private static let filesParsedTogether = 32

    /// One file's way through an import, found before any is parsed.
    private enum ImportStep: Sendable {
        case unread(path: String, ContentDiagnostic)
        case unchanged(path: String)
        case parse(path: String, bytes: [UInt8])
    }

    private func record(_ step: ImportStep, _ result: ParseResult?, into store: Store, now: Date, report: inout Report) throws {
        switch step {
        case .unread(let path, let diagnostic):
            report.diagnostics.append(diagnostic)
            // A FIFO or device named on the command line is passed over, as the folder walk does.
            if diagnostic.severity == .error { report.files.append(FileOutcome(path: path, outcome: nil, cards: 0, leftOut: 1)) }
        case .unchanged(let path):
            report.files.append(FileOutcome(path: path, outcome: .unchanged, cards: 0))
        case .parse(let path, _):
            guard let result else { return }
            report.diagnostics += result.diagnostics
            // Each error leaves out one item and nothing else: the file's good items are imported. An item
            // that went bad since the last import is archived with its history and restored once fixed.
            let leftOut = result.diagnostics.filter { $0.severity == .error }.count
            guard let article = result.article else {
                report.files.append(FileOutcome(path: path, outcome: nil, cards: 0, leftOut: max(leftOut, 1)))
                return
            }
            let outcome = try store.importArticle(article, now: now)
            report.files.append(FileOutcome(path: path, outcome: outcome, cards: article.cards.count, leftOut: leftOut))
        }
    }

    package func parse(_ url: URL) -> ParseResult {
        ContentParser(topic: topic).parse(fileAt: url, path: displayPath(url), maxBytes: maxFileBytes)
    }

    package func displayPath(_ url: URL) -> String {
        let absolute = url.standardizedFileURL.path
        let base = URL(fileURLWithPath: baseDirectory, isDirectory: true).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}

