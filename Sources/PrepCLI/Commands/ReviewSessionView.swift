import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// Runs a ``ReviewSession`` for a learner: on a terminal key by key with the card redrawn in place, over a
/// pipe one line per key with plain text, so scripts and tests see a readable transcript.
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
    /// Width of the card box; the terminal's, capped so long lines stay readable.
    let width: Int
    let now: () -> Date
    var extraKeys: [ReviewKeyAction] = []

    private var isTerminal: Bool { input.mode == .terminal }

    /// Shows cards until none is left, the learner quits or input ends; every grade is committed as it is given.
    func run() throws -> Ending {
        var returning: StudyCard?
        var notice: [String] = []
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

    /// Shows `card` under `notice` (what the previous card left to say) until it is graded, suspended or left;
    /// returns what comes next and the notice for the next card.
    private func show(_ card: StudyCard, notice: [String]) throws -> (Outcome, notice: [String]) {
        let shownAt = now()
        var revealed = false
        var notes: [String] = []
        var previews: [Rating: SchedulingCard] = [:]
        let draw = { screen.redraw(lines(for: card, revealed: revealed, previews: previews, shownAt: shownAt, notice: notice, notes: notes)) }
        draw()
        while true {
            guard let key = input.readKey() else { return (.end(.endOfInput), []) }
            notes = []
            switch key {
            case .enter where !revealed, .space where !revealed:
                revealed = true
                previews = session.cram ? [:] : session.preview(card, now: shownAt)
                if !isTerminal { notes = answerLines(card, previews: previews, shownAt: shownAt) }
            case .char(let character) where revealed && ("1"..."4").contains(character):
                let rating = Rating(rawValue: Int(String(character))!)!
                let gradedAt = now()
                let duration = Int((gradedAt.timeIntervalSince(shownAt) * 1000).rounded())
                if let result = try session.grade(card, rating: rating, now: gradedAt, durationMs: max(0, duration)), result.becameLeech {
                    return (.next, [style.yellow("Leech: \"\(oneLine(card.card.front, max: 40))\" lapsed \(result.newState.lapses) times; tagged leech and suspended.")])
                }
                return (.next, [])
            case .char(let character) where ("1"..."4").contains(character):
                notes = [style.dim("Show the answer first (\(isTerminal ? "space" : "an empty line")), then grade it.")]
            case .char("u"):
                switch try session.undo() {
                case .grade(let previous):
                    return (.again(previous), [style.dim("Undid the last grade.")])
                case .suspension(let previous):
                    return (.again(previous), [style.dim("Unsuspended.")])
                case nil:
                    notes = [style.dim("Nothing to undo yet.")]
                }
            case .char("s"):
                try session.suspend(card, now: now())
                return (.next, [style.dim("Suspended \"\(oneLine(card.card.front, max: 40))\".")])
            case .char("e"):
                notes = ["  Source: \(card.card.sourceLocation)"]
            case .char("q"), .ctrlC, .ctrlD, .escape:
                return (.end(.quit), [])
            case .char(let character):
                if let action = extraKeys.first(where: { $0.key == character && $0.applies(card) }) {
                    notes = try action.perform(card)
                } else if !isTerminal {
                    notes = ["Unknown key '\(character)'. " + hints(revealed: revealed, card: card)]
                }
            default:
                if !isTerminal {
                    notes = [hints(revealed: revealed, card: card)]
                }
            }
            if isTerminal {
                draw()
            } else {
                screen.write(notes)
            }
        }
    }

    /// The whole screen for a card on a terminal; over a pipe, only the card's front with its hints.
    private func lines(
        for card: StudyCard, revealed: Bool, previews: [Rating: SchedulingCard], shownAt: Date, notice: [String], notes: [String]
    ) -> [String] {
        let reviewed = session.summary.reviewed
        guard isTerminal else {
            return notice + ["", "Card \(reviewed + 1) · \(card.card.topic) · \(CardStateLabel.label(for: card.state))", "Q: \(card.card.front)", hints(revealed: false, card: card)]
        }
        let title = "\(card.card.topic) · \(card.card.kind.rawValue) · \(CardStateLabel.label(for: card.state))\(session.cram ? " · cram" : "") · \(reviewed) done · \(session.remainingCount(now: shownAt)) left"
        var sections = [card.card.front]
        if revealed { sections.append(card.card.back) }
        var lines = notice.isEmpty ? [""] : notice
        lines += CardBox(title: title, sections: sections, style: style).render(width: width)
        if revealed { lines.append("  " + gradeChoices(previews: previews, from: shownAt)) }
        lines.append(style.dim("  " + hints(revealed: revealed, card: card)))
        return lines + notes
    }

    private func answerLines(_ card: StudyCard, previews: [Rating: SchedulingCard], shownAt: Date) -> [String] {
        ["A: \(card.card.back)", gradeChoices(previews: previews, from: shownAt)]
    }

    /// `1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy 8d`, as Anki shows the next interval beside each choice.
    private func gradeChoices(previews: [Rating: SchedulingCard], from start: Date) -> String {
        Rating.allCases.map { rating in
            let label = "\(rating.rawValue) \(QuizLanguage.en.ratingName(rating))"
            let coloured = switch rating {
            case .again: style.red(label)
            case .hard: style.yellow(label)
            case .good: style.green(label)
            case .easy: style.cyan(label)
            }
            guard let due = previews[rating]?.due else { return coloured }
            let seconds = due.timeIntervalSince(start)
            return coloured + " " + (seconds < 60 ? "<1m" : intervalDescription(seconds))
        }.joined(separator: "   ")
    }

    private func hints(revealed: Bool, card: StudyCard) -> String {
        let extras = extraKeys.filter { $0.applies(card) }.map(\.hint)
        let first = revealed ? "1-4 grade" : (isTerminal ? "space reveal" : "empty line reveals")
        return ([first, "u undo", "s suspend", "e source"] + extras + ["q quit"]).joined(separator: " · ")
    }

    private func oneLine(_ text: String, max: Int) -> String {
        DisplayWidth.truncate(text.replacingOccurrences(of: "\n", with: " "), to: max)
    }
}
