import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy

/// Cards, states and a learner's calendar built inline for the session tests.
enum QuizSessionFixtures {
    /// UTC+8 all year (no DST), so local times in tests are unambiguous.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Taipei")!
        return calendar
    }()

    static let scheduler = Scheduler(SchedulerParameters(enableFuzzing: false))
    static let day: TimeInterval = 86400

    /// A local wall-clock time in `calendar`.
    static func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    static func storedCard(_ key: String, position: Int, siblingGroup: String? = nil, kind: CardKind = .qa) -> StoredCard {
        StoredCard(
            key: key, lang: "en", kind: kind, topic: "django", front: "Question \(key)?", back: "answer \(key)",
            siblingGroup: siblingGroup, sourcePath: "content/django/a.en.md", sourceLine: position + 1, position: position
        )
    }

    /// A reviewed card in the review state, last seen `daysAgo` with the given stability, due at `due`.
    static func reviewState(
        _ key: String, stability: Double, lastReview: Date, due: Date, suspended: Bool = false
    ) -> StoredCardState {
        StoredCardState(
            key: key, state: CardState.review.rawValue, stability: stability, difficulty: 5, due: due,
            lastReview: lastReview, reps: 3, suspended: suspended
        )
    }

    static func newCard(_ key: String, position: Int, siblingGroup: String? = nil) -> StudyCard {
        StudyCard(card: storedCard(key, position: position, siblingGroup: siblingGroup), state: nil)
    }

    static func reviewed(
        _ key: String, position: Int = 0, stability: Double, lastReview: Date, due: Date, suspended: Bool = false,
        siblingGroup: String? = nil
    ) -> StudyCard {
        StudyCard(
            card: storedCard(key, position: position, siblingGroup: siblingGroup),
            state: reviewState(key, stability: stability, lastReview: lastReview, due: due, suspended: suspended)
        )
    }

    /// A store holding one English article of Q&A cards `qa-0` … `qa-(count-1)`.
    static func store(qaCount: Int) throws -> Store {
        let store = try Store.openInMemory()
        let drafts = (0..<qaCount).map { index in
            CardDraft(
                key: "django/a/qa-\(index)", kind: .qa, front: "Question \(index)?", back: "answer \(index)",
                source: SourceLocation(path: "content/django/a.en.md", line: index + 1)
            )
        }
        let article = ParsedArticle(
            path: "content/django/a.en.md", format: .markdown, topic: "django", slug: "a", lang: "en", title: "A",
            headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "fixture"
        )
        _ = try store.importArticle(article, now: local(2026, 1, 1, 9))
        return store
    }

    static func session(
        id: String, finished: Date?, answered: Int = 3, started: Date? = nil
    ) -> StoredQuizSession {
        StoredQuizSession(
            id: id, startedAt: started ?? finished ?? local(2026, 1, 1, 9), finishedAt: finished, lang: "en",
            questionCount: 5, answeredCount: answered, correctCount: answered
        )
    }
}
