/// Reads markdown: prep's own (content/FORMAT.md: Q&A, cloze, claims, tables, annotations) and the layouts of
/// interview-question collections (question headings, list-item headings, `<details>`, bold questions,
/// front matter). Block syntax lives in `MarkdownSyntax`, question wording in `QuestionText` and `ItemMarker`.
struct MarkdownParser {
    let lines: [String]
    var builder: CardBuilder
    private(set) var title: String?
    private(set) var headings: [Heading] = []
    private(set) var tables: [ComparisonTable] = []
    private(set) var qa: [QAItem] = []
    private(set) var codeBlocks: [CodeBlock] = []

    var index = 0
    /// Titles of the open `##`, `###`… headings: the section path that keys are derived from.
    var sections: [(level: Int, title: String)] = []
    /// The heading or `label:` line above the next table, if nothing else came in between.
    var caption: String?
    /// Prose lines since the last heading or item: the question of a `<details><summary>Answer</summary>`.
    var pendingProse: [String] = []
    /// Heading levels where at least two headings are numbered: there a numbered heading that starts like
    /// a question asks even without a question mark.
    let numberedLevels: Set<Int>
    private var sawTitleHeading = false

    init(lines: [String], builder: CardBuilder) {
        self.lines = lines
        self.builder = builder
        self.numberedLevels = Self.numberedLevels(in: lines)
        if let matter = FrontMatter.read(lines) {
            index = matter.lineCount
            title = matter.title
            self.builder.fileTags = matter.tags
        }
    }

    var sectionPath: [String] { sections.map(\.title) }
    var sectionTitle: String { sections.last?.title ?? title ?? "" }

    mutating func parse() {
        while index < lines.count {
            let line = lines[index]
            if line.trimmed.isEmpty {
                index += 1
            } else if MarkdownSyntax.fenceOpener(line) != nil {
                _ = consumeFence()
                caption = nil
            } else if let (level, text) = MarkdownSyntax.heading(line) {
                parseHeading(level: level, text: text, indent: 0)
            } else if let item = MarkdownSyntax.listItemHeading(line) {
                parseHeading(level: item.level, text: item.text, indent: item.indent, listNumber: item.number)
            } else if DetailsBlock.opens(line) {
                parseDetails()
            } else if startsTable(at: index) {
                index = parseTable(at: index)
                caption = nil
            } else if let (marker, rest) = Self.itemMarker(line) {
                parseItem(marker, rest: rest)
            } else if let bold = Self.boldQuestion(line) {
                parseBoldQuestion(bold)
            } else if let inline = Self.inlineBoldQuestion(line) {
                parseInlineBoldQuestion(inline)
            } else if let item = Self.listQuestion(line), indentedBlockFollows(index, indent: item.indent) {
                parseListQuestion(item)
            } else if let (name, _, _) = Annotations.match(line) {
                builder.report(
                    ContentDiagnostic(
                        .warning, at: builder.location(line: index + 1),
                        .strayAnnotation(name: name)))
                index += 1
            } else if line.has("<"), MarkdownSyntax.withoutTags(line).isEmpty {
                // Layout-only HTML (`</details>`, `<p align="center">`) is no prose.
                index += 1
            } else {
                caption = Self.caption(line)
                if !MarkdownSyntax.isRule(line) { pendingProse.append(line.trimmed) }
                index += 1
            }
        }
    }

    // MARK: Headings

    private mutating func parseHeading(level: Int, text: String, indent: Int, listNumber: String? = nil) {
        let line = index + 1
        index += 1
        pendingProse = []
        let (number, headingTitle) = MarkdownSyntax.splitNumber(text)
        headings.append(Heading(number: number ?? listNumber, title: headingTitle, level: level, line: line))
        if let (questionNumber, question) = askingHeading(level: level, text: text, listNumber: listNumber),
            !sectionHasOwnItems()
        {
            if level == 1, title == nil { sawTitleHeading = true }
            sections.removeAll { $0.level >= level }
            parseQuestionSection(number: questionNumber, question: question, level: level, indent: indent, line: line)
            return
        }
        if level == 1, !sawTitleHeading {
            sawTitleHeading = true
            if title == nil { title = headingTitle }
            caption = QuestionText.withoutLeadingSymbols(headingTitle)
            return
        }
        sections.removeAll { $0.level >= level }
        if level >= 2 { sections.append((level, headingTitle)) }
        // A table is named without the emoji that decorates its heading (`## 🧪 比較`).
        caption = QuestionText.withoutLeadingSymbols(headingTitle)
    }

    /// The question a heading asks, with its number, or nil for a section title. `## Q: …?` and any heading
    /// ending in `?` ask; so does a numbered heading that starts like a question where its level is numbered.
    func askingHeading(level: Int, text: String, listNumber: String?) -> (number: String?, question: String)? {
        let (number, question) = Self.questionParts(text)
        guard !question.isEmpty else { return nil }
        if QuestionText.endsInQuestionMark(question) { return (number ?? listNumber, question) }
        guard number != nil || listNumber != nil, numberedLevels.contains(level),
            QuestionText.soundsLikeQuestion(question)
        else { return nil }
        return (number ?? listNumber, question)
    }

