import Foundation
import PrepContent

extension Store {
    /// Stores one parsed file in one transaction.
    ///
    /// Same path and content hash as before: `.unchanged`, nothing written. Otherwise the article and its
    /// cards are upserted by (key, lang); card state and reviews are keyed by card key and never touched,
    /// so an edited card keeps its history. Keys gone from the file are archived, not deleted; keys that
    /// come back are restored.
    package func importArticle(_ parsed: ParsedArticle, now: Date) throws -> ImportOutcome {
        var keys = Set<String>()
        for card in parsed.cards where !keys.insert(card.key).inserted {
            throw StoreError.duplicateCardKey(path: parsed.path, key: card.key)
        }
        return try database.transaction {
            let storedHash = try database.scalar(
                "SELECT content_hash FROM article WHERE path = ?", [parsed.path], as: String.self
            )
            if storedHash == parsed.contentHash {
                return .unchanged
            }
            let articleID = try upsertArticle(parsed, now: now)
            let previous = try cardRecords(articleID: articleID)
            let upsert = try database.cachedStatement(Self.upsertCardSQL)
            var counts = ImportOutcome.Counts()
            var gone = previous.filter { !keys.contains($0.key) && !$0.value.archived }
            var reworded = Set<String>()
            for (position, draft) in parsed.cards.enumerated() {
                let record = CardRecord(draft: draft, position: position, extra: extraJSON(for: draft))
                if previous[draft.key] == nil, try isHeldElsewhere(draft.key, lang: parsed.lang, articleID: articleID) {
                    // prep's own export coming back: the card belongs to its own article, with its own text.
                    counts.keptElsewhere += 1
                    continue
                }
                if previous[draft.key] == nil, let (oldKey, _) = gone.first(where: { $0.value.isReworded(as: record) }) {
                    try moveProgress(from: oldKey, to: draft.key)
                    gone[oldKey] = nil
                    reworded.insert(draft.key)
                    counts.reworded += 1
                }
                if let old = previous[draft.key] {
                    if old == record {
                        counts.unchanged += 1
                        continue
                    }
                    if old.archived {
                        counts.restored += 1
                    } else if old.hasSameContent(as: record) {
                        counts.unchanged += 1
                    } else {
                        counts.updated += 1
                    }
                } else if !reworded.contains(draft.key) {
                    counts.added += 1
                }
                try upsert.execute([draft.key, parsed.lang, articleID, parsed.topic] + record.arguments)
            }
            let archive = try database.cachedStatement("UPDATE card SET archived = 1 WHERE article_id = ? AND key = ?")
            for (key, old) in previous where !old.archived && !keys.contains(key) {
                try archive.execute([articleID, key])
                counts.archived += 1
            }
            return .imported(counts)
        }
    }

    /// Every imported article, by path.
    package func articles() throws -> [StoredArticle] {
        try database.rows(
            "SELECT id, path, topic, slug, lang, title, format, content_hash, imported_at FROM article ORDER BY path"
        ) { row in
            StoredArticle(
                id: try row.column(0),
                path: try row.column(1),
                topic: try row.column(2),
                slug: try row.column(3),
                lang: try row.column(4),
                title: try row.column(5),
                format: ArticleFormat(rawValue: try row.column(6)) ?? .markdown,
                contentHash: try row.column(7),
                importedAt: try row.column(8)
            )
        }
    }

    private func upsertArticle(_ parsed: ParsedArticle, now: Date) throws -> Int64 {
        let id = try database.scalar(
            """
            INSERT INTO article (path, topic, slug, lang, title, format, content_hash, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (path) DO UPDATE SET
                topic = excluded.topic, slug = excluded.slug, lang = excluded.lang, title = excluded.title,
                format = excluded.format, content_hash = excluded.content_hash, imported_at = excluded.imported_at
            RETURNING id
            """,
            [
                parsed.path, parsed.topic, parsed.slug, parsed.lang, parsed.title, parsed.format.rawValue,
                parsed.contentHash, now,
            ],
            as: Int64.self
        )
        guard let id else {
            preconditionFailure("INSERT … RETURNING returned no row")
        }
        return id
    }

    private func cardRecords(articleID: Int64) throws -> [String: CardRecord] {
        let rows = try database.rows(
            "SELECT key, \(CardRecord.columns) FROM card WHERE article_id = ?", [articleID]
        ) { row in
            (try row.column(0, as: String.self), try CardRecord(row: row, startingAt: 1))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    private func extraJSON(for draft: CardDraft) -> String? {
        let extra = CardExtra(verdictReason: draft.verdictReason, cell: draft.cell, also: draft.also.isEmpty ? nil : draft.also, cloze: draft.cloze)
        if extra.isEmpty {
            return nil
        }
        return extra.json
    }

    private static let upsertCardSQL = """
        INSERT INTO card (key, lang, article_id, topic, \(CardRecord.columns))
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (key, lang) DO UPDATE SET
            article_id = excluded.article_id, topic = excluded.topic, kind = excluded.kind,
            front = excluded.front, back = excluded.back, extra = excluded.extra,
            check_name = excluded.check_name, verdict = excluded.verdict, tags = excluded.tags,
            sibling_group = excluded.sibling_group, source_path = excluded.source_path,
            source_line = excluded.source_line, position = excluded.position, archived = excluded.archived
        """
}
