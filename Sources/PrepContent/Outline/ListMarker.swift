/// The marker that opens a list item: `-`, `*`, `+`, `•`, or a number (`1.`, `2)`, `3、`, `3.1.`).
struct ListMarker {
    var indent: Int
    /// Where the item's text starts; lines indented this far (or two past the marker) are its children.
    var contentColumn: Int
    var number: String?

    var childIndent: Int { min(contentColumn, indent + 2) }

    /// Compared one by one: looking a character up in a string of them walks its characters, at every line read.
    private static let bullets: [Character] = ["-", "*", "+", "•", "▪", "●", "◦"]

    init?(_ line: String) {
        indent = OutlineReader.indentation(of: line)
        let body = line.drop(while: { $0 == " " || $0 == "\t" })
        let markerWidth: Int
        if let bullet = body.first, Self.bullets.contains(bullet) {
            guard let after = body.dropFirst().first, after == " " || after == "\t" else { return nil }
            markerWidth = 1
        } else {
            let numbering = body.prefix(while: { $0.isASCIIDigit || $0 == "." })
            guard let first = numbering.first, first.isASCIIDigit, numbering.count <= 8 else { return nil }
            var rest = body.dropFirst(numbering.count)
            var width = numbering.count
            if numbering.hasSuffix(".") {
                // `1.` or `3.1.`
            } else if numbering.contains("."), rest.first == "\t" {
                // `3.1<TAB>`: a word processor's sub-numbering.
            } else if let mark = rest.first, ")、）".contains(mark) {
                rest = rest.dropFirst()
                width += 1
            } else {
                return nil
            }
            let spaced = rest.first == " " || rest.first == "\t"
            // `1、什么是…` needs no space after its enumeration comma; `3.14` is a number, not a list.
            guard spaced || body.dropFirst(numbering.count).first == "、" else { return nil }
            number = numbering.split(separator: ".").joined(separator: ".")
            markerWidth = width
        }
        let afterMarker = body.dropFirst(markerWidth)
        let spaces = afterMarker.prefix(while: { $0 == " " || $0 == "\t" })
        let spaceWidth = spaces.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        contentColumn = indent + markerWidth + max(1, min(spaceWidth, 4))
        if afterMarker.dropFirst(spaces.count).isEmpty { contentColumn = indent + markerWidth + 1 }
    }

    func content(of line: String) -> String {
        let body = line.drop(while: { $0 == " " || $0 == "\t" })
        let afterNumber = number == nil ? body.dropFirst() : body.drop(while: { $0.isASCIIDigit || $0 == "." }).drop(while: { ")、）".contains($0) })
        return afterNumber.trimmed
    }
}
