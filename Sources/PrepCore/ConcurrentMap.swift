import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` of each element, in the array's order, computed in one contiguous slice per core when the
    /// array is large (`minimumCount` elements or more: below, starting threads costs more than they save for
    /// a cheap transform) and in place otherwise. Each slice writes only its own indices, so the result is the
    /// same whichever slice finishes first; `transform` must be pure.
    package func concurrentMap<Result: Sendable>(
        minimumCount: Int = 1_000, _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let slices = count < minimumCount ? 1 : Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard slices > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                // Contiguous slices: neighbouring elements stay in one thread's cache.
                for index in count * slice / slices..<count * (slice + 1) / slices {
                    (output.baseAddress! + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}
