import Foundation
import PrepContent
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
        for url in urls {
            let path = displayPath(url)
            let bytes: [UInt8]
            switch ContentParser.readFile(at: url, reportedAs: path, maxBytes: maxFileBytes) {
            case .success(let read): bytes = read
            case .failure(let diagnostic):
                report.diagnostics.append(diagnostic)
                // A FIFO or device named on the command line is passed over, as the folder walk does.
                if diagnostic.severity == .error { report.files.append(FileOutcome(path: path, outcome: nil, cards: 0, leftOut: 1)) }
                continue
            }
            if known[path] == ContentHash.hex(bytes) {
                report.files.append(FileOutcome(path: path, outcome: .unchanged, cards: 0))
                continue
            }
            let result = ContentParser(topic: topic).parse(bytes: bytes, path: path)
            report.diagnostics += result.diagnostics
            // Each error leaves out one item and nothing else: the file's good items are imported. An item
            // that went bad since the last import is archived with its history and restored once fixed.
            let leftOut = result.diagnostics.filter { $0.severity == .error }.count
            guard let article = result.article else {
                report.files.append(FileOutcome(path: path, outcome: nil, cards: 0, leftOut: max(leftOut, 1)))
                continue
            }
            let outcome = try store.importArticle(article, now: now)
            report.files.append(
                FileOutcome(path: path, outcome: outcome, cards: article.cards.count, leftOut: leftOut))
        }
        return report
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

