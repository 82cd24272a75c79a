import Foundation
import PrepCore

/// Replays reference vectors through `Scheduler` and lists every field that differs (fsrs-spec.md §0).
package enum VectorReplay {
    package static let stabilityTolerance = 1e-6
    package static let difficultyTolerance = 1e-6
    package static let retrievabilityTolerance = 1e-9

    /// Every mismatch, and how many cases matched in full.
    package struct Outcome: Sendable {
        package var mismatches: [VectorMismatch]
        package var matched: Int
        package var total: Int

        package var allMatch: Bool { matched == total }
    }

    /// Decodes and checks a vector file, naming the field and case of the first problem.
    package static func decode(_ data: Data) throws(FSRSVectorFileError) -> FSRSVectorFile {
        let file: FSRSVectorFile
        do {
            file = try JSONDecoder().decode(FSRSVectorFile.self, from: data)
        } catch let error as DecodingError {
            throw FSRSVectorFileError(error, in: data)
        } catch {
            throw FSRSVectorFileError(path: "", caseID: nil, problem: .unreadable(detail: "\(error)"))
        }
        guard file.schemaVersion == 1 else {
            throw FSRSVectorFileError(
                path: "schema_version", caseID: nil, problem: .unsupportedVersion(file.schemaVersion))
        }
        guard file.caseCount == file.cases.count else {
            throw FSRSVectorFileError(
                path: "case_count", caseID: nil, problem: .caseCountMismatch(declared: file.caseCount, held: file.cases.count))
        }
        for (index, vectorCase) in file.cases.enumerated() {
            do {
                try vectorCase.scheduler.schedulerParameters.validate()
            } catch {
                throw FSRSVectorFileError(path: "cases[\(index)].scheduler", caseID: vectorCase.id, problem: .invalidParameters(error))
            }
        }
        return file
    }

    /// Replays every case of a decoded file.
    package static func replay(_ file: FSRSVectorFile) -> Outcome {
        var outcome = Outcome(mismatches: [], matched: 0, total: file.cases.count)
        for vectorCase in file.cases {
            let mismatches = replay(vectorCase)
            outcome.mismatches += mismatches
            if mismatches.isEmpty {
                outcome.matched += 1
            }
        }
        return outcome
    }

    /// Replays one case from a new card; later reviews build on this implementation's own card, as a user's would.
    package static func replay(_ vectorCase: FSRSVectorFile.Case) -> [VectorMismatch] {
        let scheduler = Scheduler(vectorCase.scheduler.schedulerParameters)
        // Fixtures never fuzz; should a file ask for it, a fixed seed keeps the replay reproducible.
        var rng = SplitMix64(seed: 0)
        var card = SchedulingCard(newAt: vectorCase.start.date)
        var mismatches: [VectorMismatch] = []

        for (index, review) in vectorCase.reviews.enumerated() {
            var comparison = Comparison(caseID: vectorCase.id, location: .review(index))
            let reviewDate = review.reviewDatetime.date
            comparison.check("retrievability_before", review.retrievabilityBefore,
                             scheduler.retrievability(of: card, at: reviewDate), tolerance: retrievabilityTolerance)
            comparison.check("elapsed_days", review.elapsedDays,
                             card.lastReview.map { Scheduler.elapsedDays(from: $0, to: reviewDate) })

            let (next, memoryUpdate) = scheduler.apply(review.rating, to: card, at: reviewDate, using: &rng)
            let expected = review.expected
            comparison.check("state", expected.state, next.state.referenceName)
            comparison.check("state_code", expected.stateCode, next.state.rawValue)
            comparison.check("step", expected.step, next.step)
            comparison.check("stability", expected.stability, next.stability ?? .nan, tolerance: stabilityTolerance)
            comparison.check("difficulty", expected.difficulty, next.difficulty ?? .nan, tolerance: difficultyTolerance)
            comparison.check("due", expected.due, UTCTimestamp(next.due))
            comparison.check("last_review", expected.lastReview, next.lastReview.map(UTCTimestamp.init))
            let interval = next.due.timeIntervalSince(reviewDate)
            comparison.check("interval_seconds", String(expected.intervalSeconds),
                             interval == interval.rounded() ? String(Int(interval)) : "\(interval)")
            comparison.check("memory_update", expected.memoryUpdate.rawValue, memoryUpdate.rawValue)
            comparison.check("retrievability_at_due", expected.retrievabilityAtDue,
                             scheduler.retrievability(of: next, at: next.due), tolerance: retrievabilityTolerance)
            mismatches += comparison.mismatches
            card = next
        }

        for (index, check) in vectorCase.retrievabilityChecks.enumerated() {
            var comparison = Comparison(caseID: vectorCase.id, location: .retrievabilityCheck(index))
            let actual = scheduler.retrievability(of: card, at: check.datetime.date)
            comparison.check("retrievability", check.retrievability, actual, tolerance: retrievabilityTolerance)
            mismatches += comparison.mismatches
        }
        return mismatches
    }

    /// Collects the fields of one review or check that differ from the reference.
    private struct Comparison {
        let caseID: String
        let location: VectorMismatch.Location
        var mismatches: [VectorMismatch] = []

        init(caseID: String, location: VectorMismatch.Location) {
            self.caseID = caseID
            self.location = location
        }

        mutating func check<Value: Equatable>(_ field: String, _ expected: Value, _ actual: Value) {
            guard expected != actual else { return }
            record(field, "\(expected)", "\(actual)")
        }

        /// Absent values print as JSON does, `null`.
        mutating func check<Value: Equatable>(_ field: String, _ expected: Value?, _ actual: Value?) {
            guard expected != actual else { return }
            record(field, expected.map { "\($0)" } ?? "null", actual.map { "\($0)" } ?? "null")
        }

        /// NaN (a missing value) never matches.
        mutating func check(_ field: String, _ expected: Double, _ actual: Double, tolerance: Double) {
            guard !(abs(expected - actual) <= tolerance) else { return }
            record(field, "\(expected)", "\(actual)")
        }

        private mutating func record(_ field: String, _ expected: String, _ actual: String) {
            mismatches.append(
                VectorMismatch(caseID: caseID, location: location, field: field, expected: expected, actual: actual))
        }

    }
}
