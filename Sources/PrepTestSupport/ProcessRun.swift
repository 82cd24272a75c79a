import Foundation

/// What a child process left behind: its exit status and everything it wrote.
package struct ProcessRun: Sendable {
    package var status: Int32
    package var out: String
    package var err: String

    /// Runs `executable` to its end with stdin from /dev/null. Standard error is read on its own thread, so a
    /// child that fills one pipe while the other is being read never deadlocks the test. `standardOutput`
    /// replaces the captured stdout (a test writing to /dev/full, say); `out` is then empty.
    package static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        currentDirectory: URL? = nil, standardOutput: FileHandle? = nil
    ) throws -> ProcessRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let errors = Thread.detachedReader(err.fileHandleForReading)
        let outText = standardOutput == nil ? String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        process.waitUntilExit()
        return ProcessRun(status: process.terminationStatus, out: outText, err: errors())
    }

    /// `run` with the executable given as a path.
    package static func run(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil,
        currentDirectory: URL? = nil, standardOutput: FileHandle? = nil
    ) throws -> ProcessRun {
        try run(URL(fileURLWithPath: path), arguments, environment: environment, currentDirectory: currentDirectory, standardOutput: standardOutput)
    }
}

private extension Thread {
    /// Reads `handle` to its end on a new thread; the returned function waits for that and gives the text.
    static func detachedReader(_ handle: FileHandle) -> () -> String {
        let result = ReadResult()
        Thread.detachNewThread {
            result.text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            result.done.signal()
        }
        return {
            result.done.wait()
            return result.text
        }
    }
}

/// `@unchecked Sendable`: `text` is written once by the reader thread before `done` is signalled, and read
/// only after waiting for it.
private final class ReadResult: @unchecked Sendable {
    var text = ""
    let done = DispatchSemaphore(value: 0)
}
