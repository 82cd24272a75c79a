import Foundation
import Testing

@testable import PrepContent

/// The JSON of `prep import --dry-run --json`, shape and formatting.
@Suite struct ParseReportTests {
    private static let markdown = """
        # Title

        ## 1.2 Numbered

        Q1: Question?
        Answer: Yes.

        ## Plain

        | A | B |
        |---|---|
        | x | y |
        | z |
        """

    private func report() throws -> (json: String, object: [String: Any]) {
        let results = [
            ContentParser().parse(text: Self.markdown, path: "content/t/a.en.md"),
            ContentParser().parse(bytes: [0xFF], path: "content/t/b.txt"),
        ]
        let data = try ParseReport.make(results: results).jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (String(decoding: data, as: UTF8.self), object)
    }

    @Test func hasExactlyTheDocumentedKeys() throws {
        let object = try report().object
        #expect(Set(object.keys) == ["articles", "diagnostics"])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        let article = articles[0]
        #expect(Set(article.keys) == ["path", "title", "topic", "format", "headings", "tables", "qa", "cards"])
        #expect(article["format"] as? String == "markdown")
        #expect(article["cards"] as? Int == 2)
        let headings = try #require(article["headings"] as? [[String: Any]])
        #expect(Set(headings[0].keys) == ["title", "line"])
        #expect(Set(headings[1].keys) == ["number", "title", "line"])
        #expect(headings[1]["number"] as? String == "1.2")
        let tables = try #require(article["tables"] as? [[String: Any]])
        #expect(Set(tables[0].keys) == ["section", "columns", "rows", "line"])
        #expect(tables[0]["rows"] as? Int == 1)
        #expect(tables[0]["section"] as? String == "Plain")
        let qa = try #require(article["qa"] as? [[String: Any]])
        #expect(Set(qa[0].keys) == ["number", "question", "answer", "line"])
        #expect(qa[0]["number"] as? String == "1")
    }

    @Test func listsDiagnosticsOfEveryFileIncludingUnreadableOnes() throws {
        let diagnostics = try #require(try report().object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(Set(diagnostics[0].keys) == ["path", "line", "column", "severity", "message"])
        #expect(diagnostics[0]["message"] as? String == "table row has 1 cells, header has 2")
        #expect(diagnostics[0]["line"] as? Int == 13)
        #expect(diagnostics[1]["path"] as? String == "content/t/b.txt")
        #expect(diagnostics[1]["severity"] as? String == "error")
    }

    @Test func isPrettyPrintedWithSortedKeysAndPlainSlashes() throws {
        let json = try report().json
        #expect(json.contains("\n  \"articles\" : ["))
        #expect(json.contains("\"content/t/a.en.md\""))
        #expect(!json.contains("\\/"))
        // The keys of articles and of diagnostics are the lines indented by exactly six spaces.
        let articleKeys = json.split(separator: "\n")
            .filter { $0.hasPrefix("      \"") }
            .map { $0.dropFirst(7).prefix(while: { $0 != "\"" }) }
        #expect(
            articleKeys == [
                "cards", "format", "headings", "path", "qa", "tables", "title", "topic",
                "column", "line", "message", "path", "severity", "column", "line", "message", "path", "severity",
            ])
    }

    @Test func roundTripsThroughCodable() throws {
        let report = ParseReport.make(results: [ContentParser().parse(text: Self.markdown, path: "a.md")])
        #expect(try JSONDecoder().decode(ParseReport.self, from: report.jsonData()) == report)
    }
}
