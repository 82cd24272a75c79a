/// One field of the replay that differs from the reference.
package struct VectorMismatch: Sendable, Hashable {
    /// Where in a case the field belongs.
    package enum Location: Sendable, Hashable {
        /// Zero-based index into the case's reviews.
        case review(Int)
        /// Zero-based index into the case's retrievability checks on the final card.
        case retrievabilityCheck(Int)
    }

    package var caseID: String
    package var location: Location
    /// The vector file's field name, e.g. `due` or `retrievability_before`.
    package var field: String
    package var expected: String
    package var actual: String
}
