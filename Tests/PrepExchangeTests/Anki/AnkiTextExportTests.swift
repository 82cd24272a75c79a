import Foundation
import PrepContent
import PrepStore
import Testing
@testable import PrepExchange

struct AnkiTextExportTests {
    static let english = AnkiTextExport.Notetypes.byAnkiLanguage["en"]!
    static let chinese = AnkiTextExport.Notetypes.byAnkiLanguage["zh-TW"]!

    /// No field is mapped by name: Anki's field names are translated, so named columns break other locales.
    @Test func headerMapsColumnsByPositionOnly() {
        let lines = AnkiTextExport.text(cards: [], notetypes: Self.english).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "#separator:tab", "#html:false", "#guid column:1", "#notetype column:2", "#deck column:3",
            "#tags column:6", "",
        ])
        #expect(!lines.contains { $0.hasPrefix("#columns:") })
    }

    @Test func rowsNameTheNotetypeInTheImportingAnkisLanguage() {
        let card = StoredCard(
            key: "django/asgi/qa-1", lang: "zh-Hant", kind: .qa, topic: "django", front: "Q", back: "A",
            sourcePath: "x", sourceLine: 1, position: 0
        )
        let cloze = StoredCard(
            key: "django/asgi/cloze-1/c1", lang: "zh-Hant", kind: .cloze, topic: "django", front: "ASGI 支援 […]。",
            back: "ASGI 支援 WebSocket。", cloze: ClozeParts(shown: ["ASGI 支援 ", "。"], blanks: [.init(answer: "WebSocket")]),
            sourcePath: "x", sourceLine: 2, position: 1
        )
        let english = AnkiTextExport.text(cards: [card, cloze], notetypes: Self.english)
        #expect(english.hasSuffix(
            "django/asgi/qa-1\tBasic\tprep::django\tQ\tA\tdjango\n"
                + "django/asgi/cloze-1/c1\tCloze\tprep::django\tASGI 支援 {{c1::WebSocket}}。\t\tdjango\n"
        ))
        let chinese = AnkiTextExport.text(cards: [card, cloze], notetypes: Self.chinese)
        #expect(chinese.contains("django/asgi/qa-1\t基本型\tprep::django\tQ\tA\tdjango\n"))
        #expect(chinese.contains("django/asgi/cloze-1/c1\t克漏字\tprep::django\t"))
    }

    @Test func quotesFieldsWithTabsLineBreaksAndQuotes() {
        let card = StoredCard(
            key: "django/asgi/qa-1", lang: "zh-Hant", kind: .qa, topic: "django", front: "WSGI 是\t什麼？",
            back: "第一行\n\"第二行\"", tags: ["django", "web server"], sourcePath: "x", sourceLine: 1, position: 0
        )
        let text = AnkiTextExport.text(cards: [card], notetypes: Self.english)
        #expect(text.hasSuffix(
            "django/asgi/qa-1\tBasic\tprep::django\t\"WSGI 是\t什麼？\"\t\"第一行\n\"\"第二行\"\"\"\tdjango web_server\n"
        ))
    }

    @Test func clozeNotesSpellTheStoredBlanks() {
        let parts = ClozeParts(shown: ["A ", " and ", " end"], blanks: [.init(answer: "one", hint: "hint"), .init(answer: "two")])
        #expect(AnkiCloze(parts).text() == "A {{c1::one::hint}} and {{c1::two}} end")
        #expect(AnkiCloze(parts).backExtra() == "")
        let escaped = AnkiCloze(ClozeParts(shown: ["<", ">"], blanks: [.init(answer: "&")], note: "a < b"))
        #expect(escaped.text(escaping: AnkiPackageExporter.html) == "&lt;{{c1::&amp;}}&gt;")
        #expect(escaped.backExtra(escaping: AnkiPackageExporter.html) == "a &lt; b")
    }

    /// A cloze imported from an Anki note with a Back Extra goes back out with it in that field.
    @Test func aClozeNoteKeepsItsBackExtra() {
        let parts = ClozeParts(shown: ["", " is the capital"], blanks: [.init(answer: "Paris")], note: "of France")
        let card = StoredCard(
            key: "geo/g/c1", lang: "en", kind: .cloze, topic: "geo", front: parts.front, back: parts.back, cloze: parts,
            sourcePath: "x", sourceLine: 1, position: 0
        )
        #expect(card.back == "Paris is the capital\n\nof France")
        #expect(AnkiTextExport.text(cards: [card], notetypes: Self.english)
            .hasSuffix("geo/g/c1\tCloze\tprep::geo\t{{c1::Paris}} is the capital\tof France\tgeo\n"))
    }
}
