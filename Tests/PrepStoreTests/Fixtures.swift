import Foundation
import PrepContent
import PrepCore

/// Parsed articles and cards built inline, with defaults for every field a test does not care about.
enum Fixtures {
    static func card(
        _ anchor: String, front: String? = nil, back: String = "an answer", kind: CardKind = .qa, line: Int = 1,
        path: String = "content/django/asgi-vs-wsgi.en.md", topicSlug: String = "django/asgi-vs-wsgi",
        check: String? = nil, verdict: Verdict? = nil, verdictReason: String? = nil, tags: [String] = [],
        siblingGroup: String? = nil, cell: TableCellRef? = nil
    ) -> CardDraft {
        CardDraft(
            key: "\(topicSlug)/\(anchor)", kind: kind, front: front ?? "What is \(anchor)?", back: back,
            source: SourceLocation(path: path, line: line), check: check, verdict: verdict,
            verdictReason: verdictReason, tags: tags, siblingGroup: siblingGroup, cell: cell
        )
    }

    static func article(
        lang: String = "en", cards: [CardDraft], hash: String = "hash-1", topic: String = "django",
        slug: String = "asgi-vs-wsgi"
    ) -> ParsedArticle {
        ParsedArticle(
            path: "content/\(topic)/\(slug).\(lang).md", format: .markdown, topic: topic, slug: slug, lang: lang,
            title: "ASGI vs WSGI", headings: [], tables: [], qa: [], codeBlocks: [], cards: cards, contentHash: hash
        )
    }

    static func cell(row: String, column: String, value: String, mark: CellMark? = nil) -> TableCellRef {
        TableCellRef(
            tableKey: "django/asgi-vs-wsgi/compare", tableTitle: "Comparison", columns: ["", "WSGI", "ASGI"],
            rowLabel: row, column: column, columnIndex: column == "WSGI" ? 1 : 2, value: value, mark: mark
        )
    }

    /// `count` cards of every kind, one article; cell cards come in sibling rows of two.
    static func generatedArticle(count: Int, hash: String = "generated-1") -> ParsedArticle {
        let cards = (0..<count).map { index in
            switch index % 4 {
            case 0:
                card("qa-\(index)", back: "Answer number \(index)", line: index + 1, tags: ["generated", "qa"])
            case 1:
                card("cloze-\(index)", kind: .cloze, line: index + 1, siblingGroup: "cloze-\(index / 8)")
            case 2:
                card(
                    "claim-\(index)", kind: .claim, line: index + 1, check: "C0\(index % 9 + 1)",
                    verdict: .misleading, verdictReason: "Reason \(index)"
                )
            default:
                card(
                    "cell-\(index)", kind: .cell, line: index + 1, siblingGroup: "row-\(index / 8)",
                    cell: cell(row: "Row \(index)", column: "ASGI", value: "✅ yes", mark: .yes)
                )
            }
        }
        return article(cards: cards, hash: hash, slug: "generated")
    }

    static func date(_ seconds: TimeInterval) -> Date {
        Date(timeIntervalSince1970: 1_780_000_000 + seconds)
    }
}
