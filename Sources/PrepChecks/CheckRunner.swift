import Foundation
import PrepServer

/// Runs checks the claims.md §2.1 way: calibrated CPU work, a fresh server per run, and three runs judged
/// by their median only when the first falls outside tolerance.
package struct CheckRunner: Sendable {
    /// Where a run is, for a progress line.
    package struct Progress: Sendable {
        package var check: Check
        /// 1-based; 2 and 3 only when the first run fell outside tolerance.
        package var run: Int
        package var step: String
    }

    package static let maximumRuns = 3
    package let parameters: CheckParameters
    package let cpu: CPUWork
    /// Words a failure for `CheckResult.error`, which `--json` and the stored run keep in English whatever the
    /// screen's language: the command line passes its English phrase table; without one the error's own
    /// identifier form (`requestsFailed(target: "/x", failed: 2, of: 4)`) is kept.
    package let describeFailure: @Sendable (any Error) -> String

    /// `cpu` defaults to the process's calibration, done once on first use.
    package init(scale: Double = 1, cores: Int = ProcessInfo.processInfo.activeProcessorCount, cpu: CPUWork = .shared,
                 describeFailure: @escaping @Sendable (any Error) -> String = { String(describing: $0) }) {
        parameters = CheckParameters(scale: scale, cores: cores)
        self.cpu = cpu
        self.describeFailure = describeFailure
    }

    @available(*, noasync)
    package func run(_ check: Check, progress: @escaping @Sendable (Progress) -> Void = { _ in }) -> CheckResult {
        let started = MonotonicClock.nanoseconds()
        let expectations = check.expectations(parameters)
        var runs: [Measurements] = []
        var failure: (any Error)?
        var attempts = 0
        for run in 1...Self.maximumRuns {
            attempts = run
            progress(Progress(check: check, run: run, step: "starting"))
            let context = ScenarioContext(parameters: parameters, cpu: cpu) { step in
                progress(Progress(check: check, run: run, step: step))
            }
            do {
                runs.append(try check.scenario(context))
                failure = nil
            } catch {
                failure = error
            }
            if run == 1, failure == nil,
               ExpectationOutcome.allHardPassed(ExpectationOutcome.evaluate(expectations, against: runs[0])) {
                break
            }
        }
        let measurements = MeasurementMedian.of(runs)
        let outcomes = ExpectationOutcome.evaluate(expectations, against: measurements)
        let passed = !runs.isEmpty && ExpectationOutcome.allHardPassed(outcomes)
        return CheckResult(
            name: check.id, claimIDs: check.claimIDs, verdict: check.verdict, passed: passed,
            runs: attempts, measurements: measurements,
            expected: Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            error: runs.isEmpty ? failure.map(describeFailure) : nil, failure: runs.isEmpty ? failure : nil,
            seconds: Double(MonotonicClock.nanoseconds() - started) / 1_000_000_000
        )
    }
}
