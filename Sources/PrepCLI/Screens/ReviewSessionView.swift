import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// Runs a ``ReviewSession`` for a learner: on a terminal key by key with the card redrawn in place (and again
/// whenever the terminal changes size), over a pipe one line per key with plain text, so scripts and tests see
/// a readable transcript.
struct ReviewSessionView {
    enum Ending: Equatable {
        case finished
        case quit
        case endOfInput
    }

    let session: ReviewSession
    let input: InputReader
    let screen: Screen
    let style: Style
    let phrases: ScreenPhrases
    /// The terminal's size now; asked at every draw so a resize takes effect at once.
    let size: () -> TerminalSize
    let now: () -> Date
    var extraKeys: [ReviewKeyAction] = []
    /// The numbered lines around a card's source line, or nil when its file cannot be read.
    var sourceContext: (StudyCard) -> [String]? = { _ in nil }

    /// Cards stay readable on a wide terminal: the box grows with it only up to this.
    static let maximumWidth = 100

    private var isTerminal: Bool { input.mode == .terminal }

    private var width: Int { max(20, min(Self.maximumWidth, size().columns)) }

    /// Shows cards until none is left, the learner quits or input ends; every grade is committed as it is given.
    /// `notice` is shown above the first card.
    func run(notice firstNotice: [String] = []) throws -> Ending {
        var returning: StudyCard?
        var notice = firstNotice
        while let card = returning ?? session.next(now: now()) {
            returning = nil
            let (outcome, nextNotice) = try show(card, notice: notice)
            notice = nextNotice
            switch outcome {
            case .next:
                continue
            case .again(let previous):
                returning = previous
            case .end(let ending):
                screen.redraw(notice)
                return ending
            }
        }
        screen.redraw(notice)
        return .finished
    }

    /// What comes after one card.
    private enum Outcome {
        case next
        case again(StudyCard)
        case end(Ending)
    }

    /// What is on screen for one card besides the card itself.
    private struct CardScreen {
        var revealed = false
        var notes: [String] = []
        var previews: [Rating: SchedulingCard] = [:]
        /// Which part of the card is shown when it is taller than the terminal.
        var pager = Pager()
    }

    /// Shows `card` under `notice` (what the previous card left to say) until it is graded, suspended or left;
    /// returns what comes next and the notice for the next card.
    private func show(_ card: StudyCard, notice: [String]) throws -> (Outcome, notice: [String]) {
        let shownAt = now()
        var state = CardScreen()
        let draw = { (state: inout CardScreen) in
            screen.redraw(terminalLines(for: card, state: &state, shownAt: shownAt, notice: notice))
        }
        if isTerminal { draw(&state) } else { screen.redraw(pipedLines(for: card, notice: notice)) }
        while true {
            guard let key = input.readKey() else { return (.end(.endOfInput), []) }
            let previousNotes = state.notes
            state.notes = []
            switch key {
            case .resize:
                state.notes = previousNotes
            case _ where state.pager.move(for: key, height: size().rows):
                state.notes = previousNotes
            case .enter where !state.revealed, .space where !state.revealed:
                state.revealed = true
                state.previews = session.cram ? [:] : session.preview(card, now: shownAt)
                if !isTerminal { state.notes = answerLines(card, previews: state.previews, shownAt: shownAt) }
            case .char(let character) where state.revealed && ("1"..."4").contains(character):
                let rating = Rating(rawValue: Int(String(character))!)!
                let gradedAt = now()
                let duration = Int((gradedAt.timeIntervalSince(shownAt) * 1000).rounded())
                if let result = try session.grade(card, rating: rating, now: gradedAt, durationMs: max(0, duration)), result.becameLeech {
                    return (.next, [style.yellow(phrases.becameLeech(oneLine(front(of: card).last ?? card.card.front, max: 40), result.newState.lapses))])
                }
                return (.next, [])
            case .char(let character) where ("1"..."4").contains(character):
                state.notes = [style.dim(phrases.showAnswerFirst(isTerminal))]
            case .char("u"):
                switch try session.undo() {
                case .grade(let previous):
                    return (.again(previous), [style.dim(phrases.undidGrade)])
                case .suspension(let previous):
                    return (.again(previous), [style.dim(phrases.unsuspended)])
                case .forgetting(let previous):
                    return (.again(previous), [style.dim(phrases.manage.undidForget)])
                case nil:
                    state.notes = [style.dim(phrases.nothingToUndo)]
                }
            case .char("s"):
                try session.suspend(card, now: now())
                let command = "prep flashcards unsuspend \(card.key)"
                return (.next, [style.dim(phrases.manage.suspendedInReview(oneLine(front(of: card).last ?? card.card.front, max: 40), command))])
            case .char("!") where !session.cram:
                guard try session.forget(card, now: now()) else {
                    state.notes = [style.dim(phrases.manage.unchanged(.forget, 1))]
                    break
                }
                return (.next, [style.dim(phrases.manage.forgotInReview(oneLine(front(of: card).last ?? card.card.front, max: 40)))])
            case .char("e"):
                let location = card.card.sourceLocation
                if let context = sourceContext(card) {
                    state.notes = ["", style.bold(phrases.sourceTitle(location))] + context
                    // The source is below the card: bring it into view on a short terminal.
                    state.pager.showEnd()
                } else {
                    state.notes = [phrases.sourceUnreadable(location)]
                }
            case .char("q"), .ctrlC, .ctrlD, .escape:
                return (.end(.quit), [])
            case .char(let character):
                if let action = extraKeys.first(where: { $0.key == character && $0.applies(card) }) {
                    state.notes = try action.perform(card)
                } else if !isTerminal {
                    state.notes = [phrases.unknownKey(String(character)) + " " + hints(revealed: state.revealed, card: card)]
                }
            default:
                if !isTerminal {
                    state.notes = [hints(revealed: state.revealed, card: card)]
                }
            }
            if isTerminal {
                draw(&state)
            } else {
                screen.write(state.notes)
            }
        }
    }

