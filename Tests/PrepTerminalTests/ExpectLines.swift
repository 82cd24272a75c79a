import Testing

/// Compares rendered lines with a golden list, reporting the first line that differs with both
/// versions in view (bars and wide characters are hard to compare in one long array).
func expectLines(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, (got, want)) in zip(actual, expected).enumerated() where got != want {
        Issue.record("line \(index + 1) differs:\n  got:  |\(got)|\n  want: |\(want)|", sourceLocation: sourceLocation)
        return
    }
    if actual.count != expected.count {
        Issue.record(
            "got \(actual.count) lines, want \(expected.count):\n\(actual.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }
}
