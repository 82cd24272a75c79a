import PrepContent
import PrepCore

extension Store {
    /// `cards(topic:preferring:)` with only what an export writes decoded (key, language, kind, topic, front,
    /// back, tags, a cloze card's parts), and each card's place by key: every other field is left empty.
    /// Decoding the columns an export never reads was a quarter of an .apkg export.
    package func cardContents(
        topic: String? = nil, preferring language: Language
    ) throws -> (cards: [StoredCard], positions: [String: Int]) {
        // Read in the table's order and put in article order here: walking the article index looked every row
        // up in the table, twice the time of reading it through, and cards are mostly stored in that order.
        var order: [(article: Int64, position: Int64)] = []
        var cards = try database.rows(
            """
            SELECT key, lang, kind, topic, front, back, tags, CASE kind WHEN 'cloze' THEN extra END, article_id, position
            FROM card WHERE (?1 IS NULL OR topic = ?1) AND archived = 0
            """,
            [topic]
        ) { row in
            order.append((try row.column(8), try row.column(9)))
            let tags = try row.column(6, as: String.self)
            let extra = try row.column(7, as: String?.self).map { try CardExtra.decode(json: $0, fallback: jsonDecoder) }
            return StoredCard(
                key: try row.column(0), lang: try row.column(1), kind: CardKind(rawValue: try row.column(2)) ?? .qa,
                topic: try row.column(3), front: try row.column(4), back: try row.column(5),
                tags: tags.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }, cloze: extra?.cloze, sourcePath: "", sourceLine: 0,
                position: 0
            )
        }
        // Stable, so rows at the same place keep the table's (rowid) order, as the index would have them.
        if !zip(order, order.dropFirst()).allSatisfy({ $0 <= $1 }) {
            let sorted = order.indices.sorted { (order[$0].article, order[$0].position, $0) < (order[$1].article, order[$1].position, $1) }
            cards = sorted.map { cards[$0] }
        }
        return Self.oneCardPerKeyWithPositions(cards, preferring: language)
    }
}
