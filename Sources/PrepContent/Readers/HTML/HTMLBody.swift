import Foundation

/// HTML read as the markdown it stands for, so the one block grammar reads its headings, paragraphs, lists,
/// code, `<details>` and definition lists: a whole page saved from a browser (`<!DOCTYPE html>…`, without
/// its head, scripts, navigation and footer), or a markdown file whose body is HTML, as blog engines export a
/// post (`<h3>01、…</h3>`, `<p>…</p>`). Each markdown line remembers the source line it came from, so problems
/// are still reported where the author wrote them.
enum HTMLBody {
    static let extensions: Set<String> = ["html", "htm"]

    /// Whether `lines` are a web page rather than markdown holding some HTML: a `.html` file, or a document
    /// that opens as one.
    static func isPage(_ lines: [String], path: String) -> Bool {
        if extensions.contains(ContentFormat.fileExtension(of: path)) { return true }
        guard let first = lines.first(where: { !$0.trimmed.isEmpty })?.trimmed.lowercased() else { return false }
        return first.hasPrefix("<!doctype html") || first.hasPrefix("<html")
    }

    /// A page's visible text as markdown lines with their source line indices.
    static func page(_ lines: [String]) -> (lines: [String], sources: [Int]) {
        convert(withoutHiddenElements(lines), from: 0)
    }

    /// The body's lines as markdown with their source line indices, or nil when the body is not HTML: at least
    /// two HTML headings, more than its markdown headings (a title line may be markdown), and HTML paragraphs.
    /// Headings are counted anywhere on a line, as exported HTML often holds several items on one.
    static func markdown(_ lines: [String], from start: Int) -> (lines: [String], sources: [Int])? {
        var htmlHeadings = 0
        var markdownHeadings = 0
        var paragraphs = 0
        var inFence = false
        for line in lines[start...] {
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            guard !inFence else { continue }
            if MarkdownSyntax.heading(line) != nil { markdownHeadings += 1 }
            guard line.utf8.contains(UInt8(ascii: "<")) else { continue }
            let text = line.lowercased()
            htmlHeadings += (1...6).reduce(0) { $0 + text.components(separatedBy: "<h\($1)").count - 1 }
            paragraphs += text.components(separatedBy: "<p").count - 1
        }
        guard htmlHeadings >= 2, htmlHeadings > markdownHeadings, paragraphs >= 1 else { return nil }
        return convert(lines, from: start)
    }

    private static func convert(_ lines: [String], from start: Int) -> (lines: [String], sources: [Int]) {
        var output: [String] = []
        var sources: [Int] = []
        var inPre = false
        for index in start..<lines.count {
            for piece in convert(lines[index], inPre: &inPre) {
                output.append(piece)
                sources.append(index)
            }
        }
        return (output, sources)
    }

    /// Elements a reader never sees, or sees on every page of a site: blanked, line for line.
    private static let hiddenElements = ["head", "script", "style", "noscript", "svg", "nav", "header", "footer", "aside", "form", "template"]

