import Foundation

/// Parses one content file into an article, its cards and every problem found, without throwing.
///
/// The flow follows the folders: `ContentFormat.detect` picks a reader (`Readers/`) from the extension and
/// the content; the reader walks the file's blocks with the block syntax of `Outline/` (headings and their
/// numbering, fences, tables, details, front matter), asks `Recognisers/` what a block is (a question, an
/// answer marker, code, a cloze, a claim), and hands each item to the `CardBuilder` (`Cards/`), which keys it.
package struct ContentParser: Sendable {
    /// `prep import --topic NAME`: every file's cards go to this topic, whatever the file says.
    let topic: String?

    package init(topic: String? = nil) {
        self.topic = topic.flatMap(DeclaredTopic.normalized)
    }

    package func parse(bytes: Data, path: String) -> ParseResult {
        parse(bytes: [UInt8](bytes), path: path)
    }

    package func parse(text: String, path: String) -> ParseResult {
        parse(bytes: Array(text.utf8), path: path)
    }

    package func parse(bytes: [UInt8], path: String) -> ParseResult {
        let source: SourceText
        switch SourceText.decode(bytes) {
        case .success(let decoded):
            source = decoded
        case .failure(let invalid):
            let location = SourceLocation(path: path, line: invalid.line, column: invalid.column)
            return ParseResult(article: nil, diagnostics: [ContentDiagnostic(.error, at: location, .notUTF8(byte: invalid.byte))])
        }

        let format = ContentFormat.detect(path: path, lines: source.lines)
        var identity = ArticleIdentity(path: path, lines: source.lines)
        if let topic = topic ?? DeclaredTopic.of(source.lines, format: format) { identity.topic = topic }
        let builder = CardBuilder(path: path, identity: identity)
        var article = ParsedArticle(
            path: path, format: format, topic: identity.topic, slug: identity.slug, lang: identity.lang,
            title: identity.slug, headings: [], tables: [], qa: [], codeBlocks: [], cards: [],
            contentHash: ContentHash.hex(bytes))

        guard source.lines.contains(where: { !$0.trimmed.isEmpty }) else {
            let location = SourceLocation(path: path, line: 1, column: 1)
            return ParseResult(
                article: article, diagnostics: [ContentDiagnostic(.warning, at: location, .emptyFile)])
        }

        var parser: any ArticleBodyParser =
            switch format {
            case .markdown:
                ItemRecogniser(
                    outline: MarkdownReader.outline(source.lines, isHTML: HTMLBody.isPage(source.lines, path: path)), builder: builder)
            case .article: ItemRecogniser(outline: PlainTextReader.outline(source.lines), builder: builder)
            case .delimited: DelimitedTextReader(lines: source.lines, builder: builder)
            case .hashcards: HashcardsReader(lines: source.lines, builder: builder)
            }
        parser.parse()
        article.title = parser.title ?? identity.slug
        article.headings = parser.headings
        article.tables = parser.tables
        article.qa = parser.qa
        article.codeBlocks = parser.codeBlocks
        article.cards = parser.builder.cards
        return ParseResult(article: article, diagnostics: Self.ordered(parser.builder.diagnostics))
    }

    /// By place in the file; problems found at one place keep the order they were found in.
    static func ordered(_ diagnostics: [ContentDiagnostic]) -> [ContentDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location.line, lhs.element.location.column, lhs.offset)
                < (rhs.element.location.line, rhs.element.location.column, rhs.offset)
        }.map(\.element)
    }
}
