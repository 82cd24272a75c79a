import PrepCore
import Synchronization
import Testing
@testable import PrepChecks
import PrepServer

/// The rerun policy, with scenarios that return scripted figures instead of touching the network.
@Suite struct CheckRunnerTests {
    final class CallCounter: Sendable {
        let count = Mutex(0)
    }

    static func scripted(_ figures: [Double], error: (any Error & Sendable)? = nil) -> (Check, CallCounter) {
        let calls = CallCounter()
        let check = Check(
            id: "C99", slug: "scripted", claimIDs: [1], verdict: .true, claim: Bilingual("claim"), explanation: Bilingual("why"),
            scaleNote: { _ in Bilingual("1:1") },
            expectations: { _ in [Expectation("value_ms", Bilingual("value"), .atLeast(100), unit: .milliseconds, predicted: "≈ 120")] },
            scenario: { [calls] _ in
                let index = calls.count.withLock { count in
                    defer { count += 1 }
                    return count
                }
                if let error { throw error }
                return ["value_ms": figures[index]]
            }
        )
        return (check, calls)
    }

    static let runner = CheckRunner(scale: 1, cores: 2, cpu: CPUWork(iterationsPerMillisecond: 1))

    @Test func aFirstRunInsideToleranceIsNotRepeated() {
        let (check, calls) = Self.scripted([120, 0, 0])
        let result = Self.runner.run(check)
        #expect(result.passed)
        #expect(result.runs == 1)
        #expect(calls.count.withLock { $0 } == 1)
        #expect(result.measurements == ["value_ms": 120])
    }

    @Test func aFirstRunOutsideToleranceIsJudgedOnTheMedianOfThree() {
        let (check, calls) = Self.scripted([50, 130, 110])
        let result = Self.runner.run(check)
        #expect(calls.count.withLock { $0 } == 3)
        #expect(result.runs == 3)
        #expect(result.measurements["value_ms"] == 110)
        #expect(result.passed)
        #expect(result.expected["value_ms"]?.passed == true)
    }

    @Test func aMedianOutsideToleranceFails() {
        let (check, _) = Self.scripted([50, 130, 60])
        let result = Self.runner.run(check)
        #expect(result.runs == 3)
        #expect(!result.passed)
        #expect(result.expected["value_ms"] == ExpectationOutcome(id: "value_ms", key: "value_ms", measured: 60, min: 100, max: nil, soft: false, passed: false))
    }

    @Test func aScenarioThatCannotRunFailsWithItsReason() {
        let (check, _) = Self.scripted([], error: ScenarioError.requestsFailed(target: "/x", failed: 2, of: 4))
        let result = Self.runner.run(check)
        #expect(!result.passed)
        #expect(result.runs == 3)
        #expect(result.failure as? ScenarioError == .requestsFailed(target: "/x", failed: 2, of: 4))
        #expect(result.error == #"requestsFailed(target: "/x", failed: 2, of: 4)"#, "no phrase table given: the identifier form")
    }

    @Test func progressNamesTheCheckAndRun() {
        let (check, _) = Self.scripted([50, 130, 110])
        let runs = Mutex<[Int]>([])
        _ = Self.runner.run(check) { progress in runs.withLock { $0.append(progress.run) } }
        #expect(runs.withLock { $0 } == [1, 2, 3])
    }

    @Test func medianPerKey() {
        #expect(MeasurementMedian.of([["a": 3, "b": 1], ["a": 1], ["a": 2, "b": 5]]) == ["a": 2, "b": 3])
    }
}
