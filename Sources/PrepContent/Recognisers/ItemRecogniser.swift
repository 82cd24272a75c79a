import Foundation

/// Finds the items of an outline — questions with their answers, cloze, claims, tables — from signals taken
/// together: a block's form (it asks, it is labelled), its siblings (a run of the same shape that mostly
/// asks), and the labels inside it (an answer label, a reveal `<details>`). The answer is the blocks that
/// follow, up to the next item or the next heading of the same or a higher level.
struct ItemRecogniser {
    let outline: Outline
    var builder: CardBuilder
    var title: String?
    var headings: [Heading] = []
    var tables: [ComparisonTable] = []
    var qa: [QAItem] = []
    /// Where a block asked with no answer found: said when a file yields nothing.
    var firstUnansweredQuestion: Int?

    /// Titles of the open `##`, `###`… headings: the section path that keys are derived from.
    var sections: [(level: Int, title: String)] = []
    /// The heading or `label:` line above the next table, if nothing else came in between.
    var caption: String?
    /// Prose, lists and code since the last heading or item: the question of a `<details><summary>Answer</summary>`.
    var pendingBlocks: [Block] = []
    var sawTitleHeading = false

    init(outline: Outline, builder: CardBuilder) {
        self.outline = outline
        self.builder = builder
        title = outline.frontMatter?.title
        if let tags = outline.frontMatter?.tags { self.builder.fileTags = tags }
    }

    var sectionPath: [String] { sections.map(\.title) }
    var sectionTitle: String { sections.last?.title ?? title ?? "" }

    func line(_ block: Block) -> Int { outline.sourceLine(block.range.lowerBound) }

    mutating func read() { read(outline.blocks) }

    /// Reads one list of sibling blocks: item starts are decided for the whole list first, since a run of
    /// siblings is judged together.
    mutating func read(_ siblings: [Block]) {
        var candidates = siblings.map(QuestionCandidate.init)
        for (index, block) in siblings.enumerated() {
            // `<summary>Question 3</summary>` holds its prompt (unless a reveal inside holds the answer and its own
            // question is the prose above it); `## Q3` has it below.
            let prompt = block.isDetails
                ? (block.children.contains(where: \.isRevealDetails) ? nil : block.children.first)
                : index + 1 < siblings.count ? siblings[index + 1] : nil
            if let prompt, let labelled = QuestionCandidate(label: block, prompt: prompt) { candidates[index] = labelled }
        }
        let runs = CandidateRun.runs(of: candidates)
        let nextLineAnswers = siblings.indices.filter { answersOnNextLine($0, siblings, candidates) }.count
        let nextParagraphAnswers = outline.isPlainCopy
            ? siblings.indices.filter { answersOnNextLine($0, siblings, candidates, blankBetween: true) }.count : 0
        let starts = siblings.indices.map {
            isItemStart($0, siblings, candidates, runs, nextLineAnswers: nextLineAnswers, nextParagraphAnswers: nextParagraphAnswers)
        }
        var index = 0
        while index < siblings.count {
            let block = siblings[index]
            guard starts[index], let candidate = candidates[index] else {
                index = readOther(index, siblings)
                continue
            }
            // The prompt under a label-only heading (`## Q1`) is the question, not the start of its answer.
            let childPrompt = block.isDetails ? candidate.promptBlocks : 0
            let bodyStart = index + 1 + candidate.promptBlocks - childPrompt
            var end = bodyStart
            var answered = false
            while end < siblings.count, !starts[end],
                continuesItem(siblings[end], after: siblings[end - 1], of: block, candidate, answered: answered)
                    || isAnswerPart(end, of: index, siblings, starts, candidates)
            {
                answered = answered || siblings[end].opensAnswer
                end += 1
            }
            var body = Array(block.children.dropFirst(childPrompt)) + siblings[bodyStart..<end]
            var annotations = Annotations()
            if candidate.shape == "label" {
                while end < siblings.count, siblings[end].kind == .annotation,
                    siblings[end].range.lowerBound == siblings[end - 1].range.upperBound
                {
                    body.append(siblings[end])
                    end += 1
                }
            }
            body = body.filter { block in
                guard block.kind == .annotation else { return true }
                if let problem = annotations.apply(outline.lines[block.range.lowerBound], at: builder.location(line: line(block))) {
                    builder.report(problem)
                }
                return false
            }
            if case .heading(let level) = block.kind {
                sections.removeAll { $0.level >= level }
                if level == 1, title == nil { sawTitleHeading = true }
                headings.append(heading(block))
            }
            finishItem(block, candidate, body: body, annotations: annotations)
            pendingBlocks = []
            caption = nil
            index = end
        }
    }

    // MARK: Deciding

