/// What the record readers (Anki notes and CSV, hashcards) find in a file's lines.
protocol ArticleBodyParser {
    var builder: CardBuilder { get }
    var title: String? { get }
    var headings: [Heading] { get }
    var tables: [ComparisonTable] { get }
    var qa: [QAItem] { get }
    var codeBlocks: [CodeBlock] { get }
    mutating func parse()
}


