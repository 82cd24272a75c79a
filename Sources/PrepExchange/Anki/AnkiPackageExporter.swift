import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore

/// Builds an Anki package (`.apkg`) from a store: prep's cards as notes (GUID = card key), their schedule
/// and FSRS memory state, the review log, and a deck preset with prep's weights.
package struct AnkiPackageExporter {
    package var store: Store
    package var parameters: SchedulerParameters
    package var limits: DailyLimits
    package var language: Language
    package var topic: String?
    /// False: notes only, every card new, no review log.
    package var withScheduling: Bool

    package init(
        store: Store, parameters: SchedulerParameters = .default, limits: DailyLimits = .default,
        language: Language = .zhHant, topic: String? = nil, withScheduling: Bool = true
    ) {
        self.store = store
        self.parameters = parameters
        self.limits = limits
        self.language = language
        self.topic = topic
        self.withScheduling = withScheduling
    }

    /// The package's bytes: a STORED zip with `collection.anki2` and an empty `media` list. The collection's
    /// pages go into the archive as their tables were built, never joined into a file of their own first.
    package func package(now: Date) throws -> (data: Data, collection: AnkiCollection) {
        let collection = try collection(now: now)
        var file = try AnkiCollectionWriter.file(collection)
        let archive = StoredZipArchive(entries: [
            .init(name: "collection.anki2", parts: file.parts()),
            .init(name: "media", data: Data("{}".utf8)),
        ])
        return (try archive.data(), collection)
    }

    /// The collection's rows, without writing anything.
    package func collection(now: Date) throws -> AnkiCollection {
        // Each card's place, found once per key: states and reviews look their card up here rather than in
        // dictionaries of their own (100,000 string keys make every lookup a cache miss).
        let (cards, positions) = try store.cardContents(topic: topic, preferring: language)
        let baseID = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let topics = Array(Set(cards.map(\.topic))).sorted()
        let deckIDs = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1, baseID + Int64($0)) })

        // A note's content needs only its card: the notes are built on a thread of their own while the states
        // and the log are read (one SQLite connection, one core) and replayed here; each gets its schedule after.
        let contents = BackgroundWork {
            cards.indices.map { index in
                let card = cards[index]
                let id = baseID + Int64(index)
                let (notetype, fields, sortField) = Self.fields(of: card)
                return AnkiCollection.Note(
                    id: id, guid: card.key, notetype: notetype, fields: fields, sortField: sortField,
                    tags: AnkiTextExport.tags(of: card), deckID: deckIDs[card.topic]!, cardID: id,
                    schedule: AnkiCardSchedule(type: 0, queue: 0, due: 0, interval: 0, factor: 0, left: 0, data: ""),
                    reps: 0, lapses: 0
                )
            }
        }

        // Each card's state as its index among the stored ones: copying 100,000 states into the cards' order
        // cost more than finding them.
        let stored = withScheduling ? try store.statesInStoredOrder() : []
        var stateIndices = [Int](repeating: -1, count: cards.count)
        // Looked up one slice per core: lookups by key were about a tenth of the export on one thread.
        for (storedIndex, position) in stored.concurrentMap({ positions[$0.key] }).enumerated() {
            if let position { stateIndices[position] = storedIndex }
        }
        let reviews = withScheduling ? try store.reviewsToReplay() : []
        let revlog = AnkiRevlog.entries(reviews: reviews, positions: positions, firstCardID: baseID, scheduler: Scheduler(parameters))
        // The first exported review's day, so due day numbers stay small and `crt` is a real day start.
        let start = Self.dayStart(of: revlog.first.map { Date(timeIntervalSince1970: Double($0.id) / 1000) } ?? now)
        // New cards are numbered in order; with their numbers counted first, each schedule is found on its own,
        // one slice per core.
        var newPositions = [Int](repeating: 0, count: cards.count)
        var newPosition = 0
        for (index, storedIndex) in stateIndices.enumerated() {
            if storedIndex < 0 || stored[storedIndex].reps == 0 { newPosition += 1 }
            newPositions[index] = newPosition
        }
        let (indices, newCardPositions, parameters) = (stateIndices, newPositions, parameters)
        let memoryStateTail = AnkiCardSchedule.memoryStateTail(parameters)
        let schedules = Array(cards.indices).concurrentMap { index in
            let state = indices[index] < 0 ? nil : stored[indices[index]]
            return AnkiCardSchedule(
                state: state, position: newCardPositions[index], collectionStart: start, parameters: parameters, now: now,
                memoryStateTail: memoryStateTail)
        }
        var notes = try contents.wait()
        for index in notes.indices where stateIndices[index] >= 0 {
            let state = stored[stateIndices[index]]
            (notes[index].reps, notes[index].lapses) = (state.reps, state.lapses)
            if state.leech { notes[index].tags.append("leech") }
        }
        for (index, schedule) in schedules.enumerated() { notes[index].schedule = schedule }
        return AnkiCollection(
            start: start, modified: now, decks: topics.map { (deckIDs[$0]!, AnkiTextExport.deckName(topic: $0)) },
            notes: notes, revlog: revlog,
            parameters: parameters, limits: limits
        )
    }

    /// A cloze card with its parts becomes a Cloze note; everything else a Basic one.
    /// The sort field is the first field's plain text (Anki recomputes it, and the checksum, on import).
    static func fields(of card: StoredCard) -> (AnkiCollection.Notetype, [String], sortField: String) {
        if card.kind == .cloze, let cloze = card.cloze.map(AnkiCloze.init) {
            return (.cloze, [cloze.text(escaping: html), cloze.backExtra(escaping: html)], cloze.text())
        }
        return (.basic, [html(card.front), html(card.back)], card.front)
    }

    /// Field text as Anki stores it: HTML, with line breaks as `<br>`, and a fenced code block as
    /// `<pre><code>`, so Anki shows it in a fixed font with its indentation.
    static func html(_ text: String) -> String {
        guard hasFence(text) else { return escapedLines(text) }
        var output = ""
        var code: [Substring]?
        var prose: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingWhitespace().hasPrefix("```") {
                if let block = code {
                    output += "<pre><code>" + escapedLines(block.joined(separator: "\n")).replacingOccurrences(of: "<br>", with: "\n") + "</code></pre>"
                    code = nil
                } else {
                    if !prose.isEmpty { output += escapedLines(prose.joined(separator: "\n")) }
                    prose = []
                    code = []
                }
            } else if code != nil {
                code?.append(line)
            } else {
                prose.append(line)
            }
        }
        // An unclosed fence is shown as written.
        if let block = code { prose += ["```"] + block }
        return output + escapedLines(prose.joined(separator: "\n"))
    }

    /// Whether three backticks in a row occur anywhere: scanned as bytes, since Foundation's substring search
    /// cost more than escaping the field. Finding one where no line opens a fence changes nothing: such text
    /// comes out of `html` escaped as a whole, as it would without.
    private static func hasFence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            for byte in bytes {
                run = byte == 0x60 ? run + 1 : 0
                if run == 3 { return true }
            }
            return false
        }
    }

    /// Over the string's own UTF-8 buffer, into a string of the exact length: stepping through `utf8` as a
    /// collection and building an array first cost more than the escaping itself.
    private static func escapedLines(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var length = 0
            var changed = false
            var previous: UInt8 = 0
            for byte in bytes {
                if let replacement = replacement(for: byte, after: previous) {
                    length += replacement.utf8CodeUnitCount
                    changed = true
                } else {
                    length += 1
                }
                previous = byte
            }
            guard changed else { return nil }
            return String(unsafeUninitializedCapacity: length) { output in
                var count = 0
                var previous: UInt8 = 0
                for byte in bytes {
                    if let replacement = replacement(for: byte, after: previous) {
                        replacement.withUTF8Buffer { piece in
                            for character in piece {
                                output[count] = character
                                count += 1
                            }
                        }
                    } else {
                        output[count] = byte
                        count += 1
                    }
                    previous = byte
                }
                return count
            }
        } ?? text
    }

    /// What a byte of field text becomes in HTML, or nil when it stays. Every byte replaced is ASCII, so UTF-8
    /// sequences pass through whole; a line feed after a carriage return goes, the return having become `<br>`.
    private static func replacement(for byte: UInt8, after previous: UInt8) -> StaticString? {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        case 0x0D: "<br>"
        case 0x0A: previous == 0x0D ? "" : "<br>"
        default: nil
        }
    }

    /// UTC midnight of the day holding `date`: a real day start, so due day numbers shift correctly on import.
    static func dayStart(of date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}
