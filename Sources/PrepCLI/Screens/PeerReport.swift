import PrepChecks
import PrepCore
import PrepTerminal

/// The printed block of one check on a real peer: prep's model and the peer side by side per measurement,
/// the threads the peer's views reported, and a plain sentence when the two disagree.
struct PeerReport {
    var check: Check
    var comparison: PeerComparison
    /// The peer's column title: "Django", "gunicorn", "uvicorn".
    var peerName: String
    /// How the peer's scenario differs from the model's, when it must.
    var peerNote: Bilingual?
    var parameters: CheckParameters
    var lang: Language
    var style: Style
    var width: Int

    private var checkPhrases: CheckPhrases { ScreenPhrases.forLanguage(lang).checks }
    private var phrases: PeerPhrases { checkPhrases.peers }

    func lines() -> [String] {
        let claims = check.claimIDs.map { "#\($0)" }.joined(separator: " ")
        let title = checkPhrases.title(check.id, check.slug)
        var lines = ["\(style.bold(title))  \(style.dim(checkPhrases.claims(claims))) → \(checkPhrases.verdict(check.verdict))  \(status)"]
        let textWidth = max(40, width - 2)
        for line in DisplayWidth.wrap(check.claim.text(lang), width: textWidth) { lines.append("  " + line) }
        lines.append("  " + phrases.modelVersus(comparison.server))
        if let error = comparison.peer.error {
            for line in error.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("  " + style.red(String(line)))
            }
        } else {
            lines += table().map { "  " + $0 }
            lines += threadLines().flatMap { DisplayWidth.wrap($0, width: textWidth - 2).map { "  " + $0 } }
            if let note = peerNote {
                lines += DisplayWidth.wrap(note.text(lang), width: textWidth - 2).map { "  " + style.dim($0) }
            }
            for note in check.notes(comparison.peer.measurements, parameters) {
                lines += DisplayWidth.wrap("\(peerName): " + note.text(lang), width: textWidth - 2).map { "  " + $0 }
            }
        }
        lines += DisplayWidth.wrap(agreement, width: textWidth).map { "  " + $0 }
        let why = checkPhrases.why + check.explanation.text(lang)
        lines += DisplayWidth.wrap(why, width: textWidth).map { "  " + $0 }
        lines.append("  " + style.dim(phrases.runs(comparison.model.runs, peerName, comparison.peer.runs)))
        return lines
    }

    private var status: String {
        comparison.peer.passed
            ? style.green(phrases.heldOn(peerName))
            : style.red(phrases.didNotHoldOn(peerName))
    }

    /// Says plainly whether the model predicted what the peer did, naming every measurement where not.
    var agreement: String {
        if comparison.peer.error != nil {
            return style.red(phrases.notMeasured(peerName))
        }
        let disagreements = comparison.disagreements
        guard !disagreements.isEmpty else {
            return style.green(phrases.agree(peerName))
        }
        let labels = check.expectations(parameters)
        let items = disagreements.map { row -> String in
            let label = labels.first { $0.id == row.id }?.label.text(lang) ?? row.id
            let model = "\(measured(row.model, row.id)) \(row.modelPassed ? "✔" : "✘")"
            let peer = "\(measured(row.peer, row.id)) \(row.peerPassed ? "✔" : "✘")"
            return phrases.disagreeItem(label, model, peerName, peer)
        }
        return style.red(phrases.disagree(peerName, items))
    }

    private func measured(_ value: Double?, _ id: String) -> String {
        guard let value, let expectation = check.expectations(parameters).first(where: { $0.id == id }) else { return "–" }
        return expectation.unit == .ratio ? "\(Expectation.format(value))×" : "\(Expectation.format(value)) \(expectation.unit.rawValue)"
    }

    private func table() -> [String] {
        let renderer = TableRenderer(
            columns: [
                .init(checkPhrases.measurementColumn, maxWidth: max(30, width - 60)),
                .init(phrases.modelColumn, alignment: .right),
                .init(peerName, alignment: .right),
                .init(checkPhrases.expectedColumn),
                .init(checkPhrases.toleranceColumn),
                .init(""),
            ],
            border: .plain, style: style
        )
        let expectations = check.expectations(parameters)
        let rows = comparison.rows.map { row -> [String] in
            let expectation = expectations.first { $0.id == row.id }
            return [
                expectation?.label.text(lang) ?? row.id,
                mark(measured(row.model, row.id), passed: row.modelPassed, soft: row.soft),
                mark(measured(row.peer, row.id), passed: row.peerPassed, soft: row.soft),
                expectation?.predicted ?? "",
                expectation?.toleranceText ?? "",
                row.agree ? style.green(phrases.agreeCell) : style.red(phrases.disagreeCell),
            ]
        }
        return renderer.render(rows)
    }

    private func mark(_ text: String, passed: Bool, soft: Bool) -> String {
        if passed { return text + " " + style.green("✔") }
        return text + " " + (soft ? style.yellow("✘") : style.red("✘"))
    }

    private func threadLines() -> [String] {
        guard !comparison.threads.isEmpty else { return [] }
        var lines = [phrases.threadsHeading(peerName)]
        for sighting in comparison.threads {
            if sighting.requests.allSatisfy({ $0.count == 1 }) {
                lines.append("  \(sighting.label.text(lang)) → " + ThreadSighting.summary(sighting.requests.flatMap { $0 }))
                continue
            }
            let requests = sighting.requests.enumerated().map { index, names in
                let summary = ThreadSighting.summary(names)
                guard sighting.requests.count > 1 else { return summary }
                return phrases.request(index + 1, summary)
            }
            lines.append("  \(sighting.label.text(lang)) → " + requests.joined(separator: phrases.listSeparator))
        }
        return lines
    }
}
