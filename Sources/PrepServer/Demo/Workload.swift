import Glibc
import Synchronization

/// Blocks the calling thread for `milliseconds` without using CPU: a database or API call in sync code.
package func blockingIO(milliseconds: Double) {
    let nanoseconds = min(clampedNanoseconds(milliseconds: milliseconds), UInt64(Int.max))
    var request = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0, errno == EINTR { request = remaining }
}

/// Runs the operations concurrently as child tasks (on the caller's executor) and returns results in order.
package func gather<T: Sendable>(_ operations: [@Sendable () async throws -> T]) async throws -> [T] {
    try await withThrowingTaskGroup(of: (Int, T).self) { group in
        for (index, operation) in operations.enumerated() {
            group.addTask { (index, try await operation()) }
        }
        var results = [T?](repeating: nil, count: operations.count)
        for try await (index, value) in group { results[index] = value }
        return results.map { $0! }
    }
}

/// Runs the operations one after another: what three consecutive `await`s do.
package func sequentially<T: Sendable>(_ operations: [@Sendable () async throws -> T]) async throws -> [T] {
    var results: [T] = []
    for operation in operations { results.append(try await operation()) }
    return results
}

/// A calibrated, fixed amount of arithmetic standing in for CPU-bound work. It is never a clock spin: a
/// spinning thread "finishes" while descheduled and fakes parallelism (claims.md §2.1).
package struct CPUWork: Sendable {
    package static let calibrationIterations = 2_000_000
    package let iterationsPerMillisecond: Double

    package init(iterationsPerMillisecond: Double) {
        self.iterationsPerMillisecond = iterationsPerMillisecond
    }

    /// Calibrated once per process on first use.
    package static let shared = CPUWork.calibrate()

    /// Best of five runs of the xorshift loop: the least-disturbed run is closest to the true cost.
    package static func calibrate() -> CPUWork {
        var best = UInt64.max
        for _ in 0..<5 {
            let start = MonotonicClock.nanoseconds()
            sink.store(xorshift(iterations: calibrationIterations, seed: start), ordering: .relaxed)
            best = min(best, MonotonicClock.nanoseconds() - start)
        }
        return CPUWork(iterationsPerMillisecond: Double(calibrationIterations) / (Double(max(best, 1)) / 1_000_000))
    }

    package func run(milliseconds: Double) {
        let wanted = iterationsPerMillisecond * milliseconds
        // Saturating: NaN or a negative count does nothing, an absurd one runs as long as Int allows.
        let iterations = wanted > 0 ? (wanted < 9_000_000_000_000_000_000 ? Int(wanted) : .max) : 0
        Self.sink.store(Self.xorshift(iterations: iterations, seed: UInt64(iterations) | 1), ordering: .relaxed)
    }

    /// Keeps the optimiser from deleting the loop whose result nobody otherwise reads.
    private static let sink = Atomic<UInt64>(0)

    @inline(never)
    static func xorshift(iterations: Int, seed: UInt64) -> UInt64 {
        var state = seed | 1
        for _ in 0..<iterations {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
        }
        return state
    }
}
