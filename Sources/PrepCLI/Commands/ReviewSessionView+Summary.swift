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
            lines.append(ending == .finished ? "Nothing to review right now." : "No cards reviewed.")
        } else {
            let percent = Int((summary.againRate * 100).rounded())
            let seconds = max(0, Int(end.timeIntervalSince(summary.startedAt).rounded()))
            let cards = summary.reviewed == 1 ? "1 card" : "\(summary.reviewed) cards"
            lines.append(style.bold("Reviewed \(cards)") + " (\(summary.newCards) new) · again \(percent)% · \(seconds / 60)m \(String(format: "%02d", seconds % 60))s")
        }
        for key in summary.leeches {
            lines.append(style.yellow("Leech suspended: \(key)"))
        }
        if session.cram {
            lines.append("Cram session: schedules unchanged.")
        }
        let dueTomorrow = try session.dueTomorrowCount(now: end)
        lines.append("Due by tomorrow: \(dueTomorrow == 1 ? "1 card" : "\(dueTomorrow) cards").")
        return lines
    }
}
