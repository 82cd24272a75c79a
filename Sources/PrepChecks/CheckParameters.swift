/// What a check's scenario and expectations scale with.
package struct CheckParameters: Sendable, Equatable {
    /// Multiplies every duration of the scenario (1 = the scale claims.md §2 chose for the check).
    package var scale: Double
    /// Cores the machine reports; CPU-bound ceilings depend on it.
    package var cores: Int

    package init(scale: Double = 1, cores: Int) {
        self.scale = scale
        self.cores = max(1, cores)
    }

    /// A scenario duration at this scale.
    package func ms(_ base: Double) -> Double { base * scale }

    /// A throughput bound at this scale: longer requests, fewer per second.
    package func perSecond(_ base: Double) -> Double { base / scale }
}
