/// prep's schema history. Later issues append migrations here; released ones are never edited.
package enum Schema {
    package static let migrator = Migrator(migrations: [version1, version2, version3])

    package static var latestVersion: Int { migrator.latestVersion }

    /// DESIGN §4: every table from the start, so later versions only add columns.
    package static let version1 = Migration(
        version: 1,
        sql: """
            CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                topic TEXT NOT NULL,
                slug TEXT NOT NULL,
                lang TEXT NOT NULL,
                title TEXT NOT NULL,
                format TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                imported_at REAL NOT NULL
            ) STRICT;

            -- The zh-Hant and en versions of one card share its key.
            CREATE TABLE card (
                key TEXT NOT NULL,
                lang TEXT NOT NULL,
                article_id INTEGER NOT NULL REFERENCES article(id),
                topic TEXT NOT NULL,
                kind TEXT NOT NULL,
                front TEXT NOT NULL,
                back TEXT NOT NULL,
                extra TEXT,
                source_path TEXT NOT NULL,
                source_line INTEGER NOT NULL,
                check_name TEXT,
                verdict TEXT,
                tags TEXT NOT NULL DEFAULT '',
                sibling_group TEXT,
                position INTEGER NOT NULL,
                archived INTEGER NOT NULL DEFAULT 0,
                -- 1 while the key has no card_state row; kept by the triggers below.
                is_new INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (key, lang)
            ) STRICT;
            CREATE INDEX card_by_article ON card(article_id, position);
            -- Picking new cards must not step over every reviewed card of a large collection.
            CREATE INDEX card_new_by_position ON card(article_id, position) WHERE archived = 0 AND is_new = 1;

            -- No row means the card is new.
            CREATE TABLE card_state (
                key TEXT NOT NULL PRIMARY KEY,
                state INTEGER NOT NULL,
                step INTEGER,
                stability REAL,
                difficulty REAL,
                due REAL NOT NULL,
                last_review REAL,
                reps INTEGER NOT NULL DEFAULT 0,
                lapses INTEGER NOT NULL DEFAULT 0,
                suspended INTEGER NOT NULL DEFAULT 0,
                leech INTEGER NOT NULL DEFAULT 0,
                buried_until REAL
            ) STRICT;
            CREATE INDEX card_state_by_due ON card_state(due);

            CREATE TRIGGER card_inserted_for_known_key AFTER INSERT ON card
            WHEN EXISTS (SELECT 1 FROM card_state WHERE key = NEW.key)
            BEGIN
                UPDATE card SET is_new = 0 WHERE key = NEW.key AND lang = NEW.lang;
            END;
            CREATE TRIGGER card_state_inserted AFTER INSERT ON card_state
            BEGIN
                UPDATE card SET is_new = 0 WHERE key = NEW.key AND is_new = 1;
            END;
            CREATE TRIGGER card_state_deleted AFTER DELETE ON card_state
            BEGIN
                UPDATE card SET is_new = 1 WHERE key = OLD.key AND is_new = 0;
            END;

            -- Append-only, except that undo deletes the row it appended.
            CREATE TABLE review_log (
                id TEXT NOT NULL PRIMARY KEY,
                card_key TEXT NOT NULL,
                rating INTEGER NOT NULL,
                reviewed_at REAL NOT NULL,
                duration_ms INTEGER,
                mode TEXT NOT NULL
            ) STRICT;
            CREATE INDEX review_log_by_card ON review_log(card_key);
            CREATE INDEX review_log_by_time ON review_log(reviewed_at);

            CREATE TABLE quiz_session (
                id TEXT NOT NULL PRIMARY KEY,
                started_at REAL NOT NULL,
                finished_at REAL,
                lang TEXT NOT NULL,
                topic TEXT,
                question_count INTEGER NOT NULL,
                answered_count INTEGER NOT NULL DEFAULT 0,
                correct_count INTEGER NOT NULL DEFAULT 0,
                seed INTEGER
            ) STRICT;
            CREATE INDEX quiz_session_by_start ON quiz_session(started_at);

            CREATE TABLE check_run (
                id TEXT NOT NULL PRIMARY KEY,
                check_name TEXT NOT NULL,
                card_key TEXT,
                ran_at REAL NOT NULL,
                passed INTEGER NOT NULL,
                measurements TEXT
            ) STRICT;
            CREATE INDEX check_run_by_name ON check_run(check_name, ran_at);

            CREATE TABLE setting (
                key TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            """
    )

    /// Card management (issue 23): a log of what the learner did to cards besides grading them, so export and
    /// restore can replay it in time order with the reviews; and a card whose state row only holds a burial is
    /// still new, so burying a new card hides it for the day rather than for good.
    package static let version2 = Migration(
        version: 2,
        sql: """
            -- Append-only: suspend, unsuspend, forget, bury, unbury, reschedule.
            CREATE TABLE card_action (
                id TEXT NOT NULL PRIMARY KEY,
                card_key TEXT NOT NULL,
                action TEXT NOT NULL,
                acted_at REAL NOT NULL,
                -- bury: hidden until then; reschedule: the new due date.
                until REAL,
                -- forget: 1 when the reviews before it were kept.
                keep_history INTEGER NOT NULL DEFAULT 0
            ) STRICT;
            CREATE INDEX card_action_by_card ON card_action(card_key, acted_at);

            -- is_new now means "no row, or a row of a card never graded and not suspended".
            DROP TRIGGER card_inserted_for_known_key;
            DROP TRIGGER card_state_inserted;
            CREATE TRIGGER card_inserted_for_known_key AFTER INSERT ON card
            WHEN EXISTS (SELECT 1 FROM card_state WHERE key = NEW.key AND (reps > 0 OR suspended = 1))
            BEGIN
                UPDATE card SET is_new = 0 WHERE key = NEW.key AND lang = NEW.lang;
            END;
            CREATE TRIGGER card_state_inserted AFTER INSERT ON card_state
            BEGIN
                UPDATE card SET is_new = (NEW.reps = 0 AND NEW.suspended = 0) WHERE key = NEW.key;
            END;
            CREATE TRIGGER card_state_updated AFTER UPDATE OF reps, suspended ON card_state
            WHEN (OLD.reps = 0 AND OLD.suspended = 0) != (NEW.reps = 0 AND NEW.suspended = 0)
            BEGIN
                UPDATE card SET is_new = (NEW.reps = 0 AND NEW.suspended = 0) WHERE key = NEW.key;
            END;
            UPDATE card SET is_new = 1
            WHERE key IN (SELECT key FROM card_state WHERE reps = 0 AND suspended = 0);
            """
    )
}
