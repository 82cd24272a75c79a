import Glibc

/// Nanoseconds on CLOCK_MONOTONIC: cheaper than ContinuousClock on the loop's hot path.
package enum MonotonicClock {
    package static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
