import PrepCore
import PrepStore

extension StoredCard {
    /// The front as review asks it: a table cell as the quiz's recall question rather than its stored
    /// breadcrumb ("WSGI 的特性 · 同步模型 · 意思"), every other card as written.
    package var questionWording: String {
        cell.map(QuizLanguage(code: lang).recallPrompt) ?? front
    }
}
