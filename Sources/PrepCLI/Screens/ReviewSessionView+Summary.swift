import Foundation
import PrepStore
import PrepStudy
import PrepTerminal

extension ReviewSessionView {
    /// The end of a session: how many cards, how many forgotten, how long, and what tomorrow holds.
    func summary(ending: Ending) throws -> [String] {
        let summary = session.summary
        let end = now()
        var lines = [""]
        if summary.reviewed == 0 {
            lines.append(ending == .finished ? phrases.nothingToReview : phrases.noCardsReviewed)
        } else {
            let percent = Int((summary.againRate * 100).rounded())
            let seconds = max(0, Int(end.timeIntervalSince(summary.startedAt).rounded()))
            lines.append(style.bold(phrases.reviewedSummary(summary.reviewed, summary.newCards, percent, seconds / 60, seconds % 60)))
            if !session.cram {
                lines.append(phrases.studyStreak(try session.streak(now: end)))
            }
        }
        for key in summary.leeches {
            lines.append(style.yellow(phrases.leechSuspended(key)))
        }
        if session.cram {
            lines.append(phrases.cramUnchanged)
        }
        lines.append(phrases.dueByTomorrow(try session.dueTomorrowCount(now: end)))
        return lines
    }
}