    /// Over a pipe: the card's front with its hints, one block per card.
    private func pipedLines(for card: StudyCard, notice: [String]) -> [String] {
        let header = phrases.pipedCardHeader(session.summary.reviewed + 1, card.card.topic, stateName(card))
        return notice + ["", header] + front(of: card).map { phrases.questionLabel + $0 } + [hints(revealed: false, card: card)]
    }

    /// The whole screen for a card on a terminal, cut to the terminal's height when the card is taller:
    /// the key hints always stay on the last line and a marker says how much lies below.
    private func terminalLines(for card: StudyCard, state: inout CardScreen, shownAt: Date, notice: [String]) -> [String] {
        let width = width
        let kind = phrases.kindNames[card.card.kind.rawValue] ?? card.card.kind.rawValue
        let title = phrases.cardTitle(card.card.topic, kind, stateName(card), session.cram, session.summary.reviewed, session.remainingCount(now: shownAt))
        var sections = [front(of: card).joined(separator: "\n")]
        if state.revealed { sections.append(back(of: card)) }
        var body = notice.isEmpty ? [""] : notice.flatMap { line in line.isEmpty ? [""] : DisplayWidth.wrap(line, width: width) }
        body += CardBox(title: title, sections: sections, style: style).render(width: width)
        if state.revealed {
            let choices = gradeChoices(previews: state.previews, from: shownAt)
            body += DisplayWidth.of(choices) <= width - 2
                ? ["  " + choices] : DisplayWidth.wrap(choices, width: width - 2).map { "  " + $0 }
        }
        body += state.notes.flatMap { note in note.isEmpty ? [""] : DisplayWidth.wrap(note, width: width) }
        let footer = style.dim("  " + hints(revealed: state.revealed, card: card, fitting: width - 2, scrollable: false))
        let scrollFooter = style.dim("  " + hints(revealed: state.revealed, card: card, fitting: width - 2, scrollable: true))
        return state.pager.lines(
            body: body, height: size().rows, footer: footer, scrollFooter: scrollFooter,
            marker: { below in style.dim("  " + phrases.moreBelow(below)) }
        )
    }

    /// A claim's front says it is a claim to judge, so a false statement does not read like a fact; a table
    /// cell's front is the question the quiz would ask, not the breadcrumb it is stored with.
    private func front(of card: StudyCard) -> [String] {
        let render = { MarkdownDisplay.render($0, style: style) }
        switch card.card.kind {
        case .claim: return [phrases.claimCue, render(card.card.front)]
        case .cell: return [render(card.card.questionWording)]
        default: return [render(card.card.front)]
        }
    }

    /// A cloze back shows the sentence with the words that were hidden picked out; any other back shows its
    /// answer without the advice and labels around it (``AnswerSections``).
    private func back(of card: StudyCard) -> String {
        guard card.card.kind == .cloze else { return MarkdownDisplay.render(AnswerSections.shown(card.card.back), style: style) }
        guard let parts = card.card.cloze else { return card.card.back }
        return parts.joined { style.isEnabled ? style.bold(style.cyan($0.answer)) : "[\($0.answer)]" } + (parts.note.map { "\n\n" + $0 } ?? "")
    }

    private func answerLines(_ card: StudyCard, previews: [Rating: SchedulingCard], shownAt: Date) -> [String] {
        [phrases.answerLabel + back(of: card), gradeChoices(previews: previews, from: shownAt)]
    }

    private func stateName(_ card: StudyCard) -> String {
        let label = CardStateLabel.label(for: card.state)
        return phrases.stateNames[label] ?? label
    }

    /// `1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy 8d`, as Anki shows the next interval beside each choice.
    private func gradeChoices(previews: [Rating: SchedulingCard], from start: Date) -> String {
        Rating.allCases.map { rating in
            let label = "\(rating.rawValue) \(phrases.gradeNames[rating] ?? "")"
            let coloured = switch rating {
            case .again: style.red(label)
            case .hard: style.yellow(label)
            case .good: style.green(label)
            case .easy: style.cyan(label)
            }
            guard let due = previews[rating]?.due else { return coloured }
            return coloured + " " + phrases.interval(due.timeIntervalSince(start))
        }.joined(separator: "   ")
    }

    /// The key hints, dropping the least needed ones until they fit `columns` so the footer never wraps.
    private func hints(revealed: Bool, card: StudyCard, fitting columns: Int = .max, scrollable: Bool = false) -> String {
        let first = revealed ? phrases.gradeKey : phrases.revealKey(isTerminal)
        let extras = extraKeys.filter { $0.applies(card) }.map(\.hint)
        let forget = session.cram ? [] : [phrases.manage.forgetKey]
        var hints = [first] + (scrollable ? [phrases.scrollKey] : []) + [phrases.undoKey, phrases.suspendKey] + forget
            + [phrases.sourceKey] + extras + [phrases.quitKey]
        for dropped in [phrases.sourceKey, phrases.manage.forgetKey, phrases.suspendKey, phrases.undoKey] + extras
        where DisplayWidth.of(hints.joined(separator: phrases.hintSeparator)) > columns {
            hints.removeAll { $0 == dropped }
        }
        return hints.joined(separator: phrases.hintSeparator)
    }

    private func oneLine(_ text: String, max: Int) -> String {
        DisplayWidth.truncate(text.replacingOccurrences(of: "\n", with: " "), to: max)
    }
}
