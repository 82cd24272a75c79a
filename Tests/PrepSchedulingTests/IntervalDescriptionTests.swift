import Foundation
import Testing

@testable import PrepScheduling

@Suite struct IntervalDescriptionTests {
    @Test(arguments: [
        (0, "0s"), (45, "45s"), (60, "1m"), (330, "5.5m"), (600, "10m"), (3600, "1h"), (5400, "1.5h"),
        (86400, "1d"), (3 * 86400, "3d"), (12 * 86400, "12d"), (63 * 86400, "2.1mo"), (438 * 86400, "1.2y"),
        (36500 * 86400, "100y"), (-5, "0s"),
    ] as [(TimeInterval, String)])
    func describesCompactly(seconds: TimeInterval, expected: String) {
        #expect(intervalDescription(seconds) == expected)
    }
}
