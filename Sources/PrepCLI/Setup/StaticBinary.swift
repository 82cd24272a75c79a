import Foundation

/// The binary `prep install` puts in place: one with the Swift runtime and Foundation linked in (the release
/// configuration links them so, see Package.swift), stripped. Loading and relocating those shared libraries
/// was most of a short command's launch (issue 24: `prep config` from about 25 to 10 ms).
enum StaticBinary {
    /// The build that makes such a binary, as the README gives it.
    static let buildArguments = ["build", "-c", "release", "--product", "prep"]

    /// `executable` when it carries its runtime; otherwise, in a checkout, the binary `buildArguments` makes
    /// there, built now; otherwise `executable` as it is (an installed or copied prep has no sources to build).
    static func toInstall(
        executable: URL, checkoutRoot: String?, announce: (String) -> Void, failed: (String, Int32) -> String
    ) throws -> URL {
        guard let checkoutRoot, loadsSwiftRuntime(executable) else { return executable }
        announce("swift " + buildArguments.joined(separator: " "))
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift"] + buildArguments + ["--package-path", checkoutRoot]
        build.standardOutput = FileHandle.standardError
        try build.run()
        build.waitUntilExit()
        guard build.terminationReason == .exit, build.terminationStatus == 0 else {
            throw CLIError.failure(failed("swift " + buildArguments.joined(separator: " "), build.terminationStatus))
        }
        return URL(fileURLWithPath: checkoutRoot).appendingPathComponent(".build/release/prep")
    }

    /// Whether the file names the Swift runtime among the shared libraries it needs (its ELF dynamic section
    /// lists `libswiftCore.so` by name; a static build has no such string).
    static func loadsSwiftRuntime(_ executable: URL) -> Bool {
        guard let data = try? Data(contentsOf: executable, options: .alwaysMapped) else { return false }
        return data.range(of: Data("libswiftCore.so".utf8)) != nil
    }

    /// Drops the symbols from an installed copy (a third of its size); a file `strip` does not take, or a
    /// machine without `strip`, leaves the copy as it is, which runs the same.
    static func strip(_ installed: URL) {
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        strip.arguments = ["strip", installed.path]
        strip.standardOutput = FileHandle.nullDevice
        strip.standardError = FileHandle.nullDevice
        guard (try? strip.run()) != nil else { return }
        strip.waitUntilExit()
    }
}
