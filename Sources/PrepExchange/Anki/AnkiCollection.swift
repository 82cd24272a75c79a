import Foundation
import PrepScheduling

/// The rows of an Anki collection that prep exports: one note with one card per prep card, the review log,
/// one deck per topic and one deck preset carrying prep's FSRS settings.
package struct AnkiCollection {
    /// prep's two notetypes, with fixed ids so every export maps to the same notetypes in Anki.
    package enum Notetype: Int64, CaseIterable, Sendable {
        case basic = 1_700_000_000_001
        case cloze = 1_700_000_000_002
    }

    package struct Note: Sendable {
        package var id: Int64
        package var guid: String
        package var notetype: Notetype
        /// HTML, one per field of the notetype.
        package var fields: [String]
        /// The first field without markup, for sorting and duplicate checks.
        package var sortField: String
        package var tags: [String]
        package var deckID: Int64
        package var cardID: Int64
        package var schedule: AnkiCardSchedule
        package var reps: Int
        package var lapses: Int
    }

    package struct RevlogEntry: Equatable, Sendable {
        /// Review time in milliseconds, unique.
        package var id: Int64
        package var cardID: Int64
        package var ease: Int
        /// Days when positive, seconds of a learning step when negative.
        package var interval: Int
        package var lastInterval: Int
        package var factor: Int
        package var milliseconds: Int
        /// 0 learning, 1 review, 2 relearning.
        package var type: Int
    }

    /// The deck preset's id; not 1, so it never collides with (and loses to) the target's Default preset.
    package static let presetID: Int64 = 1_700_000_000_010

    /// `crt`: the start of a day, from which review due days count.
    package var start: Date
    package var modified: Date
    package var decks: [(id: Int64, name: String)]
    package var notes: [Note]
    package var revlog: [RevlogEntry]
    package var parameters: SchedulerParameters
    package var limits: DailyLimits
}
