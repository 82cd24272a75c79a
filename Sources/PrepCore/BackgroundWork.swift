import Foundation
import Synchronization

/// Work started on its own thread while the caller does something else (a check's slow request or streams,
/// an export's notes while the log is read); `wait()` joins it.
///
/// `@unchecked Sendable`: the result lives in a Mutex and the semaphore is `let`.
package final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    package init(_ work: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            finished.signal()
        }
        thread.name = "prep-background"
        thread.start()
    }

    /// Joins the work and hands over its result, once: the result moves out rather than staying shared, so
    /// a caller that changes a large result does not copy it first.
    package func wait() throws -> T {
        finished.wait()
        return try result.withLock { $0.take()! }.get()
    }
}
