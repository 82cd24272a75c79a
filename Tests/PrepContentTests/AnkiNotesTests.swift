import Testing

@testable import PrepContent

/// An Anki package's notes, made into cards straight from their fields, give what their notes file gives when
/// it is read: `anki-package-notes.tsv` is that file for these notes, as the package importer wrote it out and
/// read it back before it built the cards directly. Basic, reversed and cloze notes, and the notes that fail.
struct AnkiNotesTests {
    static let notes: [AnkiNote] = [
        AnkiNote(guid: "g1", kind: .basic, tags: ["net", "a&amp;b"], fields: ["What is <b>TCP</b>?", "A &amp; protocol<br>reliable"]),
        AnkiNote(guid: "g2", kind: .reversed, tags: [], fields: ["chien", "dog"]),
        AnkiNote(guid: "g3", kind: .cloze, tags: ["geo"], fields: ["{{c1::Paris}} is the capital of {{c2::France}}", "Extra <i>info</i>"]),
        AnkiNote(guid: "g4", kind: .cloze, tags: [], fields: ["no deletion here", ""]),
        AnkiNote(guid: "g5", kind: .basic, tags: [], fields: ["", "answer"]),
        AnkiNote(guid: "g6", kind: .basic, tags: ["x"], fields: ["question only", ""]),
        AnkiNote(guid: "g1", kind: .basic, tags: [], fields: ["Again g1", "other"]),
        AnkiNote(guid: "net/basics/q-port", kind: .basic, tags: [], fields: ["What is a port?", "A number"]),
        AnkiNote(guid: "g9", kind: .basic, tags: ["q\"t"], fields: ["Say \"hi\"\r\nplease", "<pre>line1\r\nline2</pre>"]),
        AnkiNote(guid: "g10", kind: .basic, tags: [], fields: ["Q10", "A10", "an aside", "units/x.md:10"]),
        AnkiNote(guid: "g11", kind: .basic, tags: ["地理"], fields: ["台北是哪裡的首都？", "台灣"]),
        AnkiNote(guid: "g12", kind: .basic, tags: [], fields: ["[sound:a.mp3]Listen", "ok"]),
        AnkiNote(guid: "a$b%c", kind: .basic, tags: [], fields: ["weird guid", "yes"]),
        AnkiNote(guid: "", kind: .basic, tags: [], fields: ["no guid", "derived"]),
        AnkiNote(guid: "g15", kind: .cloze, tags: [], fields: ["A {{c1::cat::animal}} sat", "line one\nline two"]),
        AnkiNote(guid: "g16", kind: .basic, tags: [], fields: ["only front"]),
        AnkiNote(guid: "g17", kind: .basic, tags: [], fields: ["multi\nline \"question\" 台", ""]),
        AnkiNote(guid: "g18", kind: .reversed, tags: [], fields: ["{{c1::brace}} in basic", "b"]),
        AnkiNote(guid: "g19", kind: .basic, tags: [], fields: ["Front", "Back"]),
        AnkiNote(guid: "g20", kind: .basic, tags: [], fields: ["  spaced  ", "<div>x</div><div>y</div>", "<ul><li>a</li><li>b</li></ul>", ""]),
    ]

    @Test func notesGiveWhatTheirNotesFileGives() throws {
        let path = "deck.apkg/mixed.tsv"
        let file = ContentParser(topic: "mixed").parse(bytes: try FixtureLoader.bytes("anki-package-notes.tsv"), path: path)
        let (direct, noteLines) = ContentParser(topic: "mixed").parse(ankiNotes: Self.notes, path: path)
        let article = try #require(direct.article)
        #expect(article == file.article)
        #expect(direct.diagnostics == file.diagnostics)
        // Each note's cards carry the line it starts on; a note whose fields hold line breaks runs over more lines.
        #expect(noteLines.prefix(10) == [6, 7, 8, 9, 10, 11, 12, 13, 14, 17])
        #expect(Set(article.cards.map(\.source.line)).isSubset(of: Set(noteLines)))

        let keys = Set(article.cards.map(\.key))
        #expect(keys.isSuperset(of: ["mixed/mixed/guid-g2", "mixed/mixed/guid-g2/reverse", "mixed/mixed/guid-g3/c1", "mixed/mixed/guid-g3/c2"]))
        #expect(keys.contains("net/basics/q-port"))
        let problems = direct.diagnostics.map(\.problem)
        #expect(problems.contains(.clozeNoteWithoutDeletion))
        #expect(problems.contains(.rowWithoutQuestion))
        #expect(problems.contains(.rowWithoutAnswer))
        #expect(problems.contains(.repeatedGUID(guid: "g1", firstLine: 6)))
    }
}
