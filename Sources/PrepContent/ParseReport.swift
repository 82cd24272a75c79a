import Foundation

/// What `prep import --dry-run --json` prints: per article what was found, and every diagnostic.
package struct ParseReport: Sendable, Hashable, Codable {
    package struct Article: Sendable, Hashable, Codable {
        package var path: String
        package var title: String
        /// Where the file's cards go.
        package var topic: String
        package var format: ArticleFormat
        package var headings: [HeadingEntry]
        package var tables: [TableEntry]
        package var qa: [QAEntry]
        /// How many cards the article yields.
        package var cards: Int
    }

    package struct HeadingEntry: Sendable, Hashable, Codable {
        /// As written, without the trailing dot; absent for unnumbered headings.
        package var number: String?
        package var title: String
        package var line: Int
    }

    package struct TableEntry: Sendable, Hashable, Codable {
        package var section: String
        package var columns: [String]
        /// Data rows, header and separator excluded.
        package var rows: Int
        package var line: Int
    }

    package struct QAEntry: Sendable, Hashable, Codable {
        package var number: String?
        package var question: String
        package var answer: String
        package var line: Int
    }

    package struct DiagnosticEntry: Sendable, Hashable, Codable {
        package var path: String
        package var line: Int
        package var column: Int
        package var severity: ContentDiagnostic.Severity
        package var message: String
    }

    package var articles: [Article]
    package var diagnostics: [DiagnosticEntry]

    package init(articles: [Article], diagnostics: [DiagnosticEntry]) {
        self.articles = articles
        self.diagnostics = diagnostics
    }

    /// Articles and diagnostics in the order of `results`; files that could not be read appear only as diagnostics.
    package static func make(results: [ParseResult]) -> ParseReport {
        let articles = results.compactMap(\.article).map { article in
            Article(
                path: article.path, title: article.title, topic: article.topic, format: article.format,
                headings: article.headings.map { HeadingEntry(number: $0.number, title: $0.title, line: $0.line) },
                tables: article.tables.map {
                    TableEntry(section: $0.section, columns: $0.columns, rows: $0.rows.count, line: $0.line)
                },
                qa: article.qa.map {
                    QAEntry(number: $0.number, question: $0.question, answer: $0.answer, line: $0.line)
                },
                cards: article.cards.count)
        }
        let diagnostics = results.flatMap(\.diagnostics).map {
            DiagnosticEntry(
                path: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity,
                message: $0.message)
        }
        return ParseReport(articles: articles, diagnostics: diagnostics)
    }

    /// Pretty-printed with sorted keys, so the output diffs cleanly and reads in golden tests.
    package func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