    /// A heading's numbering and cleaned text: `Q3: …`, `3. …`, `**3. …**`, `[3. …](#…)`.
    static func questionParts(_ text: String) -> (number: String?, question: String) {
        let cleaned = QuestionText.clean(text)
        if case (.question(let number), let rest)? = ItemMarker.parse(cleaned) { return (number, rest) }
        // `Q1 為什麼…？`: a numbered Q and a space, no separator, still numbers the question.
        let digits = cleaned.dropFirst().prefix(while: \.isASCIIDigit)
        if cleaned.first == "Q" || cleaned.first == "q", !digits.isEmpty,
            cleaned.dropFirst(1 + digits.count).first == " "
        {
            return (String(digits), QuestionText.clean(cleaned.dropFirst(1 + digits.count)))
        }
        let (number, rest) = MarkdownSyntax.splitNumber(cleaned)
        if case (.question(let inner), let question)? = ItemMarker.parse(rest) { return (number ?? inner, question) }
        return (number, QuestionText.clean(rest))
    }

    /// Headings whose sections hold their own items (`Q:` with `A:`, `C:`, `Claim:`) are titles over those items.
    /// A heading that asks and is answered in prose (not a table) before the first item is a question of its own
    /// (`### 5. 談談你對閉包的理解`, its answer, then `問：…` `答：…`): its answer ends where the items begin.
    private func sectionHasOwnItems() -> Bool {
        var position = index
        var inFence = false
        var sawQuestion = false
        var sawProse = false
        while position < lines.count {
            let line = lines[position]
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            // A table or an annotation opening the section is material for the items, not an answer.
            if !inFence, !sawQuestion, !line.trimmed.isEmpty, ItemMarker.parse(line) == nil,
                !line.trimmed.hasPrefix("|"), Annotations.match(line) == nil
            {
                sawProse = true
            }
            if !inFence {
                // Another heading, list-item heading, details block or bold question starts another item.
                if MarkdownSyntax.heading(line) != nil || MarkdownSyntax.listItemHeading(line) != nil
                    || DetailsBlock.opens(line) || Self.boldQuestion(line) != nil
                {
                    return false
                }
                switch ItemMarker.parse(line)?.marker {
                case .cloze?, .claim?: return true
                case .question?: sawQuestion = true
                case .answer?: if sawQuestion { return !sawProse }
                case nil: break
                }
            }
            position += 1
        }
        return false
    }

    private static func numberedLevels(in lines: [String]) -> Set<Int> {
        var counts: [Int: Int] = [:]
        var inFence = false
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            guard !inFence else { continue }
            if let (level, text) = MarkdownSyntax.heading(line) {
                if questionParts(text).number != nil { counts[level, default: 0] += 1 }
            } else if let item = MarkdownSyntax.listItemHeading(line), item.number != nil {
                counts[item.level, default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    // MARK: Items

    private mutating func parseItem(_ marker: ItemMarker, rest: String) {
        let line = index + 1
        index += 1
        caption = nil
        pendingProse = []
        switch marker {
        case .question(let number):
            let question = ([rest] + consumeParagraph()).filter { !$0.isEmpty }.joined(separator: " ")
            var answer: [String]?
            let answerLine = nextNonBlank(from: index)
            if answerLine < lines.count, case (.answer, let first)? = Self.itemMarker(lines[answerLine]) {
                index = answerLine + 1
                answer = [first] + consumeAnswerBody() + consumeFurtherParagraphs()
            } else if QuestionText.endsInQuestionMark(question), answerLine < lines.count,
                continuesAnswer(at: answerLine)
            {
                // Collections often leave the answer unmarked below a marked question.
                index = answerLine
                answer = consumeAnswerBody() + consumeFurtherParagraphs()
            }
            let annotations = consumeAnnotations()
            guard let answer else {
                builder.report(ContentDiagnostic(.error, at: builder.location(line: line), .questionHasNoAnswer))
                return
            }
            finishQuestion(number: number, question: question, answer: answer, annotations: annotations, line: line)
        case .answer:
            // `標準答案:` alone above a table labels the table's answer; it is no item of its own.
            if rest.isEmpty, startsTable(at: nextNonBlank(from: index)) { return }
            builder.report(
                ContentDiagnostic(
                    .error, at: builder.location(line: line), .answerWithoutQuestion))
            _ = consumeAnswerBody()
            _ = consumeAnnotations()
        case .cloze:
            let source = ([rest] + consumeParagraph()).joined(separator: " ").trimmed
            let annotations = consumeAnnotations()
            guard let cloze = ClozeText(source) else {
                builder.report(
                    ContentDiagnostic(
                        .error, at: builder.location(line: line),
                        .clozeWithoutDeletion))
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
                            .claimWithoutVerdict))
                }
                return
            }
            builder.addClaim(
                statement, sectionPath: sectionPath, annotations: annotations, verdict: verdict, line: line)
        }
    }

