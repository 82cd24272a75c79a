import Foundation

/// Reads a plain article copied from the web as it is: numbered headings (possibly glued to the previous
/// line), unfenced code with prose running into its last line, pipe tables and `Q1:` / `答案:` items.
struct PlainArticleParser {
    /// A piece of a physical line: the whole line, or one side of a run-in heading or question.
    struct Segment {
        var text: String
        var line: Int
        var column: Int
        var heading: Heading?
    }

    private var segments: [Segment]
    private(set) var builder: CardBuilder
    private(set) var title: String?
    private(set) var headings: [Heading] = []
    private(set) var tables: [ComparisonTable] = []
    private(set) var qa: [QAItem] = []
    private(set) var codeBlocks: [CodeBlock] = []

    private var sections: [(level: Int, title: String)] = []
    /// The heading, label or question just above the next table.
    private var caption: String?
    /// Heading levels where most numbered headings ask: there a heading that starts like a question
    /// ("Explain …", "Difference between …", "如何…") is one even without its question mark. In an article
    /// whose chapters only now and then start with "When" or "何時" they stay chapters.
    private let askingLevels: Set<Int>
    /// Segments of a table of contents: a run of numbered headings with nothing between them, each of
    /// which comes again, with its body, further down.
    private let tableOfContents: Set<Int>

    init(lines: [String], builder: CardBuilder) {
        let segments = Self.segments(of: lines)
        self.segments = segments
        self.builder = builder
        self.title = lines.first(where: { !$0.trimmed.isEmpty })?.trimmed
        askingLevels = Self.askingLevels(segments)
        tableOfContents = Self.tableOfContents(segments)
    }

    private static func askingLevels(_ segments: [Segment]) -> Set<Int> {
        let numbered = segments.compactMap(\.heading).filter { $0.number != nil }
        let byLevel = Dictionary(grouping: numbered, by: \.level)
        return Set(byLevel.compactMap { level, headings in
            let asking = headings.count { QuestionText.soundsLikeQuestion($0.title) }
            return headings.count >= 3 && asking * 3 >= headings.count * 2 ? level : nil
        })
    }

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

    private var sectionPath: [String] { sections.map(\.title) }
    private var sectionTitle: String { sections.last?.title ?? title ?? "" }

