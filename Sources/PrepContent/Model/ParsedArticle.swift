/// How a file was read: prep's own markdown, a plain article copied from the web, an Anki notes file or
/// CSV/TSV, or a hashcards deck.
package enum ArticleFormat: String, Sendable, Codable {
    case markdown
    case article
    case delimited
    case hashcards
}

/// A heading as written; `number` is the numbering without its trailing dot (`"1.3"`), when there is one.
package struct Heading: Sendable, Hashable, Codable {
    package var number: String?
    package var title: String
    package var level: Int
    package var line: Int

    package init(number: String?, title: String, level: Int, line: Int) {
        self.number = number
        self.title = title
        self.level = level
        self.line = line
    }
}

/// A pipe table with a `|---|` separator; `rows` excludes the header and separator.
package struct ComparisonTable: Sendable, Hashable, Codable {
    /// Stable key: `<topic>/<slug>/<table-id>`.
    package var key: String
    /// Title of the section the table sits in.
    package var section: String
    /// Caption: the label or heading just above the table.
    package var title: String
    package var columns: [String]
    package var rows: [[String]]
    package var line: Int

    package init(key: String, section: String, title: String, columns: [String], rows: [[String]], line: Int) {
        self.key = key
        self.section = section
        self.title = title
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}

/// A question with its answer; `number` is `"1"` for `Q1:`.
package struct QAItem: Sendable, Hashable, Codable {
    package var number: String?
    package var question: String
    package var answer: String
    package var line: Int

    package init(number: String?, question: String, answer: String, line: Int) {
        self.number = number
        self.question = question
        self.answer = answer
        self.line = line
    }
}

/// Code kept verbatim (fenced in markdown, detected in plain articles); never turned into cards.
package struct CodeBlock: Sendable, Hashable, Codable {
    package var language: String?
    package var startLine: Int
    package var endLine: Int
    package var text: String

    package init(language: String?, startLine: Int, endLine: Int, text: String) {
        self.language = language
        self.startLine = startLine
        self.endLine = endLine
        self.text = text
    }
}

/// Everything the parser found in one file.
package struct ParsedArticle: Sendable, Hashable, Codable {
    package var path: String
    package var format: ArticleFormat
    /// From `content/<topic>/<slug>.<lang>.md`; files elsewhere use their folder and file name.
    package var topic: String
    package var slug: String
    /// `zh-Hant` or `en`.
    package var lang: String
    package var title: String
    package var headings: [Heading]
    package var tables: [ComparisonTable]
    package var qa: [QAItem]
    package var codeBlocks: [CodeBlock]
    package var cards: [CardDraft]
    /// SHA-256-free content fingerprint (FNV-1a 64 of the bytes, hex); re-import skips unchanged files.
    package var contentHash: String

    package init(
        path: String, format: ArticleFormat, topic: String, slug: String, lang: String, title: String,
        headings: [Heading], tables: [ComparisonTable], qa: [QAItem], codeBlocks: [CodeBlock],
        cards: [CardDraft], contentHash: String
    ) {
        self.path = path
        self.format = format
        self.topic = topic
        self.slug = slug
        self.lang = lang
        self.title = title
        self.headings = headings
        self.tables = tables
        self.qa = qa
        self.codeBlocks = codeBlocks
        self.cards = cards
        self.contentHash = contentHash
    }
}

/// The outcome of parsing one file: the article when it could be read at all, and every problem found.
package struct ParseResult: Sendable {
    package var article: ParsedArticle?
    package var diagnostics: [ContentDiagnostic]

    package init(article: ParsedArticle?, diagnostics: [ContentDiagnostic]) {
        self.article = article
        self.diagnostics = diagnostics
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    package var failsImport: Bool { diagnostics.contains(where: \.failsImport) }
}
