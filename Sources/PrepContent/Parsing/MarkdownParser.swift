/// Reads prep markdown (content/FORMAT.md): headings, Q&A, cloze, claims, pipe tables, fenced code, annotations.
struct MarkdownParser {
    private let lines: [String]
    private(set) var builder: CardBuilder
    private(set) var title: String?
    private(set) var headings: [Heading] = []
    private(set) var tables: [ComparisonTable] = []
    private(set) var qa: [QAItem] = []
    private(set) var codeBlocks: [CodeBlock] = []

    private var index = 0
    /// Titles of the open `##`, `###`… headings: the section path that keys are derived from.
    private var sections: [(level: Int, title: String)] = []
    /// The heading or `label:` line above the next table, if nothing else came in between.
    private var caption: String?

    init(lines: [String], builder: CardBuilder) {
        self.lines = lines
        self.builder = builder
    }

    private var sectionPath: [String] { sections.map(\.title) }
    private var sectionTitle: String { sections.last?.title ?? title ?? "" }

    mutating func parse() {
        while index < lines.count {
            let line = lines[index]
            if line.trimmed.isEmpty {
                index += 1
            } else if Self.fenceOpener(line) != nil {
                _ = consumeFence()
                caption = nil
            } else if let (level, text) = Self.heading(line) {
                parseHeading(level: level, text: text)
            } else if startsTable(at: index) {
                parseTable()
            } else if let (marker, rest) = ItemMarker.parse(line) {
                parseItem(marker, rest: rest)
            } else if let (name, _, _) = Annotations.match(line) {
                builder.report(
                    ContentDiagnostic(
                        .warning, at: builder.location(line: index + 1),
                        "'\(name):' does not follow an item and is ignored"))
                index += 1
            } else {
                caption = Self.label(line)
                index += 1
            }
        }
    }

    // MARK: Blocks

    private mutating func parseHeading(level: Int, text: String) {
        let line = index + 1
        index += 1
        let (number, headingTitle) = Self.splitNumber(text)
        headings.append(Heading(number: number, title: headingTitle, level: level, line: line))
        if level == 1, title == nil {
            title = headingTitle
            caption = headingTitle
            return
        }
        sections.removeAll { $0.level >= level }
        // Only a heading that asks (ends in ? or ？) is a question section; `### Q2: when to migrate`
        // is a section title that happens to be numbered like a question.
        if case (.question(let questionNumber), let question)? = ItemMarker.parse(text),
            question.hasSuffix("?") || question.hasSuffix("？")
        {
            parseQuestionSection(number: questionNumber, question: question, line: line)
            return
        }
        if level >= 2 { sections.append((level, headingTitle)) }
        caption = headingTitle
    }

    /// `## Q: question?` sections: the body up to the next heading is the answer.
    private mutating func parseQuestionSection(number: String?, question: String, line: Int) {
        var annotations = Annotations()
        var answer: [String] = []
        while index < lines.count, Self.heading(lines[index]) == nil {
            if Self.fenceOpener(lines[index]) != nil {
                answer += consumeFence()
            } else if Annotations.match(lines[index]) != nil {
                if let problem = annotations.apply(lines[index], at: builder.location(line: index + 1)) {
                    builder.report(problem)
                }
                index += 1
            } else {
                answer.append(lines[index])
                index += 1
            }
        }
        finishQuestion(number: number, question: question, answer: answer, annotations: annotations, line: line)
        caption = nil
    }

    private mutating func parseItem(_ marker: ItemMarker, rest: String) {
        let line = index + 1
        index += 1
        caption = nil
        switch marker {
        case .question(let number):
            let question = ([rest] + consumeParagraph()).filter { !$0.isEmpty }.joined(separator: " ")
            var answer: [String]?
            if index < lines.count, case (.answer, let first)? = ItemMarker.parse(lines[index]) {
                index += 1
                answer = [first] + consumeAnswerBody()
            }
            let annotations = consumeAnnotations()
            guard let answer else {
                builder.report(ContentDiagnostic(.error, at: builder.location(line: line), "question has no answer"))
                return
            }
            finishQuestion(number: number, question: question, answer: answer, annotations: annotations, line: line)
        case .answer:
            builder.report(
                ContentDiagnostic(
                    .error, at: builder.location(line: line), "answer does not follow a question"))
            _ = consumeAnswerBody()
            _ = consumeAnnotations()
        case .cloze:
            let source = ([rest] + consumeParagraph()).joined(separator: " ").trimmed
            let annotations = consumeAnnotations()
            guard let cloze = ClozeText(source) else {
                builder.report(
                    ContentDiagnostic(
                        .error, at: builder.location(line: line),
                        "cloze has no deletion; mark one with [text] or {{c1::text}}"))
                return
            }
            builder.addCloze(cloze, source: source, sectionPath: sectionPath, annotations: annotations, line: line)
        case .claim:
            let statement = ([rest] + consumeParagraph()).joined(separator: " ").trimmed
            let annotations = consumeAnnotations()
            guard let verdict = annotations.verdict else {
                // An unreadable verdict has already been reported where it was written.
                if !annotations.hasVerdictLine {
                    builder.report(
                        ContentDiagnostic(
                            .error, at: builder.location(line: line),
                            "claim has no verdict; add 'verdict: true|false|misleading|depends — why'"))
                }
                return
            }
            builder.addClaim(
                statement, sectionPath: sectionPath, annotations: annotations, verdict: verdict, line: line)
        }
    }

