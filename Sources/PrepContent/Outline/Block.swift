import Foundation

/// One block of a document's outline. Every reader (markdown, plain text copied from a page or a PDF)
/// produces the same blocks, so recognisers ask what a block is, never which file it came from.
struct Block {
    enum Kind: Equatable {
        case heading(level: Int)
        case paragraph
        /// A list item; `ordered` for `1.`, `2)`, `3、`, `3.1`, false for `-`, `*`, `•`.
        case listItem(ordered: Bool)
        case quote
        case code(language: String?)
        /// `<details>` with its `<summary>` text; the body is the children.
        case details(summary: String)
        case table
        /// A line that opens with a marker (`Q:`, `Answer:`, `答案：`, `C:`, `Claim:`); `text` is what follows it.
        case label(ItemMarker)
        /// `id:`, `tags:`, `verdict:` … below an item.
        case annotation
        case rule
        /// Layout-only HTML (`<p align="center">`, a stray `</details>`).
        case html
        /// Share buttons, "related posts", copyright: what a web page prints around a post.
        case furniture
    }

    var kind: Kind
    /// The outline lines the block spans, children included.
    var range: Range<Int>
    /// Heading title, list item or paragraph text (its first paragraph, lines joined), label text, summary.
    var text: String = ""
    /// The list number of an ordered item (`3`, `3.1`), or the number of a list-item heading.
    var number: String?
    /// Nesting depth of a list item (0 outside any list item).
    var depth = 0
    /// A paragraph that is one bold line (`**What is X?**`), the way many collections write questions.
    var isBoldLine = false
    /// A list item lettered as a choice (`- A: …` beside `- B: …`): an option, never an answer label.
    var isOption = false
    var children: [Block] = []

    var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }

    var marker: ItemMarker? {
        if case .label(let marker) = kind { return marker }
        return nil
    }

    var isDetails: Bool {
        if case .details = kind { return true }
        return false
    }

    var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }

    /// A block that only reveals the answer of the question above it: `<summary>Answer</summary>`.
    var isRevealDetails: Bool {
        if case .details(let summary) = kind { return DetailsBlock.isRevealPhrase(QuestionText.parts(summary).question) }
        return false
    }

    /// Whether the block opens an answer: an answer label, a reveal `<details>`, or a quote that starts with one.
    var opensAnswer: Bool {
        if marker == .answer || isRevealDetails { return true }
        if case .quote = kind, let first = children.first { return first.opensAnswer }
        if isBoldLine, case .answer? = ItemMarker.parse(text)?.marker { return true }
        switch kind {
        // `- **A:** …` under a `- **Q:** …` sibling, `## Answer guide` under a task.
        case .listItem: return !isOption && ItemMarker.parse(text)?.marker == .answer
        case .heading: return ItemMarker.isAnswerHeading(text)
        default: return false
        }
    }
}

/// A document as blocks over its lines: `lines` are what the blocks' ranges index, `lineNumbers` where each
/// line was in the file (a plain-text copy adds and drops lines on its way to the outline).
struct Outline {
    var lines: [String]
    var lineNumbers: [Int]
    var blocks: [Block]
    var frontMatter: FrontMatter?
    /// A copy of a web page or PDF: its first line is the title, every heading opens a section, and a
    /// heading always ends the answer above it (a page's headings are its structure, never inside an answer).
    var isPlainCopy = false

    func sourceLine(_ index: Int) -> Int {
        index < lineNumbers.count ? lineNumbers[index] : (lineNumbers.last ?? 0) + 1
    }
}

extension Outline {
    /// Every code block, nested ones included, kept verbatim.
    var codeBlocks: [CodeBlock] {
        var found: [CodeBlock] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                if case .code(let language) = block.kind {
                    let fenced = MarkdownSyntax.fenceOpener(lines[block.range.lowerBound]) != nil
                    let last = block.range.upperBound - 1
                    let closed = last > block.range.lowerBound && MarkdownSyntax.fenceOpener(lines[last]) != nil
                    let body = lines[(block.range.lowerBound + (fenced ? 1 : 0))..<(closed ? last : block.range.upperBound)]
                    found.append(
                        CodeBlock(
                            language: language, startLine: sourceLine(block.range.lowerBound), endLine: sourceLine(last),
                            text: body.joined(separator: "\n")))
                }
                collect(block.children)
            }
        }
        collect(blocks)
        return found.sorted { $0.startLine < $1.startLine }
    }
}
