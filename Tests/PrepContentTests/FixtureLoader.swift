import Foundation
import Testing

@testable import PrepContent

/// Reads a file of `Fixtures/` and parses it as if it sat at `path`.
enum FixtureLoader {
    static func bytes(_ name: String) throws -> Data {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let url = try #require(
            Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    static func parse(_ name: String, as path: String) throws -> ParseResult {
        ContentParser().parse(bytes: try bytes(name), path: path)
    }
}
