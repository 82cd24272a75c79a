import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal
import PrepCore

/// Asks a quiz session's questions on a raw terminal (keys, colours, redraw) or over piped lines (plain text,
/// one answer per line), and hands every answer to the session, which commits it before the next question.
final class QuizSessionUI {
    enum Ending: Equatable {
        case completed
        case quit
        case endOfInput
    }

    private enum Step {
        /// With the typed text and its judgement, when the answer was typed.
        case outcome(QuizOutcome, typed: (text: String, judgement: AnswerJudgement)?)
        /// Take back the last answer.
        case undo
        case quit
        case endOfInput
    }

    /// What the learner does once the feedback is on screen.
    private enum AfterFeedback {
        case next
        case undo
        case quit
    }

    let session: QuizSession
    let input: InputReader
    let screen: Screen
    let style: Style
    let text: QuizScreenText
    /// The terminal's width now; asked at every draw so a resize takes effect at once.
    let width: () -> Int
    /// The terminal's height now: a question or answer taller than this is paged. Unbounded by default.
    var rows: () -> Int = { .max }
    let now: () -> Date
    /// Runs a card's check on the spot when the learner presses `c` after the answer; without it the
    /// feedback only names the command to run.
    var runCheck: ((_ check: String, _ cardKey: String) -> Void)?
    /// Said once with the next question: what `u` did, or before the first one what the session wants the
    /// learner to know (fewer questions than asked for, how to switch language).
    var note: String?

    init(
        session: QuizSession, input: InputReader, screen: Screen, style: Style, text: QuizScreenText, width: @escaping () -> Int,
        now: @escaping () -> Date
    ) {
        self.session = session
        self.input = input
        self.screen = screen
        self.style = style
        self.text = text
        self.width = width
        self.now = now
    }

    var interactive: Bool { input.mode == .terminal }

    /// The box on screen and the note under it, redrawn at the new width when the terminal is resized.
    var shownBox: CardBox?
    var shownNote: String?
    /// Lines the last warning took on screen, erased when the next answer comes.
    private var warningLines = 0
    /// Which part of a box taller than the terminal is on screen, and whether it is.
    var pager = Pager()
    var paged = false
    /// A warning on a paged screen, drawn above the key hints instead of under the box.
    var pagedWarning: [String] = []

    /// The lines the screen may hold: one is left for the cursor after the last.
    var height: Int { rows() - 1 }

