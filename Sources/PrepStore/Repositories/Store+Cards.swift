import Foundation
import PrepContent
import PrepCore

extension Store {
    /// Cards in article order. `lang` nil gives every language; archived cards only when asked for.
    package func cards(topic: String? = nil, lang: String? = nil, includeArchived: Bool = false) throws -> [StoredCard] {
        try database.rows(
            """
            SELECT \(Self.storedCardColumns) FROM card
            WHERE (?1 IS NULL OR topic = ?1) AND (?2 IS NULL OR lang = ?2) AND (?3 OR archived = 0)
            ORDER BY article_id, position
            """,
            [topic, lang, includeArchived],
            storedCard
        )
    }

    /// One card per key, not archived, in `language` where it exists there and in another language otherwise,
    /// in the order of each key's first card (what `oneCardPerKeyWithPositions` keeps of `cards(topic:)`). Chosen
    /// over keys and languages alone, then read in two scans, the chosen language's rows and the others' whose
    /// key has none in it: a card not chosen is never decoded, and a lookup per key cost more than the reading.
    package func cards(topic: String? = nil, preferring language: Language) throws -> [StoredCard] {
        let lang = language.code
        var chosen: [(key: String, lang: String)] = []
        var places: [String: Int] = [:]
        try database.cachedStatement(
            "SELECT key, lang FROM card WHERE (?1 IS NULL OR topic = ?1) AND archived = 0 ORDER BY article_id, position"
        ).forEachRow([topic]) { row in
            let key = try row.column(0, as: String.self)
            let rowLang = try row.column(1, as: String.self)
            if let place = places[key] {
                if chosen[place].lang != lang, rowLang == lang { chosen[place].lang = rowLang }
            } else {
                places[key] = chosen.count
                chosen.append((key, rowLang))
            }
            return true
        }
        var read: [String: StoredCard] = [:]
        read.reserveCapacity(chosen.count)
        let elsewhere = Set(chosen.lazy.filter { $0.lang != lang }.map(\.key))
        let scan = "SELECT \(Self.storedCardColumns) FROM card WHERE (?1 IS NULL OR topic = ?1) AND archived = 0 AND "
        try database.cachedStatement(scan + "lang = ?2").forEachRow([topic, lang]) { row in
            let card = try storedCard(row)
            read[card.key] = card
            return true
        }
        if !elsewhere.isEmpty {
            try database.cachedStatement(scan + "lang <> ?2").forEachRow([topic, lang]) { row in
                let key = try row.column(0, as: String.self)
                // Of a key in two other languages, the one chosen above (the first in article order).
                if elsewhere.contains(key), let place = places[key], chosen[place].lang == (try row.column(1, as: String.self)) {
                    read[key] = try storedCard(row)
                }
                return true
            }
        }
        return chosen.compactMap { read[$0.key] }
    }

    /// Every language's cards of `keys`, archived ones too.
    package func cards(keys: some Sequence<String>) throws -> [StoredCard] {
        try keys.flatMap { key in
            try database.rows("SELECT \(Self.storedCardColumns) FROM card WHERE key = ? ORDER BY lang", [key], storedCard)
        }
    }

    /// What `cards(topic:preferring:)` keeps of `cards` (live cards in article order, every language), with each
    /// kept card's place by key, found on the way, for a caller that reads the rows itself and looks cards up.
    package static func oneCardPerKeyWithPositions(
        _ cards: [StoredCard], preferring language: Language
    ) -> (cards: [StoredCard], positions: [String: Int]) {
        let lang = language.code
        // Kept over the rows themselves, so rows with one language per key are never copied: a card moves to
        // its place only when a repeated key before it left a gap.
        var chosen = cards
        // Positions rather than cards: a dictionary of large values spends its time copying them as it grows.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(cards.count)
        // By index, each field read in place: a card copied out per row retained and released all its strings.
        for index in cards.indices {
            let kept = positions.count
            // One hash per row: through the subscript's default, a new key is added with the next place.
            let position = value(&positions[cards[index].key, default: kept])
            if position == kept {
                if kept != index { chosen[kept] = cards[index] }
            } else if chosen[position].lang != lang && cards[index].lang == lang {
                chosen[position] = cards[index]
            }
        }
        if positions.count < chosen.count { chosen.removeLast(chosen.count - positions.count) }
        return (chosen, positions)
    }

    private static func value(_ slot: inout Int) -> Int { slot }

    package func card(key: String, lang: String) throws -> StoredCard? {
        try database.firstRow(
            "SELECT \(Self.storedCardColumns) FROM card WHERE key = ? AND lang = ?", [key, lang], storedCard
        )
    }

    /// The card in `language`, or in another language when it has none; live rows before archived ones.
    package func card(key: String, preferring language: Language) throws -> StoredCard? {
        try database.firstRow(
            "SELECT \(Self.storedCardColumns) FROM card WHERE key = ? ORDER BY archived, lang = ? DESC, lang LIMIT 1",
            [key, language.code],
            storedCard
        )
    }

    /// Whether `topic` has a card that is not archived, without decoding any.
    package func hasCards(topic: String) throws -> Bool {
        try database.firstRow("SELECT 1 FROM card WHERE topic = ? AND archived = 0 LIMIT 1", [topic]) { _ in true } ?? false
    }

    /// Whether the database holds any card that is not archived: an empty one has nothing to study yet, which is
    /// not the same as everything studied for today.
    package func hasAnyCards() throws -> Bool {
        try database.firstRow("SELECT 1 FROM card WHERE archived = 0 LIMIT 1", []) { _ in true } ?? false
    }

    /// Distinct card keys, sorted.
    package func cardKeys(includeArchived: Bool = false) throws -> [String] {
        try database.rows(
            "SELECT DISTINCT key FROM card WHERE ? OR archived = 0 ORDER BY key", [includeArchived]
        ) { try $0.column(0) }
    }

    private static let storedCardColumns = """
        key, lang, kind, topic, front, back, extra, check_name, verdict, tags, sibling_group,
        source_path, source_line, position, archived
        """

    private func storedCard(_ row: SQLiteRow) throws -> StoredCard {
        let extraJSON = try row.column(6, as: String?.self)
        let extra = try extraJSON.map { try CardExtra.decode(json: $0, fallback: jsonDecoder) }
        let tags = try row.column(9, as: String.self)
        return StoredCard(
            key: try row.column(0),
            lang: try row.column(1),
            kind: CardKind(rawValue: try row.column(2)) ?? .qa,
            topic: try row.column(3),
            front: try row.column(4),
            back: try row.column(5),
            check: try row.column(7),
            verdict: try row.column(8, as: String?.self).flatMap(Verdict.init(rawValue:)),
            verdictReason: extra?.verdictReason,
            // Split on the byte: splitting by characters was a sixth of decoding a card, at every launch.
            tags: tags.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) },
            siblingGroup: try row.column(10),
            cell: extra?.cell,
            also: extra?.also ?? [],
            cloze: extra?.cloze,
            sourcePath: try row.column(11),
            sourceLine: try row.column(12),
            position: try row.column(13),
            archived: try row.column(14)
        )
    }
}
