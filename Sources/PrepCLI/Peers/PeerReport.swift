import PrepChecks
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
    var lang: String
    var style: Style
    var width: Int

    private var english: Bool { lang == "en" }

    func lines() -> [String] {
        let claims = check.claimIDs.map { "#\($0)" }.joined(separator: " ")
        var lines = ["\(style.bold(check.title))  \(style.dim((english ? "claims " : "說法 ") + claims)) → \(check.verdict.rawValue)  \(status)"]
        let textWidth = max(40, width - 2)
        for line in DisplayWidth.wrap(check.claim.zh, width: textWidth) { lines.append("  " + line) }
        for line in DisplayWidth.wrap(check.claim.en, width: textWidth) { lines.append("  " + style.dim(line)) }
        lines.append("  " + (english ? "prep's model vs \(comparison.server)" : "prep 的模型 對照 \(comparison.server)"))
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
        let why = (english ? "Why: " : "為什麼:") + check.explanation.text(lang)
        lines += DisplayWidth.wrap(why, width: textWidth).map { "  " + $0 }
        let runs = english
            ? "prep's model: \(comparison.model.runs) run(s) · \(peerName): \(comparison.peer.runs) run(s), median judged when the first fell outside tolerance"
            : "prep 的模型:執行 \(comparison.model.runs) 次 · \(peerName):執行 \(comparison.peer.runs) 次(第一次超出容差時取中位數判定)"
        lines.append("  " + style.dim(runs))
        return lines
    }

    private var status: String {
        comparison.peer.passed
            ? style.green(english ? "✔ held on \(peerName)" : "✔ 在 \(peerName) 上成立")
            : style.red(english ? "✘ did not hold on \(peerName)" : "✘ 在 \(peerName) 上未成立")
    }

    /// Says plainly whether the model predicted what the peer did, naming every measurement where not.
    var agreement: String {
        if comparison.peer.error != nil {
            return style.red(english ? "✘ \(peerName) could not be measured, so nothing to compare." : "✘ 無法在 \(peerName) 上測量,無從對照。")
        }
        let disagreements = comparison.disagreements
        guard !disagreements.isEmpty else {
            return style.green(english
                ? "✔ prep's model and \(peerName) agree on every measurement."
                : "✔ prep 的模型與 \(peerName) 在每一項測量上一致。")
        }
        let labels = check.expectations(parameters)
        let items = disagreements.map { row -> String in
            let label = labels.first { $0.id == row.id }?.label.text(lang) ?? row.id
            let model = "\(measured(row.model, row.id)) \(row.modelPassed ? "✔" : "✘")"
            let peer = "\(measured(row.peer, row.id)) \(row.peerPassed ? "✔" : "✘")"
            return english ? "\(label): model \(model), \(peerName) \(peer)" : "\(label):模型 \(model),\(peerName) \(peer)"
        }
        return style.red(english
            ? "✘ prep's model and \(peerName) DISAGREE on: " + items.joined(separator: "; ")
            : "✘ prep 的模型與 \(peerName) 不一致:" + items.joined(separator: ";"))
    }

    private func measured(_ value: Double?, _ id: String) -> String {
        guard let value, let expectation = check.expectations(parameters).first(where: { $0.id == id }) else { return "–" }
        return expectation.unit == .ratio ? "\(Expectation.format(value))×" : "\(Expectation.format(value)) \(expectation.unit.rawValue)"
    }

    private func table() -> [String] {
        let renderer = TableRenderer(
            columns: [
                .init(english ? "measurement" : "測量", maxWidth: max(30, width - 60)),
                .init(english ? "prep's model" : "prep 的模型", alignment: .right),
                .init(peerName, alignment: .right),
                .init(english ? "expected" : "預期"),
                .init(english ? "tolerance" : "容差"),
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
                row.agree ? style.green(english ? "agree" : "一致") : style.red(english ? "DISAGREE" : "不一致"),
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
        var lines = [english ? "Threads, as \(peerName)'s views reported them:" : "\(peerName) 的視圖回報的執行緒:"]
        for sighting in comparison.threads {
            if sighting.requests.allSatisfy({ $0.count == 1 }) {
                lines.append("  \(sighting.label.text(lang)) → " + ThreadSighting.summary(sighting.requests.flatMap { $0 }))
                continue
            }
            let requests = sighting.requests.enumerated().map { index, names in
                let summary = ThreadSighting.summary(names)
                guard sighting.requests.count > 1 else { return summary }
                return english ? "request \(index + 1): \(summary)" : "請求 \(index + 1):\(summary)"
            }
            lines.append("  \(sighting.label.text(lang)) → " + requests.joined(separator: english ? "; " : ";"))
        }
        return lines
    }
}