    func run() throws -> Ending {
        var index = 0
        while index < session.questions.count {
            let question = session.questions[index]
            let shownAt = now()
            let box = questionBox(question, number: index + 1, hint: hint(for: question))
            // Piped, the note comes before the question it is about; on a terminal, under the redrawn box.
            if !interactive, let shown = note { screen.write(["", style.yellow(shown)]) }
            if interactive {
                shownNote = note
                drawFromTop(box)
            } else {
                screen.write(plainQuestion(question, number: index + 1))
            }
            note = nil
            let outcome: QuizOutcome
            var typed: (text: String, judgement: AnswerJudgement)?
            switch readOutcome(for: question, box: box) {
            case .outcome(let answered, let typedAnswer):
                outcome = answered
                typed = typedAnswer
            case .undo:
                // Asked from the next question: the answer taken back is the previous one.
                index = try undo(currentIndex: index)
                continue
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
            let answeredAt = now()
            let elapsed = Duration.milliseconds(Int64(max(0, answeredAt.timeIntervalSince(shownAt)) * 1000))
            let answer = try session.answer(question, outcome: outcome, elapsed: elapsed, at: answeredAt)
            let feedbackLines = { self.feedback(question, outcome: outcome, typed: typed, answer: answer, answeredAt: answeredAt) }
            screen.write(feedbackLines())
            index += 1
            guard interactive else { continue }
            let redrawFeedback = {
                if let box = self.shownBox { self.draw(box) }
                if let typed { self.screen.write([self.style.cyan(self.text.prompt) + typed.text]) }
                self.screen.write(feedbackLines())
            }
            switch waitToContinue(after: question, redraw: redrawFeedback) {
            case .next: break
            case .quit: return .quit
            case .undo: index = try undo(currentIndex: index)
            }
        }
        return .completed
    }

    /// Takes back the last answer and returns the index of the question to ask next: the one taken back.
    /// The note is shown with the question asked next.
    private func undo(currentIndex: Int) throws -> Int {
        guard try session.undo() != nil else {
            note = text.language.nothingToUndo
            return currentIndex
        }
        note = text.language.undoneLine(currentIndex)
        return currentIndex - 1
    }

    // MARK: Reading answers

    private func readOutcome(for question: QuizQuestion, box: CardBox) -> Step {
        var warned = false
        while true {
            let step: Step?
            if interactive, case .recall(_, _, .typed) = question.kind {
                guard let line = input.readLine(prompt: style.cyan(text.prompt), redraw: { self.draw(box) }) else { return .quit }
                step = self.step(for: QuizLineInput.parse(line, for: question), question: question, box: box)
            } else if interactive {
                guard let key = input.readKey() else { return .endOfInput }
                if key == .resize {
                    pagedWarning = []
                    draw(box)
                    warned = false
                    continue
                }
                if paged && pager.move(for: key, height: height) {
                    draw(box)
                    continue
                }
                step = self.step(forKey: key, question: question, box: box)
            } else {
                guard let key = input.readKey() else { return .endOfInput }
                step = self.step(for: QuizLineInput.parse(Self.line(of: key), for: question), question: question, box: box)
            }
            if let step {
                // On a terminal the warning has done its job once the answer is in.
                if interactive && warned { screen.replaceLast(warningLines, with: []) }
                pagedWarning = []
                return step
            }
            warn(text.unrecognized(hint(for: question)), again: warned)
            warned = true
        }
    }

    /// Says an input was not understood; on a terminal a repeated warning replaces the last one.
    private func warn(_ message: String, again: Bool) {
        let lines = (interactive ? DisplayWidth.wrap(message, width: width()) : [message]).map(style.yellow)
        if paged, let shownBox {
            pagedWarning = lines
            warningLines = 0
            draw(shownBox)
            return
        }
        if interactive && again {
            screen.replaceLast(warningLines, with: lines)
        } else {
            screen.write(lines)
        }
        warningLines = lines.count
    }

    /// A key on the terminal: letters and digits choose, `t`/`f` judge, Enter reveals, `q` or Ctrl-C quits.
    private func step(forKey key: Key, question: QuizQuestion, box: CardBox) -> Step? {
        switch key {
        case .char("q"), .char("Q"), .ctrlC, .ctrlD, .escape: return .quit
        case .enter, .space: return step(for: .reveal, question: question, box: box)
        case .char(let character): return step(for: QuizLineInput.parse(String(character), for: question), question: question, box: box)
        default: return nil
        }
    }

    /// Nil when the input is not an answer to this question, which then asks again.
    private func step(for input: QuizLineInput, question: QuizQuestion, box: CardBox) -> Step? {
        switch (input, question.kind) {
        case (.quit, _):
            return .quit
        case (.undo, _):
            return .undo
        case (.choice(let index), .multipleChoice(_, _, let correct)), (.choice(let index), .whichOne(_, _, let correct)):
            return .outcome(.answered(index == correct ? .exact : .wrong), typed: nil)
        case (.truth(let value), .trueFalse(_, let answer, _)):
            return .outcome(.answered(value == answer ? .exact : .wrong), typed: nil)
        case (.text(let typed), .recall(_, _, .typed)):
            guard let judgement = session.judge(typed, for: question) else { return nil }
            return .outcome(.answered(judgement.match), typed: (typed, judgement))
        case (.reveal, .recall(_, _, .typed)):
            // Giving up on a typed answer is not knowing it.
            return .outcome(.answered(.wrong), typed: nil)
        case (.reveal, .recall(_, let answer, .selfGraded)):
            return selfGrade(revealing: answer, box: box)
        default:
            return nil
        }
    }

    private func selfGrade(revealing rawAnswer: String, box: CardBox) -> Step {
        let answer = MarkdownDisplay.render(AnswerSections.shown(rawAnswer), style: style)
        var revealed = box
        revealed.sections.append(style.bold(text.answerLabel) + "\n" + answer)
        revealed.footer = text.selfGradeHint
        if interactive {
            drawFromTop(revealed)
        } else {
            screen.write([text.answerHeading] + answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + ["(\(text.selfGradeHint))"])
        }
        var warned = false
        while true {
            guard let key = input.readKey() else { return .endOfInput }
            switch key {
            case .char("q"), .char("Q"), .ctrlC, .ctrlD, .escape: return .quit
            case .char("u"), .char("U"): return .undo
            case .line(let line) where AnswerText.folded(line.trimmingWhitespace()) == "u": return .undo
            case .enter where !interactive: continue
            case .resize:
                pagedWarning = []
                draw(revealed)
                warned = false
                continue
            case _ where paged && pager.move(for: key, height: height):
                draw(revealed)
                continue
            default: break
            }
            if let rating = QuizLineInput.selfGrade(Self.line(of: key)) {
                if interactive && warned { screen.replaceLast(warningLines, with: []) }
                // The feedback follows the question alone: under a full screen of answer it would scroll away.
                if paged { drawFromTop(box) }
                return .outcome(.selfGraded(rating), typed: nil)
            }
            warn(text.unrecognized(text.selfGradeHint), again: warned)
            warned = true
        }
    }

    /// After the feedback on a terminal: any key goes on, `q` quits, `u` takes the answer back, `c` runs the
    /// card's check when it can.
    private func waitToContinue(after question: QuizQuestion, redraw: () -> Void) -> AfterFeedback {
        let check = runCheck.flatMap { runner in question.check.map { (runner, $0) } }
        screen.write([""] + DisplayWidth.wrap(text.continueHint(canRunCheck: check != nil), width: width()).map(style.dim))
        while let key = input.readKey() {
            switch key {
            case .resize:
                redraw()
                screen.write([""] + DisplayWidth.wrap(text.continueHint(canRunCheck: check != nil), width: width()).map(style.dim))
            case .char("q"), .char("Q"), .ctrlC, .ctrlD, .escape:
                return .quit
            case .char("u"), .char("U"):
                return .undo
            case .char("c") where check != nil:
                check.map { runner, name in runner(name, question.cardKey) }
                screen.write([""] + DisplayWidth.wrap(text.continueHint(canRunCheck: true), width: width()).map(style.dim))
            default:
                return .next
            }
        }
        return .quit
    }

    /// The text of a line-mode key, as the line that produced it.
    private static func line(of key: Key) -> String {
        switch key {
        case .char(let character): String(character)
        case .line(let line): line
        default: ""
        }
    }
}
