import Foundation

/// What a block would ask if it were a question, and how sure its form alone makes that.
struct QuestionCandidate {
    enum Form: Int, Comparable {
        /// Nothing in its wording asks; only its siblings can make it a question.
        case plain
        /// Starts like a question or an exam task (`How…`, `Explain…`, `說明…`, `…的区别`).
        case soundsLike
        /// Ends in a question mark once its decoration is set aside.
        case asks
        /// Opens with a question label (`Q:`, `問：`, `Question 3:`).
        case marked

        static func < (lhs: Form, rhs: Form) -> Bool { lhs.rawValue < rhs.rawValue }

        init(of question: String, isHeading: Bool = false) {
            if QuestionText.endsInQuestionMark(question) || QuestionText.endsInQuestionAndInstruction(question) {
                self = .asks
            } else if question.count > 160 {
                // A long text that does not end in a question mark is prose, whatever its first words.
                self = .plain
            } else if QuestionText.soundsLikeQuestion(question), !QuestionText.isBareWord(question),
                isHeading || !question.hasSuffix(":") && !question.hasSuffix("："),
                !QuestionText.isIndirectPhrase(question)
            {
                // A bare word is a topic ("比較", "Compare"), and a line ending in a colon introduces what follows.
                self = .soundsLike
            } else {
                self = .plain
            }
        }
    }

    var number: String?
    var question: String
    /// Blocks of one shape (heading level, list depth and kind, bold line) form a run judged together.
    var shape: String
    var form: Form
    /// The answer written on the question's own line: `- **Why use namespaces?** To share one cluster.`
    var inlineAnswer: String?
    /// Blocks after the candidate's own that its question takes: the prompt under a label-only heading.
    var promptBlocks = 0

    /// The candidate a block offers; nil for blocks that never ask (code, tables, rules, answers).
    init?(_ block: Block) {
        let onOneLine = block.isListItem || block.kind == .paragraph && block.range.count == 1 && !block.isBoldLine
        if onOneLine, let (question, answer) = QuestionText.inlineBoldQuestion(block.text) {
            self.init(number: block.number, question: question, shape: "inline", form: .asks)
            inlineAnswer = answer
            return
        }
        switch block.kind {
        case .label(.question(let number)):
            self.init(number: number, question: block.text, shape: "label", form: .marked)
            if let (question, answer) = QuestionText.inlineLabelledAnswer(block.text) {
                self.question = question
                inlineAnswer = answer
            }
        case .heading(let level):
            let (number, question) = QuestionText.parts(block.text)
            self.init(
                number: number ?? block.number, question: question, shape: "h\(level)", form: Form(of: question, isHeading: true))
        case .details(let summary):
            let (number, question) = QuestionText.parts(summary)
            guard !DetailsBlock.isRevealPhrase(question) else { return nil }
            self.init(number: number, question: question, shape: "details", form: Form(of: question))
        case .paragraph where block.isBoldLine:
            var (number, question) = QuestionText.parts(block.text)
            if question.hasPrefix("Q "), question.count > 2 { question = question.dropFirst(2).trimmed }
            self.init(number: number, question: question, shape: "bold", form: Form(of: question))
        case .listItem:
            guard case .listItem(let ordered) = block.kind else { return nil }
            let text = QuestionText.withoutTaskMarks(block.text)
            if let front = QuestionText.withoutCardTag(text) {
                // `- #card Front` with its answer as the child block, as Logseq writes a flash card.
                let (number, question) = QuestionText.parts(front)
                self.init(number: number ?? block.number, question: question, shape: "card", form: .marked)
                return
            }
            if case (.question(let number), let rest)? = ItemMarker.parse(text) {
                self.init(number: number ?? block.number, question: rest, shape: "label", form: .marked)
                return
            }
            let (number, question) = QuestionText.parts(text)
            self.init(
                number: number ?? block.number, question: question, shape: "li\(ordered ? 1 : 0)-\(block.depth)",
                form: Form(of: question))
        case .paragraph where block.range.count == 1 || Self.isStemOverOptions(block):
            // Most one-line paragraphs are answers: a cheap look at the raw text first.
            guard QuestionText.withoutOptions(block.text).count <= 200,
                QuestionText.endsInQuestionMark(block.text) || QuestionText.soundsLikeQuestion(block.text)
            else { return nil }
            let (number, question) = QuestionText.parts(block.text)
            let form = Form(of: question)
            guard form >= .soundsLike else { return nil }
            self.init(number: number, question: question, shape: "line", form: form)
        default:
            return nil
        }
        guard !question.isEmpty else { return nil }
    }

    /// A paragraph whose first line asks and whose other lines are its lettered options, one per line. A first
    /// line opening in lower case goes on from a line above it (a question wrapped by a page copy), not a stem.
    private static func isStemOverOptions(_ block: Block) -> Bool {
        let lines = block.text.split(separator: "\n")
        return lines.count == block.range.count && lines.count >= 3 && !(lines[0].first?.isLowercase ?? true)
            && lines.dropFirst().allSatisfy { OutlineReader.isOption(String($0)) }
    }

    /// `## Q1` (or `### Question 3`, `## 第 2 題`, `<summary>Question 3</summary>`) over a paragraph that asks:
    /// the paragraph is the question, the label only its number.
    init?(label: Block, prompt: Block) {
        let shape: String
        switch label.kind {
        case .heading(let level): shape = "h\(level)"
        case .details: shape = "details"
        default: return nil
        }
        guard prompt.kind == .paragraph, !prompt.isBoldLine, let number = QuestionText.labelOnlyNumber(label.text) else { return nil }
        let question = QuestionText.clean(prompt.text)
        let form = Form(of: question)
        guard form >= .soundsLike else { return nil }
        self.init(number: number, question: question, shape: shape, form: form)
        promptBlocks = 1
    }

    init(number: String?, question: String, shape: String, form: Form) {
        self.number = number
        self.question = question
        self.shape = shape
        self.form = form
    }
}

/// How the candidates of one shape fare together: most asking, most numbered.
struct CandidateRun {
    var count = 0
    var asking = 0
    var numbered = 0

    /// Most members ask (or sound like they do): the rest of the run are questions written plainly.
    var asksTogether: Bool { count >= 2 && asking * 2 > count }
    var isNumbered: Bool { count >= 2 && numbered * 2 >= count }

    static func runs(of candidates: [QuestionCandidate?]) -> [String: CandidateRun] {
        var runs: [String: CandidateRun] = [:]
        for candidate in candidates.compactMap({ $0 }) {
            runs[candidate.shape, default: CandidateRun()].count += 1
            if candidate.form >= .soundsLike { runs[candidate.shape, default: CandidateRun()].asking += 1 }
            if candidate.number != nil { runs[candidate.shape, default: CandidateRun()].numbered += 1 }
        }
        return runs
    }
}