    private func isItemStart(
        _ index: Int, _ siblings: [Block], _ candidates: [QuestionCandidate?], _ runs: [String: CandidateRun],
        nextLineAnswers: Int, nextParagraphAnswers: Int
    ) -> Bool {
        guard let candidate = candidates[index] else { return false }
        let block = siblings[index]
        let run = runs[candidate.shape] ?? CandidateRun()
        // Plainly worded members join a run that asks when they share its numbering.
        let joinsRun = run.asksTogether && (candidate.form >= .soundsLike || run.isNumbered && candidate.number != nil)
        if candidate.inlineAnswer != nil { return true }
        switch block.kind {
        case .label:
            return true
        case .heading(let level):
            // A task heading (`# Explain X`) with an answer heading below it (`## Answer guide`) is an item at any level.
            let answeredBelow = candidate.form >= .soundsLike && answerHeading(below: index, siblings, level: level)
            if level == 1, !outline.isPlainCopy, candidate.form < .asks, !answeredBelow { return false }
            // In markdown a numbered heading that sounds like a question asks where its level is numbered; a page
            // copy's numbered chapters ("1. 什麼是 WSGI") need a run that mostly asks.
            let numberedQuestion = !outline.isPlainCopy && candidate.form == .soundsLike && candidate.number != nil && run.numbered >= 2
            guard candidate.form == .asks || joinsRun || numberedQuestion || answeredBelow else { return false }
            return !holdsOwnItems(after: index, siblings)
        case .details:
            if candidate.form >= .soundsLike || candidate.number != nil { return true }
            // An Obsidian callout asks by its type (`> [!question]- Design a shard key…`), whatever its title says; a
            // plainly titled `<details>` among folds that mostly ask (`<summary>RBAC: Role vs ClusterRole</summary>`)
            // asks too.
            let opening = outline.lines[block.range.lowerBound].trimmed
            guard opening.hasPrefix(">") else { return run.asksTogether }
            return OutlineReader.calloutType(opening.dropFirst().trimmed).map { ["question", "faq", "help"].contains($0.lowercased()) } ?? false
        case .listItem:
            let answered = !block.children.isEmpty || followedByAnswer(index, siblings, candidates)
            guard answered else { return false }
            // An exercise with its answer labelled under it (`答案要點：…`, `Answer key: …`) is an item, however worded.
            if block.children.first?.opensAnswer == true { return true }
            // An item that asks with an answer indented under it is a question even alone; in a run of bullets that
            // mostly ask, so is a plainly worded one with its answer indented the same way.
            let indentedAnswer = block.children.contains { !$0.isListItem }
            return candidate.form == .marked || joinsRun || run.asksTogether && indentedAnswer
                || candidate.form == .asks && (indentedAnswer || followedByAnswer(index, siblings, candidates))
                || candidate.form == .soundsLike && indentedAnswer && QuestionText.hasChineseAskingWord(candidate.question)
        case .paragraph where block.isBoldLine:
            return candidate.form == .asks || joinsRun
        case .paragraph:
            guard index + 1 < siblings.count else { return false }
            let next = siblings[index + 1]
            if next.opensAnswer { return candidate.form >= .asks }
            // A stem over its lettered options and then the answer label: `…正確的是（）`, `A. …`, `答案：B`.
            if next.isOption, candidate.form >= .asks,
                siblings[(index + 1)...].first(where: { !$0.isOption })?.opensAnswer == true
            {
                return true
            }
            // A numbered question line that lost its heading marks (`27.什么是…？` among `##### N.` headings) asks
            // too; in a page copy, so does a short line that asks above the bullets answering it, or above the code
            // those bullets answer about.
            if candidate.form == .asks, candidate.number != nil { return true }
            // "What is X?" with its answer on the very next line, neither numbered nor labelled: a question when
            // the page writes more than one that way.
            if nextLineAnswers >= 2, answersOnNextLine(index, siblings, candidates) { return true }
            // In a page copy, where a blank line may part every paragraph, a run of three or more does the same.
            if nextParagraphAnswers >= 3, answersOnNextLine(index, siblings, candidates, blankBetween: true) { return true }
            guard outline.isPlainCopy, candidate.question.count <= 60 else { return false }
            // A task over the code it is about ("請調整以下程式碼…"), with the bullets answering it under the code.
            if candidate.form >= .soundsLike, case .code = next.kind, index + 2 < siblings.count {
                let after = siblings[index + 2]
                return after.isListItem && after.number == nil
            }
            return next.isListItem && next.number == nil
        default:
            return false
        }
    }

    /// A one-line question with prose right under it (no blank line between, unless `blankBetween`) that asks
    /// nothing itself.
    private func answersOnNextLine(
        _ index: Int, _ siblings: [Block], _ candidates: [QuestionCandidate?], blankBetween: Bool = false
    ) -> Bool {
        guard let candidate = candidates[index], candidate.shape == "line", candidate.form == .asks,
            candidate.question.count <= 120, index + 1 < siblings.count
        else { return false }
        let next = siblings[index + 1]
        return next.kind == .paragraph && !next.isBoldLine
            && (blankBetween || siblings[index].range.upperBound == next.range.lowerBound)
            && (candidates[index + 1]?.form ?? .plain) < .asks
    }

