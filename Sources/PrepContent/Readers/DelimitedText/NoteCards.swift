/// The cards of Anki notes, whether they come as rows of a notes file or straight from an Anki package: a
/// cloze note gives one card per deletion, a note asked both ways a card and its reverse, any other a card.
struct NoteCards {
    /// One note with its fields as a learner reads them (`DelimitedTextReader.plainText`).
    struct Note {
        var front: String
        /// The answer, with the note's extra fields below it (`DelimitedTextReader.joined`).
        var answer: String
        var guid: String
        var cloze: Bool
        var reversed: Bool
        var tags: [String]
        /// Where the note starts, and the columns of its question and answer, for the cards and the problems.
        var line: Int
        var frontColumn: Int
        var backColumn: Int
    }

    var builder: CardBuilder
    private(set) var qa: [QAItem] = []
    /// Line of the first note with each key, so a repeated GUID or question names where it was first seen.
    private var keyLines: [String: Int] = [:]

    init(builder: CardBuilder) {
        self.builder = builder
    }

    mutating func add(_ note: Note) {
        let front = note.front
        guard !front.isEmpty else {
            report(note.line, note.frontColumn, .rowWithoutQuestion)
            return
        }
        /// The GUID's key, else the key prep markdown derives from the same text.
        func key(kind: String) -> String {
            note.guid.isEmpty
                ? builder.key(builder.anchor(id: nil, kind: kind, sectionPath: [], text: front))
                : builder.key(forGUID: note.guid)
        }

        // A brace looked for first: Foundation's search of every question was a twentieth of the reading.
        if note.cloze || front.utf8.contains(UInt8(ascii: "{")) && front.contains("{{c") {
            guard let cloze = ClozeText(front) else {
                report(note.line, note.frontColumn, .clozeNoteWithoutDeletion)
                return
            }
            let key = key(kind: "cloze")
            guard claim(key, guid: note.guid, line: note.line) else { return }
            builder.addCloze(cloze, extra: note.answer, key: key, tags: note.tags, line: note.line, column: note.frontColumn)
            return
        }
        guard !note.answer.isEmpty else {
            report(note.line, note.backColumn, .rowWithoutAnswer)
            return
        }
        let key = key(kind: "qa")
        guard claim(key, guid: note.guid, line: note.line) else { return }
        qa.append(QAItem(number: nil, question: front, answer: note.answer, line: note.line))
        // The reverse card is keyed `<key>/reverse`, a sibling of the first so the two are not shown on one day.
        builder.addQuestion(
            front, answer: note.answer, key: key, tags: note.tags, siblingGroup: note.reversed ? key : nil, line: note.line,
            column: note.frontColumn)
        if note.reversed {
            builder.addQuestion(
                note.answer, answer: front, key: key + "/reverse", tags: note.tags, siblingGroup: key, line: note.line,
                column: note.frontColumn)
        }
    }

    /// Records the note's key; a second note with the same GUID or question would share one review history.
    private mutating func claim(_ key: String, guid: String, line: Int) -> Bool {
        if let first = keyLines[key] {
            report(line, 1, guid.isEmpty ? .repeatedRowQuestion(firstLine: first) : .repeatedGUID(guid: guid, firstLine: first))
            return false
        }
        keyLines[key] = line
        return true
    }

    private mutating func report(_ line: Int, _ column: Int, _ problem: ContentDiagnostic.Problem) {
        builder.report(ContentDiagnostic(.error, at: builder.location(line: line, column: column), problem))
    }
}
