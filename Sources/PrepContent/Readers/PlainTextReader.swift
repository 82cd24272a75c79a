import Foundation

/// Text copied from a browser, a word processor or a PDF, turned into outline lines the one block grammar
/// reads: numbered headings (glued to the line before or not) become headings, bullets (`•`, ``, `o`
/// and a tab) list items, runs of unfenced code fenced, a table of contents, repeated page headers and page
/// numbers dropped.
enum PlainTextReader {
    /// A piece of a physical line: the whole line, or one side of a run-in heading or question.
    struct Segment {
        var text: String
        var line: Int
        var column: Int
        var heading: Heading?
    }

    static func outline(_ lines: [String]) -> Outline {
        let segments = withQuestionNumbersRejoined(segments(of: lines))
        let contents = tableOfContents(segments)
        let pageFurniture = repeatedPageLines(lines)
        var texts: [String] = []
        var numbers: [Int] = []
        var headingLines = Set<Int>()
        func emit(_ text: String, _ line: Int) {
            texts.append(text)
            numbers.append(line)
        }
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            if let heading = segment.heading {
                if !contents.contains(index) {
                    headingLines.insert(texts.count)
                    let number = heading.number.map { "\($0). " } ?? ""
                    emit(String(repeating: "#", count: min(heading.level, 6)) + " " + number + heading.title, segment.line)
                }
                index += 1
                continue
            }
            let trimmed = segment.text.trimmed
            if pageFurniture.contains(trimmed) || isPageNumber(trimmed) {
                index += 1
            } else if !trimmed.isEmpty, CodeLineClassifier.isCode(trimmed), !PipeTableSyntax.isRow(trimmed),
                !ItemMarker.opensQuestion(trimmed)
            {
                index = emitCode(segments, from: index, emit)
            } else {
                emit(listLine(segment.text), segment.line)
                index += 1
            }
        }
        let title = lines.first(where: { !$0.trimmed.isEmpty })?.trimmed
        return Outline(
            lines: texts, lineNumbers: numbers, blocks: OutlineReader.blocks(of: texts, headingLines: headingLines),
            frontMatter: FrontMatter(title: title, tags: [], lineCount: 0), isPlainCopy: true)
    }

    /// `Q4. What is a key?` is a numbered question, not a `4.` heading glued to a stray `Q`.
    private static func withQuestionNumbersRejoined(_ segments: [Segment]) -> [Segment] {
        var joined: [Segment] = []
        for segment in segments {
            if segment.heading != nil, let previous = joined.last, previous.line == segment.line, previous.heading == nil,
                ["Q", "q"].contains(previous.text.trimmed)
            {
                joined[joined.count - 1].text += segment.text
                continue
            }
            joined.append(segment)
        }
        return joined
    }

    /// A run of code lines, fenced; a docstring's lines count as code whatever they say. Prose glued to the
    /// end of a code line goes on a line of its own after the fence.
    private static func emitCode(_ segments: [Segment], from start: Int, _ emit: (String, Int) -> Void) -> Int {
        var index = start
        var body: [Segment] = []
        var tail: Segment?
        var inDocstring = false
        while index < segments.count, segments[index].heading == nil {
            let segment = segments[index]
            let text = segment.text.trimmed
            let quotes = text.components(separatedBy: "\"\"\"").count - 1 + text.components(separatedBy: "\'\'\'").count - 1
            // A table or a question ends code even inside a docstring, so an unclosed `"""` cannot swallow them.
            if PipeTableSyntax.isRow(text) || ItemMarker.opensQuestion(text) { break }
            guard inDocstring || quotes > 0 || CodeLineClassifier.isCode(text) else { break }
            if quotes % 2 == 1 { inDocstring.toggle() }
            index += 1
            if !inDocstring, quotes == 0, !CodeLineClassifier.isFlowDiagram(text),
                let cut = CodeLineClassifier.proseTail(in: segment.text)
            {
                body.append(Segment(text: String(segment.text[..<cut]), line: segment.line, column: segment.column))
                tail = Segment(text: String(segment.text[cut...]), line: segment.line, column: segment.column)
                break
            }
            body.append(segment)
        }
        let diagram = body.allSatisfy { CodeLineClassifier.isDiagram($0.text.trimmed) }
        emit(diagram ? "```diagram" : "```", body[0].line)
        for segment in body { emit(segment.text, segment.line) }
        emit("```", body[body.count - 1].line)
        if let tail { emit(tail.text, tail.line) }
        return index
    }

    /// Bullets of word processors and PDFs as markdown list items; `3.1<TAB>` numbering as `3.1.`.
    static func listLine(_ line: String) -> String {
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" })
        let body = line.dropFirst(indent.count)
        guard let first = body.first else { return line }
        let afterFirst = body.dropFirst()
        // `• # is the symbol…`: a bullet whose text starts like a heading stays as written, or it would become one.
        // Every bullet is outside ASCII: an ASCII first character skips the walk over their list.
        if !first.isASCII, "•\u{F0B7}\u{F0A7}▪●◦‣–".contains(first), afterFirst.first == " " || afterFirst.first == "\t" {
            return afterFirst.trimmed.hasPrefix("#") ? line : indent + "- " + literalMarker(afterFirst.trimmed)
        }
        // Word's second-level bullet is a letter o and a tab.
        if first == "o", afterFirst.first == "\t" {
            return afterFirst.trimmed.hasPrefix("#") ? line : indent + "    - " + literalMarker(afterFirst.trimmed)
        }
        let numbering = body.prefix(while: { $0.isASCIIDigit || $0 == "." })
        if numbering.first?.isASCIIDigit == true, body.dropFirst(numbering.count).first == "\t" {
            let number = numbering.hasSuffix(".") ? String(numbering) : numbering + "."
            return indent + number + " " + body.dropFirst(numbering.count).trimmed
        }
        return line
    }

    /// `o<TAB>* Example` in notes about markdown: the bullet's text opens with a list marker it shows, kept as code
    /// so it is not read as a list inside the list.
    private static func literalMarker(_ text: String) -> String {
        guard let first = text.first, "-*+–•".contains(first), text.dropFirst().first == " " else { return text }
        return "`\(first)`" + text.dropFirst()
    }

    /// Short lines printed on every page of a PDF (its title, a site name): seen three times or more.
    private static func repeatedPageLines(_ lines: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        for line in lines {
            let text = line.trimmed
            guard !text.isEmpty, text.count <= 60, text.contains(where: \.isLetter), !CodeLineClassifier.isCode(text),
                !PipeTableSyntax.isRow(text), ItemMarker.parse(text) == nil, MarkdownSyntax.label(text) == nil
            else { continue }
            counts[text, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= 3 && !$0.key.hasSuffix("?") && !$0.key.hasSuffix("？") }.keys)
    }

    /// `12`, `Page 3 of 23`, `- 4 -`, `第 5 页`: a page number, not text.
    static func isPageNumber(_ text: String) -> Bool {
        let stripped = text.filter { !"-–— ".contains($0) }
        if !stripped.isEmpty, stripped.count <= 4, stripped.allSatisfy(\.isASCIIDigit) { return true }
        let lowered = text.lowercased()
        guard text.count <= 24, lowered.contains(where: \.isASCIIDigit) else { return false }
        return lowered.hasPrefix("page ") || lowered.hasPrefix("第") && (lowered.hasSuffix("页") || lowered.hasSuffix("頁"))
    }

    /// Segments of a table of contents: a run of numbered headings with nothing between them, each of
    /// which comes again, with its body, further down.
    private static func tableOfContents(_ segments: [Segment]) -> Set<Int> {
        var entries = Set<Int>()
        for (index, segment) in segments.enumerated() {
            guard let heading = segment.heading, heading.number != nil else { continue }
            let next = segments[(index + 1)...].first { !$0.text.trimmed.isEmpty }
            guard next?.heading != nil else { continue }
            let comesAgain = segments[(index + 1)...].contains { $0.heading?.title == heading.title && $0.heading?.number == heading.number }
            if comesAgain { entries.insert(index) }
        }
        return entries
    }
}

