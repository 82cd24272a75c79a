import PrepCore

/// Topic, slug and language of a file, read from its path: `content/<topic>/<slug>.<lang>.md`, or for any
/// other path `<dir>/<slug>.<lang>.<ext>` / `<dir>/<stem>.<ext>`.
package struct ArticleIdentity: Sendable, Hashable {
    package var topic: String
    package var slug: String
    /// From the file name when it carries one (as it spells it: this is the code stored), else detected from
    /// the text.
    package var lang: String

    /// The language the article's cards speak; a tag prep has no phrases for reads as English.
    package var language: Language { Language(code: lang) }

    /// Used when a bare file name gives no folder to take the topic from.
    package static let defaultTopic = "general"

    package init(topic: String, slug: String, lang: String) {
        self.topic = topic
        self.slug = slug
        self.lang = lang
    }

    /// `lines` is only consulted when the file name carries no language.
    package init(path: String, lines: [String]) {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        let fileName = components.last.map(String.init) ?? path
        topic = components.count >= 2 ? String(components[components.count - 2]) : Self.defaultTopic

        var nameParts = fileName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if nameParts.count > 1 { nameParts.removeLast() }
        if nameParts.count > 1, let last = nameParts.last, Self.isLanguageTag(last) {
            lang = last
            nameParts.removeLast()
        } else {
            lang = Self.detectLanguage(lines).code
        }
        slug = nameParts.joined(separator: ".")
    }

    /// `en`, `zh-Hant`, `pt-BR`: a two-letter ISO 639-1 code, optionally `-` and a subtag. Three-letter
    /// codes are left out so that names such as `asgi.faq.md` keep their last part in the slug.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, parts.count <= 2, primary.count == 2,
            primary.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        guard parts.count == 2 else { return true }
        let subtag = parts[1]
        return (2...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Han text reads as Traditional Chinese (the deck's only CJK language); anything else as English.
    static func detectLanguage(_ lines: [String]) -> Language {
        var han = 0
        var latin = 0
        for line in lines {
            // By value: the alphabetic ASCII scalars are the letters, and a property lookup for every scalar of a
            // large Anki package was a twentieth of importing it.
            for scalar in line.unicodeScalars {
                if scalar.isASCII {
                    // Setting the 0x20 bit lowercases a letter and takes nothing else into a…z.
                    if (0x61...0x7A).contains(scalar.value | 0x20) { latin += 1 }
                } else if scalar.isHan {
                    han += 1
                }
            }
        }
        // A Chinese article is full of ASCII identifiers and code; a few Han characters per ten letters is plenty.
        return han > 0 && han * 5 >= latin ? .zhHant : .en
    }
}
