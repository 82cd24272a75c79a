import Foundation
import Testing

@testable import PrepContent

/// A cloze card's blanks, read back from its stored front and back, are the ones it was built with.
@Suite struct ClozePartsTests {
    private func marked(_ front: String, _ back: String, _ mark: (String) -> String) -> String {
        ClozeParts(front: front, back: back)?.joined { mark($0.answer) } ?? back
    }

    @Test(arguments: [
        "An ASGI app takes [scope], receive and send.",
        "[ASGI] runs on [an event loop].",
        "事件迴圈跑在[一條執行緒]上。",
        "Read [the docs](https://example.org) before [asking].",
        "{{c1::uvicorn}} serves {{c2::ASGI::a protocol}} apps over {{c1::HTTP}}.",
        "Lists start at list[0]: {{c1::the head::which item}}.",
    ])
    func everyCardOfASentenceSurvivesItsFrontAndBack(source: String) throws {
        let text = try #require(ClozeText(source))
        for group in text.groups {
            let card = ClozeParts(text, hiding: group)
            #expect(ClozeParts(front: card.front, back: card.back) == card, "group \(group)")
        }
    }

    @Test func aCardShowsItsOwnGroupAsBlanksAndTheOthersAsText() throws {
        let text = try #require(ClozeText("{{c1::uvicorn}} serves {{c2::ASGI::a protocol}} apps over {{c1::HTTP}}."))
        let first = ClozeParts(text, hiding: 1)
        #expect(first.shown == ["", " serves ASGI apps over ", "."])
        #expect(first.blanks.map(\.answer) == ["uvicorn", "HTTP"])
        #expect(first.front == "[…] serves ASGI apps over […].")
        let second = ClozeParts(text, hiding: 2)
        #expect(second.blanks == [.init(answer: "ASGI", hint: "a protocol")])
        #expect(second.front == "uvicorn serves [a protocol] apps over HTTP.")
        #expect(second.back == first.back)
    }

    @Test func hintsComeBackFromTheFront() throws {
        let parts = try #require(ClozeParts(front: "A [hint] and […] end", back: "A one and two end"))
        #expect(parts.blanks == [.init(answer: "one", hint: "hint"), .init(answer: "two", hint: nil)])
        #expect(parts.shown == ["A ", " and ", " end"])
    }

    @Test func bracketsThatAreNotBlanksStayText() throws {
        let link = try #require(ClozeParts(front: "See [docs](u), then […].", back: "See [docs](u), then ask."))
        #expect(link.blanks.map(\.answer) == ["ask"])
        #expect(link.shown == ["See [docs](u), then ", "."])
        let index = try #require(ClozeParts(front: "[a, b], […]", back: "[a, b], c"))
        #expect(index.blanks.map(\.answer) == ["c"], "a bracketed text holding the next literal is not cut inside")
        let beforeLink = try #require(ClozeParts(front: "Ask […] [docs](u) first", back: "Ask the team [docs](u) first"))
        #expect(beforeLink.blanks.map(\.answer) == ["the team"])
        #expect(ClozeParts(front: "[…][q] end", back: "y[q] end")?.blanks.map(\.answer) == ["y"])
        #expect(ClozeParts(front: "a [[…] b", back: "a [x b")?.blanks.map(\.answer) == ["x"], "a lone `[` is text")
        #expect(ClozeParts(front: "list[0] is […]", back: "list[0] is the head")?.blanks.map(\.answer) == ["the head"])
    }

    @Test(arguments: [
        ("No placeholder", "No placeholder"),
        ("A […] b", "Something else"),
        ("A [hint] C", "X B Y"),
        ("[…] x", " x"),  // a blank hides something
        ("A […][…] b", "A xy b"),  // two blanks with nothing between cannot be told apart
        ("[x] stays", "[x] stays"),  // the placeholder is the text itself: no blank at all
    ])
    func aFrontThatDoesNotLineUpWithItsBackHasNoParts(front: String, back: String) {
        #expect(ClozeParts(front: front, back: back) == nil)
    }

    @Test func theHiddenWordsArePickedOutOfTheBack() {
        #expect(marked("uvicorn 用 […] 處理請求。", "uvicorn 用 事件迴圈 處理請求。") { "[\($0)]" } == "uvicorn 用 [事件迴圈] 處理請求。")
        #expect(marked("[…] runs on […].", "ASGI runs on an event loop.") { "<\($0)>" } == "<ASGI> runs on <an event loop>.")
        #expect(marked("no blank", "no blank") { "[\($0)]" } == "no blank")
        #expect(marked("A [hint] C", "X B Y") { "[\($0)]" } == "X B Y", "a back that does not line up is left alone")
    }
}
