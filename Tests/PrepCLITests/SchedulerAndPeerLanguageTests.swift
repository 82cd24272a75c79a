import Foundation
import PrepChecks
import PrepCore
import PrepTerminal
import PrepTestSupport
import Testing

@testable import PrepCLI
@testable import PrepScheduling

/// `scheduler verify` reports and refusals, `--reviews` line errors, peer failures and errors no table knows are
/// worded by the screen's language, never by the modules' or Foundation's English.
@Suite struct SchedulerAndPeerLanguageTests {
    static let chinese = ScreenPhrases.traditionalChinese

    static func expectNoEnglish(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(HelpLanguageTests.englishWords(text).isEmpty, "\(text)", sourceLocation: sourceLocation)
    }

    @Test func everyVectorFileProblemIsWordedInChinese() {
        let problems: [FSRSVectorFileError.Problem] = [
            .notJSON(detail: "Unexpected end of file"), .wrongType(detail: "Expected to decode Int but found a string"),
            .missingValue(type: "Int"), .missingField, .invalidValue(detail: "Cannot initialize Rating from invalid Int value 5"),
            .unsupportedVersion(2), .caseCountMismatch(declared: 41, held: 40),
            .invalidParameters(.wrongWeightCount(19)), .invalidParameters(.weightsOutOfRange([(4, 50.0, 0.001...100)])),
            .invalidParameters(.desiredRetentionNotPositive(0)), .unreadable(detail: "The data couldn't be read"),
        ]
        for problem in problems {
            let error = FSRSVectorFileError(path: "cases[2].reviews[0].rating", caseID: "pub-003", problem: problem)
            Self.expectNoEnglish(Self.chinese.vectors.fileError("/v.json", error))
            #expect(HelpLanguageTests.chinese(ScreenPhrases.english.vectors.fileError("/v.json", error)).isEmpty)
        }
        let whole = FSRSVectorFileError(path: "", caseID: nil, problem: .notJSON(detail: nil))
        #expect(Self.chinese.vectors.fileError("/v.json", whole) == "/v.json：參考向量檔格式有誤：整個檔案：不是有效的 JSON")
        // The English the errors once carried themselves, byte for byte.
        #expect(ScreenPhrases.english.vectors.fileError("/v.json", whole) == "/v.json: malformed vector file: file: not valid JSON")
        let rating = FSRSVectorFileError(path: "cases[2].reviews[0].rating", caseID: "pub-003", problem: .caseCountMismatch(declared: 41, held: 40))
        #expect(ScreenPhrases.english.vectors.fileError("/v.json", rating)
            == "/v.json: malformed vector file: cases[2].reviews[0].rating (case pub-003): says 41 cases, the file holds 40")
        let line = ReviewLogFileError.invalidLine(3, .rating)
        #expect(ScreenPhrases.english.vectors.reviewLog("/r.jsonl", line) == "/r.jsonl:line 3: rating must be 1, 2, 3 or 4")
        #expect(Self.chinese.vectors.reviewLog("/r.jsonl", line) == "/r.jsonl：第 3 行：'rating' 必須是 1、2、3 或 4")
    }

    @Test func aVerifyReportIsInChinese() {
        let mismatches = [
            VectorMismatch(caseID: "c1", location: .review(0), field: "stability", expected: "1.5", actual: "1.6"),
            VectorMismatch(caseID: "c1", location: .review(0), field: "due", expected: "2024-01-02T09:00:00Z", actual: "2024-01-03T09:00:00Z"),
            VectorMismatch(caseID: "c2", location: .retrievabilityCheck(1), field: "retrievability", expected: "0.9", actual: "0.8"),
        ]
        let outcome = VectorReplay.Outcome(mismatches: mismatches, matched: 1, total: 3)
        let lines = VectorReplay.lines(for: outcome, in: Self.chinese.vectors.report)
        #expect(lines.count == 3)
        #expect(lines[2] == "1/3 個案例相符")
        for line in lines { Self.expectNoEnglish(line) }
        #expect(VectorReplay.lines(for: outcome, in: ScreenPhrases.english.vectors.report) == [
            "c1 review 1: stability expected 1.5, got 1.6; due expected 2024-01-02T09:00:00Z, got 2024-01-03T09:00:00Z",
            "c2 retrievability check 2: retrievability expected 0.9, got 0.8", "1/3 cases match",
        ])
    }

    @Test func everyReviewLogLineErrorIsInChinese() {
        for reason in ReviewLogFileError.Reason.allCases {
            Self.expectNoEnglish(Self.chinese.vectors.reviewLog("/r.jsonl", .invalidLine(3, reason)))
        }
    }

    @Test func peerFailuresAndUnknownErrorsAreInChinese() {
        struct Unforeseen: Error {}
        let errors: [any Error] = [
            PeerError.notServing(port: 8000), PeerError.unexpectedStatus(target: "/x", statuses: ["500": 3, "200": 1]),
            PeerError.unreadableReply(target: "/x", body: "<html>Server Error</html>"),
            ScenarioError.requestsFailed(target: "/x", failed: 2, of: 4), Unforeseen(), CancellationError(),
        ]
        for error in errors {
            Self.expectNoEnglish(Self.chinese.describe(error))
            #expect(HelpLanguageTests.chinese(ScreenPhrases.english.describe(error)).isEmpty)
        }
        #expect(Self.chinese.describe(Unforeseen()).contains("Unforeseen"))
        Self.expectNoEnglish(Self.chinese.checks.peers.couldNotStart("gunicorn", Self.chinese.describe(CocoaError(.fileNoSuchFile))))
        Self.expectNoEnglish(Self.chinese.checks.peers.noMeasurement)
    }

    /// A check whose scenario threw: the report words the error itself, while the JSON keeps its English.
    @Test func aCheckThatCouldNotRunSaysWhyInChinese() throws {
        let check = try #require(CheckRegistry.all.first)
        let thrown = ScenarioError.requestsFailed(target: "/x", failed: 2, of: 4)
        let result = CheckResult(name: check.id, claimIDs: check.claimIDs, verdict: check.verdict, passed: false, runs: 1,
                                 measurements: [:], expected: [:], error: String(describing: thrown), failure: thrown)
        let report = CheckReport(check: check, result: result, parameters: CheckParameters(cores: 2), lang: .zhHant, style: .plain, width: 100)
        let shown = try #require(report.lines().first { $0.contains(Self.chinese.checks.couldNotRun) })
        Self.expectNoEnglish(shown)
        #expect(shown.contains(Self.chinese.describe(thrown)))
    }

    @Test func malformedFilesAreRefusedInChineseOnScreen() throws {
        let directory = try TemporaryDirectory()
        let harness = HelpLanguageTests.harness(directory)
        let vectors = try directory.write("v.json", "{\"cases\": [")
        let versioned = try directory.write("w.json", "{\"schema_version\": 2, \"case_count\": 0, \"cases\": []}")
        let reviews = try directory.write("r.jsonl", "{\"card_id\": 1, \"review_time\": \"soon\", \"rating\": 3}\n")
        for line in [
            ["scheduler", "verify", vectors.path], ["scheduler", "verify", versioned.path],
            ["scheduler", "optimize", "--reviews", reviews.path], ["scheduler", "evaluate", "--reviews", reviews.path],
        ] {
            let chinese = harness.run(["--lang", "zh-Hant"] + line)
            #expect(chinese.status != 0 && chinese.err.hasPrefix("錯誤："), "\(chinese.err)")
            Self.expectNoEnglish(chinese.err)
            let english = harness.run(["--lang", "en"] + line)
            #expect(english.err.hasPrefix("Error: ") && HelpLanguageTests.chinese(english.err).isEmpty, "\(english.err)")
        }
    }
}
