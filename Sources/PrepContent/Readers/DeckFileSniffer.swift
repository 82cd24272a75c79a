/// Recognises, from a file's text, the flashcard formats of other tools that prep reads with readers of
/// their own: Anki notes files and CSV/TSV, and hashcards decks.
package enum DeckFileSniffer {
    /// `.delimited` or `.hashcards`, or nil to leave the file to the markdown and plain-article readers.
    ///
    /// `.csv` and `.tsv` are always delimited. Other text is when it opens with an Anki header line
    /// (`#separator:`, `#html:` …) or is laid out as a table of fields (see `SeparatorGuess.looksTabular`).
    /// Markdown is a hashcards deck only when it shows hashcards' own marks (`HashcardsReader.looksLikeDeck`).
    package static func format(of lines: [String], path: String) -> ArticleFormat? {
        switch ContentFormat.fileExtension(of: path) {
        case "csv", "tsv":
            return .delimited
        case "md", "markdown":
            return HashcardsReader.looksLikeDeck(lines) ? .hashcards : nil
        default:
            if let first = lines.first, AnkiTextHeader.isKnownLine(first) {
                return .delimited
            }
            return SeparatorGuess.looksTabular(lines) ? .delimited : nil
        }
    }
}