extension PlainTextReader {
    /// Cuts lines before every run-in heading and run-in question (`…("OK")Q4: …`), so each starts a segment.
    static func segments(of lines: [String]) -> [Segment] {
        var sequence = NumberedHeadingSequence()
        var lastQuestion = 0
        var segments: [Segment] = []
        for (offset, line) in lines.enumerated() {
            let lineNumber = offset + 1
            if NumberedHeadingSequence.unnumberedTitles.contains(line.trimmed) {
                let heading = Heading(number: nil, title: line.trimmed, level: 1, line: lineNumber)
                segments.append(Segment(text: line, line: lineNumber, column: 1, heading: heading))
                continue
            }
            var rest = Substring(line)
            var column = 1
            while true {
                let contentStart = rest.firstIndex(where: { !$0.isWhitespace }) ?? rest.endIndex
                let heading = sequence.nextHeading(in: rest)
                let nextLine = offset + 1 < lines.count ? lines[offset + 1] : ""
                let question = [
                    runInQuestion(in: rest, after: lastQuestion), runInMarkedQuestion(in: rest, above: nextLine),
                    runInAnswer(in: rest),
                ].compactMap { $0 }.min()
                let split = [heading?.start, question].compactMap { $0 }.min()
                if let heading, heading.start == contentStart {
                    let level = heading.level
                    segments.append(
                        Segment(
                            text: String(rest), line: lineNumber, column: column,
                            heading: Heading(
                                number: heading.number, title: heading.title, level: level, line: lineNumber)))
                    sequence.advance(past: heading)
                    break
                }
                guard let split, split > contentStart else {
                    segments.append(Segment(text: String(rest), line: lineNumber, column: column))
                    if case .question(let number?)? = ItemMarker.parse(rest.trimmed)?.marker, let value = Int(number) {
                        lastQuestion = value
                    }
                    break
                }
                segments.append(Segment(text: String(rest[..<split]), line: lineNumber, column: column))
                column += rest.distance(from: rest.startIndex, to: split)
                rest = rest[split...]
            }
        }
        return segments
    }

