import Foundation
import PrepContent

/// A prep cloze card as the text of an Anki Cloze note with one deletion group, `{{c1::…}}`.
///
/// The blanks are the card's stored ``ClozeParts``.
/// Each prep card key becomes its own note, so GUIDs stay one per card key as in the basic export.
package struct AnkiCloze: Equatable, Sendable {
    package var parts: ClozeParts

    package init(_ parts: ClozeParts) {
        self.parts = parts
    }

    /// The note text with `{{c1::answer::hint}}` for each deletion; `escape` is applied to the text, not the syntax.
    package func text(escaping escape: (String) -> String = { $0 }) -> String {
        parts.joined(text: escape) { blank in
            "{{c1::" + escape(blank.answer) + (blank.hint.map { "::" + escape($0) } ?? "") + "}}"
        }
    }

    /// The note's Back Extra field: what the back shows below the sentence.
    package func backExtra(escaping escape: (String) -> String = { $0 }) -> String { parts.note.map(escape) ?? "" }
}
