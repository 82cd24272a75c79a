import Foundation

/// The one block grammar: lines in, blocks out (headings, paragraphs, list items with their children,
/// quotes, code, `<details>`, tables, label lines, annotations, rules). Lenient where collections are: a
/// heading without its space, a bullet from a word processor, a question whose answer starts on the next line.
struct OutlineReader {
    /// For a page copy, the lines its reader found to be headings: there a `#` line is a comment, not a heading.
    var headingLines: Set<Int>?

    static func blocks(of lines: [String], from start: Int = 0, headingLines: Set<Int>? = nil) -> [Block] {
        OutlineReader(headingLines: headingLines).parse(Array(lines[start...]), offset: start, depth: 0)
    }

    private func parse(_ texts: [String], offset: Int, depth: Int) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < texts.count {
            let line = texts[index]
            guard !line.trimmed.isEmpty else {
                index += 1
                continue
            }
            let start = index
            var block: Block
            if let (fence, language) = MarkdownSyntax.fenceOpener(line) {
                index = Self.fenceEnd(texts, from: index, fence: fence)
                block = Block(kind: .code(language: language), range: start..<index)
            } else if isHeading(offset + index), let (level, text) = MarkdownSyntax.heading(line) {
                index += 1
                block = Block(kind: .heading(level: level), range: start..<index, text: text)
            } else if headingLines == nil, let item = MarkdownSyntax.listItemHeading(line) {
                // `1. ### What is X?` with its answer indented below: the heading owns the indented lines.
                index += 1
                while index < texts.count, texts[index].trimmed.isEmpty || Self.indentation(of: texts[index]) >= item.indent,
                    Self.nextNonBlank(texts, from: index).map({ Self.indentation(of: texts[$0]) >= item.indent }) ?? false
                {
                    index += 1
                }
                block = Block(kind: .heading(level: item.level), range: start..<index, text: item.text, number: item.number)
                let body = texts[(start + 1)..<index].map { Self.dedented($0, by: item.indent) }
                block.children = parse(body, offset: offset + start + 1, depth: depth)
            } else if DetailsBlock.opens(line), let details = DetailsBlock.read(texts, from: index) {
                index = details.end
                block = Block(kind: .details(summary: details.summary), range: start..<index, text: details.summary)
                let body = details.bodyRange
                block.children = parse(Array(texts[body]), offset: offset + body.lowerBound, depth: depth)
            } else if Self.startsTable(texts, at: index) {
                index += 2
                while index < texts.count, PipeTableSyntax.isRow(texts[index]) { index += 1 }
                block = Block(kind: .table, range: start..<index)
            } else if MarkdownSyntax.isRule(line) {
                index += 1
                block = Block(kind: .rule, range: start..<index)
            } else if let marker = ListMarker(line) {
                block = listItem(texts, at: &index, marker: marker, offset: offset, depth: depth)
            } else if line.trimmed.hasPrefix(">") {
                index += 1
                while index < texts.count, texts[index].trimmed.hasPrefix(">") { index += 1 }
                let stripped = texts[start..<index].map { line -> String in
                    let text = line.trimmed.dropFirst()
                    return String(text.hasPrefix(" ") ? text.dropFirst() : text)
                }
                if let title = Self.calloutTitle(stripped[0]) {
                    // `> [!question]- Why X?` folds its body away like `<details>`, the title its summary.
                    block = Block(kind: .details(summary: title), range: start..<index, text: title)
                    block.children = parse(Array(stripped.dropFirst()), offset: offset + start + 1, depth: depth)
                } else {
                    block = Block(kind: .quote, range: start..<index)
                    block.children = parse(stripped, offset: offset + start, depth: depth)
                }
            } else if Annotations.match(line) != nil {
                index += 1
                block = Block(kind: .annotation, range: start..<index)
            } else if let (marker, rest) = ItemMarker.parse(line.trimmed) {
                index += 1
                var text = [rest]
                while index < texts.count, !texts[index].trimmed.isEmpty, !Self.startsBlock(texts, at: index),
                    !(marker.isQuestion && QuestionText.endsInQuestionMark(text.joined(separator: " ")) && !Self.isOption(texts[index]))
                {
                    text.append(texts[index].trimmed)
                    index += 1
                }
                block = Block(kind: .label(marker), range: start..<index, text: Self.joinedParagraph(text))
            } else if PageFurniture.isFurniture(line) {
                index += 1
                block = Block(kind: .furniture, range: start..<index)
            } else if line.has("<"), MarkdownSyntax.withoutTags(line).isEmpty {
                index += 1
                block = Block(kind: .html, range: start..<index)
            } else {
                let paragraphEnd = Self.paragraphEnd(texts, from: index)
                if let answerEnd = Self.revealedAnswerEnd(texts, separator: paragraphEnd) {
                    // Obsidian's spaced-repetition cards: the question, a line holding only `?` (`??` for both
                    // ways), then the answer up to a blank line. A line of tags above the question (`#python`)
                    // files the card; it is not asked.
                    let asked = texts[start..<paragraphEnd].map(\.trimmed).drop(while: Self.isTagLine)
                    let (number, front) = QuestionText.parts(Self.joinedParagraph(Array(asked)))
                    var question = Block(
                        kind: .label(.question(number: number)), range: (start + offset)..<(paragraphEnd + offset), text: front)
                    question.depth = depth
                    blocks.append(question)
                    index = answerEnd
                    block = Block(
                        kind: .label(.answer), range: (paragraphEnd + 1)..<index,
                        text: Self.joinedParagraph(texts[(paragraphEnd + 1)..<index].map(\.trimmed)))
                } else {
                    index = paragraphEnd
                    let text = Self.joinedParagraph(texts[start..<index].map(\.trimmed))
                    // A bold question wrapped over two lines is still one bold line; a note after it is no part of it.
                    let bold = Self.withoutTrailingNote(text)
                    block = Block(kind: .paragraph, range: start..<index, text: Self.isBoldLine(bold) ? bold : text)
                    block.isBoldLine = Self.isBoldLine(bold)
                }
            }
            block.range = (block.range.lowerBound + offset)..<(block.range.upperBound + offset)
            block.depth = depth
            blocks.append(block)
        }
        Self.markOptions(&blocks)
        return blocks
    }

    /// Consecutive list items lettered A, B, C… in order are the options of a choice, whatever mark follows
    /// the letter: `- A: \`Lydia\`` is option A, not an answer label, when `- B: …` comes next.
    private static func markOptions(_ blocks: inout [Block]) {
        var index = 0
        while index < blocks.count {
            var end = index
            while end < blocks.count, blocks[end].isListItem, let letter = optionLetter(blocks[end].text),
                letter == optionLetter(at: end - index)
            {
                end += 1
            }
            if end - index >= 2 {
                for option in index..<end { blocks[option].isOption = true }
            }
            index = max(end, index + 1)
        }
    }

    private static func optionLetter(at position: Int) -> Character? {
        position < 6 ? Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(position))) : nil
    }

    private static func optionLetter(_ text: String) -> Character? {
        guard isOption(text), let letter = text.trimmed.first(where: { $0 != "(" }) else { return nil }
        return Character(letter.uppercased())
    }

    /// A list item: its first paragraph is its text, the lines indented under it are its children.
    private func isHeading(_ line: Int) -> Bool { headingLines?.contains(line) ?? true }

    private func listItem(_ texts: [String], at index: inout Int, marker: ListMarker, offset: Int, depth: Int) -> Block {
        let start = index
        let line = texts[index]
        var text = [marker.content(of: line)]
        index += 1
        // The first paragraph runs on over lines that start nothing, until a question mark ends it with no
        // option (`A.`) below it.
        while index < texts.count, !texts[index].trimmed.isEmpty, !Self.startsBlock(texts, at: index) {
            let asked = text.joined(separator: " ")
            if QuestionText.endsInQuestionMark(asked) || QuestionText.endsInQuestionAndInstruction(asked), !Self.isOption(texts[index]) {
                break
            }
            text.append(texts[index].trimmed)
            index += 1
        }
        let childStart = index
        while index < texts.count {
            if texts[index].trimmed.isEmpty {
                guard let next = Self.nextNonBlank(texts, from: index), Self.indentation(of: texts[next]) >= marker.childIndent
                else { break }
                index = next
            } else if Self.indentation(of: texts[index]) >= marker.childIndent {
                // A fence may open on a nested bullet's own line (`- ```bash`): its closing line is no opener.
                let line = texts[index]
                if let (fence, _) = MarkdownSyntax.fenceOpener(ListMarker(line).map { $0.content(of: line) } ?? line) {
                    index = Self.fenceEnd(texts, from: index, fence: fence)
                } else {
                    index += 1
                }
            } else {
                break
            }
        }
        var block = Block(
            kind: .listItem(ordered: marker.number != nil), range: start..<index,
            text: Self.joinedParagraph(text), number: marker.number)
        let children = texts[childStart..<index].map { Self.dedented($0, by: marker.childIndent) }
        block.children = parse(children, offset: offset + childStart, depth: depth + 1)
        return block
    }

    // MARK: Line tests

    static func startsTable(_ texts: [String], at index: Int) -> Bool {
        index + 1 < texts.count && PipeTableSyntax.isRow(texts[index]) && PipeTableSyntax.isSeparator(texts[index + 1])
    }

    /// Whether the line at `index` opens a block of its own and so ends the paragraph above it.
    static func startsBlock(_ texts: [String], at index: Int) -> Bool {
        let line = texts[index]
        return MarkdownSyntax.fenceOpener(line) != nil || MarkdownSyntax.heading(line) != nil
            || MarkdownSyntax.listItemHeading(line) != nil || DetailsBlock.opens(line) || startsTable(texts, at: index)
            || MarkdownSyntax.isRule(line) || ListMarker(line) != nil || line.trimmed.hasPrefix(">")
            || Annotations.match(line) != nil || ItemMarker.parse(line.trimmed) != nil || isBoldLine(line)
            || PageFurniture.isFurniture(line)
    }

    /// Where the answer under a `?` line at `separator` ends, if that line is one.
    private static func revealedAnswerEnd(_ texts: [String], separator: Int) -> Int? {
        guard separator < texts.count, isRevealSeparator(texts[separator]) else { return nil }
        var index = separator + 1
        while index < texts.count, !texts[index].trimmed.isEmpty, MarkdownSyntax.heading(texts[index]) == nil {
            if let (fence, _) = MarkdownSyntax.fenceOpener(texts[index]) {
                index = fenceEnd(texts, from: index, fence: fence)
            } else {
                index += 1
            }
        }
        return index
    }

    private static func paragraphEnd(_ texts: [String], from start: Int) -> Int {
        // A whole bold line is a paragraph of its own: collections put the answer right under it.
        if isBoldLine(texts[start]) { return start + 1 }
        var index = start + 1
        while index < texts.count, !texts[index].trimmed.isEmpty, !startsBlock(texts, at: index) {
            // "What is X?" on one line and the answer on the next, as web copies print them.
            if QuestionText.endsInQuestionMark(texts[index - 1]) || QuestionText.endsInQuestionAndInstruction(texts[index - 1]),
                !isOption(texts[index])
            {
                break
            }
            if isRevealSeparator(texts[index]) { break }
            index += 1
        }
        return index
    }

    /// `#python #basics`: tags and nothing else.
    static func isTagLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.count > 1 && $0.first == "#" && $0.dropFirst().first?.isLetter == true }
    }

    static func isRevealSeparator(_ line: String) -> Bool {
        line.count <= 4 && ["?", "??"].contains(line.trimmed)
    }

    /// A paragraph's lines as one text; the options of a multiple-choice question keep a line each.
    static func joinedParagraph(_ lines: [String]) -> String {
        var text = ""
        for line in lines where !line.isEmpty {
            if !text.isEmpty { text += isOption(line) ? "\n" : " " }
            text += line
        }
        return text
    }

    static func isBoldLine(_ line: String) -> Bool {
        let text = MarkdownSyntax.withoutHardBreak(withoutTrailingNote(line.trimmed))
        guard text.count > 4 else { return false }
        for mark in ["**", "__"] where text.hasPrefix(mark) && text.hasSuffix(mark) {
            return !text.dropFirst(2).dropLast(2).contains(mark)
        }
        return false
    }

    /// `**Why a B-tree?** (asked 80%)`, `**Q16: …?** ⭐ NEW` → the bold part: a short note after a bold line (how
    /// often it is asked, a source, a badge) decorates it and is no answer.
    static func withoutTrailingNote(_ line: String) -> String {
        guard line.hasPrefix("**") || line.hasPrefix("__"), let last = line.last, last != "*", last != "_",
            let close = line.range(of: String(line.prefix(2)), options: .backwards),
            line.distance(from: line.startIndex, to: close.lowerBound) > 2
        else { return line }
        let note = line[close.upperBound...].trimmed
        guard note.count <= 30, isNote(note) else { return line }
        return String(line[..<close.upperBound])
    }

    /// A bracketed remark, or badges (`⭐ NEW`, `🔥`) before one or alone: symbols and capitals, no sentence.
    private static func isNote(_ note: String) -> Bool {
        let badge = { (text: Substring) in text.allSatisfy { !$0.isLetter && !$0.isNumber || $0.isASCII && $0.isUppercase } }
        let openers: [Character: Character] = [")": "(", "）": "（", "]": "[", "】": "【"]
        if let last = note.last, let opener = openers[last] {
            guard let open = note.lastIndex(of: opener) else { return false }
            return badge(note[..<open])
        }
        return badge(Substring(note)) && note.contains { !$0.isLetter && !$0.isWhitespace }
    }

    /// The title of an Obsidian or GitHub callout's first line (`[!question]- Why X?`, `[!faq]+ …`); a
    /// callout without one is named by its type (`[!answer]` → `answer`). Nil for any other line.
    static func calloutTitle(_ line: String) -> String? {
        guard let type = calloutType(line), let close = line.firstIndex(of: "]") else { return nil }
        let title = line[line.index(after: close)...].drop(while: { $0 == "-" || $0 == "+" }).trimmed
        return title.isEmpty ? type : title
    }

    /// The type of a callout's first line (`[!question]- …` → `question`), nil for any other line.
    static func calloutType(_ line: String) -> String? {
        guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
        let type = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return String(type)
    }

    /// `A. …`, `b) …`, `(c) …`: an option of a multiple-choice question.
    static func isOption(_ line: String) -> Bool {
        var text = Substring(line.trimmed)
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        if text.hasPrefix("(") { text = text.dropFirst() }
        guard let letter = text.first, "ABCDEFabcdef".contains(letter), let mark = text.dropFirst().first else { return false }
        return ".)、．:".contains(mark)
    }

    /// The indentation every non-blank line of `lines` shares.
    static func commonIndentation(_ lines: ArraySlice<String>) -> Int {
        lines.lazy.filter { $0.contains { !$0.isWhitespace } }.map(indentation).min() ?? 0
    }

    static func indentation(of line: String) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }

    static func dedented(_ line: String, by width: Int) -> String {
        var removed = 0
        var rest = Substring(line)
        while removed < width, let first = rest.first, first == " " || first == "\t" {
            removed += first == "\t" ? 4 : 1
            rest = rest.dropFirst()
        }
        return String(rest)
    }

    private static func nextNonBlank(_ texts: [String], from index: Int) -> Int? {
        texts[index...].firstIndex { !$0.trimmed.isEmpty }
    }

    /// The index after a fenced block opened at `start`; an unclosed fence runs to the end.
    private static func fenceEnd(_ texts: [String], from start: Int, fence: String) -> Int {
        var index = start + 1
        while index < texts.count {
            let text = texts[index].trimmed
            index += 1
            if text.hasPrefix(fence), text.allSatisfy({ $0 == fence.first }) { break }
        }
        return index
    }
}
