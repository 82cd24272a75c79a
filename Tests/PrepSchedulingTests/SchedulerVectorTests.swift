import Foundation
import Testing

@testable import PrepScheduling

extension FSRSVectorFile.Case: CustomTestStringConvertible {
    public var testDescription: String { id }
}

enum PublicVectors {
    static func data() throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: "fsrs_public", withExtension: "json", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    static func cases() throws -> [FSRSVectorFile.Case] {
        try VectorReplay.decode(data()).cases
    }
}

@Suite struct SchedulerVectorTests {
    @Test(arguments: try PublicVectors.cases())
    func publicCaseReplaysExactly(_ vectorCase: FSRSVectorFile.Case) {
        let mismatches = VectorReplay.replay(vectorCase)
        #expect(mismatches.isEmpty, "\(mismatches.map { "\($0)" }.joined(separator: "\n"))")
    }

    @Test func reportSaysAllFortyMatch() throws {
        let report = try VectorReplay.report(for: PublicVectors.data(), in: .bare)
        #expect(report.lines == ["40/40"])
        #expect(report.allMatch)
    }
}
