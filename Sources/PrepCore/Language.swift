/// The two languages prep speaks and its content is written in.
///
/// The one place a language tag is read: every screen, card, setting and export chooses its language
/// through this type, so `zh-TW` means the same on `--lang`, in `prep config lang` and for `--anki-lang`.
package enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case zhHant = "zh-Hant"
    case en

    /// A tag as people spell it: `zh-Hant`, `zh-TW`, `zh_TW`, `zh-Hant-TW`, `zh` (any Chinese reads as
    /// Traditional Chinese, the only Chinese content is written in), `en`, `en-US`, `en_GB`; case is ignored.
    /// Nil for any other language.
    package init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        switch primary {
        case "zh": self = .zhHant
        case "en": self = .en
        default: return nil
        }
    }

    /// A code prep wrote itself (a card's or a setting's `lang`): anything not Chinese reads as English.
    package init(code: String) {
        self = Language(tag: code) ?? (code.lowercased().hasPrefix("zh") ? .zhHant : .en)
    }

    /// The code prep writes: `zh-Hant` or `en`.
    package var code: String { rawValue }

    /// The code Anki's own interface uses for this language, which picks its translated notetype names.
    package var ankiCode: String {
        switch self {
        case .zhHant: "zh-TW"
        case .en: "en"
        }
    }

    /// The codes in the order offered: the default first.
    package static let codes = allCases.map(\.code)
}
