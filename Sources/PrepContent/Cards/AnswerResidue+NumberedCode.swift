import Foundation
import PrepCore

extension AnswerResidue {
    /// Code copied out of a PDF with its line numbers ("1 CREATE TABLE t", "2 col int,", "3 …"): three lines or
    /// more, numbered one up from the last, at least one with code punctuation. Left as prose, the lines run
    /// together into one ("1 CREATE TABLE t 2 col int, …"); as a code block without the numbers, each keeps its line.
    static func numberedCodeFenced(_ text: String) -> String {
        // Most answers hold no line opening with "1 "; splitting each into lines first would slow every import.
        guard text.hasPrefix("1 ") || text.containsBytes("\n1 ") else { return text }
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            guard number(opening: lines[index]) == 1 else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, number(opening: lines[end]) == end - index + 1 { end += 1 }
            let code = lines[index..<end].map { line in String(line.drop { $0.isNumber }.dropFirst()) }
            guard end - index >= 3, code.contains(where: { $0.contains(where: { "(){};=,<>".contains($0) }) }) else {
                index = end
                continue
            }
            let fenced = ["```"] + code + ["```"]
            lines.replaceSubrange(index..<end, with: fenced)
            index += fenced.count
        }
        return lines.joined(separator: "\n")
    }

    /// The number a line opens with when a single space follows it ("12 SELECT"), as a PDF numbers its code
    /// lines; nil for a list item ("1. …", "1) …") or any other line.
    private static func number(opening line: String) -> Int? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.first == " ", let next = rest.dropFirst().first, !next.isWhitespace else { return nil }
        return Int(digits)
    }
}