    private static func withoutHiddenElements(_ lines: [String]) -> [String] {
        var hidden: String?
        return lines.map { line in
            var kept = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if let element = hidden {
                    guard let close = rest.range(of: "</\(element)", options: .caseInsensitive) else { return kept }
                    rest = rest[close.upperBound...]
                    rest = rest.firstIndex(of: ">").map { rest[rest.index(after: $0)...] } ?? ""
                    hidden = nil
                    continue
                }
                let opening = hiddenElements.compactMap { element in
                    rest.range(of: "<\(element)(?=[\\s>/])", options: [.regularExpression, .caseInsensitive]).map { ($0, element) }
                }.min { $0.0.lowerBound < $1.0.lowerBound }
                guard let (range, element) = opening else {
                    kept += rest
                    break
                }
                kept += rest[..<range.lowerBound]
                hidden = element
                rest = rest[range.upperBound...]
            }
            return kept
        }
    }

    /// One source line as markdown lines: block tags become line breaks and markers, inline bold and code
    /// their markdown marks, every other tag goes and entities are decoded.
    private static func convert(_ line: String, inPre: inout Bool) -> [String] {
        var rest = Substring(line)
        var result: [String] = []
        while !rest.isEmpty {
            if inPre {
                guard let close = rest.range(of: "</pre>", options: .caseInsensitive) else {
                    result.append(HTMLText.codeText(String(rest)))
                    return result
                }
                let code = HTMLText.codeText(String(rest[..<close.lowerBound]))
                if !code.trimmed.isEmpty { result.append(code) }
                result += ["```", ""]
                inPre = false
                rest = rest[close.upperBound...]
            } else if let open = rest.range(of: "<pre", options: .caseInsensitive),
                let tagEnd = rest[open.upperBound...].firstIndex(of: ">")
            {
                result += prose(String(rest[..<open.lowerBound]))
                result += ["", "```"]
                inPre = true
                rest = rest[rest.index(after: tagEnd)...]
                // `<pre><code class="java">`: the code tag opens the code, it is no text of it.
                if rest.lowercased().hasPrefix("<code"), let codeEnd = rest.firstIndex(of: ">") { rest = rest[rest.index(after: codeEnd)...] }
            } else {
                result += prose(String(rest))
                rest = ""
            }
        }
        return result
    }

    private static let breaks = [
        "<p>", "</p>", "<ul>", "</ul>", "<ol>", "</ol>", "</li>", "<blockquote>", "</blockquote>", "<div>", "</div>",
        "<br>", "<br/>", "<br />", "<hr>", "<hr/>", "<table>", "</table>", "<tr>", "</tr>", "<dl>", "</dl>", "</dd>",
        "<section>", "</section>", "<article>", "</article>", "<main>", "</main>", "<body>", "</body>", "</html>",
    ]

    /// Prose outside `<pre>`: a line per block, `- ` for a list item, `#`s for a heading.
    private static func prose(_ html: String) -> [String] {
        guard html.has("<") else { return [HTMLText.plainText(html)] }
        var text = html
        for level in 1...6 {
            text = text.replacingOccurrences(of: "<h\(level)[^>]*>", with: "\n" + String(repeating: "#", count: level) + " ",
                options: [.regularExpression, .caseInsensitive])
            text = text.replacingOccurrences(of: "</h\(level)>", with: "\n", options: .caseInsensitive)
        }
        text = text.replacingOccurrences(of: "<li[^>]*>", with: "\n- ", options: [.regularExpression, .caseInsensitive])
        // A definition list's term is its question, said as a bold line; the definition is the answer under it.
        text = text.replacingOccurrences(of: "<dt[^>]*>", with: "\n**", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "</dt>", with: "**\n", options: .caseInsensitive)
        text = text.replacingOccurrences(of: "<dd[^>]*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        // `<details>` and its `<summary>` keep their tags, on lines of their own, for the outline to fold.
        text = text.replacingOccurrences(of: "<details[^>]*>", with: "\n<details>\n", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "</details>", with: "\n</details>\n", options: .caseInsensitive)
        text = text.replacingOccurrences(of: "<summary[^>]*>", with: "\n<summary>", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "</summary>", with: "</summary>\n", options: .caseInsensitive)
        text = text.replacingOccurrences(
            of: "<(p|div|blockquote|table|tr|section|article|main|body|html)\\s[^>]*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        for tag in breaks { text = text.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive) }
        for (tag, mark) in [("strong", "**"), ("b", "**"), ("code", "`")] {
            text = text.replacingOccurrences(of: "</?\(tag)(\\s[^>]*)?>", with: mark, options: [.regularExpression, .caseInsensitive])
        }
        return text.components(separatedBy: "\n").map { piece in
            let trimmed = piece.trimmed
            if trimmed == "<details>" || trimmed == "</details>" { return trimmed }
            if trimmed.hasPrefix("<summary>"), trimmed.hasSuffix("</summary>") {
                return "<summary>" + HTMLText.plainText(String(trimmed.dropFirst(9).dropLast(10))) + "</summary>"
            }
            let marker = piece.hasPrefix("- ") ? "- " : piece.hasPrefix("#") ? String(piece.prefix { $0 == "#" }) + " " : ""
            let body = HTMLText.plainText(String(piece.dropFirst(marker.count)))
            return body.isEmpty ? "" : marker + body
        }
    }
}
