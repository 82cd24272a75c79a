/// Cards whose key the file gives (an Anki note's GUID) rather than the builder deriving it from the text.
extension CardBuilder {
    /// A key that prep wrote itself, `<topic>/<slug>/<anchor>[/…]` as `prep export --format anki` puts in
    /// the GUID column; it is kept as it is, so a deck exported and imported again reaches the same cards.
    static func isCardKey(_ text: String) -> Bool {
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        return segments.count >= 3
            && segments.allSatisfy { !$0.isEmpty && $0.allSatisfy(Annotations.isIDCharacter) }
    }

    /// The key for a note's GUID: a prep card key as it is; otherwise `<topic>/<slug>/guid-<GUID>`, the GUID
    /// replaced by its hash when it holds characters other than letters, digits, `-`, `_` and `.` (Anki's
    /// own GUIDs use most of ASCII punctuation).
    func key(forGUID guid: String) -> String {
        if Self.isCardKey(guid) { return guid }
        let anchor = guid.allSatisfy(Annotations.isIDCharacter) ? guid : ContentHash.hex(guid)
        return key("guid-\(anchor)")
    }

    mutating func addQuestion(
        _ question: String, answer: String, key: String, tags: [String], siblingGroup: String? = nil, line: Int,
        column: Int
    ) {
        add(
            CardDraft(
                key: key, kind: .qa, front: question, back: answer, source: location(line: line, column: column),
                tags: tags, siblingGroup: siblingGroup))
    }

    /// One card per deletion group, keyed `<key>/c<N>`; `extra` (Anki's Back Extra) follows the filled sentence.
    /// A note prep exported itself holds one deletion and is already keyed by its card (`…/c2`): it comes
    /// back as that card, with the other cards of its sentence as siblings, not as a card of its own.
    mutating func addCloze(_ cloze: ClozeText, extra: String, key: String, tags: [String], line: Int, column: Int) {
        let exportedCard = Self.isCardKey(key) && cloze.groups.count == 1 && Self.clozeSentence(ofCardKey: key) != nil
        for group in cloze.groups {
            let card = ClozeParts(cloze, hiding: group, note: extra.isEmpty ? nil : extra)
            add(
                CardDraft(
                    key: exportedCard ? key : "\(key)/c\(group)", kind: .cloze, front: card.front, back: card.back,
                    source: location(line: line, column: column), tags: tags,
                    siblingGroup: exportedCard ? Self.clozeSentence(ofCardKey: key) : key, cloze: card))
        }
    }

    /// `topic/slug/cloze-x` of a cloze card key `topic/slug/cloze-x/c2`, or nil when the key is not one.
    private static func clozeSentence(ofCardKey key: String) -> String? {
        guard let slash = key.lastIndex(of: "/") else { return nil }
        let last = key[key.index(after: slash)...]
        guard last.first == "c", last.count > 1, last.dropFirst().allSatisfy(\.isNumber) else { return nil }
        return String(key[..<slash])
    }
}
