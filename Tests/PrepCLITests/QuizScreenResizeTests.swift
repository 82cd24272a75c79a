import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal
import PrepTestSupport
import Testing
@testable import PrepCLI

/// The quiz on a terminal redraws at the new width whenever the terminal is resized: on a question, while an
/// answer is typed, and on the feedback.
@Suite(.serialized) struct QuizScreenResizeTests {
    static let deck = """
        # Servers

        ## Basics

        Claim: ASGI is always ten times faster than WSGI, for every kind of work a Django view might do.
        id: asgi-fast
        verdict: misleading — only work that mostly waits on I/O gains that much.

        Q: Which PEP defines WSGI for Python 3?
        A: PEP 3333
        id: wsgi-pep

        """

    @Test func everyDrawFitsTheWidthInForceWhenItIsDrawn() throws {
        let directory = try TemporaryDirectory()
        guard let (session, store, now) = try QuizSessionFixture.start(
            deck: Self.deck, path: "web/servers.en.md", count: 2, in: directory)
        else { Issue.record("no session"); return }
        let claimFirst = session.questions.first.map { if case .multipleChoice = $0.kind { true } else { false } } ?? false

        let screen = ReviewScreenTests.Screenful()
        let widths = [70, 60, 50, 40]
        var next = widths.makeIterator()
        let output = TerminalOutput { screen.text += $0 }
        // A resize on the question, on the feedback and in the middle of a typed answer.
        let answers: [String?] = claimFirst
            ? [nil, "c", nil, " ", "PEP", nil, " 3333\r", " "]
            : [nil, "PEP", nil, " 3333\r", nil, " ", "c", " "]
        let bytes = ReviewScreenTests.ResizingBytes(answers, onResize: {
            if let width = next.next() {
                screen.size.columns = width
                screen.text += "\u{0}\(width)\u{0}"
            }
        })
        let ui = QuizSessionUI(
            session: session, input: InputReader(source: bytes, mode: .terminal, output: output),
            screen: Screen(output: output, isInteractive: true), style: .plain, text: QuizScreenText(language: .en),
            width: { min(screen.size.columns, 88) }, now: { now })
        ui.note = "Switch to Chinese: --lang zh-Hant (or prep config lang zh-Hant)"
        #expect(try ui.run() == .completed)

        let segments = screen.text.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
        #expect(segments.count == 1 + 2 * 3, "three resizes")
        let escape = try Regex("\u{1B}\\[[0-9;?]*[A-Za-z]")
        for index in stride(from: 2, to: segments.count, by: 2) {
            let width = try #require(Int(segments[index - 1]))
            let drawn = segments[index].replacing(escape, with: "")
            #expect(drawn.contains("╭─"), "redrawn after the resize to \(width)")
            for line in drawn.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= width, "\(width): \(line)")
            }
        }
        #expect(screen.text.contains("PEP 3333\n"), "the typed answer survives the redraw")
        #expect(segments[2].contains("Switch to Chinese"), "the first question's note survives the redraw")
        #expect(try store.reviews(cardKey: "web/servers/wsgi-pep").count == 1)
    }

    /// A warning longer than the terminal is wide is wrapped, and erased whole once the answer comes.
    @Test func aWrappedWarningIsErasedWhole() throws {
        let directory = try TemporaryDirectory()
        // A claim keyed plain false is asked true or false, whose hint a wrong key repeats as the warning.
        let claim = Self.deck.components(separatedBy: "Q: ")[0].replacingOccurrences(of: "verdict: misleading", with: "verdict: false")
        guard let (session, _, now) = try QuizSessionFixture.start(deck: claim, path: "web/claims.en.md", count: 1, in: directory)
        else { Issue.record("no session"); return }
        let screen = ReviewScreenTests.Screenful()
        let output = TerminalOutput { screen.text += $0 }
        let keys: [String?] = ["9", "9", "f", " "]
        let ui = QuizSessionUI(
            session: session, input: InputReader(source: ReviewScreenTests.ResizingBytes(keys, onResize: {}), mode: .terminal, output: output),
            screen: Screen(output: output, isInteractive: true), style: .plain, text: QuizScreenText(language: .en),
            width: { 30 }, now: { now })
        _ = try ui.run()
        let warning = QuizScreenText(language: .en).unrecognized(QuizScreenText(language: .en).trueFalseHint)
        let lines = DisplayWidth.wrap(warning, width: 30).count
        #expect(lines > 1)
        #expect(screen.text.contains(ANSI.cursorUp(lines) + ANSI.clearToEndOfScreen), "the whole warning is erased")
        for line in screen.screens.last?.split(separator: "\n") ?? [] {
            #expect(DisplayWidth.of(String(line.replacing(try Regex("\u{1B}\\[[0-9;?]*[A-Za-z]"), with: ""))) <= 30, "\(line)")
        }
    }
}
