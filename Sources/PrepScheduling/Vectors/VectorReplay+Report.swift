import Foundation

extension VectorReplay {
    /// The output of `prep scheduler verify`: one line per mismatching review (or retrievability check), listing
    /// each differing field, then `N/M cases match`. Throws for a malformed file.
    package static func report(for data: Data) throws(FSRSVectorFileError) -> (lines: [String], allMatch: Bool) {
        let outcome = replay(try decode(data))
        return (lines(for: outcome), outcome.allMatch)
    }

    /// Groups mismatches by review, in replay order.
    package static func lines(for outcome: Outcome) -> [String] {
        var lines: [String] = []
        var current: (caseID: String, location: VectorMismatch.Location)?
        for mismatch in outcome.mismatches {
            let detail = "\(mismatch.field) expected \(mismatch.expected), got \(mismatch.actual)"
            if let current, current == (mismatch.caseID, mismatch.location) {
                lines[lines.count - 1] += "; " + detail
            } else {
                lines.append("\(mismatch.caseID) \(mismatch.location): " + detail)
                current = (mismatch.caseID, mismatch.location)
            }
        }
        lines.append("\(outcome.matched)/\(outcome.total) cases match")
        return lines
    }
}
