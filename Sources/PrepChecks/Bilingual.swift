import PrepCore

/// A text in the article's language (Traditional Chinese) and in English.
package struct Bilingual: Sendable, Codable, Equatable {
    package var zh: String
    package var en: String

    package init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// For labels that read the same in both languages (figures, code).
    package init(_ both: String) {
        self.init(zh: both, en: both)
    }

    /// The text in `lang`, read as `Language` reads a stored code.
    package func text(_ lang: String) -> String {
        switch Language(code: lang) {
        case .zhHant: zh
        case .en: en
        }
    }
}
