import Glibc

@testable import PrepTerminal

/// Both ends of a pipe: an fd that is certainly not a terminal.
final class PipePair {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw TerminalMode.Error(call: "pipe", errno: errno) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}
