import Foundation

/// The question layouts of collections written for people rather than for prep: a heading that asks, a
/// `<details>` block, a bold question line. Their answers are whole sections, kept as written.
extension MarkdownParser {
    /// The section under a heading that asks is its answer, up to the next heading of the same or a higher
    /// level or the next heading that asks; tables inside it also give their own cards.
    mutating func parseQuestionSection(number: String?, question: String, level: Int, indent: Int, line: Int) {
        var annotations = Annotations()
        var answer: [String] = []
        // The title of the section above names the section, not a table under this question.
        caption = nil
        while index < lines.count {
            let text = lines[index]
            if let (nextLevel, nextText) = MarkdownSyntax.heading(text),
                nextLevel <= level || askingHeading(level: nextLevel, text: nextText, listNumber: nil) != nil
            {
                break
            }
            if let item = MarkdownSyntax.listItemHeading(text),
                item.level <= level || askingHeading(level: item.level, text: item.text, listNumber: item.number) != nil
            {
                break
            }
            // The next question ends the answer, in whatever layout it is written.
            if Self.boldQuestion(text) != nil || Self.opensMarkedQuestion(text) || opensQuestionDetails(at: index) {
                break
            }
            if MarkdownSyntax.fenceOpener(text) != nil {
                answer += consumeFence()
            } else if startsTable(at: index) {
                let end = parseTable(at: index, captionFallback: question)
                answer += lines[index..<end]
                index = end
            } else if Annotations.match(text) != nil {
                if let problem = annotations.apply(text, at: builder.location(line: index + 1)) {
                    builder.report(problem)
                }
                index += 1
            } else {
                caption = Self.caption(text) ?? (text.trimmed.isEmpty ? caption : nil)
                answer.append(text)
                index += 1
            }
        }
        caption = nil
        pendingProse = []
        let body = Self.answerLines(answer, dedent: indent)
        guard !MarkdownSyntax.joinBlock(body).isEmpty else {
            builder.report(
                ContentDiagnostic(
                    .warning, at: builder.location(line: line),
                    .emptyQuestionSection))
            return
        }
        finishQuestion(number: number, question: question, answer: body, annotations: annotations, line: line)
    }

    /// `<details><summary>Question?</summary> answer </details>`. When the summary only says "answer", the
    /// question is the prose just above the block.
    mutating func parseDetails() {
        let line = index + 1
        guard let block = DetailsBlock.read(lines, from: index) else {
            index += 1
            return
        }
        let (summaryNumber, summary) = Self.questionParts(block.summary)
        let reveals = DetailsBlock.isRevealPhrase(summary)
        // `<summary>Table of contents</summary>` folds content away without asking: read what it holds.
        guard reveals || summaryNumber != nil || QuestionText.soundsLikeQuestion(summary) else {
            index = block.bodyRange.lowerBound
            return
        }
        let bodyEnd = block.bodyRange.upperBound
        var answer = block.head.isEmpty ? [] : [block.head]
        index = block.bodyRange.lowerBound
        while index < bodyEnd {
            if MarkdownSyntax.fenceOpener(lines[index]) != nil {
                answer += consumeFence()
            } else if startsTable(at: index) {
                let end = parseTable(at: index, captionFallback: summary)
                answer += lines[index..<end]
                index = end
            } else {
                answer.append(lines[index])
                index += 1
            }
        }
        if !block.tail.isEmpty { answer.append(block.tail) }
        index = block.end
        var number = summaryNumber
        var question = summary
        if reveals {
            number = nil
            question = pendingProse.joined(separator: "\n").trimmed
            if question.isEmpty { question = sectionTitle }
        }
        pendingProse = []
        caption = nil
        let body = Self.answerLines(answer, dedent: 0)
        guard !question.isEmpty else {
            builder.report(ContentDiagnostic(.error, at: builder.location(line: line), .detailsWithoutQuestion))
            return
        }
        finishQuestion(number: number, question: question, answer: body, annotations: Annotations(), line: line)
    }