    /// Whether what follows a list item (outside it) could be its answer: code, a reveal, prose, another kind of list.
    private func followedByAnswer(_ index: Int, _ siblings: [Block], _ candidates: [QuestionCandidate?]) -> Bool {
        guard index + 1 < siblings.count else { return false }
        let next = siblings[index + 1]
        switch next.kind {
        case .code, .details, .quote, .table, .label(.answer): return true
        // Prose right under the item, with no blank line between them; after one it is the page's own text.
        case .paragraph: return siblings[index].range.upperBound == next.range.lowerBound
        case .listItem:
            return next.opensAnswer || candidates[index + 1]?.shape != candidates[index]?.shape
        default: return false
        }
    }

    /// Whether a heading that opens an answer (`## Answer guide`) comes below the heading at `index`, before the
    /// next heading of its level or higher.
    private func answerHeading(below index: Int, _ siblings: [Block], level: Int) -> Bool {
        for block in siblings[(index + 1)...] {
            guard let own = block.headingLevel else { continue }
            if own <= level { return false }
            if block.opensAnswer { return true }
        }
        return false
    }

    /// `### 6. How do you empty an array?` then `### Method 1`, `### Method 2`, then `### 7. …`: an unnumbered
    /// heading with content under it, at the level of a numbered question and before the question numbered next
    /// with no other item between, is a part of that answer, not a new section — the numbering runs on past it.
    private func isAnswerPart(
        _ index: Int, of itemIndex: Int, _ siblings: [Block], _ starts: [Bool], _ candidates: [QuestionCandidate?]
    ) -> Bool {
        guard !outline.isPlainCopy, let level = siblings[itemIndex].headingLevel, siblings[index].headingLevel == level,
            siblings[index].number == nil, candidates[index]?.number == nil,
            let number = candidates[itemIndex]?.number.flatMap({ Int($0) }),
            index + 1 < siblings.count, siblings[index + 1].headingLevel == nil
        else { return false }
        // Another item before that question, at any level, makes the heading a section holding items of its own.
        for later in (index + 1)..<siblings.count {
            guard let own = siblings[later].headingLevel else {
                if starts[later] { return false }
                continue
            }
            if own < level { return false }
            if starts[later] { return own == level && candidates[later]?.number.flatMap { Int($0) } == number + 1 }
        }
        return false
    }

    /// A heading over `Q:`/`A:` pairs, cloze or claims is a title over those items, not a question.
    private func holdsOwnItems(after index: Int, _ siblings: [Block]) -> Bool {
        var sawProse = false
        for block in siblings[(index + 1)...] {
            switch block.kind {
            case .heading, .details: return false
            case .label(.cloze), .label(.claim): return true
            // `**Q4: …?**` on a line of its own is the collection's next question, not a Q/A pair of prep's.
            case .label(.question): return !sawProse && !OutlineReader.isBoldLine(outline.lines[block.range.lowerBound])
            case .table, .annotation, .code: continue
            default:
                if block.isBoldLine { return false }
                sawProse = true
            }
        }
        return false
    }

    /// Whether `next` still belongs to the item opened by `block`; `previous` is the block before it.
    private func continuesItem(
        _ next: Block, after previous: Block, of block: Block, _ candidate: QuestionCandidate, answered: Bool
    ) -> Bool {
        // A `<details>` question holds its whole answer, an inline one the rest of its line and what is under it.
        if case .details = block.kind { return false }
        // A labelled answer on the question's line runs on like any labelled answer.
        if candidate.inlineAnswer != nil, candidate.shape != "label" { return false }
        switch next.kind {
        case .furniture: return false
        case .heading(let level):
            // `### Answer` under a question that is no heading opens its answer.
            if next.opensAnswer, !answered, block.headingLevel == nil { return true }
            guard case .heading(let own) = block.kind, !outline.isPlainCopy else { return false }
            return level > own
        default: break
        }
        // The next item of the same list ends an item's answer, whether it asks or not.
        // Only a sibling that opens the answer (`- **A:** …` under `- **Q:** …`) belongs to it.
        // Lettered options written flush under a numbered stem (`4. …（）` then `A. …`) are the question's own.
        if case .listItem = block.kind, next.kind == block.kind, next.depth == block.depth {
            return (next.opensAnswer || next.isOption && !previous.opensAnswer) && !answered
        }
        guard candidate.shape == "label" else { return true }
        // A labelled question's answer is prose, lists and code; after a blank line, a table, a caption or
        // another label starts something new, as in prep's own files where tables and cloze follow Q/A pairs.
        let adjacent = previous.range.upperBound == next.range.lowerBound
        switch next.kind {
        case .paragraph:
            return adjacent || MarkdownSyntax.label(outline.lines[next.range.upperBound - 1]) == nil && !next.isBoldLine
        case .listItem, .code, .quote: return true
        case .table: return adjacent
        case .label(.answer): return !answered && candidate.inlineAnswer == nil
        default: return false
        }
    }
}
