import Foundation

/// The line-level syntax of pipe tables: `| a | b |` rows and the `|---|---|` separator.
enum PipeTableSyntax {
    static func isRow(_ line: some StringProtocol) -> Bool { line.trimmed.hasPrefix("|") }

    /// `|---|:--:|`: every cell is dashes with optional alignment colons.
    static func isSeparator(_ line: some StringProtocol) -> Bool {
        guard isRow(line) else { return false }
        let cells = self.cells(line)
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                let dashes = cell.trimmingColons
                return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
            }
    }

    /// The trimmed cells of a row, without the outer pipes; `\|` stands for a literal pipe.
    static func cells(_ line: some StringProtocol) -> [String] {
        var body = Substring(line.trimmed)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|"), !body.hasSuffix("\\|") { body = body.dropLast() }
        if let cells = plainCells(body) { return cells }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in body {
            if escaped {
                current.append(character == "|" ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmed)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmed)
        return cells
    }

    /// The cells of a row without backslashes, split at its pipe bytes, when each pipe is a character of its own
    /// (no accent or joiner clings to it, which the walk over characters would read as another character): the
    /// same cells as that walk, which was a tenth of importing the bundled deck.
    private static func plainCells(_ body: Substring) -> [String]? {
        let bytes = body.utf8
        let pipe = UInt8(ascii: "|")
        guard !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        var cells: [String] = []
        var start = bytes.startIndex
        var previous: UInt8?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == pipe {
                guard previous.map({ $0 < 0x80 }) ?? true, next == bytes.endIndex || bytes[next] < 0x80 else { return nil }
                cells.append(body[start..<index].trimmed)
                start = next
            }
            previous = byte
            index = next
        }
        cells.append(body[start...].trimmed)
        return cells
    }

    static let questionHeaders: Set<String> = [
        "question", "questions", "問題", "问题", "題目", "题目", "問", "问", "面試題", "面试题", "試題", "试题", "考題", "考题",
        "interview question", "interview questions",
    ]
    static let answerHeaders: Set<String> = [
        "answer", "answers", "答案", "回答", "解答", "參考答案", "参考答案", "答", "參考回答", "参考回答", "標準答案", "标准答案",
        "答案要點", "答案要点", "sample answer", "model answer", "suggested answer",
    ]

    /// The columns of a question-and-answer table (`| # | Question | Answer |`), if its header has both.
    static func questionAnswerColumns(_ header: [String]) -> (question: Int, answer: Int)? {
        let names = header.map { withoutEmphasis($0).lowercased() }
        guard let question = names.firstIndex(where: questionHeaders.contains),
            let answer = names.firstIndex(where: answerHeaders.contains)
        else { return nil }
        return (question, answer)
    }

    /// Whether every filled cell after the first column links into the page (`[Question](#anchor)`).
    static func isNavigation(_ rows: [[String]]) -> Bool {
        let cells = rows.flatMap { $0.dropFirst() }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.hasPrefix("[") && $0.contains("](#") }
    }

    /// A header or row-label cell without `**`/`__` emphasis.
    static func withoutEmphasis(_ cell: String) -> String {
        guard cell.has("*") || cell.has("_") else { return cell }
        return cell.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "").trimmed
    }

    /// ✅ / ❌ / 🟡 at the start of a cell.
    static func mark(of cell: String) -> CellMark? {
        switch cell.first {
        case "✅": .yes
        case "❌": .no
        case "🟡": .partial
        default: nil
        }
    }

    /// Splits `Label {#row-id}` into the label and the pinned row id.
    static func rowPin(_ firstCell: String) -> (label: String, pin: String?) {
        guard firstCell.hasSuffix("}"), let open = firstCell.range(of: "{#", options: .backwards) else {
            return (firstCell, nil)
        }
        let pin = String(firstCell[open.upperBound..<firstCell.index(before: firstCell.endIndex)])
        guard !pin.isEmpty, pin.allSatisfy(Annotations.isIDCharacter) else { return (firstCell, nil) }
        return (String(firstCell[..<open.lowerBound]).trimmed, pin)
    }
}

extension String {
    fileprivate var trimmingColons: Substring {
        var body = Substring(self)
        if body.hasPrefix(":") { body = body.dropFirst() }
        if body.hasSuffix(":") { body = body.dropLast() }
        return body
    }
}
