import PrepContent
@testable import PrepStudy
import Testing

/// The second blind audit of issue 20: cells a careful examiner would not ask as a choice or a statement
/// (a status and its condition, an opinion, a value the other subject fits too, a row restating what the
/// subjects' names mean), cards that are multiple-choice questions themselves, and prompts inviting an
/// explanation. Each rule on a small fixture of its own.
struct QuizQuestionFitnessTests {
    typealias Q = QuizFixtures

    static let servers = Q.table(
        "servers", title: "Uvicorn or Daphne", columns: ["Aspect", "Uvicorn", "Daphne"],
        rows: [
            ["HTTP/2", "🟡 Off by default", "🟡 With TLS and Twisted extras"],
            ["Maturity", "More mature", "Younger, still growing"],
            ["Runserver", "Not provided", "Provided through INSTALLED_APPS"],
        ]
    )

    static let serversZh = Q.table(
        "servers-zh", title: "Uvicorn 或 Daphne", columns: ["面向", "Uvicorn", "Daphne"],
        rows: [["HTTP/2", "部分：預設關閉", "部分：需要 TLS"], ["生態系", "非常成熟", "較新，仍在成長"]], lang: "zh-Hant"
    )

    static let models = Q.table(
        "models", title: "Main differences", columns: ["Dimension", "WSGI", "ASGI"],
        rows: [
            ["Execution model", "Synchronous, blocking", "Asynchronous, non-blocking"],
            ["Concurrency", "Processes and threads", "Coroutines on an event loop; sync parts in threads"],
            ["Long-lived connections", "Streaming only", "WebSocket"],
        ]
    )

    static let modelsZh = Q.table(
        "models-zh", title: "主要差異", columns: ["面向", "WSGI", "ASGI"],
        rows: [["執行模型", "同步、阻塞", "非同步、非阻塞"]], lang: "zh-Hant"
    )

    static let sequences = Q.table(
        "sequences", title: "list vs tuple", columns: ["Aspect", "list", "tuple"],
        rows: [["Mutability", "Mutable", "Immutable"], ["Syntax", "Square brackets", "Parentheses"]]
    )

    private func kinds(_ row: String, _ column: String, in pool: [QuizCard]) -> Set<QuizQuestionType> {
        let card = pool.first { $0.cell?.rowLabel == row && $0.cell?.column == column }!
        return Set((0..<30).map { QuizGenerator().questions(for: [card], pool: pool, count: 1, seed: $0)[0].type })
    }

    @Test func aStatusAndItsConditionIsComparedNeverPickedOrStated() {
        #expect(kinds("HTTP/2", "Daphne", in: Self.servers) == [.recallSelfGraded])
        #expect(kinds("HTTP/2", "Daphne", in: Self.serversZh) == [.recallSelfGraded])
        // Nor is it the false value of another cell's statement.
        for seed in UInt64(0)..<30 {
            let card = Self.servers.first { $0.cell?.rowLabel == "Runserver" && $0.cell?.column == "Uvicorn" }!
            if case .trueFalse(let statement, _, _) = QuizGenerator().questions(for: [card], pool: Self.servers, count: 1, seed: seed)[0].kind {
                #expect(!statement.contains("partly") && !statement.contains("TLS"))
            }
        }
    }

    @Test func anOpinionIsNotAskedAsAChoiceOrAStatement() {
        #expect(kinds("Maturity", "Daphne", in: Self.servers) == [.recallSelfGraded])
        #expect(kinds("生態系", "Daphne", in: Self.serversZh) == [.recallSelfGraded])
        // A row of nothing but opinions is not even compared.
        let index = TableIndex(cards: Self.servers + Self.serversZh)
        let ecosystem = Self.serversZh.first { $0.cell?.rowLabel == "生態系" }!
        let runserver = Self.servers.first { $0.cell?.rowLabel == "Runserver" }!
        #expect(!index.isAsked(cardKey: ecosystem.key) && index.isAsked(cardKey: runserver.key))
        #expect(QuizGenerator.isOpinion("More complex") && QuizGenerator.isOpinion("較複雜") && QuizGenerator.isOpinion("Slower"))
        #expect(!QuizGenerator.isOpinion("Faster in hello-world tests") && !QuizGenerator.isOpinion("Part of the Channels project"))
        #expect(!QuizGenerator.isOpinion("—"))
    }

    @Test func aValueTheOtherSubjectAlsoFitsIsNoWhichOne() {
        #expect(!kinds("Concurrency", "WSGI", in: Self.models).contains(.whichOne))
        #expect(kinds("Long-lived connections", "ASGI", in: Self.models).contains(.whichOne))
    }

    @Test func aRowRestatingWhatTheSubjectsNamesMeanIsAGiveaway() {
        #expect(kinds("Execution model", "ASGI", in: Self.models) == [.recallSelfGraded])
        #expect(kinds("執行模型", "ASGI", in: Self.modelsZh) == [.recallSelfGraded])
        // Opposites between subjects not named after them are a fair question.
        #expect(kinds("Mutability", "tuple", in: Self.sequences).contains(.whichOne))
        #expect(QuizGenerator.areOpposites("Synchronous, blocking", "Asynchronous, non-blocking"))
        #expect(!QuizGenerator.areOpposites("Square brackets", "Parentheses"))
    }