    /// `**What is X?**`, `**Q: What is X?**`, `1. **What is X?**` alone on a line: the lines below, up to the
    /// next question, heading or rule, are the answer.
    static func boldQuestion(_ line: String) -> (number: String?, question: String)? {
        var text = Substring(line.trimmed)
        var listNumber: String?
        let digits = text.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") {
            listNumber = String(digits)
            text = text.dropFirst(digits.count + 2).drop(while: { $0 == " " })
        }
        guard text.count > 4, text.hasPrefix("**") && text.hasSuffix("**") || text.hasPrefix("__") && text.hasSuffix("__")
        else { return nil }
        let inner = String(text.dropFirst(2).dropLast(2)).trimmed
        guard !inner.contains("**") else { return nil }
        var (number, question) = questionParts(inner)
        if question.hasPrefix("Q "), question.count > 2 { question = question.dropFirst(2).trimmed }
        guard QuestionText.endsInQuestionMark(question) else { return nil }
        number = number ?? listNumber
        return (number, question)
    }

    /// `- **Why use namespaces?** To divide a cluster.`: a bold question with its answer on the same line, alone
    /// or as a list item.
    static func inlineBoldQuestion(_ line: String) -> (number: String?, question: String, answer: String)? {
        var text = Substring(line.trimmed)
        var listNumber: String?
        let digits = text.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") {
            listNumber = String(digits)
            text = text.dropFirst(digits.count + 2)
        } else if let bullet = text.first, "-*+".contains(bullet), text.dropFirst().hasPrefix(" ") {
            text = text.dropFirst(2)
        }
        text = text.drop(while: { $0 == " " })
        guard text.hasPrefix("**") else { return nil }
        let afterOpen = text.dropFirst(2)
        guard let close = afterOpen.range(of: "**") else { return nil }
        let inner = String(afterOpen[..<close.lowerBound]).trimmed
        let answer = String(afterOpen[close.upperBound...]).trimmed
        guard !answer.isEmpty, !inner.isEmpty else { return nil }
        var (number, question) = questionParts(inner)
        if question.hasPrefix("Q "), question.count > 2 { question = question.dropFirst(2).trimmed }
        guard QuestionText.endsInQuestionMark(question) else { return nil }
        return (number ?? listNumber, question, answer)
    }

    /// An inline bold question's answer: the rest of its line and the lines indented under it.
    mutating func parseInlineBoldQuestion(_ item: (number: String?, question: String, answer: String)) {
        let line = index + 1
        index += 1
        var answer = [item.answer]
        while index < lines.count, !lines[index].trimmed.isEmpty,
            lines[index].hasPrefix("  ") || lines[index].hasPrefix("\t")
        {
            answer.append(lines[index].trimmed)
            index += 1
        }
        caption = nil
        pendingProse = []
        finishQuestion(number: item.number, question: item.question, answer: answer, annotations: Annotations(), line: line)
    }

    /// `1. What is X?` (or `3. 什么是鸭子类型`) as a numbered list item: a question when it asks plainly and an
    /// indented answer follows. `indent` is where the item's text starts.
    static func listQuestion(_ line: String) -> (number: String, question: String, indent: Int)? {
        let digits = line.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, let mark = line.dropFirst(digits.count).first, ".)、".contains(mark) else { return nil }
        let rest = line.dropFirst(digits.count + 1)
        let spaces = rest.prefix(while: { $0 == " " }).count
        let question = QuestionText.clean(rest)
        // English steps ("1. Define the model") read like exam imperatives; only a question mark or a Chinese
        // question word is evidence enough here.
        guard !question.isEmpty,
            QuestionText.endsInQuestionMark(question)
                || QuestionText.chineseAskingWords.contains(where: { question.contains($0) })
        else { return nil }
        return (String(digits), question, digits.count + 1 + spaces)
    }

    /// Whether the lines after `position` (blank lines skipped) are indented under a list item.
    func indentedBlockFollows(_ position: Int, indent: Int) -> Bool {
        let next = nextNonBlank(from: position + 1)
        guard next < lines.count else { return false }
        let line = lines[next]
        return line.hasPrefix("\t") || line.prefix(while: { $0 == " " }).count >= max(indent, 2)
    }

    mutating func parseListQuestion(_ item: (number: String, question: String, indent: Int)) {
        let line = index + 1
        index += 1
        var answer: [String] = []
        while index < lines.count {
            let text = lines[index]
            let indented = text.hasPrefix("\t") || text.prefix(while: { $0 == " " }).count >= max(item.indent, 2)
            guard text.trimmed.isEmpty || indented else { break }
            if MarkdownSyntax.fenceOpener(text) != nil {
                answer += consumeFence()
            } else if startsTable(at: index) {
                let end = parseTable(at: index, captionFallback: item.question)
                answer += lines[index..<end]
                index = end
            } else {
                answer.append(text.hasPrefix("\t") ? String(text.drop(while: { $0 == "\t" })) : text)
                index += 1
            }
        }
        caption = nil
        pendingProse = []
        let body = Self.answerLines(answer, dedent: item.indent)
        guard !reportedOnlyAQuestion(body, line: line) else { return }
        finishQuestion(number: item.number, question: item.question, answer: body, annotations: Annotations(), line: line)
    }

    /// A list of questions, each followed by a rephrasing of itself, holds no answers: said, and no card made.
    mutating func reportedOnlyAQuestion(_ body: [String], line: Int) -> Bool {
        guard Self.isOnlyAQuestion(body) else { return false }
        builder.report(
            ContentDiagnostic(
                .warning, at: builder.location(line: line), .answerOnlyAsksAgain))
        return true
    }

    /// A `<details>` block whose summary asks: a question of its own, not the hidden answer of this one.
    func opensQuestionDetails(at position: Int) -> Bool {
        guard DetailsBlock.opens(lines[position]), let block = DetailsBlock.read(lines, from: position) else { return false }
        return !DetailsBlock.isRevealPhrase(Self.questionParts(block.summary).question)
    }

    static func opensMarkedQuestion(_ line: String) -> Bool {
        if case .question? = itemMarker(line)?.marker { return true }
        return false
    }

    mutating func parseBoldQuestion(_ bold: (number: String?, question: String)) {
        let line = index + 1
        // A bold question that is an item of a numbered list ends where the list's next item begins.
        let isListItem = lines[index].trimmed.first?.isASCIIDigit == true
        index += 1
        var answer: [String] = []
        while index < lines.count {
            let text = lines[index]
            if MarkdownSyntax.heading(text) != nil || MarkdownSyntax.listItemHeading(text) != nil
                || DetailsBlock.opens(text) || Self.boldQuestion(text) != nil || Self.opensMarkedQuestion(text)
                || Self.inlineBoldQuestion(text) != nil
                || MarkdownSyntax.isRule(text) && !MarkdownSyntax.joinBlock(answer).isEmpty
                || Self.listQuestion(text).map({ indentedBlockFollows(index, indent: $0.indent) }) == true
                || isListItem && Self.startsNumberedItem(text)
            {
                break
            }
            if MarkdownSyntax.fenceOpener(text) != nil {
                answer += consumeFence()
            } else if startsTable(at: index) {
                let end = parseTable(at: index, captionFallback: bold.question)
                answer += lines[index..<end]
                index = end
            } else {
                answer.append(text)
                index += 1
            }
        }
        caption = nil
        pendingProse = []
        let body = Self.answerLines(answer, dedent: 0)
        guard !reportedOnlyAQuestion(body, line: line) else { return }
        finishQuestion(number: bold.number, question: bold.question, answer: body, annotations: Annotations(), line: line)
    }

    /// `12. …` or `3) …` at the start of a line (at most three spaces in).
    static func startsNumberedItem(_ line: String) -> Bool {
        let text = line.drop(while: { $0 == " " })
        guard line.count - text.count <= 3 else { return false }
        let digits = text.prefix(while: \.isASCIIDigit)
        return !digits.isEmpty && [". ", ") "].contains { text.dropFirst(digits.count).hasPrefix($0) }
    }

    /// One short paragraph that ends in a question mark.
    static func isOnlyAQuestion(_ body: [String]) -> Bool {
        let text = MarkdownSyntax.joinBlock(body)
        return !text.isEmpty && !text.has("\n") && text.count <= 200 && QuestionText.endsInQuestionMark(text)
    }

    /// An answer as the card shows it: the list indentation of a list-item heading removed, the `Answer:`
    /// marker that opens it dropped, and trailing rules, navigation links and HTML-only lines left out.
    static func answerLines(_ lines: [String], dedent: Int) -> [String] {
        var body: [String] = []
        var inFence = false
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            // HTML paragraphs (`<p>…</p><p>…</p>`) become lines of text; code keeps its tags.
            if !inFence, line.trimmed.hasPrefix("<") {
                body += MarkdownSyntax.withoutLayoutEntities(DetailsBlock.withoutRevealSummary(line).replacingOccurrences(of: "</p>", with: "</p>\n"))
                    .split(separator: "\n").map { MarkdownSyntax.withoutTags(String($0)) }
            } else {
                body.append(MarkdownSyntax.withoutLayoutEntities(line))
            }
        }
        // Answers written under a list item are indented as a whole; the card shows them flush left.
        let common = body.filter { !$0.trimmed.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
        let shift = max(common, dedent)
        body = body.map { line in
            let spaces = line.prefix(while: { $0 == " " }).count
            return String(line.dropFirst(min(spaces, shift)))
        }
        body.removeAll { line in
            let trimmed = line.trimmed
            return !trimmed.isEmpty && MarkdownSyntax.withoutTags(trimmed).isEmpty
                || DetailsBlock.isSummaryOnly(trimmed) || MarkdownSyntax.isNavigationLink(trimmed)
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
        // A rule under the question only separates it from its answer.
        while let first = body.first, first.trimmed.isEmpty || MarkdownSyntax.isRule(first) { body.removeFirst() }
        if let first = body.firstIndex(where: { !$0.trimmed.isEmpty }),
            case (.answer, let rest)? = ItemMarker.parse(body[first].trimmed)
        {
            body[first] = rest
        } else if let first = body.firstIndex(where: { !$0.trimmed.isEmpty }), body[first].hasPrefix("Ans - ") {
            body[first] = String(body[first].dropFirst("Ans - ".count))
        }
        while let last = body.last, last.trimmed.isEmpty || MarkdownSyntax.isRule(last) { body.removeLast() }
        return body
    }
}
