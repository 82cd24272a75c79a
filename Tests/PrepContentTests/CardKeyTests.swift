import Foundation
import Testing

@testable import PrepContent

/// Card keys survive the edits a learner's history must survive, and change when the question does.
@Suite struct CardKeyTests {
    private static let original = """
        # Servers

        ## Interfaces

        Q: What does WSGI stand for?
        A: Web Server Gateway Interface.

        C: ASGI came out in [2016].

        Claim: WSGI supports WebSocket.
        verdict: false — it is request/response only

        Core differences:
        | Feature | WSGI | ASGI |
        |---|---|---|
        | Model | sync | async |
        """

    private func keys(_ text: String, path: String = "content/django/servers.en.md") -> [String] {
        ContentParser().parse(text: text, path: path).article?.cards.map(\.key) ?? []
    }

    @Test func keysHaveTopicSlugAndAnchor() {
        let keys = keys(Self.original)
        #expect(keys.count == 5)
        #expect(keys.allSatisfy { $0.hasPrefix("django/servers/") })
        #expect(keys.contains { $0.hasPrefix("django/servers/qa-") })
        #expect(keys.contains { $0.hasPrefix("django/servers/cloze-") && $0.hasSuffix("/c1") })
        #expect(keys.contains { $0.hasPrefix("django/servers/claim-") })
        #expect(keys.contains { $0.hasPrefix("django/servers/table-") && $0.contains("/row-") && $0.hasSuffix("/c3") })
    }

    @Test func editingAnswersVerdictsAndCellsKeepsEveryKey() {
        let edited = Self.original
            .replacingOccurrences(
                of: "A: Web Server Gateway Interface.", with: "A: Web Server Gateway Interface (PEP 3333)."
            )
            .replacingOccurrences(of: "it is request/response only", with: "one request, one response")
            .replacingOccurrences(of: "| Model | sync | async |", with: "| Model | synchronous | asynchronous |")
        #expect(keys(edited) == keys(Self.original))
    }

    @Test func movingItemsToOtherLinesKeepsEveryKey() {
        let shifted = Self.original.replacingOccurrences(
            of: "## Interfaces\n", with: "## Interfaces\n\nSome new introduction.\n\nAnd another paragraph.\n")
        #expect(Set(keys(shifted)) == Set(keys(Self.original)))
        let rewrapped = Self.original.replacingOccurrences(
            of: "Q: What does WSGI stand for?", with: "Q: What does   WSGI\nstand for?")
        #expect(keys(rewrapped) == keys(Self.original))
    }

    @Test func changingAQuestionChangesOnlyItsKey() {
        let changed = Self.original.replacingOccurrences(
            of: "Q: What does WSGI stand for?", with: "Q: What is WSGI short for?")
        let before = keys(Self.original)
        let after = keys(changed)
        #expect(before[0] != after[0])
        #expect(Array(before.dropFirst()) == Array(after.dropFirst()))
    }

    @Test func idPinsAKeyAcrossLanguages() {
        let english = "## Basics\n\nQ: What does WSGI stand for?\nA: Web Server Gateway Interface.\nid: wsgi-name"
        let chinese = "## 基礎\n\nQ: WSGI 是什麼的縮寫?\nA: Web Server Gateway Interface。\nid: wsgi-name"
        #expect(keys(english) == ["django/servers/wsgi-name"])
        #expect(keys(chinese, path: "content/django/servers.zh-Hant.md") == ["django/servers/wsgi-name"])
    }

    @Test func rowPinsAndTableIDsPinCellKeysAcrossLanguages() {
        let english = "| Protocol | WSGI |\n|---|---|\n| WebSocket {#ws} | no |\nid: protocols"
        let chinese = "| 協議 | WSGI |\n|---|---|\n| WebSocket 連線 {#ws} | 不支持 |\nid: protocols"
        #expect(keys(english) == ["django/servers/protocols/ws/c2"])
        #expect(keys(chinese, path: "content/django/servers.zh-Hant.md") == keys(english))
    }

    @Test func plainArticleKeysDoNotDependOnLineNumbers() {
        let article = "Title\n1. Section\nQ1: Asked?\n答案:\nYes."
        let moved = "Title\nIntro line.\nAnother intro line.\n1. Section\nQ1: Asked?\n答案:\nYes, indeed."
        #expect(keys(article, path: "imports/web/a.txt") == keys(moved, path: "imports/web/a.txt"))
    }
}
