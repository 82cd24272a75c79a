import Foundation
import PrepContent
@testable import PrepStudy
import PrepCore
import Testing

/// A bare yes or no is never a typed answer: typing one of two words recalls nothing. A marked cell is
/// recalled as a comparison, a yes/no question is a choice between yes and no.
struct QuizYesNoTests {
    typealias Q = QuizFixtures
    let generator = QuizGenerator()

    private func questions(for card: QuizCard, pool: [QuizCard]) -> [QuizQuestion] {
        (0..<40).map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    /// A bare mark is never typed and never an option (issue 20): it is recalled with what it is compared with.
    private func expectRecall(_ questions: [QuizQuestion], prompt: String, answer: String) {
        for question in questions {
            #expect(question.kind == .recall(prompt: prompt, answer: answer, mode: .selfGraded))
        }
    }

    /// Both servers say yes to WebSocket: the row is recalled as a comparison of the two.
    @Test func aYesBothColumnsShareIsRecalledAsAComparison() {
        let pool = Q.table(
            "ud", title: "Uvicorn or Daphne", columns: ["Aspect", "Uvicorn", "Daphne"],
            rows: [["WebSocket", "✅", "✅"], ["Background", "Independent", "Part of Channels"]]
        )
        expectRecall(questions(for: pool[1], pool: pool),
                     prompt: "How do Uvicorn and Daphne compare when it comes to “WebSocket”?", answer: "- Uvicorn: ✅\n- Daphne: ✅")
    }

    /// `| Feature | Supported |` lists things and whether they hold: the column is recalled, never "what does Sessions mean?".
    @Test func aTwoColumnTableOfMarksIsNotADefinitionTable() {
        let pool = Q.table("f", title: "", columns: ["Feature", "Supported"], rows: [["Sessions", "✅"], ["Streaming", "✅"]], lang: "zh-Hant")
        let index = TableIndex(cards: pool)
        #expect(index.shape(ofTableOf: index.entry(forKey: pool[0].key)!).kind == .attributes)
        expectRecall(questions(for: pool[0], pool: pool), prompt: "就「Supported」而言，Sessions 與 Streaming 有什麼不同？", answer: "- Sessions：✅\n- Streaming：✅")
    }

    /// A column that says partly in every row is one fact, recalled and self-graded: a typed "partly" recalls nothing.
    @Test func aConstantMarkColumnIsOneSelfGradedFact() {
        let pool = Q.table(
            "v", title: "", columns: ["Version", "Async views"], rows: [["4.0", "🟡"], ["4.1", "🟡"], ["4.2", "🟡"]]
        )
        expectRecall(questions(for: pool[0], pool: pool),
                     prompt: "What does the “Async views” column say for every “Version”?", answer: "partly")
        // And a session does not pick it: a bare mark in every row is no question worth asking.
        #expect(pool.allSatisfy { !TableIndex(cards: pool).isAsked(cardKey: $0.key) })
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
