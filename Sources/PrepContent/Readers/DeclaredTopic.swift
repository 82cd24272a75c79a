import Foundation

/// The topic a file names for itself: a front matter `topic:` or `deck:`, a hashcards deck's `name`, an Anki
/// notes file's `#deck:` header. Without one, the file's folder names the topic (`ArticleIdentity`).
package enum DeclaredTopic {
    static func of(_ lines: [String], format: ArticleFormat) -> String? {
        let declared: String? =
            switch format {
            case .markdown: FrontMatter.read(lines)?.topic
            case .hashcards: FrontMatter.read(lines)?.title
            case .delimited:
                lines.prefix(while: { $0.hasPrefix("#") }).first { $0.lowercased().hasPrefix("#deck:") }
                    .map { String($0.dropFirst("#deck:".count)) }
            case .article: nil
            }
        return declared.flatMap(normalized)
    }

    /// `Programming::Python Basics` → `python-basics`: Anki's last deck level, one word, as topics are typed.
    package static func normalized(_ name: String) -> String? {
        let leaf = name.components(separatedBy: "::").last?.trimmed ?? ""
        let words = leaf.split(whereSeparator: { $0.isWhitespace || $0 == "/" })
        let topic = words.joined(separator: "-").lowercased()
        return topic.isEmpty ? nil : topic
    }
}
