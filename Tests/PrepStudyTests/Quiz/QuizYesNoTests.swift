import Foundation
import PrepContent
@testable import PrepStudy
import Testing

/// A bare yes or no is never a typed answer: typing one of two words recalls nothing. A cell is asked as a
/// statement to judge when nothing fairer fits, a yes/no question as a choice between yes and no.
struct QuizYesNoTests {
    typealias Q = QuizFixtures
    let generator = QuizGenerator()

    private func questions(for card: QuizCard, pool: [QuizCard]) -> [QuizQuestion] {
        (0..<40).map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func expectStatements(_ questions: [QuizQuestion], truth: String, falsehoods: [String]) {
        var seen: Set<Bool> = []
        for question in questions {
            guard case .trueFalse(let statement, let answer, let explanation) = question.kind else {
                Issue.record("asked as \(question.kind)")
                continue
            }
            seen.insert(answer)
            #expect(explanation == truth)
            #expect(answer ? statement == truth : falsehoods.contains(statement), "\(statement)")
        }
        #expect(seen == [true, false], "both true and false statements over 40 seeds")
    }

    /// Both servers say yes to WebSocket: no "which one", no other value in the row, so a statement to judge.
    @Test func aYesBothColumnsShareIsJudgedNotTyped() {
        let pool = Q.table(
            "ud", title: "Uvicorn or Daphne", columns: ["Aspect", "Uvicorn", "Daphne"],
            rows: [["WebSocket", "✅", "✅"], ["Background", "Independent", "Part of Channels"]]
        )
        let truth = "In “Uvicorn or Daphne”, for Daphne, “WebSocket” is “yes”."
        expectStatements(questions(for: pool[1], pool: pool), truth: truth, falsehoods: [truth.replacingOccurrences(of: "“yes”", with: "“no”")])
    }

    /// `| Feature | Supported |` lists things and whether they hold: asked as such, never "what does Sessions mean?".
    @Test func aTwoColumnTableOfMarksIsNotADefinitionTable() {
        let pool = Q.table("f", title: "", columns: ["Feature", "Supported"], rows: [["Sessions", "✅"], ["Streaming", "✅"]], lang: "zh-Hant")
        let index = TableIndex(cards: pool)
        #expect(index.shape(ofTableOf: index.entry(forKey: pool[0].key)!).kind == .attributes)
        let truth = "「Sessions」的「Supported」一欄寫的是「是」。"
        expectStatements(questions(for: pool[0], pool: pool), truth: truth, falsehoods: [truth.replacingOccurrences(of: "「是」", with: "「否」")])
    }

    /// A partly is wrong as a yes and as a no; a column that says it in every row is one statement.
    @Test func aConstantMarkColumnWithNothingToCompareIsOneStatement() {
        let pool = Q.table(
            "v", title: "", columns: ["Version", "Async views"], rows: [["4.0", "🟡"], ["4.1", "🟡"], ["4.2", "🟡"]]
        )
        let truth = "The “Async views” column says “partly” for every “Version”."
        let falsehoods = ["yes", "no"].map { truth.replacingOccurrences(of: "partly", with: $0) }
        expectStatements(questions(for: pool[0], pool: pool), truth: truth, falsehoods: falsehoods)
    }

    @Test func aQuestionAnsweredYesOrNoIsAChoiceBetweenThem() {
        for (card, choices, correct) in [
            (Q.qa("fast", answer: "No"), ["yes", "no"], 1), (Q.qa("sync", answer: "是", lang: "zh-Hant"), ["是", "否"], 0),
            (Q.qa("mixed", answer: "Partly."), ["yes", "partly", "no"], 1),
        ] {
            for question in questions(for: card, pool: [card]) {
                #expect(question.kind == .whichOne(prompt: card.front, choices: choices, correctIndex: correct))
            }
        }
        let sentence = Q.qa("long", answer: "No, only for I/O-bound work")
        #expect(questions(for: sentence, pool: [sentence]).allSatisfy { $0.type == .recallTyped || $0.type == .recallSelfGraded })
    }

    @Test func theAuditorCatchesATypedYes() {
        let pool = Q.table("ud", title: "", columns: ["Aspect", "Uvicorn", "Daphne"], rows: [["WebSocket", "✅", "✅"]])
        let auditor = QuizAuditor(pool: pool)
        for answer in ["yes", "是", "✅", "No."] {
            let question = QuizQuestion(cardKey: pool[1].key, language: .en, kind: .recall(prompt: "Does it?", answer: answer, mode: .typed), check: nil)
            #expect(auditor.defects(of: question) == [.typedMark], "\(answer)")
        }
        let sentence = QuizQuestion(cardKey: pool[1].key, language: .en, kind: .recall(prompt: "Does it?", answer: "yes, over HTTP", mode: .typed), check: nil)
        #expect(auditor.defects(of: sentence).isEmpty)
    }
}
