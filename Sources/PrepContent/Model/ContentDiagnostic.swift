/// A problem found while reading a content file, with where it is.
package struct ContentDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    package enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    package var severity: Severity
    package var location: SourceLocation
    /// What is wrong, typed so a screen can word it in the learner's language.
    package var problem: Problem

    package init(_ severity: Severity, at location: SourceLocation, _ problem: Problem) {
        self.severity = severity
        self.location = location
        self.problem = problem
    }

    /// Whether the import of the file failed for the learner: an error, or a file that asked questions but
    /// gave no card (a warning, as nothing in it is wrong, yet the exit status says something was missed).
    package var failsImport: Bool { severity == .error || problem == .questionsWithoutItems }

    /// The English wording, for `--json` and logs that scripts read.
    package var message: String { problem.english }

    package var description: String { "\(location): \(severity.rawValue): \(message)" }
}
