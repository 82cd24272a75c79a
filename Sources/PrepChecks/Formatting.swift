/// "250 ms", "1.5 s": how durations read in scale notes and predictions.
func durationText(milliseconds: Double) -> String {
    milliseconds >= 1000 ? "\(Expectation.format(milliseconds / 1000)) s" : "\(Expectation.format(milliseconds)) ms"
}

/// "這裡 250 ms = 文章的 1 秒" / "250 ms here = the article's 1 s", with the run's `--scale` when it is not 1.
func articleScaleNote(here milliseconds: Double, articleZh: String, articleEn: String, parameters: CheckParameters) -> Bilingual {
    let here = durationText(milliseconds: milliseconds)
    let multiplier = parameters.scale == 1 ? "" : " (--scale \(Expectation.format(parameters.scale)))"
    return Bilingual(zh: "這裡 \(here) = 文章的 \(articleZh)\(multiplier)", en: "\(here) here = the article's \(articleEn)\(multiplier)")
}

extension Array where Element == Double {
    /// Nearest-rank percentile of sorted values.
    package func percentile(_ fraction: Double) -> Double {
        guard !isEmpty else { return .nan }
        let rank = Int((fraction * Double(count)).rounded(.up))
        return self[Swift.min(count - 1, Swift.max(0, rank - 1))]
    }
}