    /// A marked question glued to the end of a sentence (`…最後一句。延伸問題:為什麼不直接用 runserver?`) whose
    /// answer marker opens the next line.
    private static func runInMarkedQuestion(in text: Substring, above nextLine: String) -> String.Index? {
        let answerBelow = ItemMarker.opensAnswer(nextLine.trimmed)
        var position = text.startIndex
        while position < text.endIndex {
            let character = text[position]
            let next = text.index(after: position)
            if "。！？.!?；;）)".contains(character), next < text.endIndex,
                case (.question, let question)? = ItemMarker.parse(text[next...].trimmed),
                answerBelow && QuestionText.endsInQuestionMark(question) || runInAnswer(in: text[next...]) != nil
            {
                return next
            }
            position = next
        }
        return nil
    }

    /// An answer marker glued to the question it answers, as squashed copies print them (`問:…?答:…`).
    private static func runInAnswer(in text: Substring) -> String.Index? {
        guard ItemMarker.opensQuestion(text.trimmed) else { return nil }
        var position = text.startIndex
        while let mark = text[position...].firstIndex(where: { $0 == "?" || $0 == "？" }) {
            let after = text.index(after: mark)
            let start = text[after...].firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
            if start < text.endIndex, ItemMarker.opensAnswer(text[start...]) { return start }
            position = after
        }
        return nil
    }

    /// `Q<n+1>:` glued to the end of a line (`return HttpResponse("OK")Q4:`), once questions are numbered.
    private static func runInQuestion(in text: Substring, after lastQuestion: Int) -> String.Index? {
        guard lastQuestion > 0 else { return nil }
        let marker = "Q\(lastQuestion + 1):"
        var searchStart = text.startIndex
        while let found = text[searchStart...].range(of: marker) {
            if found.lowerBound > text.startIndex {
                let previous = text[text.index(before: found.lowerBound)]
                if !previous.isWhitespace, !(previous.isASCII && (previous.isLetter || previous.isNumber)) {
                    return found.lowerBound
                }
            }
            searchStart = found.upperBound
        }
        return nil
    }
}
