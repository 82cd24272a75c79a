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

    package func text(_ language: Language) -> String {
        switch language {
        case .zhHant: zh
        case .en: en
        }
    }
}
