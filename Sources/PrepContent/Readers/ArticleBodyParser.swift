/// What a file yields, whichever reader read it: the outline's recogniser (markdown, page copies) or a
/// record reader (Anki notes and CSV, hashcards).
protocol ArticleBodyParser {
    var builder: CardBuilder { get }
    var title: String? { get }
    var headings: [Heading] { get }
    var tables: [ComparisonTable] { get }
    var qa: [QAItem] { get }
    var codeBlocks: [CodeBlock] { get }
    mutating func parse()
}



extension ItemRecogniser: ArticleBodyParser {
    var codeBlocks: [CodeBlock] { outline.codeBlocks }

    mutating func parse() {
        read()
        for warning in silentZeroWarning() { builder.report(warning) }
    }
}
