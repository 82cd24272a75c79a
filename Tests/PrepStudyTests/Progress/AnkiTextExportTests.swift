import Foundation
import PrepContent
import PrepStore
import Testing
@testable import PrepStudy

struct AnkiTextExportTests {
    @Test func headerNamesTheGUIDAndTagsColumns() {
        let lines = AnkiTextExport.text(cards: []).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "#separator:tab", "#html:false", "#notetype:Basic", "#columns:GUID\tFront\tBack\tTags",
            "#guid column:1", "#tags column:4", "",
        ])
    }

    @Test func quotesFieldsWithTabsLineBreaksAndQuotes() {
        let card = StoredCard(
            key: "django/asgi/qa-1", lang: "zh-Hant", kind: .qa, topic: "django", front: "WSGI 是\t什麼？",
            back: "第一行\n\"第二行\"", tags: ["django", "web server"], sourcePath: "x", sourceLine: 1, position: 0
        )
        let plain = StoredCard(
            key: "django/asgi/qa-2", lang: "en", kind: .qa, topic: "django", front: "Plain", back: "Answer",
            sourcePath: "x", sourceLine: 2, position: 1
        )
        let text = AnkiTextExport.text(cards: [card, plain])
        #expect(text.hasSuffix(
            "django/asgi/qa-1\t\"WSGI 是\t什麼？\"\t\"第一行\n\"\"第二行\"\"\"\tdjango web_server\n"
                + "django/asgi/qa-2\tPlain\tAnswer\tdjango\n"
        ))
    }
}
