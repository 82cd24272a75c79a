import Foundation
import Testing

@testable import PrepContent

/// hashcards decks: front matter, multi-paragraph sides, `---` separators, `[…]` cloze, code, bad cards.
@Suite struct HashcardsTests {
    let result: ParseResult
    let article: ParsedArticle

    init() throws {
        result = try FixtureLoader.parse("hashcards-deck.md", as: "decks/networking.md")
        article = try #require(result.article)
    }

    @Test func frontMatterNamesTheDeck() {
        #expect(article.format == .hashcards)
        #expect(article.title == "Network Interviews")
        #expect(article.slug == "networking")
    }

    @Test func answersRunPastBlankLinesUpToTheSeparator() throws {
        let first = try #require(article.cards.first)
        #expect(first.front == "What happens in a TCP three-way handshake?")
        #expect(
            first.back == """
                The client sends SYN, the server answers SYN-ACK,
                and the client confirms with ACK.

                Both sides now agree on sequence numbers.
                """)
        #expect(article.cards[1].back == "- GET\n- HEAD\n- OPTIONS")
    }

    @Test func clozeUsesSquareBrackets() {
        let cloze = article.cards.filter { $0.kind == .cloze }
        #expect(
            cloze.map(\.front) == [
                "A DNS […] record maps a name to an IPv4 address.", "A DNS A record maps a name to an […] address.",
            ])
        #expect(cloze.first?.back == "A DNS A record maps a name to an IPv4 address.")
    }

    @Test func codeInAnAnswerIsKeptAndItsMarkersAreNotCards() throws {
        let card = try #require(article.cards.first { $0.front == "Show a minimal request line." })
        #expect(card.back == "```\nQ: this line is code, not a card\nGET / HTTP/1.1\n```")
        #expect(article.codeBlocks.count == 1)
    }

    @Test func badCardsAreReportedAndTheRestKept() {
        #expect(
            result.diagnostics.map(\.description) == [
                "decks/networking.md:31:1: error: question has no answer",
                "decks/networking.md:33:1: error: cloze has no deletion; mark one with [text]",
            ])
        #expect(article.qa.count == 3)
        #expect(article.cards.count == 5)
    }

    @Test func keysMatchPrepMarkdownForTheSameCards() throws {
        let deck = "Q: What is a socket?\nA: An endpoint.\n\n---\n\nC: A port is [16] bits.\n"
        let hashcards = try #require(ContentParser().parse(text: deck, path: "d/x.md").article)
        let markdown = try #require(
            ContentParser().parse(
                text: "Q: What is a socket?\nA: An endpoint.\n\nC: A port is [16] bits.\n", path: "d/x.md"
            ).article)
        #expect(hashcards.format == .hashcards)
        #expect(markdown.format == .markdown)
        #expect(hashcards.cards.map(\.key) == markdown.cards.map(\.key))
    }

    @Test func answerWithoutQuestionAndTwoAnswers() throws {
        let deck = "A: orphan\n---\nQ: one?\nA: first\nA: second\n---\n"
        let result = ContentParser().parse(text: "---\nname = 'x'\n---\n" + deck, path: "d/x.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "d/x.md:4:1: error: answer does not follow a question",
                "d/x.md:8:1: error: answer does not follow a question",
            ])
        #expect(result.article?.cards.map(\.back) == ["first"])
        #expect(result.article?.title == "x")
    }
}

extension HashcardsTests {
    @Test func questionOverSeveralLines() throws {
        let deck = "---\nname = \"x\"\n---\nQ:\nWhich layer\nroutes packets?\n\nA: The network layer.\n"
        let card = try #require(ContentParser().parse(text: deck, path: "d/x.md").article?.cards.first)
        #expect(card.front == "Which layer\nroutes packets?")
        #expect(card.back == "The network layer.")
        #expect(card.source.line == 4)
    }
}

extension HashcardsTests {
    @Test func unclosedFenceRunsToTheEndOfTheCard() throws {
        let deck = "---\nname = \"x\"\n---\nQ: Show it\nA:\n```\nlast line\n"
        let article = try #require(ContentParser().parse(text: deck, path: "d/x.md").article)
        #expect(article.codeBlocks.map(\.text) == ["last line"])
        #expect(article.cards.first?.back == "```\nlast line")
    }
}
