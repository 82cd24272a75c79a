import PrepChecks
import PrepTerminal

/// The printed block of one check's result: claim, verdict, measured vs expected, notes, charts, why.
struct CheckReport {
    var check: Check
    var result: CheckResult
    var parameters: CheckParameters
    var lang: String
    var style: Style
    var width: Int

    func lines() -> [String] {
        let english = lang == "en"
        let claims = check.claimIDs.map { "#\($0)" }.joined(separator: " ")
        let status = result.passed
            ? style.green(english ? "✔ held" : "✔ 成立")
            : style.red(english ? "✘ did not hold" : "✘ 未成立")
        var lines = [
            "\(style.bold(check.title))  \(style.dim((english ? "claims " : "說法 ") + claims)) → \(verdictText)  \(status)",
        ]
        let textWidth = max(40, width - 2)
        for line in DisplayWidth.wrap(check.claim.zh, width: textWidth) { lines.append("  " + line) }
        for line in DisplayWidth.wrap(check.claim.en, width: textWidth) { lines.append("  " + style.dim(line)) }
        let scale = (english ? "scale: " : "比例:") + check.scaleNote(parameters).text(lang)
        lines += DisplayWidth.wrap(scale, width: textWidth).map { "  " + style.dim($0) }
        if let error = result.error {
            lines.append("  " + style.red((english ? "could not run: " : "無法執行:") + error))
        } else {
            lines += table().map { "  " + $0 }
        }
        for note in check.notes(result.measurements, parameters) {
            lines += DisplayWidth.wrap(note.text(lang), width: textWidth - 2).map { "  " + $0 }
        }
        for series in check.charts(result.measurements) where !series.bars.isEmpty {
            lines.append("  " + style.bold(series.title.text(lang)))
            let items = series.bars.map { BarChart.Item(label: $0.label, value: $0.value, valueText: $0.valueText) }
            lines += BarChart(items: items, barWidth: min(30, max(10, width - 40)), style: style).render().map { "    " + $0 }
        }
        let why = (english ? "Why: " : "為什麼:") + check.explanation.text(lang)
        lines += DisplayWidth.wrap(why, width: textWidth).map { "  " + $0 }
        let runs = result.runs == 1
            ? (english ? "1 run" : "執行 1 次")
            : (english ? "\(result.runs) runs, median judged (the first fell outside tolerance)" : "執行 \(result.runs) 次,取中位數判定(第一次超出容差)")
        lines.append("  " + style.dim("\(runs) · \(Expectation.format(result.seconds)) s"))
        return lines
    }

    private var verdictText: String {
        let text = result.verdict.rawValue
        switch result.verdict {
        case .correct: return style.green(text)
        case .wrong: return style.red(text)
        case .misleading, .depends: return style.yellow(text)
        }
    }

    private func table() -> [String] {
        let english = lang == "en"
        let renderer = TableRenderer(
            columns: [
                .init(english ? "measurement" : "測量", maxWidth: max(30, width - 42)),
                .init(english ? "measured" : "實測", alignment: .right),
                .init(english ? "expected" : "預期"),
                .init(english ? "tolerance" : "容差"),
                .init(""),
            ],
            border: .plain, style: style
        )
        let rows = check.expectations(parameters).map { expectation -> [String] in
            let outcome = result.expected[expectation.id]
            let measured = outcome?.measured.map { value in
                expectation.unit == .ratio ? "\(Expectation.format(value))×" : "\(Expectation.format(value)) \(expectation.unit.rawValue)"
            } ?? "–"
            let mark: String
            switch (outcome?.passed ?? false, expectation.isSoft) {
            case (true, _): mark = style.green("✔")
            case (false, false): mark = style.red("✘")
            case (false, true): mark = style.yellow(english ? "✘ informational" : "✘ 僅供參考")
            }
            return [expectation.label.text(lang), measured, expectation.predicted, expectation.toleranceText, mark]
        }
        return renderer.render(rows)
    }
}
