/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions, each substring
/// edited once): a swapped pair of letters, the commonest typing slip, costs one edit rather than two.
enum EditDistance {
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousRow[j - 2] + 1)
                }
                current[j] = best
            }
            (previousRow, row, current) = (row, current, previousRow)
        }
        return row[b.count]
    }
}
