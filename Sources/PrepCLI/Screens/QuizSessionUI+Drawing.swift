import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// Drawing a quiz's questions and feedback: a box on a terminal, paged when taller than the screen, or
/// plain lines when piped.
extension QuizSessionUI {
    func draw(_ box: CardBox) {
        shownBox = box
        let width = width()
        let note = shownNote.map { DisplayWidth.wrap($0, width: width).map(style.yellow) } ?? []
        let whole = box.render(width: width) + note
        let room = height - pagedWarning.count
        paged = interactive && !Pager.fits(whole.count, height: room)
        guard paged else {
            screen.redraw(whole)
            return
        }
        // The hints leave the box for the last line, so they stay in view wherever the box is scrolled.
        var window = box
        window.footer = nil
        let hints = [text.scrollHint] + (box.footer.map { [$0] } ?? [])
        var lines = pager.lines(
            body: window.render(width: width) + note, height: room, footer: nil,
            scrollFooter: style.dim(DisplayWidth.truncate(hints.joined(separator: " · "), to: width)),
            marker: { below in self.style.dim(self.text.moreBelow(below)) }
        )
        lines.insert(contentsOf: pagedWarning, at: lines.count - 1)
        screen.redraw(lines)
    }

    /// A new box starts at its top, with no warning left from the last one.
    func drawFromTop(_ box: CardBox) {
        pager = Pager()
        pagedWarning = []
        draw(box)
    }

    func hint(for question: QuizQuestion) -> String {
        switch question.kind {
        case .multipleChoice(_, let options, _), .whichOne(_, let options, _): text.choiceHint(optionCount: options.count)
        case .trueFalse: text.trueFalseHint
        case .recall(_, _, .typed): text.typedHint(interactive: interactive)
        case .recall(_, _, .selfGraded): text.revealHint(interactive: interactive)
        }
    }

    /// The question with its markdown rendered for this screen.
    func shown(_ question: QuizQuestion) -> QuizQuestion {
        question.displayed { MarkdownDisplay.render($0, style: style) }
    }

    func questionBox(_ rawQuestion: QuizQuestion, number: Int, hint: String) -> CardBox {
        let question = shown(rawQuestion)
        let title = text.header(number: number, of: session.questions.count) + " · " + text.typeName(question.type)
        var sections: [String]
        switch question.kind {
        case .multipleChoice(let prompt, let options, _), .whichOne(let prompt, let options, _):
            sections = [style.bold(prompt), options.enumerated().map { index, option in
                style.cyan(QuizLineInput.choiceLabel(at: index) + ")") + " " + option
            }.joined(separator: "\n")]
        case .trueFalse(let statement, _, _):
            sections = [style.bold(statement)]
        case .recall(let prompt, _, _):
            sections = [style.bold(prompt)]
        }
        return CardBox(title: title, sections: sections, footer: hint, style: style)
    }

    func plainQuestion(_ rawQuestion: QuizQuestion, number: Int) -> [String] {
        let question = shown(rawQuestion)
        var lines = ["", "[\(number)/\(session.questions.count)] \(text.typeName(question.type))"]
        switch question.kind {
        case .multipleChoice(let prompt, let options, _), .whichOne(let prompt, let options, _):
            lines.append(prompt)
            lines += options.enumerated().map { index, option in "  \(QuizLineInput.choiceLabel(at: index))) \(option)" }
        case .trueFalse(let statement, _, _):
            lines.append(statement)
        case .recall(let prompt, _, _):
            lines.append(prompt)
        }
        lines.append("(\(hint(for: question)))")
        return lines
    }

    func feedback(
        _ question: QuizQuestion, outcome: QuizOutcome, typed: (text: String, judgement: AnswerJudgement)?,
        answer: QuizAnswer, answeredAt: Date
    ) -> [String] {
        // A colour marks a difference on a terminal; without colour, brackets do.
        let style = style
        var mark: (String) -> String = QuizFeedback.bracketed
        if style.isEnabled { mark = { style.underline(style.yellow($0)) } }
        var lines = QuizFeedback.lines(
            for: shown(question), outcome: outcome, typed: typed, mark: mark, screen: text.language)
        if !lines.isEmpty {
            lines[0] = style.bold(outcome.isRight ? style.green(lines[0]) : style.red(lines[0]))
        }
        if question.check != nil, let last = lines.indices.last {
            lines[last] = style.yellow(lines[last])
        }
        let interval = answer.grade.newState.due.timeIntervalSince(answeredAt)
        // A self-graded answer already says its rating in the headline.
        let ratedByLearner = if case .selfGraded = outcome { true } else { false }
        lines.append(style.dim(ratedByLearner
            ? text.nextReview(in: interval) : text.rated(answer.rating, because: answer.hardReason, nextIn: interval)))
        return interactive ? [""] + lines.flatMap { DisplayWidth.wrap($0, width: width()) } : lines
    }
}
