import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal
import PrepTestSupport
import Testing
@testable import PrepCLI

/// An imported answer of sixty lines, with code, is revealed whole and self-graded: paged on a short terminal
/// with the grade keys working and the hints on the last line, printed whole over a pipe.
@Suite(.serialized) struct QuizLongAnswerTests {
    static let code = [
        "```python",
        "def application(environ, start_response):",
        "    start_response(\"200 OK\", [(\"Content-Type\", \"text/plain\")])",
        "    return [b\"hello\"]",
        "```",
    ]

    static var deck: String {
        let steps = (1...55).map { "- step \($0) of the long answer" }
        return "# Long\n\n## Part\n\nQ: How does a WSGI server call Django?\nA: It calls the application:\n"
            + (code + steps).joined(separator: "\n") + "\nid: long\n"
    }

    static func session(in directory: TemporaryDirectory) throws -> (QuizSession, Store, Date) {
        guard let started = try QuizSessionFixture.start(deck: deck, path: "web/long.en.md", count: 1, in: directory) else {
            throw CancellationError()
        }
        return started
    }

    @Test func aLongAnswerIsPagedOnAShortTerminalAndGraded() throws {
        let directory = try TemporaryDirectory()
        let (session, store, now) = try Self.session(in: directory)
        guard case .recall(_, _, .selfGraded) = try #require(session.questions.first).kind else {
            Issue.record("a long answer is revealed and self-graded, not typed"); return
        }
        let screen = ReviewScreenTests.Screenful()
        let output = TerminalOutput { screen.text += $0 }
        // Reveal, a stray key, down, page down, page up, then grade Good and go on.
        let keys: [String?] = ["\r", "x", "j", "\u{1B}[6~", "\u{1B}[5~", "3", " "]
        let ui = QuizSessionUI(
            session: session, input: InputReader(source: ReviewScreenTests.ResizingBytes(keys, onResize: {}), mode: .terminal, output: output),
            screen: Screen(output: output, isInteractive: true), style: .plain, text: QuizScreenText(language: .en),
            width: { 50 }, now: { now })
        ui.rows = { 16 }
        #expect(try ui.run() == .completed)

        let screens = screen.screens.map { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        #expect(screens.count == 7, "question, reveal, warning, three scrolls, the question again for the feedback")
        let revealed = screens[1]
        #expect(revealed.count == 15, "one row left for the cursor")
        #expect(revealed.last?.hasPrefix("↑↓ scroll · 1 Again · 2 Hard") == true, "\(revealed)")
        #expect(revealed[13].contains("more line"), "says how much lies below")
        #expect(revealed.contains("│ " + DisplayWidth.pad("    return [b\"hello\"]", to: 46) + " │"), "code keeps its indentation")
        let warned = screens[2]
        // Two rows at this width, just above the hints.
        #expect(warned.count == 15 && warned[warned.count - 3].hasPrefix("Not an answer here"), "the warning sits above the hints")
        #expect(screens[3].first == revealed[1], "j scrolls one line")
        #expect(screens[4].first != screens[3].first && screens[4].contains { $0.contains("step 9 of") })
        #expect(screens[5].first == screens[3].first, "page up comes back")
        for lines in screens[1...5] {
            #expect(lines.count <= 15 && lines.allSatisfy { DisplayWidth.of($0) <= 50 })
            #expect(lines.last?.contains("4 Easy") == true, "the hints stay on the last line")
        }
        #expect(screen.text.contains("Self-graded: Good"))
        #expect(try store.reviews(cardKey: "web/long/long").map(\.rating) == [3])
    }

    @Test func overAPipeTheWholeAnswerIsPrinted() throws {
        let directory = try TemporaryDirectory()
        let (session, _, now) = try Self.session(in: directory)
        let screen = ReviewScreenTests.Screenful()
        let output = TerminalOutput { screen.text += $0 }
        let ui = QuizSessionUI(
            session: session, input: InputReader(source: ReviewScreenTests.ResizingBytes(["\n", "2\n"], onResize: {}), mode: .lines, output: output),
            screen: Screen(output: output, isInteractive: false), style: .plain, text: QuizScreenText(language: .en),
            width: { 50 }, now: { now })
        ui.rows = { 16 }
        #expect(try ui.run() == .completed)
        let lines = screen.text.split(separator: "\n").map(String.init)
        // Rendered (issue 20): the code verbatim without its fences, the list indented with bullets.
        for line in Self.code.dropFirst().dropLast() + ["  • step 1 of the long answer", "  • step 55 of the long answer"] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(!screen.text.contains("```"))
        #expect(!screen.text.contains("more line") && !screen.text.contains("↑↓"))
    }
}
