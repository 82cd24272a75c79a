import Testing

@testable import PrepContent

/// `also:` lists further answers a typed answer may give; they travel on the card.
struct AlsoAnnotationTests {
    @Test func aQuestionCarriesItsAlsoAnswers() throws {
        let text = """
            # Workers

            Q: Which worker types serve many requests at once?
            A: gthread | gevent
            also: eventlet | 協程 worker
            id: kinds

            C: WSGI gives [one thread per request].
            also: a thread for each request

            Q: Without alternatives?
            A: none

            """
        let result = ContentParser().parse(text: text, path: "content/django/workers.en.md")
        #expect(result.diagnostics.isEmpty)
        let cards = try #require(result.article).cards
        #expect(cards.first { $0.key.hasSuffix("/kinds") }?.also == ["eventlet", "協程 worker"])
        #expect(cards.first { $0.kind == .cloze }?.also == ["a thread for each request"])
        #expect(cards.last?.also == [])
    }

    @Test func alsoSplitsOnBarsOnlyAndAddsUp() {
        var annotations = Annotations()
        let location = SourceLocation(path: "x.md", line: 1)
        #expect(annotations.apply("also: 2,000 requests ｜ two thousand", at: location) == nil)
        #expect(annotations.apply("also:  | extra |", at: location) == nil)
        #expect(annotations.also == ["2,000 requests", "two thousand", "extra"])
    }
}
