import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads running blocking work. With one thread it is a thread-sensitive executor:
/// everything submitted runs serially on the same OS thread, as asgiref's `sync_to_async` does.
///
/// `@unchecked Sendable`: the queue and state live in a Mutex; `threadCount` and the semaphores are `let`.
package final class ThreadPool: @unchecked Sendable {
    private struct State {
        var queue: [@Sendable () -> Void] = []
        var stopping = false
    }

    package let threadCount: Int
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let exited = DispatchSemaphore(value: 0)

    package init(threads: Int, name: String = "prep-pool") {
        threadCount = max(1, threads)
        for index in 0..<threadCount {
            let thread = Thread { [self] in work() }
            // Linux truncates thread names to 15 characters.
            thread.name = String("\(name)-\(index)".prefix(15))
            thread.start()
        }
    }

    /// One process-wide serial thread: Django 3.x's shared sync thread, which serialised every request.
    package static let sharedSerial = ThreadPool(threads: 1, name: "prep-serial")

    /// A fresh serial thread for the duration of `body`: Django ≥ 4.0's per-request thread-sensitive executor.
    package static func withSerialThread<T: Sendable>(_ body: (ThreadPool) async throws -> T) async rethrows -> T {
        let pool = ThreadPool(threads: 1, name: "prep-request")
        defer { pool.shutdown() }
        return try await body(pool)
    }

    /// Submits work; returns false once the pool is stopping.
    @discardableResult
    package func submit(_ work: @escaping @Sendable () -> Void) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard !state.stopping else { return false }
            state.queue.append(work)
            return true
        }
        if accepted { available.signal() }
        return accepted
    }

    /// Runs `work` on a pool thread; the awaiting task resumes on its own executor (the loop, in a handler).
    package func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withUnsafeThrowingContinuation { continuation in
            let accepted = submit { continuation.resume(with: Result { try work() }) }
            if !accepted { continuation.resume(throwing: CancellationError()) }
        }
    }

    /// Lets the threads finish what is queued, then joins them.
    package func shutdown() {
        let alreadyStopping = state.withLock { state -> Bool in
            defer { state.stopping = true }
            return state.stopping
        }
        guard !alreadyStopping else { return }
        for _ in 0..<threadCount { available.signal() }
        for _ in 0..<threadCount { exited.wait() }
    }

    private func work() {
        while true {
            available.wait()
            let next = state.withLock { state -> (@Sendable () -> Void)?? in
                if !state.queue.isEmpty { return state.queue.removeFirst() }
                return state.stopping ? .some(nil) : nil
            }
            switch next {
            case let .some(.some(work)): work()
            case .some(.none): exited.signal(); return
            case .none: continue
            }
        }
    }
}

/// Per-request threads for blocking work (Django ≥ 4.0 gives each request its own thread-sensitive
/// executor), bounded: past `limit` threads in use a request is answered 503 with Retry-After at once,
/// rather than hanging while it waits for a thread the system cannot create.
package final class ThreadBudget: Sendable {
    package let limit: Int
    private let inUse = Mutex(0)

    package init(limit: Int) {
        self.limit = max(1, limit)
    }

    package func withSerialThread<T: Sendable>(_ body: (ThreadPool) async throws -> T) async throws -> T {
        let granted = inUse.withLock { count -> Bool in
            guard count < limit else { return false }
            count += 1
            return true
        }
        guard granted else {
            var busy = HTTPResponse.error(.serviceUnavailable, "all \(limit) threads for blocking work are busy; try again")
            busy.headers.append("retry-after", "1")
            throw HTTPError(busy)
        }
        defer { inUse.withLock { $0 -= 1 } }
        return try await ThreadPool.withSerialThread(body)
    }
}
