import Foundation

extension VectorReplay {
    /// The words of a report, so a screen can give it in its own language.
    package struct ReportWording: Sendable {
        /// One review's (or check's) line from the wording of each field that differs.
        package var line: @Sendable (_ caseID: String, _ location: VectorMismatch.Location, _ differences: [String]) -> String
        package var difference: @Sendable (_ field: String, _ expected: String, _ actual: String) -> String
        package var summary: @Sendable (_ matched: Int, _ total: Int) -> String

        package init(
            line: @escaping @Sendable (_ caseID: String, _ location: VectorMismatch.Location, _ differences: [String]) -> String,
            difference: @escaping @Sendable (_ field: String, _ expected: String, _ actual: String) -> String,
            summary: @escaping @Sendable (_ matched: Int, _ total: Int) -> String
        ) {
            self.line = line
            self.difference = difference
            self.summary = summary
        }
    }

    /// The output of `prep scheduler verify`: one line per mismatching review (or retrievability check), listing
    /// each differing field, then `N/M cases match`. Throws for a malformed file.
    package static func report(
        for data: Data, in wording: ReportWording
    ) throws(FSRSVectorFileError) -> (lines: [String], allMatch: Bool) {
        let outcome = replay(try decode(data))
        return (lines(for: outcome, in: wording), outcome.allMatch)
    }

    /// Groups mismatches by review, in replay order.
    package static func lines(for outcome: Outcome, in wording: ReportWording) -> [String] {
        var groups: [(caseID: String, location: VectorMismatch.Location, differences: [String])] = []
        for mismatch in outcome.mismatches {
            let difference = wording.difference(mismatch.field, mismatch.expected, mismatch.actual)
            if let last = groups.last, last.caseID == mismatch.caseID, last.location == mismatch.location {
                groups[groups.count - 1].differences.append(difference)
            } else {
                groups.append((mismatch.caseID, mismatch.location, [difference]))
            }
        }
        return groups.map { wording.line($0.caseID, $0.location, $0.differences) } + [wording.summary(outcome.matched, outcome.total)]
    }
}