    mutating func parse() {
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            if let heading = segment.heading {
                headings.append(heading)
                sections.removeAll { $0.level >= heading.level }
                if tableOfContents.contains(index) {
                    index += 1
                    continue
                }
                if QuestionText.endsInQuestionMark(heading.title)
                    || askingLevels.contains(heading.level) && QuestionText.soundsLikeQuestion(heading.title)
                {
                    parseQuestion(at: index, number: heading.number, question: heading.title)
                    caption = heading.title
                    index += 1
                    continue
                }
                sections.append((heading.level, heading.title))
                caption = heading.title
                index += 1
                continue
            }
            let text = segment.text.trimmed
            if text.isEmpty {
                index += 1
            } else if startsTable(at: index) {
                index = parseTable(at: index)
                caption = nil
            } else if let (marker, rest) = ItemMarker.parse(text), case .question(let number) = marker {
                parseQuestion(at: index, number: number, question: rest)
                caption = rest
                index += 1
            } else if case .answer? = ItemMarker.parse(text)?.marker {
                // The answer marker sits between a question and the table that answers it: the question
                // stays the caption.
                index += 1
            } else if CodeLineClassifier.isCode(text) {
                index = parseCode(at: index)
                caption = nil
            } else {
                caption = MarkdownParser.caption(text)
                index += 1
            }
        }
    }

    private func startsTable(at index: Int) -> Bool {
        index + 1 < segments.count && segments[index + 1].heading == nil
            && PipeTableSyntax.isRow(segments[index].text) && PipeTableSyntax.isSeparator(segments[index + 1].text)
    }

    private mutating func parseTable(at start: Int) -> Int {
        var index = start + 2
        var rows: [TableSource.Row] = []
        while index < segments.count, segments[index].heading == nil, PipeTableSyntax.isRow(segments[index].text) {
            let segment = segments[index]
            let indent = segment.text.prefix(while: { $0.isWhitespace }).count
            rows.append(TableSource.Row(text: segment.text, line: segment.line, column: segment.column + indent))
            index += 1
        }
        let source = TableSource(
            header: PipeTableSyntax.cells(segments[start].text), line: segments[start].line, rows: rows,
            section: sectionTitle, sectionPath: sectionPath, caption: caption ?? sectionTitle)
        let table = builder.addTable(source)
        tables.append(table)
        qa += QAItem.rows(of: table)
        return index
    }

    /// The answer runs from `答案:` (or straight after the question) to the next question, heading or piece
    /// of page furniture (`相关推荐`, `Share this`); tables
    /// and code inside it are also read on their own as the walk continues.
    private mutating func parseQuestion(at start: Int, number: String?, question: String) {
        var answer: [String] = []
        var index = start + 1
        while index < segments.count, segments[index].heading == nil {
            let text = segments[index].text
            let marker = ItemMarker.parse(text.trimmed)
            if case .question? = marker?.marker { break }
            if PageFurniture.isFurniture(text) { break }
            if answer.isEmpty, case (.answer, let rest)? = marker {
                if !rest.isEmpty { answer.append(rest) }
            } else {
                answer.append(text)
            }
            index += 1
        }
        let answerText = MarkdownSyntax.joinBlock(answer)
        let segment = segments[start]
        guard !answerText.isEmpty else {
            builder.report(
                ContentDiagnostic(
                    .error, at: builder.location(line: segment.line, column: segment.column), .questionHasNoAnswer))
            return
        }
        qa.append(QAItem(number: number, question: question, answer: answerText, line: segment.line))
        builder.addQuestion(
            question, answer: answerText, sectionPath: sectionPath, annotations: Annotations(), line: segment.line)
    }

    private func startsQuestion(_ text: String) -> Bool {
        if case .question? = ItemMarker.parse(text)?.marker { return true }
        return false
    }

    /// A run of code lines; a docstring's lines count as code whatever they say. Prose glued to the end of a
    /// code line is cut off into its own segment, which ends the block.
    private mutating func parseCode(at start: Int) -> Int {
        var index = start
        var body: [String] = []
        var inDocstring = false
        var allDiagram = true
        while index < segments.count, segments[index].heading == nil {
            let segment = segments[index]
            let text = segment.text.trimmed
            let docstringQuotes =
                text.components(separatedBy: "\"\"\"").count - 1 + text.components(separatedBy: "'''").count - 1
            // A table or a question ends code even inside a docstring, so an unclosed `"""` cannot swallow them.
            if PipeTableSyntax.isRow(text) || startsQuestion(text) { break }
            guard inDocstring || docstringQuotes > 0 || CodeLineClassifier.isCode(text) else { break }
            if docstringQuotes % 2 == 1 { inDocstring.toggle() }
            allDiagram = allDiagram && CodeLineClassifier.isDiagram(text)
            if !inDocstring, docstringQuotes == 0, !CodeLineClassifier.isFlowDiagram(text),
                let tail = CodeLineClassifier.proseTail(in: segment.text)
            {
                body.append(String(segment.text[..<tail]))
                segments[index].column += segment.text.distance(from: segment.text.startIndex, to: tail)
                segments[index].text = String(segment.text[tail...])
                codeBlocks.append(
                    CodeBlock(
                        language: nil, startLine: segments[start].line, endLine: segment.line,
                        text: body.joined(separator: "\n")))
                return index
            }
            body.append(segment.text)
            index += 1
        }
        codeBlocks.append(
            CodeBlock(
                language: allDiagram ? "diagram" : nil, startLine: segments[start].line,
                endLine: segments[index - 1].line, text: body.joined(separator: "\n")))
        return index
    }
}

extension PlainArticleParser {
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
