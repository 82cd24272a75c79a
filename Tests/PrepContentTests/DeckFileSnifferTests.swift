import Foundation
import Testing

@testable import PrepContent

/// Which reader a file goes to, judged from its text; prep's own files must never change hands.
@Suite struct DeckFileSnifferTests {
    private func format(_ text: String, _ path: String) -> ArticleFormat? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return DeckFileSniffer.format(of: lines, path: path)
    }

    @Test func prepFixturesStayWithTheirReaders() throws {
        for (name, path, expected) in [
            ("deck.en.md", "content/django/deck.en.md", ArticleFormat.markdown),
            ("web-article.txt", "articles/web-article.txt", .article),
        ] {
            let result = try FixtureLoader.parse(name, as: path)
            #expect(result.article?.format == expected, "\(name)")
        }
    }

    @Test(arguments: [
        // An interview README: questions under headings, a rule between sections.
        "# Python interview\n\n## Basics\n\nQ: What is a list?\nA: A mutable sequence.\n\n---\n\n"
            + "Q: A tuple?\nA: Immutable.\n",
        // Cards from the first line but no separator: prep markdown reads them the same way.
        "Q: What is a list?\nA: A mutable sequence.\n\nQ: A tuple?\nA: Immutable.\n",
        // prep annotations mean prep markdown, separators or not.
        "Q: What is a list?\nA: A mutable sequence.\nid: list\n\n---\n\nQ: A tuple?\nA: Immutable.\n",
        // A README that shows a hashcards deck in a code block.
        "```\n---\nname = \"x\"\n---\nQ: a\nA: b\n```\n",
        // YAML front matter is not hashcards' TOML.
        "---\ntitle: Notes\n---\n\nQ: What is a list?\nA: A mutable sequence.\n",
        // TOML front matter but no card at all.
        "---\nname = \"x\"\n---\n\nJust notes.\n",
    ])
    func markdownThatIsNotAHashcardsDeck(text: String) {
        #expect(format(text, "notes/x.md") == nil)
    }

    @Test(arguments: [
        "---\nname = \"Deck\"\n---\nQ: a\nA: b\n",
        "Q: a\nA: b\n\nmore answer\n---\nC: [x] marks\n",
        "\n\nC: [x] marks\n---\nQ: a\nA: b\n",
    ])
    func hashcardsDecks(text: String) {
        #expect(format(text, "notes/x.md") == .hashcards)
    }

    @Test(arguments: [
        // Prose with commas, one sentence a line.
        "Sockets, ports and addresses.\nA port, a number.\n\nAnother paragraph, with commas, here.\n",
        // Two comma lines are not enough to call it a table.
        "First, second\nThird, fourth\n",
        // A numbered article copied from the web.
        "1. Intro\nWSGI, ASGI, and more.\n2. Details\nMore, text.\n",
        // Lines with different numbers of tabs.
        "a\tb\nc\td\te\n",
    ])
    func proseTextStaysAnArticle(text: String) {
        #expect(format(text, "notes/x.txt") == nil)
    }

    @Test(arguments: [
        ("#separator:tab\nq\ta\n", "x.txt"), ("#html:true\nq\ta\n", "notes"), ("tags:a b\nq\ta\n", "x.txt"),
        ("q\ta\nq2\ta2\n", "x.txt"), ("q,a\nq2,a2\nq3,a3\n", "x.txt"), ("anything at all\n", "x.csv"),
        ("anything at all\n", "x.TSV"),
    ])
    func delimitedText(text: String, name: String) {
        #expect(format(text, "notes/\(name)") == .delimited)
    }
}
