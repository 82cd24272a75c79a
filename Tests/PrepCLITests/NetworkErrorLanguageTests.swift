import Foundation
import Glibc
import PrepChecks
import PrepCore
import PrepServer
import PrepStudy
import PrepTerminal
import PrepTestSupport
import Testing

@testable import PrepCLI

/// Socket, terminal and launch failures met for real: the screen words them in its language, while
/// `prep check --json` and the stored run keep the English words.
@Suite struct NetworkErrorLanguageTests {
    static let chinese = ScreenPhrases.traditionalChinese

    @Test func serveOnATakenPortSaysWhyInTheScreensLanguage() throws {
        let taken = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { taken.close() }
        let port = String(try taken.localPort())
        let directory = try TemporaryDirectory()
        let harness = HelpLanguageTests.harness(directory)
        let inChinese = harness.run(["--lang", "zh-Hant", "serve", "--port", port])
        #expect(inChinese.status == CLIError.failureExitCode)
        #expect(inChinese.err.contains(Self.chinese.files.cause(EADDRINUSE)), "\(inChinese.err)")
        #expect(HelpLanguageTests.englishWords(inChinese.err).isEmpty, "\(inChinese.err)")
        let inEnglish = harness.run(["--lang", "en", "serve", "--port", port])
        #expect(inEnglish.err == "Error: cannot serve on 127.0.0.1:\(port): system call 'bind' failed: Address already in use\n")
    }

    /// A check whose scenario meets a refused connection: the report says so in zh-Hant, the JSON in English.
    @Test func aCheckAgainstARefusedPortIsWordedByTheScreen() throws {
        let closed = try PeerServer.freePort()
        let check = Check(
            id: "C99", slug: "refused", claimIDs: [1], verdict: .true, claim: Bilingual(zh: "主張", en: "claim"),
            explanation: Bilingual(zh: "原因", en: "why"), scaleNote: { _ in Bilingual("1:1") },
            expectations: { _ in [] },
            scenario: { _ in
                try Socket.connect(host: "127.0.0.1", port: closed).close()
                return [:]
            }
        )
        let english = CheckRunner.recordingEnglish()
        let result = english.run(check)
        #expect(result.failure as? SocketError == .failed(call: "connect", errno: ECONNREFUSED, message: String(cString: strerror(ECONNREFUSED))))
        #expect(result.error == "system call 'connect' failed: Connection refused")
        #expect(try JSONOutput.string(result).contains(#""error" : "system call 'connect' failed: Connection refused""#))
        let report = CheckReport(check: check, result: result, parameters: english.parameters, lang: .zhHant, style: .plain, width: 100)
        let shown = try #require(report.lines().first { $0.contains(Self.chinese.checks.couldNotRun) })
        #expect(shown.contains("連線被拒絕"), "\(shown)")
        #expect(HelpLanguageTests.englishWords(shown).isEmpty, "\(shown)")
    }

    @Test func launchAndTerminalFailuresAreWordedByTheScreen() {
        let errors: [any Error] = [
            LaunchBenchmarks.LaunchError.couldNotStart(["quiz"], errno: ENOENT), LaunchBenchmarks.LaunchError.nothingShown(["quiz"], output: ""),
            LaunchBenchmarks.LaunchError.failed(["quiz"], status: 3),
            TerminalMode.Error(call: "tcsetattr", errno: ENOTTY), SocketError.failed(call: "accept", errno: EMFILE, message: ""),
            SocketError.wouldBlock, SocketError.closed,
        ]
        for error in errors {
            let text = Self.chinese.describe(error)
            #expect(HelpLanguageTests.englishWords(text).isEmpty, "\(text)")
            #expect(HelpLanguageTests.chinese(ScreenPhrases.english.describe(error)).isEmpty)
        }
        #expect(ScreenPhrases.english.describe(LaunchBenchmarks.LaunchError.failed(["flashcards", "review"], status: 3))
            == "prep flashcards review exited with status 3")
        #expect(ScreenPhrases.english.describe(TerminalMode.Error(call: "tcgetattr", errno: ENOTTY))
            == "terminal call 'tcgetattr' failed: Inappropriate ioctl for device")
        #expect(Self.chinese.describe(TerminalMode.Error(call: "tcgetattr", errno: ENOTTY)) == "終端機呼叫 'tcgetattr' 失敗：它不是終端機")
    }
}