    static let protocols = Q.table(
        "protocols", title: "Protocols", columns: ["Protocol", "WSGI", "ASGI"],
        rows: [["HTTP/1.1", "✅", "✅"], ["WebSocket", "❌ Impossible in the interface", "✅ In the interface"], ["HTTP/2", "🟡", "🟡"]]
    )

    @Test func aFeatureMatrixComparesItsColumnsAndSkipsRowsThatAgree() {
        let index = TableIndex(cards: Self.protocols)
        let cell = { (row: String) in Self.protocols.first { $0.cell?.rowLabel == row && $0.cell?.column == "ASGI" }! }
        #expect(index.shape(ofTableOf: index.entry(forKey: cell("WebSocket").key)!).kind == .subjects)
        #expect(!index.isAsked(cardKey: cell("HTTP/1.1").key) && !index.isAsked(cardKey: cell("HTTP/2").key))
        #expect(index.isAsked(cardKey: cell("WebSocket").key))
        let question = QuizGenerator().questions(for: [cell("WebSocket")], pool: Self.protocols, count: 1, seed: 1)[0]
        #expect(question.kind == .recall(
            prompt: "How do WSGI and ASGI compare when it comes to “WebSocket”?",
            answer: "- WSGI: ❌ Impossible in the interface\n- ASGI: ✅ In the interface", mode: .selfGraded))
    }

    private func card(_ front: String, _ back: String, lang: String = "en") -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: lang, front: front, back: back)
    }

    @Test(arguments: [
        ("Which capability forces step-by-step reasoning? A. RAG B. Agent C. Chain-of-thought D. Knowledge Graph", "C", 2),
        ("Which capability forces step-by-step reasoning?\nA. RAG\nB. Agent\nC. Chain-of-thought\nD. Knowledge Graph", "C. Chain-of-thought", 2),
        ("在 Notion 頁面中，最快喚醒 AI 的方法是什麼？ A. 輸入 /ai B. 輸入 Ctrl + A C. 輸入 /toggle", "答案：A", 0),
        ("Pick one: (A) red (B) blue", "B", 1),
        ("Which allows index access?\n\n- A. Iterator\n\n- B. for loop\n\n- C. Stream.forEach()", "B. for loop\n➡️ An index", 1),
    ])
    func aWrittenMultipleChoiceIsAskedWithItsOptions(front: String, back: String, correct: Int) {
        let question = QuizGenerator().questions(for: [card(front, back)], pool: [], count: 1, seed: 3)[0]
        guard case .multipleChoice(let prompt, let options, let correctIndex) = question.kind else {
            Issue.record("asked as \(question.kind)")
            return
        }
        #expect(!prompt.contains("A.") && !prompt.contains("(A)"))
        #expect(options.count >= 2 && correctIndex == correct)
        #expect(options.allSatisfy { !$0.contains("B.") && !$0.contains("\n") && !$0.hasSuffix("-") })
        #expect(!prompt.hasSuffix("-"))
    }

    @Test func aWrittenMultipleChoiceAnsweredWithASentenceIsRecalledNotTyped() {
        let sentence = card("Which is right? A. RAG B. Agent C. MCP", "Agents plan their own steps, so B")
        #expect(QuizGenerator().questions(for: [sentence], pool: [], count: 1, seed: 1)[0].type == .recallSelfGraded)
        let otherOption = card("Which is right? A. RAG B. Agent C. MCP", "B. Retrieval")
        #expect(QuizGenerator.writtenChoice(otherOption) == nil)
        // A plain question naming "Plan A." is no list of options.
        #expect(QuizGenerator.listedOptions("What is plan A. and why?") == nil)
    }

    @Test(arguments: [
        ("What happens when JsonResponse is given a QuerySet?", "TypeError (not JSON serializable)", "en"),
        ("Why does a blocking call stall the loop?", "One thread", "en"),
        ("JsonResponse 收到 QuerySet 時會發生什麼事？", "TypeError", "zh-Hant"),
        ("把 QuerySet 直接交給 JsonResponse 會怎樣？", "TypeError（無法序列化）", "zh-Hant"),
        ("抽象方法是否可同時是 static，是否可同時是 native？", "都不能", "zh-Hant"),
    ])
    func aPromptInvitingAnExplanationIsSelfGraded(front: String, back: String, lang: String) {
        let question = QuizGenerator().questions(for: [card(front, back, lang: lang)], pool: [], count: 1, seed: 1)[0]
        #expect(question.type == .recallSelfGraded)
    }

    @Test func aShortAnswerToAPlainQuestionIsStillTyped() {
        let question = QuizGenerator().questions(for: [card("Which PEP defines WSGI today?", "PEP 3333")], pool: [], count: 1, seed: 1)[0]
        #expect(question.type == .recallTyped)
    }
}
