/// Caps on the work one demo request may ask for: with them no request can hold a sync worker, or stall
/// an event loop, for longer than the cap, and a graceful stop is never held hostage.
package struct DemoLimits: Sendable {
    /// `ms` of waiting on /sleep, /io and /events, and the sum of /gather's list.
    package var maxWaitMilliseconds = 60_000
    /// `ms` of /cpu, which in async mode stalls every connection of the loop for that long.
    package var maxCPUMilliseconds = 10_000
    /// `n` of /events.
    package var maxEvents = 10_000
    /// Values in /gather's `ms` list.
    package var maxGatherCount = 100
    /// Threads that async /io and thread-sensitive /gather may hold at once; past it they answer 503.
    package var maxBlockingThreads = 64

    package init() {}

    /// `prep serve --max-work-ms`: one cap for waits and CPU work alike.
    package init(maxWorkMilliseconds: Int) {
        maxWaitMilliseconds = maxWorkMilliseconds
        maxCPUMilliseconds = maxWorkMilliseconds
    }
}
