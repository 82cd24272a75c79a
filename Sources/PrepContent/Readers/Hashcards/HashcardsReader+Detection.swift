extension HashcardsReader {
    /// Whether a markdown file is a hashcards deck rather than prep markdown or an interview README that also
    /// writes `Q:`/`A:`. Both read simple cards alike; they differ in answers that run past a blank line and
    /// in `---` separators, so only files that show hashcards' own marks are taken: TOML front matter, or cards
    /// from the first line on with `---` between them and none of prep's annotations (`id:`, `tags:` …) or claims.
    /// Fenced code is skipped, so a README that shows a deck in a code block stays markdown.
    static func looksLikeDeck(_ lines: [String]) -> Bool {
        let frontMatter = HashcardsFrontMatter(lines: lines)
        var inFence: String?
        var cards = 0
        var separators = 0
        var firstText: String?
        var hasPrepMarks = false
        for line in lines.dropFirst(frontMatter?.endIndex ?? 0) {
            if let fence = inFence {
                if line.trimmed.hasPrefix(fence), line.trimmed.allSatisfy({ $0 == fence.first }) { inFence = nil }
                continue
            }
            if let opener = MarkdownSyntax.fenceOpener(line) {
                inFence = opener.fence
                continue
            }
            if firstText == nil, !line.trimmed.isEmpty { firstText = line }
            if line.hasPrefix("Q:") || line.hasPrefix("C:") { cards += 1 }
            if line == "---" { separators += 1 }
            if Annotations.match(line) != nil || line.hasPrefix("Claim:") { hasPrepMarks = true }
        }
        guard cards > 0 else { return false }
        if frontMatter != nil { return true }
        let opensWithCard = firstText.map { $0.hasPrefix("Q:") || $0.hasPrefix("C:") } ?? false
        return opensWithCard && separators > 0 && !hasPrepMarks
    }
}
