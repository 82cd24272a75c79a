/// Reads a hashcards deck (github.com/eudoxia0/hashcards): `Q:` / `A:` cards and `C:` cloze cards with
/// `[deletions]`, each side running over any number of lines, blank ones included, until the next card,
/// a `---` line or the end; TOML front matter between `---` lines whose `name = "…"` names the deck.
///
/// Keys are derived like prep markdown's (question or cloze text, no section), so a deck that prep once
/// read as markdown keeps its progress.
struct HashcardsReader: ArticleBodyParser {
    private let lines: [String]
    private(set) var builder: CardBuilder
    private(set) var title: String?
    let headings: [Heading] = []
    let tables: [ComparisonTable] = []
    private(set) var qa: [QAItem] = []
    private(set) var codeBlocks: [CodeBlock] = []

    /// The card being read: what opened it, where, and its lines so far.
    private enum Pending {
        case question(line: Int, text: [String])
        case answer(questionLine: Int, question: [String], text: [String])
        case cloze(line: Int, text: [String])
    }

    private var pending: Pending?

    init(lines: [String], builder: CardBuilder) {
        self.lines = lines
        self.builder = builder
    }

    mutating func parse() {
        var index = 0
        if let frontMatter = HashcardsFrontMatter(lines: lines) {
            title = frontMatter.name
            index = frontMatter.endIndex
        }
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            if let fence = MarkdownSyntax.fenceOpener(line), pending != nil {
                index = appendFence(from: index, fence: fence.fence)
                continue
            }
            index += 1
            if line.trimmed == "---" {
                finish()
            } else if let rest = Self.rest(of: line, after: "Q:") {
                finish()
                pending = .question(line: number, text: [rest])
            } else if let rest = Self.rest(of: line, after: "A:") {
                switch pending {
                case .question(let questionLine, let question):
                    pending = .answer(questionLine: questionLine, question: question, text: [rest])
                default:
                    finish()
                    error(number, .answerWithoutQuestion)
                }
            } else if let rest = Self.rest(of: line, after: "C:") {
                finish()
                pending = .cloze(line: number, text: [rest])
            } else {
                append(line)
            }
        }
        finish()
    }

    /// hashcards reads a marker only at the very start of a line.
    private static func rest(of line: String, after marker: String) -> String? {
        line.hasPrefix(marker) ? line.dropFirst(marker.count).trimmed : nil
    }

    private mutating func append(_ line: String) {
        switch pending {
        case .question(let start, let text): pending = .question(line: start, text: text + [line])
        case .answer(let start, let question, let text):
            pending = .answer(questionLine: start, question: question, text: text + [line])
        case .cloze(let start, let text): pending = .cloze(line: start, text: text + [line])
        case nil:
            // Before the first card: a `# Title` names the deck when the front matter did not.
            if title == nil, let (level, text) = MarkdownSyntax.heading(line), level == 1 { title = text }
        }
    }

    /// Keeps a fenced block inside the card whole, so `Q:` lines in code are code.
    private mutating func appendFence(from start: Int, fence: String) -> Int {
        var index = start
        append(lines[index])
        index += 1
        var bodyEnd = lines.count
        while index < lines.count {
            let line = lines[index]
            append(line)
            index += 1
            if line.trimmed.hasPrefix(fence), line.trimmed.allSatisfy({ $0 == fence.first }) {
                bodyEnd = index - 1
                break
            }
        }
        let body = lines[(start + 1)..<bodyEnd].joined(separator: "\n")
        let language = MarkdownSyntax.fenceOpener(lines[start])?.language
        codeBlocks.append(CodeBlock(language: language, startLine: start + 1, endLine: index, text: body))
        return index
    }

    private mutating func finish() {
        defer { pending = nil }
        switch pending {
        case nil:
            return
        case .question(let line, _):
            error(line, .questionHasNoAnswer)
        case .answer(let line, let questionLines, let answerLines):
            let question = MarkdownSyntax.joinBlock(questionLines)
            let answer = MarkdownSyntax.joinBlock(answerLines)
            guard !question.isEmpty else { return error(line, .questionIsEmpty) }
            guard !answer.isEmpty else { return error(line, .questionHasNoAnswer) }
            qa.append(QAItem(number: nil, question: question, answer: answer, line: line))
            builder.addQuestion(question, answer: answer, sectionPath: [], annotations: Annotations(), line: line)
        case .cloze(let line, let textLines):
            let source = MarkdownSyntax.joinBlock(textLines)
            guard let cloze = ClozeText(source) else {
                return error(line, .clozeWithoutBracketDeletion)
            }
            builder.addCloze(cloze, source: source, sectionPath: [], annotations: Annotations(), line: line)
        }
    }

    private mutating func error(_ line: Int, _ problem: ContentDiagnostic.Problem) {
        builder.report(ContentDiagnostic(.error, at: builder.location(line: line), problem))
    }
}
