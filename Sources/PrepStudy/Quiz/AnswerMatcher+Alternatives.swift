import Foundation
import PrepCore

extension AnswerMatcher {
    /// The answer itself, each alternative it lists ("A | B", "A / B", "A、B", "A or B", "A 或 B"), the answer
    /// without a parenthesised aside ("ASGI (Asynchronous Server Gateway Interface)" accepts "ASGI"), and a
    /// gloss in the other script on its own ("Repeatable Read" for "可重複讀（Repeatable Read）").
    ///
    /// A slash separates alternatives only with a space on one side, so "HTTP/2" and "I/O" stay whole.
    static func alternatives(of answer: String) -> [String] {
        var candidates = [answer]
        let withoutAside = removingParentheses(answer)
        if withoutAside != answer { candidates.append(withoutAside) }
        if let gloss = gloss(of: answer, outside: withoutAside) { candidates.append(gloss) }
        for text in candidates {
            let parts = splitAlternatives(text)
            if parts.count > 1 { candidates.append(contentsOf: parts + sharingTheirNoun(parts)) }
        }
        var seen = Set<String>()
        return candidates.filter { candidate in
            let form = AnswerText.normalized(candidate)
            return !form.isEmpty && seen.insert(form).inserted
        }
    }

    /// "gthread or gevent workers" lists two kinds of worker: one-word alternatives before a longer last one
    /// share its trailing words, so "gevent" and "gthread workers" are right too.
    private static func sharingTheirNoun(_ parts: [String]) -> [String] {
        let words = parts.map { $0.split(separator: " ") }
        guard let last = words.last, last.count > 1, words.dropLast().allSatisfy({ $0.count == 1 }) else { return [] }
        let noun = last.dropFirst().joined(separator: " ")
        return [String(last[0])] + parts.dropLast().map { "\($0) \(noun)" }
    }

    /// The bracketed part of "可重複讀（Repeatable Read）" or "event loop（事件迴圈）": a name in the other script,
    /// which names the same thing. Not an aside that explains ("370 ms（大約是三者相加）"): neither side may hold a
    /// number, and the bracket holds a name of at most four words.
    private static func gloss(of answer: String, outside: String) -> String? {
        guard let open = answer.firstIndex(where: { "(（".contains($0) }),
              let close = answer.lastIndex(where: { ")）".contains($0) }), open < close
        else { return nil }
        let inside = answer[answer.index(after: open)..<close].trimmingWhitespace()
        let isChinese = { (text: String) in text.unicodeScalars.contains(where: AnswerText.isCJK) }
        guard !inside.isEmpty, !outside.isEmpty, isChinese(inside) != isChinese(outside),
              !(inside + outside).contains(where: \.isNumber), inside.split(separator: " ").count <= 4
        else { return nil }
        return inside
    }

    private static func removingParentheses(_ text: String) -> String {
        var output = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: if depth == 0 { output.append(character) }
            }
        }
        return output.trimmingWhitespace()
    }

    private static func splitAlternatives(_ text: String) -> [String] {
        let characters = Array(text)
        var parts: [String] = []
        var current = ""
        var index = 0
        func flush() {
            let part = current.trimmingWhitespace()
            if !part.isEmpty { parts.append(part) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "或" {
                flush()
                index += after == "者" ? 2 : 1
                continue
            } else if "、／|｜".contains(character) {
                flush()
            } else if character == "/", before.isWhitespace || after.isWhitespace {
                flush()
            } else if before.isWhitespace, isWord("or", at: index, in: characters) {
                flush()
                index += 2
                continue
            } else {
                current.append(character)
            }
            index += 1
        }
        flush()
        return parts
    }

    private static func isWord(_ word: String, at index: Int, in characters: [Character]) -> Bool {
        let wordCharacters = Array(word)
        let end = index + wordCharacters.count
        guard end < characters.count, characters[end].isWhitespace else { return false }
        return characters[index..<end].map { Character($0.lowercased()) } == wordCharacters
    }
}
