import Foundation

/// Turning a recognised item into a card, and reading the blocks that are no item: sections, tables, cloze,
/// claims, and containers whose children may hold items.
extension ItemRecogniser {
    /// Makes the item's card. Blocks before an answer label (code, options, an example) belong to the
    /// question; so does the code a question points at ("What will the following code print?").
    mutating func finishItem(_ block: Block, _ candidate: QuestionCandidate, body: [Block], annotations: Annotations) {
        let itemLine = line(block)
        var question = candidate.question
        var answerBlocks = body
        let labelled = candidate.shape == "label"
        var keyLines: [String] = []
        if let choice = Self.checkedChoice(in: answerBlocks), answerBlocks[..<choice.options.lowerBound].allSatisfy(isQuestionMaterial) {
            // `- [ ] …` options with the right ones ticked `- [x] …`: asked with the options, answered by the ticked.
            let shown = lines(of: Array(answerBlocks[..<choice.options.lowerBound]))
            question += "\n\n" + MarkdownSyntax.joinBlock(shown.isEmpty ? choice.listed : shown + [""] + choice.listed)
            keyLines = choice.key
            answerBlocks.removeFirst(choice.options.upperBound)
        } else if let split = answerBlocks.firstIndex(where: \.opensAnswer), split > 0,
            answerBlocks[..<split].allSatisfy(isQuestionMaterial),
            answerBlocks[..<split].reduce(0, { $0 + $1.range.count }) <= 40
        {
            question += "\n\n" + MarkdownSyntax.joinBlock(lines(of: Array(answerBlocks[..<split])))
            answerBlocks.removeFirst(split)
        } else if !labelled, answerBlocks.count > 2, answerBlocks[0].kind == .paragraph,
            QuestionText.introducesExample(answerBlocks[0].text), case .code = answerBlocks[1].kind
        {
            // "For instance:" and its code belong to the question they illustrate.
            question += "\n\n" + MarkdownSyntax.joinBlock(lines(of: Array(answerBlocks[..<2])))
            answerBlocks.removeFirst(2)
        } else if !labelled, QuestionText.pointsAtCodeBelow(question), answerBlocks.count > 1, case .code = answerBlocks[0].kind {
            question += "\n\n" + MarkdownSyntax.joinBlock(lines(of: [answerBlocks[0]]))
            answerBlocks.removeFirst()
        }
        if labelled, candidate.inlineAnswer == nil, answerBlocks.first?.opensAnswer != true,
            !QuestionText.endsInQuestionMark(question) || answerBlocks.isEmpty
        {
            builder.report(ContentDiagnostic(.error, at: builder.location(line: itemLine), .questionHasNoAnswer))
            return
        }
        var answerLines = lines(of: answerBlocks, dedentingChildrenOf: block)
        if !keyLines.isEmpty { answerLines = keyLines + (answerLines.isEmpty ? [] : [""] + answerLines) }
        if let inline = candidate.inlineAnswer {
            // The paragraphs under a labelled answer stay paragraphs of their own.
            answerLines.insert(contentsOf: labelled && !answerLines.isEmpty ? [inline, ""] : [inline], at: 0)
        }
        if case .details = block.kind, let details = DetailsBlock.read(outline.lines, from: block.range.lowerBound) {
            answerLines = (details.head.isEmpty ? [] : [details.head]) + answerLines + (details.tail.isEmpty ? [] : [details.tail])
        }
        readTables(in: answerBlocks, fallback: question)
        let body = Self.withoutTrailingPlaceholder(Self.answerLines(answerLines, dedent: 0))
        let answer = MarkdownSyntax.joinBlock(body)
        // `<br><b></b>` left in a fold whose answer was never written is no answer either.
        guard !answer.isEmpty, !Self.isOnlyFormattingTags(answer) else {
            switch block.kind {
            case .heading: builder.report(ContentDiagnostic(.warning, at: builder.location(line: itemLine), .emptyQuestionSection))
            case .label, .details: builder.report(ContentDiagnostic(.error, at: builder.location(line: itemLine), .questionHasNoAnswer))
            default: firstUnansweredQuestion = firstUnansweredQuestion ?? itemLine
            }
            return
        }
        if Self.isPlaceholder(answer) {
            // `TODO`, `待補充`: the answer is still to be written.
            builder.report(ContentDiagnostic(.warning, at: builder.location(line: itemLine), .questionHasNoAnswer))
            return
        }
        if !labelled, Self.isOnlyAQuestion(answer) {
            // A list of questions each followed by a rephrasing of itself holds no answers.
            builder.report(ContentDiagnostic(.warning, at: builder.location(line: itemLine), .answerOnlyAsksAgain))
            return
        }
        qa.append(QAItem(number: candidate.number, question: question, answer: answer, line: itemLine))
        builder.addQuestion(question, answer: answer, sectionPath: sectionPath, annotations: annotations, line: itemLine)
        builder.warnAboutAnswer(answer, question: question, line: itemLine)
    }

