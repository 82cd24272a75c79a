/// Which stability/difficulty update a review applied (the vectors' `memory_update`).
package enum MemoryUpdate: String, Sendable, Hashable, Codable {
    /// First review of a new card: S0(G), D0(G).
    case initial
    /// Less than one whole day since the previous review.
    case shortTerm = "short_term"
    /// One day or more since the previous review: the recall or forget formula with R at the review.
    case longTerm = "long_term"
}
