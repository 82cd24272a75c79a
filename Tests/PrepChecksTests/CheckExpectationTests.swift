import Testing
@testable import PrepChecks

/// Each check's expectations judged against synthetic measurements: the figures claims.md §2 predicts
/// pass, and the figures the article's claim would produce fail every hard expectation.
@Suite struct CheckExpectationTests {
    struct Case: CustomStringConvertible, Sendable {
        var id: String
        var passing: Measurements
        var failing: Measurements
        var description: String { id }
    }

    static let cases: [Case] = [
        Case(id: "C01", passing: ["makespan_ms": 1001, "throughput_rps": 16, "fifth_latency_ms": 500],
             failing: ["makespan_ms": 260, "throughput_rps": 61, "fifth_latency_ms": 250]),
        Case(id: "C02", passing: ["makespan_ms": 275, "p50_ms": 262],
             failing: ["makespan_ms": 12_500, "p50_ms": 6_250]),
        Case(id: "C03", passing: ["throughput_rps": 92],
             failing: ["throughput_rps": 2_000]),
        Case(id: "C04", passing: ["cpu_on_loop_min_ms": 248, "blocking_on_loop_min_ms": 251, "offloaded_p95_ms": 2],
             failing: ["cpu_on_loop_min_ms": 1, "blocking_on_loop_min_ms": 1, "offloaded_p95_ms": 250]),
        Case(id: "C05", passing: ["sequential_ms": 301, "gathered_ms": 101, "sequential_over_gathered": 2.98],
             failing: ["sequential_ms": 101, "gathered_ms": 300, "sequential_over_gathered": 0.34]),
        Case(id: "C06", passing: ["thread_sensitive_ms": 372, "free_threads_ms": 151, "dependency_ms": 252],
             failing: ["thread_sensitive_ms": 150, "free_threads_ms": 370, "dependency_ms": 150]),
        Case(id: "C07", passing: ["shared_first_ms": 301, "shared_second_ms": 601, "per_request_makespan_ms": 305],
             failing: ["shared_first_ms": 300, "shared_second_ms": 300, "per_request_makespan_ms": 600]),
        Case(id: "C08", passing: ["second_fastest_ms": 103, "makespan_ms": 311],
             failing: ["second_fastest_ms": 300, "makespan_ms": 900]),
        Case(id: "C09", passing: ["sync_event_gap_ms": 100, "sync_plain_get_ms": 451, "async_plain_get_ms": 0.4],
             failing: ["sync_event_gap_ms": 0, "sync_plain_get_ms": 2, "async_plain_get_ms": 450]),
        Case(id: "C10", passing: ["speedup_f50": 0.5, "speedup_f90": 2.2, "speedup_f98": 5.6, "f98_over_f50": 11.2],
             failing: ["speedup_f50": 10, "speedup_f90": 10, "speedup_f98": 15, "f98_over_f50": 1.5]),
        Case(id: "C11", passing: ["a_plateau": 1.02, "a_n8_rps": 99, "b_8_over_2": 3.5, "a_2_over_1": 1.9],
             failing: ["a_plateau": 2, "a_n8_rps": 400, "b_8_over_2": 1, "a_2_over_1": 1.9]),
        Case(id: "C12", passing: ["adapter_makespan_ms": 401, "sync_makespan_ms": 400, "adapter_over_sync": 1.0],
             failing: ["adapter_makespan_ms": 100, "sync_makespan_ms": 400, "adapter_over_sync": 0.25]),
    ]

    static let parameters = CheckParameters(scale: 1, cores: 2)

    @Test func everyCheckHasCases() {
        #expect(Self.cases.map(\.id) == CheckRegistry.all.map(\.id))
    }

    @Test(arguments: cases) func predictedFiguresPass(_ testCase: Case) throws {
        let check = try #require(CheckRegistry.check(named: testCase.id))
        let outcomes = ExpectationOutcome.evaluate(check.expectations(Self.parameters), against: testCase.passing)
        #expect(outcomes.allSatisfy { $0.passed }, "\(outcomes.filter { !$0.passed }.map(\.key))")
        #expect(ExpectationOutcome.allHardPassed(outcomes))
    }

    @Test(arguments: cases) func theClaimsFiguresFailEveryHardExpectation(_ testCase: Case) throws {
        let check = try #require(CheckRegistry.check(named: testCase.id))
        let outcomes = ExpectationOutcome.evaluate(check.expectations(Self.parameters), against: testCase.failing)
        #expect(outcomes.filter { !$0.soft }.allSatisfy { !$0.passed }, "\(outcomes.filter(\.passed).map(\.key))")
        #expect(!ExpectationOutcome.allHardPassed(outcomes))
    }

    @Test func aFailedSoftExpectationIsInformational() throws {
        let check = try #require(CheckRegistry.check(named: "C11"))
        var measured = Self.cases[10].passing
        measured["a_2_over_1"] = 1.0
        let outcomes = ExpectationOutcome.evaluate(check.expectations(Self.parameters), against: measured)
        #expect(outcomes.first { $0.key == "a_2_over_1" }?.passed == false)
        #expect(ExpectationOutcome.allHardPassed(outcomes))
    }

    @Test func aMissingOrNonFiniteMeasurementFails() throws {
        let check = try #require(CheckRegistry.check(named: "C05"))
        let outcomes = ExpectationOutcome.evaluate(check.expectations(Self.parameters), against: ["sequential_ms": 300, "gathered_ms": .nan])
        #expect(outcomes.map(\.passed) == [true, false, false])
    }

    @Test func durationsAndTheirBoundsScaleTogether() throws {
        let check = try #require(CheckRegistry.check(named: "C01"))
        let doubled = check.expectations(CheckParameters(scale: 2, cores: 2))
        #expect(doubled.first { $0.key == "fifth_latency_ms" }?.bound == .atLeast(900))
        #expect(doubled.first { $0.key == "throughput_rps" }?.bound == .within(5, 8.4))
        #expect(check.scaleNote(CheckParameters(scale: 2, cores: 2)).en == "500 ms here = the article's 1 s (¼ scale) (--scale 2)")
    }

    @Test func theCPUCeilingFollowsTheCoreCount() throws {
        let check = try #require(CheckRegistry.check(named: "C11"))
        let fourCores = check.expectations(CheckParameters(scale: 1, cores: 4))
        let ceiling = try #require(fourCores.first { $0.key == "a_n8_rps" }?.bound.maximum)
        #expect(abs(ceiling - 230) < 1e-9)
    }

    @Test func tolerancesReadAsPrinted() {
        #expect(Expectation("x", Bilingual("x"), .atLeast(340), unit: .milliseconds, predicted: "").toleranceText == "≥ 340 ms")
        #expect(Expectation("x", Bilingual("x"), .within(0.75, 1.25), unit: .ratio, predicted: "").toleranceText == "0.75–1.25×")
        #expect(Expectation("x", Bilingual("x"), .atMost(16.8), unit: .requestsPerSecond, predicted: "").toleranceText == "≤ 16.8 req/s")
        #expect(Expectation.format(13.5) == "13.5")
        #expect(Expectation.format(372.4) == "372")
        #expect(Expectation.format(1.5) == "1.5")
        #expect(Expectation.format(0.05) == "0.05")
    }
}
