import Foundation
import PrepContent
import PrepCore
import PrepStore
import PrepStudy
import PrepTerminal
import Testing
@testable import PrepCLI

/// The session view driven directly: what other engineers' keys plug into, and the terminal drawing.
@Suite struct FlashcardsReviewViewTests {
    final class ScriptedBytes: ByteSource {
        var chunks: [[UInt8]]
        init(_ chunks: [String]) { self.chunks = chunks.map { Array($0.utf8) } }
        func read(timeout: Duration?) -> [UInt8]? { chunks.isEmpty ? nil : chunks.removeFirst() }
    }

    final class Transcript {
        var text = ""
    }

    func view(
        _ workspace: ReviewDeckWorkspace, keys: [String], mode: InputReader.Mode, extraKeys: [ReviewKeyAction] = [],
        lang: Language = .en, size: @escaping () -> TerminalSize = { TerminalSize(columns: 40, rows: 100) }
    ) throws -> (ReviewSessionView, Transcript) {
        _ = try workspace.run(["flashcards", "list"], input: [])
        let store = try workspace.store()
        let now = workspace.harness.now
        let session = try ReviewSession.start(store: store, options: ReviewSessionOptions(language: lang), now: now)
        let transcript = Transcript()
        let output = TerminalOutput { transcript.text += $0 }
        let view = ReviewSessionView(
            session: session, input: InputReader(source: ScriptedBytes(keys), mode: mode, output: output),
            screen: Screen(output: output, isInteractive: mode == .terminal), style: Style(enabled: mode == .terminal),
            phrases: .forLanguage(lang), size: size, now: { now }, extraKeys: extraKeys
        )
        return (view, transcript)
    }

    @Test func extraKeysAreOfferedAndRun() throws {
        let workspace = try ReviewDeckWorkspace()
        var ran: [String] = []
        let check = ReviewKeyAction(key: "c", hint: "c check", applies: { $0.card.kind == .qa }) { card in
            ran.append(card.key)
            return ["ran the check of \(card.card.front)"]
        }
        let (view, transcript) = try view(workspace, keys: ["c\n", "\n", "4\n", "c\n", "q\n"], mode: .lines, extraKeys: [check])
        #expect(try view.run() == .quit)
        #expect(ran == [try workspace.key("wsgi-pep")], "not offered on the table cell, run on the Q&A card")
        #expect(transcript.text.contains("Unknown key 'c'."))
        #expect(transcript.text.contains("ran the check of Which PEP defines WSGI?"))
        #expect(transcript.text.contains("e source · c check · q quit"))
    }

    @Test func aTerminalGetsABoxedCardRedrawnInPlaceWithColours() throws {
        let workspace = try ReviewDeckWorkspace()
        let (view, transcript) = try view(workspace, keys: [" ", "3", "\u{3}"], mode: .terminal)
        #expect(try view.run() == .quit)
        #expect(transcript.text.contains(ANSI.clearScreen))
        #expect(transcript.text.contains("╭─"))
        #expect(transcript.text.contains("│ What is the “Model” of"))
        #expect(transcript.text.contains(Style(enabled: true).green("3 Good") + " 10m"))
        #expect(try workspace.ratings() == [3])
    }
}
