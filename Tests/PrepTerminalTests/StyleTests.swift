import Glibc
import Testing

@testable import PrepTerminal

struct StyleTests {
    @Test func disabledStyleEmitsNoEscapes() {
        let style = Style.plain
        let styled = [
            style.bold("a"), style.dim("b"), style.underline("c"), style.red("d"), style.green("e"),
            style.apply("f", .cyan, .bold),
        ]
        #expect(styled == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func enabledStyleWrapsInSGRAndReset() {
        let style = Style(enabled: true)
        #expect(style.bold("a") == "\u{1B}[1ma\u{1B}[0m")
        #expect(style.apply("b", .green, .bold) == "\u{1B}[32;1mb\u{1B}[0m")
        #expect(style.red("") == "")
    }

    @Test func detectionNeedsATerminalAndNoOptOut() throws {
        let pipe = try PipePair()
        let terminal = try PseudoTerminal()
        #expect(!Style.detect(fd: pipe.readEnd, environment: ["TERM": "xterm"], noColorFlag: false).isEnabled)
        #expect(Style.detect(fd: terminal.follower, environment: ["TERM": "xterm"], noColorFlag: false).isEnabled)
        #expect(Style.detect(fd: terminal.follower, environment: ["NO_COLOR": ""], noColorFlag: false).isEnabled)
        #expect(!Style.detect(fd: terminal.follower, environment: ["TERM": "dumb"], noColorFlag: false).isEnabled)
        #expect(!Style.detect(fd: terminal.follower, environment: ["NO_COLOR": "1"], noColorFlag: false).isEnabled)
        #expect(!Style.detect(fd: terminal.follower, environment: [:], noColorFlag: true).isEnabled)
    }
}