    /// A run of task-list options (`- [ ] …`, `- [x] …`) with some, not all, ticked: where it sits among `blocks`,
    /// the options as a plain list, and the ticked ones as the key (one alone as its text, several as a list).
    static func checkedChoice(in blocks: [Block]) -> (options: Range<Int>, listed: [String], key: [String])? {
        guard let start = blocks.firstIndex(where: { $0.isListItem && taskMark($0.text) != nil }) else { return nil }
        var end = start
        while end < blocks.count, blocks[end].isListItem, blocks[end].depth == blocks[start].depth, taskMark(blocks[end].text) != nil {
            end += 1
        }
        let marks = blocks[start..<end].map { taskMark($0.text)! }
        guard marks.count >= 2, marks.count <= 26, marks.contains(where: \.ticked), marks.contains(where: { !$0.ticked }),
            marks.allSatisfy({ !$0.text.isEmpty })
        else { return nil }
        let ticked = marks.filter(\.ticked).map(\.text)
        return (start..<end, marks.map { "- " + $0.text }, ticked.count == 1 ? ticked : ticked.map { "- " + $0 })
    }

    private static func taskMark(_ text: String) -> (ticked: Bool, text: String)? {
        for (mark, ticked) in [("[x]", true), ("[X]", true), ("[ ]", false)] where text.hasPrefix(mark) {
            return (ticked, String(text.dropFirst(mark.count)).trimmed)
        }
        return nil
    }

    /// Code, options and the example a question shows before its answer label; a paragraph that opens like an
    /// answer ("回答思路：", "Explanation") is already the answer.
    func isQuestionMaterial(_ block: Block) -> Bool {
        switch block.kind {
        case .code, .listItem, .html, .table: true
        case .paragraph: !ItemMarker.answerWords.contains { block.text.hasPrefix($0) } && !block.text.hasPrefix("解析")
        default: false
        }
    }

