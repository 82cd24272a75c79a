import Foundation

extension AnswerMatcher {
    /// The answer itself, each alternative it lists ("A | B", "A / B", "A、B", "A or B", "A 或 B"), and the answer
    /// without a parenthesised aside ("ASGI (Asynchronous Server Gateway Interface)" accepts "ASGI").
    ///
    /// A slash separates alternatives only with a space on one side, so "HTTP/2" and "I/O" stay whole.
    static func alternatives(of answer: String) -> [String] {
        var candidates = [answer]
        let withoutAside = removingParentheses(answer)
        if withoutAside != answer { candidates.append(withoutAside) }
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
        return output.trimmingCharacters(in: .whitespaces)
    }

    private static func splitAlternatives(_ text: String) -> [String] {
        let characters = Array(text)
        var parts: [String] = []
        var current = ""
        var index = 0
        func flush() {
            let part = current.trimmingCharacters(in: .whitespaces)
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
