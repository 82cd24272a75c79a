import Foundation

/// The blocks that open no question: headings open sections, tables and prep's own cloze and claims give
/// their cards, and containers (list items, quotes, folded `<details>`) are read for the items inside them.
extension ItemRecogniser {
    /// Reads `siblings[index]`, which is no question; returns the index of the next block to read.
    mutating func readOther(_ index: Int, _ siblings: [Block]) -> Int {
        let block = siblings[index]
        var next = index + 1
        switch block.kind {
        case .heading(let level):
            readHeading(block, level: level)
            read(block.children)
        case .paragraph:
            caption = Self.caption(outline.lines[block.range.upperBound - 1])
            pendingBlocks.append(block)
        case .table:
            let (annotations, end) = annotations(after: index, siblings)
            readTable(block, caption: caption ?? sectionTitle, annotations: annotations)
            caption = nil
            next = end
        case .code:
            caption = nil
            pendingBlocks.append(block)
        case .label(.answer):
            // `標準答案:` alone above a table labels the table's answer; it is no item of its own.
            let labelsTable = block.text.isEmpty && next < siblings.count && siblings[next].kind == .table
            if !labelsTable {
                builder.report(ContentDiagnostic(.error, at: builder.location(line: line(block)), .answerWithoutQuestion))
                while next < siblings.count, siblings[next].kind == .paragraph || siblings[next].isListItem { next += 1 }
            }
        case .label(.cloze):
            let (annotations, end) = annotations(after: index, siblings)
            next = end
            caption = nil
            pendingBlocks = []
            guard let cloze = ClozeText(block.text) else {
                builder.report(ContentDiagnostic(.error, at: builder.location(line: line(block)), .clozeWithoutDeletion))
                break
            }
            builder.addCloze(cloze, source: block.text, sectionPath: sectionPath, annotations: annotations, line: line(block))
        case .label(.claim):
            let (annotations, end) = annotations(after: index, siblings)
            next = end
            caption = nil
            pendingBlocks = []
            guard let verdict = annotations.verdict else {
                // An unreadable verdict has already been reported where it was written.
                if !annotations.hasVerdictLine {
                    builder.report(ContentDiagnostic(.error, at: builder.location(line: line(block)), .claimWithoutVerdict))
                }
                break
            }
            builder.addClaim(block.text, sectionPath: sectionPath, annotations: annotations, verdict: verdict, line: line(block))
        case .annotation:
            let name = Annotations.match(outline.lines[block.range.lowerBound])?.name ?? ""
            builder.report(ContentDiagnostic(.warning, at: builder.location(line: line(block)), .strayAnnotation(name: name)))
        case .listItem:
            caption = Self.caption(block.text)
            pendingBlocks.append(block)
            read(block.children)
        case .quote:
            read(block.children)
        case .details:
            if block.isRevealDetails {
                readRevealedAnswer(block)
            } else {
                // `<summary>Table of contents</summary>` folds content away without asking: read what it holds.
                read(block.children)
            }
        case .label(.question), .rule, .html, .furniture:
            break
        }
        return next
    }

    private mutating func readHeading(_ block: Block, level: Int) {
        pendingBlocks = []
        let heading = heading(block)
        headings.append(heading)
        // A table is named without the emoji that decorates its heading (`## 🧪 比較`).
        caption = QuestionText.withoutLeadingSymbols(heading.title)
        if level == 1, !sawTitleHeading, !outline.isPlainCopy {
            sawTitleHeading = true
            if title == nil { title = heading.title }
            return
        }
        sections.removeAll { $0.level >= level }
        if level >= 2 || outline.isPlainCopy { sections.append((level, heading.title)) }
    }

    /// `<details><summary>Answer</summary>` under prose: the prose just above is the question.
    private mutating func readRevealedAnswer(_ block: Block) {
        // A difficulty badge between the question and its reveal is decoration, not part of what is asked.
        let asked = pendingBlocks.filter { !($0.kind == .paragraph && AnswerResidue.isOnlyImage($0.text)) }
        // Prose lines lose their indentation, code keeps it.
        var inFence = false
        var questionLines = lines(of: asked).map { line in
            if MarkdownSyntax.fenceOpener(line) != nil {
                inFence.toggle()
                return line.trimmed
            }
            return inFence ? line : line.trimmed
        }
        // `13. What does git push do?` over the reveal: the list number numbers the item, it is not asked.
        var number: String?
        if let first = asked.first, first.isListItem, let marker = ListMarker(questionLines[0]) {
            questionLines[0] = marker.content(of: questionLines[0])
            number = first.number
        }
        var question = MarkdownSyntax.joinBlock(questionLines)
        if question.isEmpty { question = sectionTitle }
        pendingBlocks = []
        caption = nil
        guard !question.isEmpty else {
            builder.report(ContentDiagnostic(.error, at: builder.location(line: line(block)), .detailsWithoutQuestion))
            return
        }
        finishItem(block, QuestionCandidate(number: number, question: question, shape: "details", form: .asks), body: block.children, annotations: Annotations())
    }

