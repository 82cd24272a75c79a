import Dispatch
import Testing
@testable import PrepServer

@Suite
struct EventLoopTests {
    private final class Token: Sendable {}

    /// The async server's timers capture it strongly (a weak capture would slow every request); a stopped
    /// loop must let such timers go, or each stopped server would stay in memory with its descriptors.
    @Test func aStoppedLoopReleasesWhatItsPendingTimersCaptured() throws {
        let loop = try EventLoop(name: "prep-test-loop")
        loop.start()
        weak var watched: Token?
        do {
            let token = Token()
            watched = token
            let scheduled = DispatchSemaphore(value: 0)
            loop.execute {
                loop.schedule(afterNanoseconds: 3_600_000_000_000) { _ = token }
                scheduled.signal()
            }
            scheduled.wait()
        }
        #expect(watched != nil)
        loop.stopAndWait()
        #expect(watched == nil)
    }
}
