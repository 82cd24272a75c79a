import PrepContent
import PrepCore

extension Store {
    /// `cards(topic:preferring:)` with only what an export writes decoded (key, language, kind, topic, front,
    /// back, tags, a cloze card's parts), and each card's place by key: every other field is left empty.
    /// Decoding the columns an export never reads was a quarter of an .apkg export.
    package func cardContents(
        topic: String? = nil, preferring language: Language
    ) throws -> (cards: [StoredCard], positions: [String: Int]) {
        let cards = try database.rows(
            """
            SELECT key, lang, kind, topic, front, back, tags, CASE kind WHEN 'cloze' THEN extra END FROM card
            WHERE (?1 IS NULL OR topic = ?1) AND archived = 0
            ORDER BY article_id, position
            """,
            [topic]
        ) { row in
            let tags = try row.column(6, as: String.self)
            let extra = try row.column(7, as: String?.self).map { try CardExtra.decode(json: $0, fallback: jsonDecoder) }
            return StoredCard(
                key: try row.column(0), lang: try row.column(1), kind: CardKind(rawValue: try row.column(2)) ?? .qa,
                topic: try row.column(3), front: try row.column(4), back: try row.column(5),
                tags: tags.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }, cloze: extra?.cloze, sourcePath: "", sourceLine: 0,
                position: 0
            )
        }
        return Self.oneCardPerKeyWithPositions(cards, preferring: language)
    }
}
