import PrepChecks
import PrepCore
import PrepTerminal

/// The printed block of one check's result: claim, verdict, measured vs expected, notes, charts, why.
struct CheckReport {
    var check: Check
    var result: CheckResult
    var parameters: CheckParameters
    var lang: Language
    var style: Style
    var width: Int

    private var phrases: CheckPhrases { ScreenPhrases.forLanguage(lang).checks }

    func lines() -> [String] {
        let claims = check.claimIDs.map { "#\($0)" }.joined(separator: " ")
        let status = result.passed ? style.green(phrases.held) : style.red(phrases.didNotHold)
        var lines = [
            "\(style.bold(phrases.title(check.id, check.slug)))  \(style.dim(phrases.claims(claims))) → \(verdictText)  \(status)",
        ]
        let textWidth = max(40, width - 2)
        for line in DisplayWidth.wrap(check.claim.text(lang), width: textWidth) { lines.append("  " + line) }
        let scale = phrases.scale + check.scaleNote(parameters).text(lang)
        lines += DisplayWidth.wrap(scale, width: textWidth).map { "  " + style.dim($0) }
        if let error = result.error {
            lines.append("  " + style.red(phrases.couldNotRun + (result.failure.map(ScreenPhrases.forLanguage(lang).describe) ?? error)))
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
        let why = phrases.why + check.explanation.text(lang)
        lines += DisplayWidth.wrap(why, width: textWidth).map { "  " + $0 }
        lines.append("  " + style.dim("\(phrases.runs(result.runs)) · \(phrases.seconds(Expectation.format(result.seconds)))"))
        return lines
    }

    private var verdictText: String {
        let text = phrases.verdict(result.verdict)
        switch result.verdict {
        case .true: return style.green(text)
        case .false: return style.red(text)
        case .misleading, .depends: return style.yellow(text)
        }
    }

    private func table() -> [String] {
        let renderer = TableRenderer(
            columns: [
                .init(phrases.measurementColumn, maxWidth: max(30, width - 42)),
                .init(phrases.measuredColumn, alignment: .right),
                .init(phrases.expectedColumn),
                .init(phrases.toleranceColumn),
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
            case (false, true): mark = style.yellow(phrases.informational)
            }
            return [expectation.label.text(lang), measured, expectation.predicted, expectation.toleranceText, mark]
        }
        return renderer.render(rows)
    }
}
