import Foundation
import Testing

@testable import PrepScheduling

@Suite struct VectorReplayTests {
    /// The public file as a mutable JSON tree, to break one field at a time.
    private func publicTree() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: PublicVectors.data()) as? [String: Any])
    }

    private func editing(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var tree = try publicTree()
        edit(&tree)
        return try JSONSerialization.data(withJSONObject: tree)
    }

    private func editingReview(case caseIndex: Int, review reviewIndex: Int,
                               _ edit: @escaping (inout [String: Any]) -> Void) throws -> Data {
        try editing { tree in
            var cases = tree["cases"] as! [[String: Any]]
            var reviews = cases[caseIndex]["reviews"] as! [[String: Any]]
            edit(&reviews[reviewIndex])
            cases[caseIndex]["reviews"] = reviews
            tree["cases"] = cases
        }
    }

    private func decodingError(_ data: Data) -> FSRSVectorFileError? {
        #expect(throws: FSRSVectorFileError.self) { try VectorReplay.report(for: data, in: .bare) }
    }

    @Test func aWrongExpectationGivesOneLinePerReviewAndAFailingCount() throws {
        let data = try editingReview(case: 6, review: 0) { review in
            var expected = review["expected"] as! [String: Any]
            expected["due"] = "2024-01-01T09:00:01Z"
            expected["stability"] = (expected["stability"] as! Double) + 1e-3
            review["expected"] = expected
        }
        let caseID = try VectorReplay.decode(data).cases[6].id
        let report = try VectorReplay.report(for: data, in: .bare)
        #expect(!report.allMatch)
        #expect(report.lines.count == 2)
        #expect(report.lines[0].hasPrefix("\(caseID) review(0): stability "))
        #expect(report.lines[0].contains("; due 2024-01-01T09:00:01Z "))
        #expect(report.lines[1] == "39/40")
    }

    @Test func differencesWithinToleranceStillMatch() throws {
        let data = try editingReview(case: 3, review: 0) { review in
            var expected = review["expected"] as! [String: Any]
            expected["difficulty"] = (expected["difficulty"] as! Double) + 5e-7
            review["expected"] = expected
            review["retrievability_before"] = (review["retrievability_before"] as! Double) + 5e-10
        }
        #expect(try VectorReplay.report(for: data, in: .bare).allMatch)
    }

    @Test func aRatingOutOfRangeNamesTheFieldAndTheCase() throws {
        let data = try editingReview(case: 2, review: 0) { $0["rating"] = 5 }
        let error = try #require(decodingError(data))
        #expect(error.path == "cases[2].reviews[0].rating")
        #expect(error.caseID == "pub-003")
        guard case .invalidValue = error.problem else { Issue.record("expected an invalid value, got \(error.problem)"); return }
    }

    @Test func aMissingFieldIsNamed() throws {
        let data = try editingReview(case: 4, review: 0) { review in
            var expected = review["expected"] as! [String: Any]
            expected["due"] = nil
            review["expected"] = expected
        }
        let error = try #require(decodingError(data))
        #expect(error.path == "cases[4].reviews[0].expected.due")
        guard case .missingField = error.problem else { Issue.record("expected a missing field, got \(error.problem)"); return }
    }

    @Test func aBadDatetimeIsNamed() throws {
        let data = try editing { tree in
            var cases = tree["cases"] as! [[String: Any]]
            cases[1]["start"] = "2024-02-30T09:00:00Z"
            tree["cases"] = cases
        }
        let error = try #require(decodingError(data))
        #expect(error.path == "cases[1].start" && error.caseID == "pub-002")
        #expect(String(describing: error.problem).contains("2024-02-30T09:00:00Z"))
    }

    @Test func outOfRangeParametersAreRejected() throws {
        let data = try editing { tree in
            var cases = tree["cases"] as! [[String: Any]]
            var scheduler = cases[0]["scheduler"] as! [String: Any]
            scheduler["parameters"] = Array(repeating: 50.0, count: 21)
            cases[0]["scheduler"] = scheduler
            tree["cases"] = cases
        }
        let error = try #require(decodingError(data))
        #expect(error.path == "cases[0].scheduler" && error.caseID == "pub-001")
        guard case .invalidParameters(let refusal) = error.problem else { Issue.record("expected parameters, got \(error.problem)"); return }
        guard case .weightsOutOfRange(let items) = refusal else { Issue.record("expected weights out of range, got \(refusal)"); return }
        #expect(items.first.map { $0.index == 4 && $0.value == 50 } == true)
    }

    @Test func aWrongCaseCountOrSchemaVersionIsRejected() throws {
        let countError = try #require(decodingError(try editing { $0["case_count"] = 41 }))
        #expect(countError.path == "case_count")
        let versionError = try #require(decodingError(try editing { $0["schema_version"] = 2 }))
        #expect(versionError.path == "schema_version")
    }

    @Test func invalidJSONIsReported() throws {
        let error = try #require(decodingError(Data("{\"cases\": [".utf8)))
        #expect(error.path.isEmpty)
        guard case .notJSON = error.problem else { Issue.record("expected not JSON, got \(error.problem)"); return }
    }
}

extension VectorReplay.ReportWording {
    /// The report's parts without words, since the words are the screens'.
    static let bare = VectorReplay.ReportWording(
        line: { caseID, location, differences in "\(caseID) \(location): " + differences.joined(separator: "; ") },
        difference: { field, expected, actual in "\(field) \(expected) \(actual)" },
        summary: { matched, total in "\(matched)/\(total)" }
    )
}
