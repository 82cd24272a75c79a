import Glibc

/// Nanoseconds on CLOCK_MONOTONIC: cheaper than ContinuousClock on the loop's hot path.
package enum MonotonicClock {
    package static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}

extension UInt64 {
    /// Deadlines far in the future stay far in the future instead of trapping.
    package func addingSaturating(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}

/// Nanoseconds for a wait in milliseconds, clamped to 0...UInt64.max; NaN counts as 0. Handlers bound
/// their inputs first, this keeps the primitives themselves from trapping on whatever reaches them.
package func clampedNanoseconds(milliseconds: Double) -> UInt64 {
    let nanoseconds = milliseconds * 1_000_000
    guard nanoseconds > 0 else { return 0 }
    return nanoseconds < 18_000_000_000_000_000_000 ? UInt64(nanoseconds) : .max
}
