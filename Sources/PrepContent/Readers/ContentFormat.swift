/// Which reader a file needs. The extension is a hint, the content decides: a `.txt` saved from a README is
/// markdown, and a file with no known extension is read by what it looks like.
package enum ContentFormat {
    package static let markdownExtensions: Set<String> = ["md", "markdown"]

    /// The format of the file at `path` whose text is `lines`. Sniffers for more formats go here, each
    /// checked before the plain-article fallback.
    package static func detect(path: String, lines: [String]) -> ArticleFormat {
        if let deck = DeckFileSniffer.format(of: lines, path: path) { return deck }
        // A page saved from a browser is read as the markdown its HTML stands for.
        if markdownExtensions.contains(fileExtension(of: path)) || HTMLBody.isPage(lines, path: path) { return .markdown }
        if looksLikeMarkdown(lines) { return .markdown }
        return .article
    }

    /// The lower-cased text after the file name's last dot, or "" when there is none.
    package static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Markdown that only markdown writes: a closed code fence, `##` headings, or a `<details>` block. A
    /// single `#` line is no evidence (web copies keep shell and Python comments), nor is a pipe table.
    static func looksLikeMarkdown(_ lines: [String]) -> Bool {
        var fences = 0
        var headings = 0
        for line in lines {
            if MarkdownSyntax.fenceOpener(line) != nil { fences += 1 }
            if let (level, _) = MarkdownSyntax.heading(line), level >= 2 { headings += 1 }
            if DetailsBlock.opens(line) { return true }
        }
        return fences >= 2 || headings >= 2
    }
}
