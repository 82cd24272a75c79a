/// The verdict claims.md §1 gives the claim a check demonstrates.
package enum Verdict: String, Sendable, Codable, CaseIterable {
    case correct = "TRUE"
    case wrong = "FALSE"
    case misleading = "MISLEADING"
    case depends = "DEPENDS"
}
