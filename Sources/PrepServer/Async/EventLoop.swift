import Dispatch
import Foundation
import Glibc
import Synchronization

/// Something registered with the loop for readiness events on one descriptor.
protocol EventLoopHandler: AnyObject {
    func handle(events: UInt32)
}

/// One dedicated OS thread running epoll, a timer heap and a run queue — the ASGI event loop.
///
/// It is both a `SerialExecutor` and a `TaskExecutor`: a task started with `executorPreference: loop`
/// runs its nonisolated async code on this thread, so CPU work in a handler stalls every other request
/// on the loop while an awaited timer (`sleep(milliseconds:)`) costs nothing. Built on its own thread,
/// not libdispatch or the cooperative pool, because those are as wide as the core count (claims.md §2.1).
///
/// `@unchecked Sendable`: `incoming` is Mutex-guarded and `loopThread` atomic; every other stored `var`
/// is touched only on the loop thread.
package final class EventLoop: SerialExecutor, TaskExecutor, @unchecked Sendable {
    /// `@unchecked Sendable`: a closure handed across threads here is only ever run on the loop thread.
    private enum Work: @unchecked Sendable {
        case job(UnownedJob)
        case closure(() -> Void)
    }

    package let name: String
    private let epoll: EPoll
    private let waker: Waker
    private let incoming = Mutex<[Work]>([])
    private let loopThread = Atomic<UInt>(0)
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private var runQueue: [Work] = []
    private var timers = TimerHeap()
    private var handlers: [(any EventLoopHandler)?] = []

    /// Scratch space for reads on this loop; connections copy out only what they must keep. A raw buffer, not
    /// an array property: borrowing an array stored in a class costs a runtime exclusivity check per read.
    let readScratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    /// When the last wait for readiness returned. Connections stamp their activity with it: the request and
    /// idle timeouts are seconds long, and one clock read per wake-up is cheaper than one per read.
    private(set) var wokeAt = MonotonicClock.nanoseconds()

    package init(name: String = "prep-loop") throws {
        self.name = name
        epoll = try EPoll()
        waker = try Waker()
        try epoll.add(waker.fd, events: EPoll.readable)
    }

    deinit {
        waker.close()
        readScratch.deallocate()
    }

    /// Starts the loop thread and returns once it is running.
    package func start() {
        let started = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            loopThread.store(UInt(pthread_self()), ordering: .releasing)
            started.signal()
            run()
            finished.signal()
        }
        thread.name = name
        thread.start()
        started.wait()
    }

    /// Asks the loop to exit after its current iteration and waits for it; work still queued is dropped.
    package func stopAndWait() {
        stopRequested.store(true, ordering: .releasing)
        waker.wake()
        finished.wait()
    }

    package var inLoopThread: Bool {
        loopThread.load(ordering: .acquiring) == UInt(pthread_self())
    }

    /// Runs `work` on the loop thread soon; callable from any thread.
    package func execute(_ work: @escaping @Sendable () -> Void) {
        submit(.closure(work))
    }

    /// Runs `work` on the loop thread; from the loop itself it runs at once.
    func executeSoon(_ work: @escaping () -> Void) {
        if inLoopThread {
            runQueue.append(.closure(work))
        } else {
            // The closure is confined to the loop from here on, which is why it need not be Sendable.
            nonisolated(unsafe) let work = work
            submit(.closure { work() })
        }
    }

    private func submit(_ work: Work) {
        if inLoopThread {
            runQueue.append(work)
        } else {
            incoming.withLock { $0.append(work) }
            waker.wake()
        }
    }

    // MARK: Executor

    package func enqueue(_ job: consuming ExecutorJob) {
        submit(.job(UnownedJob(job)))
    }

    package func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    package func asUnownedTaskExecutor() -> UnownedTaskExecutor {
        UnownedTaskExecutor(ordinary: self)
    }

    // MARK: Timers and descriptors (loop thread only)

    /// Calls `action` on the loop after `nanoseconds`. Loop thread only.
    func schedule(afterNanoseconds nanoseconds: UInt64, _ action: @escaping () -> Void) {
        timers.insert(deadline: MonotonicClock.nanoseconds().addingSaturating(nanoseconds), action: action)
    }

    /// An awaitable loop timer: suspends the calling task without holding any thread.
    package func sleep(milliseconds: Double) async {
        let nanoseconds = clampedNanoseconds(milliseconds: milliseconds)
        await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
            executeSoon { [self] in
                schedule(afterNanoseconds: nanoseconds) { continuation.resume() }
            }
        }
    }

    func register(_ fd: Int32, events: UInt32, handler: any EventLoopHandler) throws {
        if handlers.count <= Int(fd) {
            handlers.append(contentsOf: repeatElement(nil, count: max(Int(fd) + 1 - handlers.count, handlers.count)))
        }
        try epoll.add(fd, events: events)
        handlers[Int(fd)] = handler
    }

    func modify(_ fd: Int32, events: UInt32) {
        try? epoll.modify(fd, events: events)
    }

    func unregister(_ fd: Int32) {
        epoll.remove(fd)
        if Int(fd) < handlers.count { handlers[Int(fd)] = nil }
    }

    // MARK: Loop

    private func run() {
        var batch: [Work] = []
        while !stopRequested.load(ordering: .acquiring) {
            incoming.withLock { swap(&$0, &batch) }
            runQueue.append(contentsOf: batch)
            batch.removeAll(keepingCapacity: true)
            runReadyWork()
            let timeout: Int32
            if !runQueue.isEmpty {
                timeout = 0
            } else if let deadline = timers.earliestDeadline {
                let now = MonotonicClock.nanoseconds()
                // Rounded up without adding first: a saturated deadline (UInt64.max) must not overflow.
                let remaining = deadline > now ? deadline - now : 0
                timeout = Int32(min(remaining / 1_000_000 + (remaining % 1_000_000 == 0 ? 0 : 1), 60_000))
            } else {
                timeout = -1
            }
            var stamped = false
            try? epoll.wait(timeoutMilliseconds: timeout) { fd, events in
                if !stamped { wokeAt = MonotonicClock.nanoseconds(); stamped = true }
                if fd == waker.fd {
                    waker.drain()
                } else if Int(fd) < handlers.count, let handler = handlers[Int(fd)] {
                    handler.handle(events: events)
                }
            }
            // A timer falling due while the handlers ran fires on the next turn, whose wait then does not block.
            if !stamped { wokeAt = MonotonicClock.nanoseconds() }
            while let due = timers.popDue(now: wokeAt) { due.action() }
        }
        // Timers that will never fire would otherwise keep what they capture, their owners among them, alive.
        timers = TimerHeap()
    }

    /// Runs what is queued now; work queued meanwhile waits for the next turn, so I/O is never starved.
    private func runReadyWork() {
        guard !runQueue.isEmpty else { return }
        var ready: [Work] = []
        swap(&ready, &runQueue)
        for work in ready {
            switch work {
            case let .job(job):
                job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            case let .closure(closure):
                closure()
            }
        }
        if runQueue.isEmpty { runQueue = ready; runQueue.removeAll(keepingCapacity: true) }
    }
}

extension EventLoop {
    /// Runs `body` on a fresh, private loop and blocks the caller until it returns — `asyncio.run` for a
    /// sync handler that wants to await things (Django's async view under WSGI).
    @available(*, noasync)
    package static func runBlocking<T: Sendable>(_ body: @escaping @Sendable (EventLoop) async -> T) throws -> T {
        let loop = try EventLoop(name: "prep-oneshot")
        loop.start()
        defer { loop.stopAndWait() }
        let done = DispatchSemaphore(value: 0)
        // Written before `done.signal()` and read after `done.wait()`: the semaphore orders the accesses.
        nonisolated(unsafe) var result: T?
        Task(executorPreference: loop) {
            result = await body(loop)
            done.signal()
        }
        done.wait()
        return result!
    }
}
