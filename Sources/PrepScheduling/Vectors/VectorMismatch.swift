/// One field of the replay that differs from the reference.
package struct VectorMismatch: Sendable, Hashable, CustomStringConvertible {
    /// Where in a case the field belongs.
    package enum Location: Sendable, Hashable, CustomStringConvertible {
        /// Zero-based index into the case's reviews.
        case review(Int)
        /// Zero-based index into the case's retrievability checks on the final card.
        case retrievabilityCheck(Int)

        /// One-based, as a person counts.
        package var description: String {
            switch self {
            case .review(let index): "review \(index + 1)"
            case .retrievabilityCheck(let index): "retrievability check \(index + 1)"
            }
        }
    }

    package var caseID: String
    package var location: Location
    /// The vector file's field name, e.g. `due` or `retrievability_before`.
    package var field: String
    package var expected: String
    package var actual: String

    package var description: String {
        "\(caseID) \(location): \(field) expected \(expected), got \(actual)"
    }
}
