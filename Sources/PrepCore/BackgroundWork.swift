import Foundation
import Synchronization

/// Work started on its own thread while the scenario does something else (C04's slow request, C09's
/// streams); `wait()` joins it.
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
        thread.name = "prep-check-bg"
        thread.start()
    }

    package func wait() throws -> T {
        finished.wait()
        finished.signal()
        return try result.withLock { $0! }.get()
    }
}
