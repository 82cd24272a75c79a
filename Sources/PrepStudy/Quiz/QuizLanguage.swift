import PrepCore

/// The language a question and its feedback are written in, taken from the card's `lang` with
/// `Language(code:)`. The quiz's own name for it, kept so the quiz code reads as before.
package typealias QuizLanguage = Language