    mutating func finishQuestion(
        number: String?, question: String, answer: [String], annotations: Annotations, line: Int
    ) {
        let answerText = MarkdownSyntax.joinBlock(answer)
        guard !answerText.isEmpty else {
            builder.report(ContentDiagnostic(.error, at: builder.location(line: line), .questionHasNoAnswer))
            return
        }
        qa.append(QAItem(number: number, question: question, answer: answerText, line: line))
        builder.addQuestion(
            question, answer: answerText, sectionPath: sectionPath, annotations: annotations, line: line)
        builder.warnAboutAnswer(answerText, question: question, line: line)
    }

    // MARK: Tables

    func startsTable(at position: Int) -> Bool {
        position + 1 < lines.count && PipeTableSyntax.isRow(lines[position])
            && PipeTableSyntax.isSeparator(lines[position + 1])
    }

    /// Reads the table starting at `start` (and its annotations); returns the index after it.
    mutating func parseTable(at start: Int, captionFallback: String? = nil) -> Int {
        let header = PipeTableSyntax.cells(lines[start])
        var position = start + 2
        var rows: [TableSource.Row] = []
        while position < lines.count, PipeTableSyntax.isRow(lines[position]) {
            let text = lines[position]
            let column = text.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
            rows.append(TableSource.Row(text: text, line: position + 1, column: column))
            position += 1
        }
        var source = TableSource(
            header: header, line: start + 1, rows: rows, section: sectionTitle, sectionPath: sectionPath,
            caption: caption ?? captionFallback ?? sectionTitle)
        let saved = index
        index = position
        source.annotations = consumeAnnotations()
        position = index
        index = saved
        let table = builder.addTable(source)
        tables.append(table)
        qa += QAItem.rows(of: table)
        return position
    }

    // MARK: Line runs

    func nextNonBlank(from position: Int) -> Int {
        var position = position
        while position < lines.count, lines[position].trimmed.isEmpty { position += 1 }
        return position
    }

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
            if MarkdownSyntax.fenceOpener(lines[index]) != nil {
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

    /// More paragraphs of an answer: after a blank line, prose, lists and code that start nothing of their own.
    private mutating func consumeFurtherParagraphs() -> [String] {
        var collected: [String] = []
        while index < lines.count, lines[index].trimmed.isEmpty {
            let next = nextNonBlank(from: index)
            guard next < lines.count, continuesAnswer(at: next) else { break }
            collected += lines[index..<next]
            index = next
            collected += consumeAnswerBody()
        }
        return collected
    }

    /// Whether the line at `position` goes on with an answer rather than starting something else.
    func continuesAnswer(at position: Int) -> Bool {
        let line = lines[position]
        return !line.trimmed.isEmpty && MarkdownSyntax.heading(line) == nil
            && MarkdownSyntax.listItemHeading(line) == nil && Self.itemMarker(line) == nil
            && Annotations.match(line) == nil && MarkdownSyntax.label(line) == nil && !startsTable(at: position)
            && !DetailsBlock.opens(line) && Self.boldQuestion(line) == nil && !MarkdownSyntax.isRule(line)
            && Self.listQuestion(line) == nil
    }

    private func endsRun(at position: Int) -> Bool {
        let line = lines[position]
        return line.trimmed.isEmpty || MarkdownSyntax.heading(line) != nil || MarkdownSyntax.fenceOpener(line) != nil
            || Self.itemMarker(line) != nil || Annotations.match(line) != nil || startsTable(at: position)
    }

    /// The item marker opening `line`; a question or answer marker also counts inside a list item
    /// (`1. Q: …` with `   A: …` below it), as collections number their marked questions.
    static func itemMarker(_ line: String) -> (marker: ItemMarker, rest: String)? {
        if let found = ItemMarker.parse(line) { return found }
        guard let body = MarkdownSyntax.listItemBody(line), let found = ItemMarker.parse(body) else { return nil }
        switch found.marker {
        case .question, .answer: return found
        case .cloze, .claim: return nil
        }
    }

    /// The `name: value` lines directly below an item or table.
    mutating func consumeAnnotations() -> Annotations {
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
    mutating func consumeFence() -> [String] {
        let start = index
        let opener = lines[index]
        guard let (fence, language) = MarkdownSyntax.fenceOpener(opener) else { return [] }
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
                    .unclosedCodeFence))
        }
        codeBlocks.append(
            CodeBlock(
                language: language, startLine: start + 1, endLine: index, text: body.joined(separator: "\n")))
        return Array(lines[start..<index])
    }

    /// A label line above a table names it; a long prose sentence that happens to end in a colon does not.
    static func caption(_ line: String) -> String? {
        let text = MarkdownSyntax.listItemBody(line) ?? line
        guard let label = MarkdownSyntax.label(text), label.count <= maximumCaptionLength else { return nil }
        return QuestionText.clean(label)
    }

    static let maximumCaptionLength = 60
}
