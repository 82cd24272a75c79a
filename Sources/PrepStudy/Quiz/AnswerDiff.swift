/// The expected answer with what the learner got wrong marked, for the feedback after a typed answer.
package enum AnswerDiff {
    /// `expected` with each stretch the typed answer lacks or has differently passed through `mark`
    /// (brackets in plain output, a colour on a terminal): "uvicorn_[worker].UvicornWorker" for
    /// "uvicorn.workers.UvicornWorker". Case, width and spacing are not differences. Nil when the two
    /// share too little for marks to help (under 60 % of the longer one), or nothing is to be marked.
    package static func marked(_ expected: String, typed: String, mark: (String) -> String) -> String? {
        let expectedCharacters = Array(expected)
        let expectedKeys = expectedCharacters.map(key)
        let typedKeys = Array(typed).map(key).filter { !$0.isEmpty }
        let kept = commonCharacters(expectedKeys, typedKeys)
        let meaningful = expectedKeys.indices.filter { !expectedKeys[$0].isEmpty }
        let keptCount = meaningful.count { kept.contains($0) }
        guard keptCount * 5 >= max(meaningful.count, typedKeys.count) * 3, keptCount < meaningful.count else { return nil }
        var output = ""
        var pending = ""
        for index in expectedCharacters.indices {
            let isMissing = !expectedKeys[index].isEmpty && !kept.contains(index)
            // Spaces inside a marked stretch stay in it, so "[event loop]" is one mark, not two.
            if isMissing || (!pending.isEmpty && expectedKeys[index].isEmpty && expectedCharacters[index] == " ") {
                pending.append(expectedCharacters[index])
                continue
            }
            flush(&pending, into: &output, mark: mark)
            output.append(expectedCharacters[index])
        }
        flush(&pending, into: &output, mark: mark)
        return output
    }

    private static func flush(_ pending: inout String, into output: inout String, mark: (String) -> String) {
        guard !pending.isEmpty else { return }
        let trailingSpaces = pending.reversed().prefix { $0 == " " }.count
        output += mark(String(pending.dropLast(trailingSpaces))) + String(repeating: " ", count: trailingSpaces)
        pending = ""
    }

    /// The character as compared: folded, and empty for spacing, which is never a difference.
    private static func key(_ character: Character) -> String {
        character.isWhitespace ? "" : AnswerText.folded(String(character))
    }

    /// Indices of `expected` on a longest common subsequence with `typed` (empty keys never match).
    private static func commonCharacters(_ expected: [String], _ typed: [String]) -> Set<Int> {
        let rows = expected.count, columns = typed.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i][j] = !expected[i].isEmpty && expected[i] == typed[j]
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var kept = Set<Int>()
        var i = 0, j = 0
        while i < rows, j < columns {
            if !expected[i].isEmpty, expected[i] == typed[j] {
                kept.insert(i)
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return kept
    }
}
