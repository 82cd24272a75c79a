/// The prefix that opens an item at the start of a line: `Q:`, `Q1:`, `A:`, `答案:`, `Answer:`, `C:`, `Claim:`.
enum ItemMarker: Equatable {
    /// `number` is `"1"` for `Q1:`, nil for `Q:`.
    case question(number: String?)
    case answer
    case cloze
    case claim

    /// The marker opening `line` and the text after it, or nil when the line opens no item.
    static func parse(_ line: some StringProtocol) -> (marker: ItemMarker, rest: String)? {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = line[..<colon]
        let rest = String(line[line.index(after: colon)...]).trimmed
        switch name {
        case "Q": return (.question(number: nil), rest)
        case "A", "答案", "Answer": return (.answer, rest)
        case "C": return (.cloze, rest)
        case "Claim": return (.claim, rest)
        default:
            guard name.count > 1, name.first == "Q", name.dropFirst().allSatisfy(\.isASCIIDigit) else { return nil }
            return (.question(number: String(name.dropFirst())), rest)
        }
    }
}
