import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
@testable import PrepStudy
import Testing

/// The issue's bar: over hundreds of questions drawn as real sessions (both languages, several seeds, the
/// bundled deck and decks laid out like third-party notes), at most 5 % have a structural defect.
@Suite struct QuizAuditTests {
    typealias F = QuizSessionFixtures

    struct Run {
        var questions = 0
        var findings: [QuizAuditor.Finding] = []
        /// Questions and cards of each kind, over all sessions and pools.
        var asked: [CardKind: Int] = [:]
        var cards: [CardKind: Int] = [:]

        func askedShare(_ kind: CardKind) -> Double { Double(asked[kind] ?? 0) / Double(max(1, questions)) }
        func cardShare(_ kind: CardKind) -> Double { Double(cards[kind] ?? 0) / Double(max(1, cards.values.reduce(0, +))) }
        var defective: Int { findings.count { !$0.defects.isEmpty } }
        var rate: Double { questions == 0 ? 0 : Double(defective) / Double(questions) }

        func report() -> String {
            var counts: [QuizAuditor.Defect: Int] = [:]
            for finding in findings { for defect in finding.defects { counts[defect, default: 0] += 1 } }
            let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            let examples = findings.filter { !$0.defects.isEmpty }.prefix(12).map { "\($0.defects.sorted()) \($0.question.kind)" }
            return "\(defective)/\(questions) defective (\(summary))\n" + examples.joined(separator: "\n")
        }
    }

    static var bundledDeck: [(path: String, text: String)] {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            return try ["content/django/asgi-vs-wsgi.en.md", "content/django/asgi-vs-wsgi.zh-Hant.md"].map { path in
                (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
            }
        }
    }

    /// Sessions of 20 as `prep quiz --seed` builds them for a learner who has seen nothing yet.
    static func run(_ files: [(path: String, text: String)], langs: [Language], seeds: Range<UInt64>) throws -> Run {
        let store = try Store.openInMemory()
        for file in files {
            let result = ContentParser().parse(text: file.text, path: file.path)
            #expect(!result.hasErrors, "\(file.path): \(result.diagnostics)")
            _ = try store.importArticle(try #require(result.article), now: F.local(2026, 1, 1, 9))
        }
        var run = Run()
        for lang in langs {
            let pool = try store.cards(preferring: lang).map(QuizCard.init(stored:))
            let auditor = QuizAuditor(pool: pool)
            let kinds = Dictionary(pool.map { ($0.key, $0.kind) }, uniquingKeysWith: { first, _ in first })
            for seed in seeds {
                let setup = QuizSetup(count: 20, language: lang, seed: seed, limits: DailyLimits(newCards: 20, reviews: 200))
                guard case .session(let session) = try setup.start(
                    store: store, scheduler: F.scheduler, calendar: F.calendar, now: F.local(2026, 11, 25, 9),
                    sessionID: "audit-\(lang.code)-\(seed)"
                ) else { continue }
                run.questions += session.questions.count
                for question in session.questions { run.asked[kinds[question.cardKey]!, default: 0] += 1 }
                for card in pool { run.cards[card.kind, default: 0] += 1 }
                run.findings += auditor.audit(session: Array(session.questions))
            }
        }
        return run
    }

    @Test func bundledDeckHasFewStructuralDefects() throws {
        let run = try Self.run(try Self.bundledDeck, langs: [.zhHant, .en], seeds: 1..<9)
        #expect(run.questions >= 300)
        #expect(run.rate <= 0.05, "\(run.report())")
        // A balanced session: cells at most half, claims and Q&A at least their share of the cards.
        #expect(run.askedShare(.cell) <= 0.5)
        #expect(run.askedShare(.claim) >= run.cardShare(.claim), "\(run.asked) of \(run.cards)")
        #expect(run.askedShare(.qa) >= run.cardShare(.qa), "\(run.asked) of \(run.cards)")
    }

    @Test func thirdPartyLayoutsHaveFewStructuralDefects() throws {
        let run = try Self.run(QuizAuditDecks.decks, langs: [.en, .zhHant], seeds: 1..<9)
        #expect(run.questions >= 300)
        #expect(run.rate <= 0.05, "\(run.report())")
    }

    /// The auditor itself: the issue's own examples of bad questions are each caught.
    @Test func theAuditorCatchesTheIssuesExamples() {
        let servers = QuizFixtures.table(
            "ud", title: "Uvicorn or Daphne", columns: ["Aspect", "Uvicorn", "Daphne"],
            rows: [["Background", "Independent", "Part of the Channels project"], ["HTTP/2", "🟡 Opt-in", "🟡 With TLS and Twisted extras"]]
        )
        let versions = QuizFixtures.table(
            "v", title: "Support", columns: ["Version", "Async addition"], rows: [["3.2", "No new ASGI feature"], ["3.0", "None"]]
        )
        let claim = QuizFixtures.claim("c", .misleading)
        let auditor = QuizAuditor(pool: servers + versions + [claim])
        let background = servers[1]
        func defects(_ key: String, _ kind: QuizQuestion.Kind) -> Set<QuizAuditor.Defect> {
            auditor.defects(of: QuizQuestion(cardKey: key, language: .en, kind: kind, check: nil))
        }
        #expect(defects(background.key, .multipleChoice(
            prompt: "Uvicorn or Daphne — Background: Daphne?",
            options: ["✅ With daphne installed", "Part of the Channels project", "✅", "🟡 With TLS and Twisted extras"], correctIndex: 1
        )).isSuperset(of: [.breadcrumbPrompt, .mixedForm, .crossColumnDistractor]))
        #expect(defects(versions[0].key, .multipleChoice(
            prompt: "What does the “Async addition” column say for “3.2”?", options: ["No new ASGI feature", "None"], correctIndex: 0
        )) == [.duplicateOptions])
        #expect(defects(claim.key, .trueFalse(statement: "Claim c", answer: false, explanation: "")) == [.verdictAsTrueFalse])
        let twoColumn = versions[1]
        #expect(defects(twoColumn.key, .trueFalse(statement: "“3.0” means “No new ASGI feature”.", answer: false, explanation: ""))
            == [.swappedDefinition])
        #expect(defects(background.key, .trueFalse(statement: "For Daphne, “HTTP/2” is 🟡.", answer: true, explanation: "")) == [.bareMarkStatement])
        #expect(defects(background.key, .multipleChoice(
            prompt: "Which?", options: ["partly", "yes: a", "yes: b", "yes: c"], correctIndex: 0
        )).contains(.formGiveaway))
        let question = QuizQuestion(cardKey: background.key, language: .en, kind: .recall(prompt: "What?", answer: "x", mode: .typed), check: nil)
        #expect(auditor.audit(session: [question, question]).map(\.defects) == [[], [.repeatInSession]])
    }
}