    static func isOnlyFormattingTags(_ answer: String) -> Bool {
        guard answer.first == "<" else { return false }
        return answer.replacingOccurrences(of: #"</?(b|i|u|br|p|strong|em|span)\s*/?>"#, with: "", options: [.regularExpression, .caseInsensitive])
            .allSatisfy(\.isWhitespace)
    }

    static let placeholders: Set<String> = [
        "todo", "tbd", "tba", "tbc", "wip", "...", "…", "待补充", "待補充", "待补", "待補", "待完善", "待更新", "未完成", "未完待续", "未完待續", "略",
    ]

    /// An answer that only says it is still to be written.
    static func isPlaceholder(_ answer: String) -> Bool {
        answer.count <= 12 && placeholders.contains(answer.trimmingCharacters(in: CharacterSet(charactersIn: " *_`:：。!！()（）")).lowercased())
    }

    /// An answer written in part ends before its last line when that line only says the rest is still to come
    /// ("TODO", "- 待補"): shown, it reads as part of the answer.
    static func withoutTrailingPlaceholder(_ lines: [String]) -> [String] {
        var end = lines.count
        while end > 0, lines[end - 1].trimmed.isEmpty { end -= 1 }
        guard end > 1, isPlaceholder(MarkdownSyntax.listItemBody(lines[end - 1]) ?? lines[end - 1]),
              lines[..<(end - 1)].contains(where: { !$0.trimmed.isEmpty })
        else { return lines }
        return Array(lines[..<(end - 1)])
    }

    /// One short paragraph that ends in a question mark.
    static func isOnlyAQuestion(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("\n") && text.count <= 200 && QuestionText.endsInQuestionMark(text)
    }

    /// The source lines of `blocks`, a blank line where the source had one between them. Children of `owner`
    /// lose the indentation they had under it.
    func lines(of blocks: [Block], dedentingChildrenOf owner: Block? = nil) -> [String] {
        var result: [String] = []
        var previousEnd: Int?
        let childRange = owner.flatMap { owner in owner.children.first.map { $0.range.lowerBound..<owner.range.upperBound } }
        let childIndent = childRange.map { range in
            OutlineReader.commonIndentation(outline.lines[range])
        } ?? 0
        for block in blocks {
            if let previousEnd, outline.lines[previousEnd..<block.range.lowerBound].contains(where: { $0.trimmed.isEmpty }) {
                result.append("")
            }
            // A block after the question keeps its shape but not the indentation it had as a whole.
            let ownIndent = OutlineReader.commonIndentation(outline.lines[block.range])
            for index in block.range {
                let isChild = childRange?.contains(index) == true
                result.append(OutlineReader.dedented(outline.lines[index], by: isChild ? childIndent : ownIndent))
            }
            previousEnd = block.range.upperBound
        }
        return result
    }

    /// Tables inside an answer give their own cards too, named by a label above them or by the question.
    mutating func readTables(in blocks: [Block], fallback: String) {
        var localCaption: String?
        for block in blocks {
            switch block.kind {
            case .table:
                readTable(block, caption: localCaption ?? fallback, annotations: Annotations())
                localCaption = nil
            case .paragraph:
                localCaption = Self.caption(outline.lines[block.range.upperBound - 1])
            case .heading:
                localCaption = QuestionText.withoutLeadingSymbols(QuestionText.clean(block.text))
            default:
                readTables(in: block.children, fallback: fallback)
                localCaption = nil
            }
        }
    }

    mutating func readTable(_ block: Block, caption: String, annotations: Annotations) {
        let start = block.range.lowerBound
        let rows = (start + 2..<block.range.upperBound).map { index in
            let text = outline.lines[index]
            let column = text.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
            return TableSource.Row(text: text, line: outline.sourceLine(index), column: column)
        }
        var source = TableSource(
            header: PipeTableSyntax.cells(outline.lines[start]), line: outline.sourceLine(start), rows: rows,
            section: sectionTitle, sectionPath: sectionPath, caption: caption)
        source.annotations = annotations
        let table = builder.addTable(source)
        tables.append(table)
        // The table keeps the rows whose cells match its header, in order.
        let keptLines = rows.filter { PipeTableSyntax.cells($0.text).count == source.header.count }.map(\.line)
        qa += QAItem.rows(of: table, rowLines: keptLines)
    }

    /// A label line above a table names it; a long prose sentence that happens to end in a colon does not.
    static func caption(_ line: String) -> String? {
        let text = MarkdownSyntax.listItemBody(line) ?? line
        guard let label = MarkdownSyntax.label(text), label.count <= 60 else { return nil }
        return QuestionText.clean(label)
    }

    func heading(_ block: Block) -> Heading {
        let (number, title) = MarkdownSyntax.splitNumber(block.text)
        return Heading(number: number ?? block.number, title: title, level: block.headingLevel ?? 1, line: line(block))
    }
}

extension ItemRecogniser {
    /// A file that asks questions but yields no item says so, naming the first question it could not answer.
    func silentZeroWarning() -> [ContentDiagnostic] {
        // Nothing to add where the file's problems were already said.
        guard builder.cards.isEmpty, qa.isEmpty, tables.isEmpty, builder.diagnostics.isEmpty else { return [] }
        guard let line = firstUnansweredQuestion ?? firstAskingBlock(outline.blocks) else { return [] }
        return [ContentDiagnostic(.warning, at: builder.location(line: line), .questionsWithoutItems)]
    }

    private func firstAskingBlock(_ blocks: [Block]) -> Int? {
        for block in blocks {
            // An answer label with no item is as telling as a question without one.
            if block.opensAnswer { return self.line(block) }
            if let candidate = QuestionCandidate(block), candidate.form >= .soundsLike { return self.line(block) }
            if let found = firstAskingBlock(block.children) { return found }
        }
        return nil
    }
}
