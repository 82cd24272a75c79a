import Foundation

/// One run of a runnable check (C01 … C12).
package struct StoredCheckRun: Sendable, Hashable {
    package var id: String
    package var checkName: String
    package var cardKey: String?
    package var ranAt: Date
    package var passed: Bool
    /// The check's measurements as JSON text; the checks module owns its shape.
    package var measurements: String?

    package init(id: String, checkName: String, cardKey: String?, ranAt: Date, passed: Bool, measurements: String?) {
        self.id = id
        self.checkName = checkName
        self.cardKey = cardKey
        self.ranAt = ranAt
        self.passed = passed
        self.measurements = measurements
    }
}
