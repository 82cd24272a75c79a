import Foundation
import PrepCore
import Testing

@testable import PrepContent

/// Every construct of content/FORMAT.md, from `Fixtures/deck.en.md`.
@Suite struct MarkdownTests {
    let article: ParsedArticle
    let diagnostics: [ContentDiagnostic]

    init() throws {
        let result = try FixtureLoader.parse("deck.en.md", as: "content/django/deck.en.md")
        article = try #require(result.article)
        diagnostics = result.diagnostics
    }

    private func card(_ key: String) throws -> CardDraft {
        try #require(article.cards.first { $0.key == "django/deck/\(key)" })
    }

    @Test func readsIdentityAndTitleFromPathAndFirstHeading() {
        #expect(article.format == .markdown)
        #expect((article.topic, article.slug, article.lang) == ("django", "deck", "en"))
        #expect(article.title == "ASGI vs WSGI")
        #expect(diagnostics.isEmpty)
    }

    @Test func readsHeadingsWithNumbersButNotInsideCode() {
        #expect(
            article.headings.map(\.title) == [
                "ASGI vs WSGI", "Interfaces", "Cloze", "Claims", "Tables", "Q: What is ASGI?",
            ])
        #expect(article.headings.map(\.number) == [nil, "1", nil, "2", "3", nil])
        #expect(article.headings.map(\.level) == [1, 2, 3, 2, 2, 2])
        #expect(article.headings[1].line == 5)
    }

    @Test func questionWithAnswerAndAnnotations() throws {
        let card = try card("wsgi-name")
        #expect(card.kind == .qa)
        #expect(card.front == "What does WSGI stand for?")
        #expect(card.back == "Web Server Gateway Interface.")
        #expect(card.tags == ["wsgi", "basics"])
        #expect(card.source.line == 7)
    }

    @Test func numberedQuestionJoinsLinesAndKeepsAListAnswer() throws {
        let item = try #require(article.qa.first { $0.number == "1" })
        #expect(item.question == "Which PEP defines WSGI for Python 3?")
        #expect(item.answer == "PEP 3333, which updated PEP 333:\n- bytes for bodies\n- native strings for headers")
        let card = try #require(article.cards.first { $0.front == item.question })
        #expect(card.check == "C01")
    }

    @Test func answerKeepsFencedCodeWholeAndCodeMakesNoCards() throws {
        let item = try #require(article.qa.first { $0.number == "2" })
        #expect(item.answer.hasPrefix("a callable taking two arguments:\n```python\n"))
        #expect(item.answer.hasSuffix("return [b\"hi\"]\n```"))
        #expect(article.codeBlocks.map(\.language) == ["python", nil])
        #expect(!article.cards.contains { $0.front.contains("not a question") })
        #expect(article.qa.count == 4)
    }

    @Test func bracketClozeMakesOneCardPerDeletion() {
        let cards = article.cards.filter { $0.kind == .cloze && $0.back.hasPrefix("WSGI is") }
        #expect(
            cards.map(\.front) == ["WSGI is […] and ASGI is asynchronous.", "WSGI is synchronous and ASGI is […]."])
        #expect(cards.allSatisfy { $0.back == "WSGI is synchronous and ASGI is asynchronous." })
        #expect(cards.map { $0.key.suffix(3) } == ["/c1", "/c2"])
        #expect(Set(cards.map(\.siblingGroup)).count == 1)
    }

    @Test func ankiClozeMakesOneCardPerGroupWithHints() throws {
        let first = try card("uvicorn-cloze/c1")
        #expect(first.front == "[…] is built on uvloop and […].")
        #expect(first.back == "Uvicorn is built on uvloop and httptools.")
        #expect(try card("uvicorn-cloze/c2").front == "Uvicorn is built on [an event loop] and httptools.")
        #expect(first.siblingGroup == "django/deck/uvicorn-cloze")
    }

    @Test func claimCarriesVerdictReasonAndCheck() throws {
        let claim = try card("asgi-always-faster")
        #expect(claim.kind == .claim)
        #expect(claim.front == "ASGI is always faster than WSGI.")
        #expect(claim.verdict == .false)
        #expect(claim.verdictReason == "only I/O-bound work gains; CPU-bound work can be slower.")
        #expect(claim.back == "False — only I/O-bound work gains; CPU-bound work can be slower.")
        #expect(claim.check == "C03")
        let plain = try #require(article.cards.first { $0.front == "runserver serves WSGI." })
        #expect(plain.verdict == .true && plain.back == "True")
    }

    @Test func tableCellsUseCaptionPinsMarksAndSkipEmptyCells() throws {
        let table = try #require(article.tables.first)
        #expect(article.tables.count == 1)
        #expect(table.key == "django/deck/protocols")
        #expect(table.title == "Supported protocols")
        #expect(table.section == "Tables")
        #expect(table.rows.map(\.first) == ["HTTP/1.1", "WebSocket", "SSE"])
        let cell = try card("protocols/websocket/c2")
        #expect(cell.front == "Supported protocols · WebSocket · WSGI")
        #expect(cell.back == "❌ no")
        #expect(cell.cell?.mark == .no && cell.cell?.columnIndex == 2 && cell.cell?.rowLabel == "WebSocket")
        #expect(cell.tags == ["protocols"])
        #expect(cell.siblingGroup == "django/deck/protocols/websocket")
        #expect(try card("protocols/http11/c3").cell?.mark == .yes)
        #expect(article.cards.filter { $0.kind == .cell }.count == 5)
    }

    @Test func questionSectionTakesItsBodyAsTheAnswer() throws {
        let card = try card("asgi-what")
        #expect(card.front == "What is ASGI?")
        #expect(card.back == "The asynchronous successor of WSGI.")
    }

    @Test func countsEveryCard() {
        #expect(article.cards.count == 15)
        #expect(Set(article.cards.map(\.key)).count == 15)
    }
}

@Suite struct QuestionHeadingTests {
    @Test func aNumberedHeadingThatDoesNotAskIsASectionTitle() throws {
        let text = """
            # Interview

            ### Q2: when to migrate

            Q: When should you move from WSGI to ASGI?
            A: When you need WebSocket.
            id: q2

            ## Q: Is ASGI always faster?
            No; CPU-bound work gains nothing.
            """
        let article = try #require(ContentParser().parse(text: text, path: "content/django/interview.en.md").article)
        #expect(article.cards.map(\.front) == ["When should you move from WSGI to ASGI?", "Is ASGI always faster?"])
        #expect(article.cards.first?.key == "django/interview/q2")
    }
}
