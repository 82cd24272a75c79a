/// Arrival times of each event, per SSE stream, in milliseconds since the streams were opened.
package struct EventStreamReport: Sendable, Codable {
    package var arrivals: [[Double]]
    package var errors: Int

    /// Gaps between consecutive events of the same stream.
    package var interArrivals: [Double] {
        arrivals.flatMap { times in zip(times.dropFirst(), times).map { $0 - $1 } }
    }
}
