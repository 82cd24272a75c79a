import Foundation
import PrepScheduling
import Testing
@testable import PrepExchange

struct ProgressDocumentDecodingTests {
    typealias F = ProgressFixtures

    static func exportText() throws -> String {
        let store = try F.store()
        try F.grade(store, F.keys[0], [(.good, 0)], prefix: "a")
        return String(decoding: try F.export(store), as: UTF8.self)
    }

    @Test func refusesAnotherFormat() {
        #expect(throws: ProgressFileError.wrongFormat("anki-deck")) {
            try ProgressDocument.decode(Data(#"{"format": "anki-deck", "version": 1}"#.utf8))
        }
        #expect(throws: ProgressFileError.wrongFormat(nil)) { try ProgressDocument.decode(Data("[1, 2]".utf8)) }
        #expect(throws: ProgressFileError.wrongFormat(nil)) { try ProgressDocument.decode(Data(#"{"cards": []}"#.utf8)) }
    }

    @Test func refusesANewerVersion() throws {
        let version = ProgressDocument.currentVersion
        let newer = try Self.exportText().replacingOccurrences(of: #""version" : \#(version)"#, with: #""version" : \#(version + 1)"#)
        #expect(throws: ProgressFileError.newerVersion(version + 1)) { try ProgressDocument.decode(Data(newer.utf8)) }
    }

    @Test func refusesATruncatedFile() throws {
        let data = Data(try Self.exportText().utf8)
        for length in [1, data.count / 3, data.count / 2, data.count - 3] {
            #expect(throws: ProgressFileError.self) { try ProgressDocument.decode(data.prefix(length)) }
        }
        do {
            _ = try ProgressDocument.decode(data.prefix(data.count / 2))
        } catch {
            guard case .notJSON = error else {
                Issue.record("expected invalid JSON, got \(error)")
                return
            }
        }
    }

    @Test func namesTheMissingField() throws {
        let text = try Self.exportText().replacingOccurrences(of: #""mode" : "review","#, with: "")
        #expect(throws: ProgressFileError.missingField("reviews[0].mode")) { try ProgressDocument.decode(Data(text.utf8)) }
        let headerOnly = #"{"format": "prep-progress", "version": 1}"#
        let error = #expect(throws: ProgressFileError.self) { try ProgressDocument.decode(Data(headerOnly.utf8)) }
        guard case .missingField? = error else {
            Issue.record("expected a missing field, got \(String(describing: error))")
            return
        }
    }
}
