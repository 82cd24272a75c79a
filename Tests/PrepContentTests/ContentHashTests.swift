import Testing

@testable import PrepContent

@Suite struct ContentHashTests {
    /// Reference values of FNV-1a 64 from the algorithm's authors' test suite.
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func matchesReferenceVectors(_ input: String, _ expected: String) {
        #expect(ContentHash.hex(input) == expected)
    }

    @Test func padsToSixteenDigitsAndSeesEveryByte() {
        #expect(ContentHash.hex("x").count == 16)
        #expect(ContentHash.hex([0x00]) != ContentHash.hex([0x00, 0x00]))
    }

    @Test func articleHashIsTheHashOfTheFileBytes() throws {
        let bytes = Array("Q: a?\nA: b.".utf8)
        let article = try #require(ContentParser().parse(bytes: bytes, path: "t/a.md").article)
        #expect(article.contentHash == ContentHash.hex(bytes))
    }
}
