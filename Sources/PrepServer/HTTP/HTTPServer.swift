import CLinuxShims
import Foundation
import Glibc
import Synchronization

/// Either server behind one start/stop interface, for the CLI and the benchmarks.
package enum HTTPServer: Sendable {
    case sync(SyncHTTPServer)
    case async(AsyncHTTPServer)

    /// Starts the demo routes in the configured mode.
    package static func startDemo(_ configuration: ServerConfiguration) throws -> HTTPServer {
        switch configuration.mode {
        case .sync: .sync(try SyncHTTPServer(configuration: configuration, routes: DemoRoutes.sync(limits: configuration.demoLimits)))
        case .async: .async(try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async(limits: configuration.demoLimits)))
        }
    }

    package var port: UInt16 {
        switch self {
        case let .sync(server): server.port
        case let .async(server): server.port
        }
    }

    @available(*, noasync)
    package func stop() {
        switch self {
        case let .sync(server): server.stop()
        case let .async(server): server.stop()
        }
    }

    /// What `serveUntilSignalled` reports, for the caller to word in the learner's language.
    package enum ServeEvent: Sendable, Equatable {
        case listening(url: String, mode: String, workers: Int)
        case draining(signal: String, graceSeconds: Int64)
        case stopped
        case graceOver
        case stoppingNow(signal: String)
    }

    /// `prep serve`: starts the demo server, reports `.listening`, and
    /// blocks until SIGINT or SIGTERM. Then it stops gracefully: in-flight requests get the configured grace
    /// to finish, after which the rest are closed and this returns; a second signal returns at once.
    @available(*, noasync)
    package static func serveUntilSignalled(_ configuration: ServerConfiguration, output: @escaping @Sendable (ServeEvent) -> Void) throws {
        prep_fix_mmap_threshold(128 * 1024)
        // Self-pipe: whichever thread the kernel picks to run the handler, the byte reaches this one. The
        // stopping thread writes a 0 to it when done, so one poll waits for either.
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { throw SocketError.lastError("pipe") }
        let pipeOwner = PipeOwner(reader: pipeFDs[0], writer: pipeFDs[1])
        defer { pipeOwner.release() }
        signalPipeWriter = pipeFDs[1]
        let handler: @convention(c) (Int32) -> Void = { signal in
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(signalPipeWriter, &byte, 1)
        }
        // This thread may have inherited a mask that blocks them (libdispatch workers block every signal).
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let previousInterrupt = signal(SIGINT, handler)
        let previousTerminate = signal(SIGTERM, handler)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGTERM, previousTerminate)
        }
        _ = CPUWork.shared
        let server = try startDemo(configuration)
        output(.listening(url: "http://\(configuration.host):\(server.port)", mode: configuration.mode.rawValue, workers: configuration.workers))
        let first = nextByte(pipeFDs[0], timeoutMilliseconds: -1)
        let grace = configuration.shutdownGrace.components.seconds
        output(.draining(signal: signalName(first), graceSeconds: grace))
        let stopper = Thread {
            server.stop()
            pipeOwner.stopFinished()
        }
        stopper.name = "prep-stop"
        pipeOwner.stopStarted()
        stopper.start()
        // The server's own deadline normally ends the stop; this one also covers a loop stalled in CPU work.
        let limit = Int32(clamping: (configuration.shutdownGrace.nanoseconds / 1_000_000).addingSaturating(1_000))
        switch nextByte(pipeFDs[0], timeoutMilliseconds: limit) {
        case 0: output(.stopped)
        case nil: output(.graceOver)
        case let second?: output(.stoppingNow(signal: signalName(second)))
        }
    }

    /// The next byte from the self-pipe, or `nil` when `timeoutMilliseconds` (-1: none) passes first.
    private static func nextByte(_ fd: Int32, timeoutMilliseconds: Int32) -> UInt8? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let deadline = MonotonicClock.nanoseconds().addingSaturating(UInt64(max(0, timeoutMilliseconds)) * 1_000_000)
        while true {
            var wait = timeoutMilliseconds
            if timeoutMilliseconds >= 0 {
                let now = MonotonicClock.nanoseconds()
                guard now < deadline else { return nil }
                wait = Int32(clamping: (deadline - now) / 1_000_000 + 1)
            }
            if poll(&poller, 1, wait) == 1 {
                var byte: UInt8 = 0
                if read(fd, &byte, 1) == 1 { return byte }
            }
        }
    }

    private static func signalName(_ byte: UInt8?) -> String {
        byte.map { Int32($0) } == SIGINT ? "SIGINT" : "SIGTERM"
    }
}

/// The self-pipe outlives `serveUntilSignalled` when it returns before the stop has finished (a second
/// signal, say): then the stopping thread closes it, so no thread writes to a descriptor number reused since.
private final class PipeOwner: Sendable {
    private enum State { case serving, stopping, stopFinished, released }
    private let reader: Int32
    private let writer: Int32
    private let state = Mutex(State.serving)

    init(reader: Int32, writer: Int32) {
        self.reader = reader
        self.writer = writer
    }

    func stopStarted() {
        state.withLock { $0 = .stopping }
    }

    /// The stopping thread: reports that the stop is done, or closes the pipe if nobody waits any more.
    func stopFinished() {
        state.withLock { state in
            if state == .released {
                closeBoth()
            } else {
                state = .stopFinished
                var done: UInt8 = 0
                _ = write(writer, &done, 1)
            }
        }
    }

    /// The serving thread, leaving: closes the pipe unless a stop is still running and will write to it.
    func release() {
        let closeNow = state.withLock { state in
            defer { state = .released }
            return state != .stopping
        }
        if closeNow { closeBoth() }
    }

    private func closeBoth() {
        close(reader)
        close(writer)
    }
}

/// Written once before the handlers are installed, then only read from the signal handler.
nonisolated(unsafe) private var signalPipeWriter: Int32 = -1
