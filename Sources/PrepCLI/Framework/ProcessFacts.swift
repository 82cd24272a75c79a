import Glibc

/// What a run learns about its process once: a launch builds a context twice (one to report errors with, one
/// for the command) and every screen waits for it. Read through libc: Foundation's `ProcessInfo.environment`
/// decoded every variable through a generic path that was a fifth of `prep config`'s instructions.
struct ProcessFacts: Sendable {
    var environment: [String: String]
    var workingDirectory: String
    var executablePath: String
    var inputIsTerminal: Bool
    var outputIsTerminal: Bool

    static let current = ProcessFacts(
        environment: readEnvironment(), workingDirectory: readWorkingDirectory(),
        executablePath: readExecutablePath(), inputIsTerminal: isatty(STDIN_FILENO) == 1,
        outputIsTerminal: isatty(STDOUT_FILENO) == 1)

    /// `NAME=value` entries; the first of a repeated name wins, as `getenv` finds it.
    private static func readEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if environment[name] == nil { environment[name] = String(text[text.utf8.index(after: equals)...]) }
            }
            entry += 1
        }
        return environment
    }

    private static func readWorkingDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    /// /proc/self/exe resolves `swift run` and PATH lookups alike; the first argument when it cannot be read.
    private static func readExecutablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments.first ?? "" }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
