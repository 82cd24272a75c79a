/// The word a learner most likely meant by a mistyped command or option: "quz" → "quiz", "--cuont" →
/// "--count", "flash" → "flashcards".
enum NearestWord {
    /// The closest candidate within a few edits (a swap of neighbours counts as one), or the only candidate
    /// the word begins; nil when nothing is close enough to be a useful guess.
    static func to(_ word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        // About one edit in three letters, at least one and at most three.
        let allowed = min(3, max(1, typed.count / 3))
        let scored = candidates.map { ($0, distance(typed, Array($0.lowercased()))) }
        if let best = scored.filter({ $0.1 <= allowed }).min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
            return best.0
        }
        let prefixed = candidates.filter { typed.count >= 2 && $0.lowercased().hasPrefix(word.lowercased()) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
