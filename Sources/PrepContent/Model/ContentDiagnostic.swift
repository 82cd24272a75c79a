/// A problem found while parsing, printed as `path:line:col: error: message`.
package struct ContentDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    package enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    package var severity: Severity
    package var location: SourceLocation
    package var message: String

    package init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    package var description: String { "\(location): \(severity.rawValue): \(message)" }
}
