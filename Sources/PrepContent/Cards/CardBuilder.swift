import PrepCore
/// Turns parsed items into cards with stable keys, and reports duplicate ids and keys.
struct CardBuilder {
    let path: String
    let topic: String
    let slug: String
    /// The article's language, which verdict words on claim backs follow.
    let language: Language
    /// Tags every card of the file carries (from its front matter), besides its own.
    var fileTags: [String] = []
    private(set) var cards: [CardDraft] = []
    private(set) var diagnostics: [ContentDiagnostic] = []
    private var keys: Set<String> = []
    private var idLines: [String: Int] = [:]

    init(path: String, identity: ArticleIdentity) {
        self.path = path
        self.topic = identity.topic
        self.slug = identity.slug
        self.language = identity.language
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    mutating func report(_ diagnostic: ContentDiagnostic) { diagnostics.append(diagnostic) }

    func key(_ anchor: String) -> String { "\(topic)/\(slug)/\(anchor)" }

    /// `id:` when given, else `<kind>-<hash of section path and text>`: editing another item, moving
    /// this one or changing its answer leaves the anchor alone.
    func anchor(id: String?, kind: String, sectionPath: [String], text: String) -> String {
        if let id { return id }
        let material = (sectionPath.map(\.whitespaceNormalized) + [text.whitespaceNormalized])
            .joined(separator: "\u{1F}")
        return "\(kind)-\(ContentHash.hex(material))"
    }

    /// Records an item's `id:`; a second use in the same file is an error and the item keeps a derived anchor.
    mutating func claimID(of annotations: Annotations) -> String? {
        guard let id = annotations.id, let line = annotations.idLine else { return nil }
        if let first = idLines[id] {
            report(
                ContentDiagnostic(
                    .error, at: location(line: line), .duplicateID(id: id, firstLine: first)))
            return nil
        }
        idLines[id] = line
        return id
    }

    /// Adds a card; when two items derive the same key (the same question asked twice), the later one is
    /// keyed by its answer too, then by its line, so both are kept with histories of their own.
    mutating func add(_ card: CardDraft) {
        var card = card
        card.tags += fileTags.filter { !card.tags.contains($0) }
        if keys.contains(card.key) { card.key += "~" + ContentHash.hex(card.back.whitespaceNormalized).prefix(8) }
        if keys.contains(card.key) { card.key += "~\(card.source.line)" }
        keys.insert(card.key)
        // After the key, which hashes the back as written so learners' history stays on it.
        card.front = AnswerResidue.withoutCopyButtons(card.front)
        card.back = AnswerResidue.removed(from: AnswerResidue.withoutCopyButtons(card.back))
        cards.append(card)
    }

    mutating func addQuestion(
        _ question: String, answer: String, sectionPath: [String], annotations: Annotations, line: Int
    ) {
        let id = claimID(of: annotations)
        let anchor = anchor(id: id, kind: "qa", sectionPath: sectionPath, text: question)
        add(
            CardDraft(
                key: key(anchor), kind: .qa, front: question, back: answer, source: location(line: line),
                check: annotations.check, verdict: annotations.verdict, verdictReason: annotations.verdictReason,
                tags: annotations.tags, also: annotations.also))
    }

    /// One card per deletion group, keyed `<anchor>/c<N>` and siblings of each other.
    mutating func addCloze(
        _ cloze: ClozeText, source: String, sectionPath: [String], annotations: Annotations, line: Int
    ) {
        let id = claimID(of: annotations)
        let base = key(anchor(id: id, kind: "cloze", sectionPath: sectionPath, text: source))
        for group in cloze.groups {
            let card = ClozeParts(cloze, hiding: group)
            add(
                CardDraft(
                    key: "\(base)/c\(group)", kind: .cloze, front: card.front, back: card.back,
                    source: location(line: line), check: annotations.check, verdict: annotations.verdict,
                    verdictReason: annotations.verdictReason, tags: annotations.tags, siblingGroup: base,
                    also: annotations.also, cloze: card))
        }
    }

    /// A claim card's back reads `False — reason` (`錯 — …` in Chinese), what a learner needs after answering true or false.
    mutating func addClaim(
        _ statement: String, sectionPath: [String], annotations: Annotations, verdict: Verdict, line: Int
    ) {
        let id = claimID(of: annotations)
        let anchor = anchor(id: id, kind: "claim", sectionPath: sectionPath, text: statement)
        let label = verdict.label(language)
        let back = annotations.verdictReason.map { "\(label) — \($0)" } ?? label
        add(
            CardDraft(
                key: key(anchor), kind: .claim, front: statement, back: back, source: location(line: line),
                check: annotations.check, verdict: verdict, verdictReason: annotations.verdictReason,
                tags: annotations.tags))
    }
}

/// The inverse of ``CardBuilder/anchor(id:kind:sectionPath:text:)``, for the quiz to tell authored cards apart.
extension CardDraft {
    /// Whether every anchor of `key` (`<topic>/<slug>/<anchor>[/…]`) is one an author wrote (`id:`), not one
    /// derived from the text (`qa-<hash>`, `table-<hash>/row-<hash>`) nor an Anki note's GUID (`guid-…`): a card
    /// keyed by its author was written to be asked, one recognised in notes only found in them.
    package static func hasAuthoredKey(_ key: String) -> Bool {
        let anchors = key.split(separator: "/").dropFirst(2)
        return !anchors.contains { anchor in
            if anchor.hasPrefix("guid-") { return true }
            guard let dash = anchor.firstIndex(of: "-") else { return false }
            let hash = anchor[anchor.index(after: dash)...].prefix { $0 != "~" }
            return hash.count == 16 && hash.allSatisfy(\.isHexDigit) && anchor[..<dash].allSatisfy(\.isLetter)
        }
    }
}