    private mutating func finishQuestion(
        number: String?, question: String, answer: [String], annotations: Annotations, line: Int
    ) {
        let answerText = Self.joinBlock(answer)
        guard !answerText.isEmpty else {
            builder.report(ContentDiagnostic(.error, at: builder.location(line: line), "question has no answer"))
            return
        }
        qa.append(QAItem(number: number, question: question, answer: answerText, line: line))
        builder.addQuestion(
            question, answer: answerText, sectionPath: sectionPath, annotations: annotations, line: line)
    }

    private func startsTable(at position: Int) -> Bool {
        position + 1 < lines.count && PipeTableSyntax.isRow(lines[position])
            && PipeTableSyntax.isSeparator(lines[position + 1])
    }

    private mutating func parseTable() {
        let line = index + 1
        let header = PipeTableSyntax.cells(lines[index])
        index += 2
        var rows: [TableSource.Row] = []
        while index < lines.count, PipeTableSyntax.isRow(lines[index]) {
            let text = lines[index]
            let column = text.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
            rows.append(TableSource.Row(text: text, line: index + 1, column: column))
            index += 1
        }
        var source = TableSource(
            header: header, line: line, rows: rows, section: sectionTitle, sectionPath: sectionPath,
            caption: caption ?? sectionTitle)
        source.annotations = consumeAnnotations()
        tables.append(builder.addTable(source))
        caption = nil
    }

    // MARK: Line runs

    /// Continuation lines of an item's first paragraph, up to a blank line, item, heading, table, fence or annotation.
    private mutating func consumeParagraph() -> [String] {
        var collected: [String] = []
        while index < lines.count, !endsRun(at: index) {
            collected.append(lines[index].trimmed)
            index += 1
        }
        return collected
    }

    /// An answer's lines: up to a blank line, the next item, a heading, a table or an annotation;
    /// fenced code inside it is kept whole, blank lines and all.
    private mutating func consumeAnswerBody() -> [String] {
        var collected: [String] = []
        while index < lines.count {
            if Self.fenceOpener(lines[index]) != nil {
                collected += consumeFence()
            } else if endsRun(at: index) {
                break
            } else {
                collected.append(lines[index])
                index += 1
            }
        }
        return collected
    }

    private func endsRun(at position: Int) -> Bool {
        let line = lines[position]
        return line.trimmed.isEmpty || Self.heading(line) != nil || Self.fenceOpener(line) != nil
            || ItemMarker.parse(line) != nil || Annotations.match(line) != nil || startsTable(at: position)
    }

    /// The `name: value` lines directly below an item or table.
    private mutating func consumeAnnotations() -> Annotations {
        var annotations = Annotations()
        while index < lines.count, Annotations.match(lines[index]) != nil {
            if let problem = annotations.apply(lines[index], at: builder.location(line: index + 1)) {
                builder.report(problem)
            }
            index += 1
        }
        return annotations
    }

    /// The lines of a fenced block including its fences; records the code. An unclosed fence runs to the end.
    private mutating func consumeFence() -> [String] {
        let start = index
        let opener = lines[index]
        guard let (fence, language) = Self.fenceOpener(opener) else { return [] }
        index += 1
        var body: [String] = []
        var closed = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.trimmed.hasPrefix(fence), line.trimmed.allSatisfy({ $0 == fence.first }) {
                closed = true
                break
            }
            body.append(line)
        }
        if !closed {
            builder.report(
                ContentDiagnostic(
                    .warning, at: builder.location(line: start + 1),
                    "code fence is never closed; it runs to the end of the file"))
        }
        codeBlocks.append(
            CodeBlock(
                language: language, startLine: start + 1, endLine: index, text: body.joined(separator: "\n")))
        return Array(lines[start..<index])
    }

    // MARK: Line syntax

    /// "```swift" → ("```", "swift"); fences of three or more backticks or tildes.
    static func fenceOpener(_ line: String) -> (fence: String, language: String?)? {
        let trimmed = line.trimmed
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let fence = String(trimmed.prefix(while: { $0 == first }))
        guard fence.count >= 3 else { return nil }
        let info = trimmed.dropFirst(fence.count).trimmed
        return (fence, info.isEmpty ? nil : String(info.prefix(while: { !$0.isWhitespace })))
    }

    /// `## Title ##` → (2, "Title"); needs the space after the hashes, as CommonMark does.
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmed
        while text.hasSuffix("#") { text.removeLast() }
        return (level, text.trimmed)
    }

    /// "1.2 Title" / "3. Title" → ("1.2", "Title"); the number without its trailing dot.
    static func splitNumber(_ text: String) -> (number: String?, title: String) {
        let numbering = text.prefix(while: { $0.isASCIIDigit || $0 == "." })
        guard let first = numbering.first, first.isASCIIDigit,
            text.dropFirst(numbering.count).first?.isWhitespace == true
        else { return (nil, text) }
        var number = String(numbering)
        while number.hasSuffix(".") { number.removeLast() }
        return (number, text.dropFirst(numbering.count).trimmed)
    }

    /// A caption line: `Core differences:` or `label: Core differences`.
    static func label(_ line: String) -> String? {
        let trimmed = line.trimmed
        if trimmed.hasPrefix("label:") { return trimmed.dropFirst("label:".count).trimmed }
        guard trimmed.hasSuffix(":") || trimmed.hasSuffix("："), trimmed.count > 1 else { return nil }
        return String(trimmed.dropLast()).trimmed
    }

    /// Block text without surrounding blank lines; inner lines keep their indentation.
    static func joinBlock(_ lines: [String]) -> String {
        let body = lines.drop(while: { $0.trimmed.isEmpty }).reversed().drop(while: { $0.trimmed.isEmpty }).reversed()
        return body.map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }.joined(separator: "\n")
    }
}
