import Foundation

/// Recognises the lines of unfenced code in plain articles (Python, shell, nginx, C-family) and of diagrams, whose
/// indentation web copying has usually stripped.
enum CodeLineClassifier {
    private static let keywordPrefixes = [
        "def ", "async def ", "async with ", "async for ", "await ", "return", "class ", "import ", "pass",
        "raise ", "yield", "elif ", "else:", "try:", "except", "finally:", "lambda ", "@",
        "gunicorn ", "uvicorn ", "daphne ", "hypercorn ", "python ", "python3 ", "pip ", "django-admin ", "curl ",
        "$ ", "--", "upstream ", "location ", "proxy_", "listen ",
    ]
    /// Words that also start English sentences, so they count only with a code-like line end.
    private static let blockPrefixes = ["if ", "for ", "while ", "with ", "from ", "server "]
    private static let diagramPrefixes: Set<Character> = [
        "├", "│", "└", "↓", "━", "─", "█", "┌", "┐", "┘", "┬", "┴", "┼",
    ]

    /// Whether `line` (trimmed) reads as code or as a diagram line.
    static func isCode(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if first == "#" || isDiagram(line) { return true }
        if ")]}".contains(first) { return true }
        // C-family comments and block openings: `// note`, `/* … */`, `(() => {`, `div{`; prose ends in no brace.
        if line.hasPrefix("//") || line.hasPrefix("/*") || line.hasPrefix("*/") { return true }
        if line.hasSuffix("{"), line.allSatisfy(\.isASCII) { return true }
        if keywordPrefixes.contains(where: { line.hasPrefix($0) }) {
            // `return` must be the keyword, not the start of a word such as "returns".
            return !line.hasPrefix("return") || line.count == 6 || !line.dropFirst(6).first!.isLetter
        }
        let code = codePart(of: line)
        let codeEnd = code.hasSuffix(":") || code.hasSuffix("{") || code.hasSuffix(";")
        if blockPrefixes.contains(where: { line.hasPrefix($0) }) {
            return codeEnd || (line.hasPrefix("from ") && line.contains(" import "))
        }
        if first == "'" || first == "\"", line.contains(":") { return true }
        let identifier = line.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || "_.,[]' ".contains($0)) })
        let afterIdentifier = line.dropFirst(identifier.count)
        if !identifier.isEmpty, first.isASCII, first.isLetter || first == "_" {
            if afterIdentifier.hasPrefix("= ") || afterIdentifier.hasPrefix("+= ")
                || afterIdentifier.hasPrefix("=") && identifier.hasSuffix(" ")
            {
                return true
            }
            // `name(args` with no space before the parenthesis is a call; prose puts a space there, and a
            // label such as `WSGI(2003):` ends in a colon.
            if afterIdentifier.hasPrefix("("), !identifier.contains(" "), !line.hasSuffix(":") { return true }
        }
        if line.allSatisfy({ $0.isASCII }), !line.contains(" "), line.contains("/") || line.hasSuffix(".py") {
            return true
        }
        // A shell command continued on the next line.
        return first.isASCII && line.hasSuffix("\\")
    }

    /// Tree and flow lines, whose parenthesised Chinese notes (`✅(性能提升明顯)`) are part of the drawing.
    static func isFlowDiagram(_ line: String) -> Bool { isDiagram(line) && !line.contains("│█") }

    /// The line up to a trailing ` # comment`.
    static func codePart(of line: String) -> Substring {
        guard let hash = line.range(of: " #") else { return Substring(line) }
        return Substring(line[..<hash.lowerBound].trimmed)
    }

    /// Tree, flow and bar-chart lines: `├── x`, `│ └─ y`, `↓`, `━━━`, `Uvicorn │████│ 25,000 req/s`.
    static func isDiagram(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return diagramPrefixes.contains(first) || line.contains("│█")
    }

    /// Where prose glued to the end of a code line starts: the first Han character outside a string or
    /// comment that directly follows code (`})異步能將…`, `('OK')並發處理能力:`), or a label ending a comment.
    static func proseTail(in line: String) -> String.Index? {
        codeTail(in: line) ?? commentLabelTail(in: line)
    }

    private static func codeTail(in line: String) -> String.Index? {
        var quote: Character?
        var previous: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#" || previous == "/" && (character == "/" || character == "*") {
                // What follows a comment mark (`#`, `//`, `/*`) is the comment, in any language.
                return nil
            } else if character.unicodeScalars.first!.isHan, let previous, previous.isASCII, !previous.isWhitespace {
                return index
            }
            previous = character
        }
        return nil
    }

    /// Comments rarely end in a colon, labels always do: in `# …影響其他協程!結論:` or `# ASGI而且…運行:` the
    /// label starts at the last break glued into the comment — after `!`, `?`, `)` or `。`, at Han text glued
    /// to ASCII (`ASGI而且`), or at a capital glued to lower case or digits (`100msWSGI`).
    private static func commentLabelTail(in line: String) -> String.Index? {
        guard line.hasSuffix(":") || line.hasSuffix("："), let hash = line.firstIndex(of: "#") else { return nil }
        var label: String.Index?
        var previous: Character?
        for index in line[line.index(after: hash)...].indices {
            let character = line[index]
            if let previous, index < line.index(before: line.endIndex) {
                let afterBreak = "!?)。！？）".contains(previous) && !character.isWhitespace
                let hanAfterASCII =
                    character.unicodeScalars.first!.isHan && previous.isASCII
                    && (previous.isLetter || previous.isNumber)
                let capitalAfterLower =
                    character.isASCII && character.isUppercase && previous.isASCII
                    && (previous.isLowercase || previous.isNumber)
                if afterBreak || hanAfterASCII || capitalAfterLower { label = index }
            }
            previous = character
        }
        return label
    }
}
