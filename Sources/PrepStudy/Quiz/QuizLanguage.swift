/// The language a question and its feedback are written in, taken from the card's `lang`.
package enum QuizLanguage: String, Sendable, Hashable, CaseIterable {
    case zhHant = "zh-Hant"
    case en

    /// Any Chinese code (`zh`, `zh-Hant`, `zh-TW`) reads as Traditional Chinese, anything else as English,
    /// because those are the only two languages content is written in.
    package init(code: String) {
        self = code.lowercased().hasPrefix("zh") ? .zhHant : .en
    }
}
