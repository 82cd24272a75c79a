import Foundation

/// How a claim fares against primary sources and the runnable checks: one verdict for a card's claim, the
/// quiz's four-way question and a check's report.
package enum Verdict: String, Sendable, Codable, CaseIterable {
    case `true` = "true"
    case `false` = "false"
    case misleading
    case depends

    /// The verdict as a card in `language` says it: 對 / 錯 / 誤導 / 視情況, or True / False / Misleading / Depends.
    package func label(_ language: Language) -> String {
        switch (language, self) {
        case (.zhHant, .true): "對"
        case (.zhHant, .false): "錯"
        case (.zhHant, .misleading): "誤導"
        case (.zhHant, .depends): "視情況"
        case (.en, _): rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