    /// The `name: value` lines right after `siblings[index]`, and the index after them.
    private mutating func annotations(after index: Int, _ siblings: [Block]) -> (Annotations, Int) {
        var annotations = Annotations()
        var next = index + 1
        while next < siblings.count, siblings[next].kind == .annotation,
            siblings[next].range.lowerBound == siblings[next - 1].range.upperBound
        {
            let block = siblings[next]
            if let problem = annotations.apply(outline.lines[block.range.lowerBound], at: builder.location(line: line(block))) {
                builder.report(problem)
            }
            next += 1
        }
        return (annotations, next)
    }

    /// An answer as the card shows it: the `Answer:` marker that opens it dropped, layout HTML, trailing
    /// rules and navigation links left out, a quoted answer shown as its text.
    static func answerLines(_ lines: [String], dedent: Int) -> [String] {
        var body: [String] = []
        var inFence = false
        // Lines indented four columns past the answer's text are indented code, which keeps its tags; so does an
        // answer that is nothing but markup (`<div style="height:1px"></div>` answering how to draw a line).
        let source = lines.filter { !$0.trimmed.isEmpty }
        let base = source.map(OutlineReader.indentation).min() ?? 0
        let onlyMarkup = !source.isEmpty && source.allSatisfy { $0.trimmed.first == "<" && MarkdownSyntax.withoutTags($0.trimmed).isEmpty }
            && !source.allSatisfy { DetailsBlock.isSummaryOnly($0.trimmed) || $0.trimmed.lowercased().hasPrefix("</") }
        var keptCode: Set<Int> = []
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            // A summary that only says "Answer" is layout however deep a `<details>` block indents it.
            let isIndentedCode = (onlyMarkup || !line.trimmed.isEmpty && OutlineReader.indentation(of: line) >= base + 4)
                && !DetailsBlock.isSummaryOnly(line.trimmed)
            if !inFence, isIndentedCode, line.trimmed.first == "<" {
                keptCode.insert(body.count)
                body.append(line)
            } else if !inFence, line.first(where: { $0 != " " && $0 != "\t" }) == "<" {
                // HTML paragraphs (`<p>…</p><p>…</p>`) become lines of text; code keeps its tags.
                body += MarkdownSyntax.withoutLayoutEntities(
                    DetailsBlock.withoutRevealSummary(line).replacingOccurrences(of: "</p>", with: "</p>\n")
                ).split(separator: "\n").map { MarkdownSyntax.withoutTags(String($0)) }
            } else {
                body.append(MarkdownSyntax.withoutLayoutEntities(line))
            }
        }
        let common = body.filter { !$0.trimmed.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
        let shift = max(common, dedent)
        // Code keeps every line, a line of tags alone (`<body>`, `<div id="top">`) included.
        var inCode = false
        body = body.enumerated().compactMap { index, line in
            let spaces = line.prefix(while: { $0 == " " }).count
            let shifted = String(line.dropFirst(min(spaces, shift)))
            if MarkdownSyntax.fenceOpener(line) != nil { inCode.toggle() }
            if keptCode.contains(index) || inCode { return shifted }
            let trimmed = line.trimmed
            let layout = !trimmed.isEmpty && MarkdownSyntax.withoutTags(trimmed).isEmpty
                || DetailsBlock.isSummaryOnly(trimmed) || MarkdownSyntax.isNavigationLink(trimmed)
            return layout ? nil : shifted
        }
        // An answer written as a quote (`> …` on every line) is shown as its text.
        let written = body.filter { !$0.trimmed.isEmpty }
        if !written.isEmpty, written.allSatisfy({ $0.hasPrefix(">") }) {
            body = body.map { line in
                guard line.hasPrefix(">") else { return line }
                let text = line.dropFirst()
                return String(text.hasPrefix(" ") ? text.dropFirst() : text)
            }
        }
        // An answer that is one bullet with its lines under it, as an outliner writes every block, is its text.
        // Not when its text would then read as markup of its own (`• # makes a heading`).
        if let first = written.first, let marker = ListMarker(first), marker.number == nil, OutlineReader.indentation(of: first) == 0,
            written.dropFirst().allSatisfy({ OutlineReader.indentation(of: $0) >= marker.childIndent }),
            let opening = marker.content(of: first).first, !"#>-*+|`<".contains(opening), !opening.isASCIIDigit
        {
            body = body.map { line in
                guard line != first else { return marker.content(of: line) }
                return String(line.dropFirst(min(line.prefix(while: { $0 == " " }).count, marker.childIndent)))
            }
        }
        // A rule under the question only separates it from its answer, as does Obsidian's `?` line.
        while let first = body.first, first.trimmed.isEmpty || MarkdownSyntax.isRule(first) || OutlineReader.isRevealSeparator(first) {
            body.removeFirst()
        }
        body = withoutProseFence(body)
        if let first = body.firstIndex(where: { !$0.trimmed.isEmpty }) {
            // `Answer: …`, `### ✅ 正确答案：A`, `Ans - …`, or the marker word alone on its line.
            let opening = QuestionText.withoutLeadingSymbols(MarkdownSyntax.heading(body[first])?.text ?? body[first].trimmed)
            if case (.answer, let rest)? = ItemMarker.parse(opening) {
                body[first] = rest
            } else if let marker = ListMarker(body[first]), case (.answer, let rest)? = ItemMarker.parse(marker.content(of: body[first])) {
                // `- **A:** …` as a bullet under its question's bullet.
                body[first] = rest
            } else if body[first].hasPrefix("Ans - ") {
                body[first] = String(body[first].dropFirst("Ans - ".count))
            } else if ItemMarker.isAnswerWord(opening.trimmingCharacters(in: CharacterSet(charactersIn: ":：. "))) {
                body[first] = ""
            }
        }
        body = withHardWrapsJoined(headingsAsBoldLines(withoutEmptyHeadings(body)))
        while let last = body.last, last.trimmed.isEmpty || MarkdownSyntax.isRule(last) { body.removeLast() }
        return withoutRepeatedBlankLines(body)
    }

