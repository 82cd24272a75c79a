import PrepCore
import PrepScheduling
import PrepContent
import PrepStudy

/// Cards shaped like the seed article's tables, claims and Q&A, built inline so tests never read content files.
enum QuizFixtures {
    /// One cell card per (row, column ≥ 2); a leading ✅ ❌ 🟡 becomes the cell's mark.
    static func table(
        _ id: String, title: String, columns: [String], rows: [[String]], lang: String = "en"
    ) -> [QuizCard] {
        let tableKey = "django/asgi-vs-wsgi/\(id)"
        return rows.enumerated().flatMap { rowNumber, row in
            (1..<columns.count).map { columnIndex in
                let (mark, value) = splitMark(row[columnIndex])
                let cell = TableCellRef(
                    tableKey: tableKey, tableTitle: title, columns: columns, rowLabel: row[0],
                    column: columns[columnIndex], columnIndex: columnIndex + 1, value: value, mark: mark
                )
                return QuizCard(
                    key: "\(tableKey)/r\(rowNumber)/c\(columnIndex + 1)", kind: .cell, lang: lang,
                    front: "\(row[0]) — \(columns[columnIndex])", back: row[columnIndex], cell: cell
                )
            }
        }
    }

    static func splitMark(_ text: String) -> (CellMark?, String) {
        let marks: [(String, CellMark)] = [("✅", .yes), ("❌", .no), ("🟡", .partial)]
        for (symbol, mark) in marks where text.hasPrefix(symbol) {
            return (mark, String(text.dropFirst()).trimmingPrefix(while: \.isWhitespace).description)
        }
        return (nil, text)
    }

    static let coreDifferences = table(
        "core", title: "Core differences", columns: ["Feature", "WSGI", "ASGI"],
        rows: [
            ["Released", "2003", "2016"],
            ["Execution model", "Synchronous (blocking)", "Asynchronous (non-blocking)"],
            ["Request handling", "One thread/process per request", "One event loop, many requests"],
            ["Concurrency", "Threads / processes", "Coroutines (single thread)"],
            ["Long-lived connections", "❌ Not supported", "✅ WebSocket, SSE"],
            ["HTTP/2", "❌ Not supported", "✅ Supported"],
            ["Complexity", "Simple", "More complex"],
            ["Django support", "Django 1.0+", "Django 3.0+"],
        ]
    )

    static let protocolsZh = table(
        "protocols", title: "協議支持", columns: ["協議", "WSGI", "ASGI"],
        rows: [
            ["HTTP/1.1", "✅", "✅"],
            ["HTTP/2", "❌", "✅"],
            ["WebSocket", "❌", "✅"],
            ["Server-Sent Events (SSE)", "❌ 需 hack", "✅"],
        ],
        lang: "zh-Hant"
    )

    static let coreDifferencesZh = table(
        "core", title: "核心差異", columns: ["特性", "WSGI", "ASGI"],
        rows: [
            ["發布時間", "2003", "2016"],
            ["長連接", "❌ 不支持", "✅ 支持 WebSocket, SSE"],
            ["複雜度", "簡單", "較複雜"],
        ],
        lang: "zh-Hant"
    )

    static let djangoVersions = table(
        "django-versions", title: "Django versions", columns: ["Django", "WSGI", "ASGI"],
        rows: [
            ["Django < 3.0", "✅ Full", "❌ None"],
            ["Django 3.0 - 3.1", "✅ Full", "🟡 Experimental (HTTP only)"],
            ["Django 3.2+", "✅ Full", "✅ Stable"],
        ]
    )

    static func claim(_ id: String, _ verdict: Verdict?, reason: String = "because", lang: String = "en", check: String? = nil) -> QuizCard {
        QuizCard(
            key: "django/asgi-vs-wsgi/\(id)", kind: .claim, lang: lang, front: "Claim \(id)", back: "",
            check: check, verdict: verdict, verdictReason: reason
        )
    }

    static func qa(_ id: String, answer: String, lang: String = "en", check: String? = nil) -> QuizCard {
        QuizCard(key: "django/asgi-vs-wsgi/\(id)", kind: .qa, lang: lang, front: "Question \(id)?", back: answer, check: check)
    }

    /// Random tables whose values collide after normalization (case, width, spacing, punctuation),
    /// to show that options stay distinct however the pool looks.
    static func syntheticTables(seed: UInt64) -> [QuizCard] {
        var random = SplitMix64(seed: seed)
        let vocabulary = [
            "ABC", "abc", "ＡＢＣ", "a b c", "A-B-C", "✅", "❌", "✅ yes", "❌ no", "🟡 partly", "1", "2", "１",
            "Event loop", "event-loop", "EVENT LOOP", "Threads", "threads.", "異步", "異步。", "同步", "2003", "2,003",
        ]
        return (0..<(1 + random.index(below: 3))).flatMap { tableNumber in
            let columnCount = 2 + random.index(below: 4)
            let columns = (0..<columnCount).map { "Col\($0)" }
            let rows = (0..<(1 + random.index(below: 6))).map { rowNumber in
                ["Row\(rowNumber)"] + (1..<columnCount).map { _ in vocabulary[random.index(below: vocabulary.count)] }
            }
            return table("t\(tableNumber)", title: "Table \(tableNumber)", columns: columns, rows: rows)
        }
    }
}