    /// Prose hard-wrapped at a width (`…mount the volume into` / `a container, this…`) read as the sentences it
    /// is: a long line that stops mid-sentence joins the next when that one goes on in lower case. Code, lists,
    /// headings, tables and quotes keep their lines.
    static func withHardWrapsJoined(_ lines: [String]) -> [String] {
        var result: [String] = []
        var inFence = false
        var joinable = false
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            let text = line.trimmed
            let prose = !inFence && !text.isEmpty && !"#|><`-*+".contains(text.first!) && ListMarker(text) == nil
            if joinable, prose, text.first?.isLowercase == true, text.first?.isASCII == true, let last = result.popLast() {
                result.append(last + " " + text)
            } else {
                result.append(line)
            }
            let current = result[result.count - 1].trimmed
            // Latin prose only: a Chinese line ends a sentence or an entry wherever it stops (`…淘汰` / `volatile-ttl：…`).
            joinable = prose && text.count >= 50 && (current.last.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ",") } ?? false)
        }
        return result
    }

    /// An answer written whole inside a plain fence that opens with `Ans:` is prose kept from being reflowed,
    /// not code: shown without the fence (its line breaks stay).
    static func withoutProseFence(_ lines: [String]) -> [String] {
        guard lines.count >= 3, let opener = MarkdownSyntax.fenceOpener(lines[0]), opener.language == nil,
            lines[lines.count - 1].trimmed == opener.fence,
            !lines[1..<(lines.count - 1)].contains(where: { MarkdownSyntax.fenceOpener($0) != nil }),
            case (.answer, _)? = ItemMarker.parse(lines[1].trimmed)
        else { return lines }
        return Array(lines[1..<(lines.count - 1)])
    }

    /// A heading with nothing under it before the next heading (`#### Good to hear` left empty) says nothing.
    static func withoutEmptyHeadings(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var inFence = false
        for (index, line) in lines.enumerated() {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            if !inFence, let heading = MarkdownSyntax.heading(line), MarkdownSyntax.label(heading.text) != nil || !heading.text.contains(where: { ":：".contains($0) }) {
                let next = lines[(index + 1)...].first { !$0.trimmed.isEmpty }
                if next.map({ MarkdownSyntax.heading($0) != nil }) ?? true { continue }
            }
            kept.append(line)
        }
        return kept
    }

    /// `#### Trade-offs` inside an answer is a subtitle of the answer: shown as a bold line, not as `####`.
    static func headingsAsBoldLines(_ lines: [String]) -> [String] {
        var inFence = false
        return lines.map { line in
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            guard !inFence, line.first == "#", let heading = MarkdownSyntax.heading(line), !heading.text.isEmpty else { return line }
            let text = heading.text
            return text.hasPrefix("**") && text.hasSuffix("**") ? text : "**\(text)**"
        }
    }

    /// Removed layout (`</details>`, `<br>` lines) leaves blank lines behind; one is enough outside code.
    static func withoutRepeatedBlankLines(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var inFence = false
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            if !inFence, line.trimmed.isEmpty, kept.last?.trimmed.isEmpty ?? true { continue }
            kept.append(line)
        }
        return kept
    }
}
