import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal
import PrepTestSupport
import Testing
@testable import PrepCLI

/// The review screen in the learner's language, fitted to the terminal at every draw.
@Suite(.serialized) struct ReviewScreenTests {
    /// Feeds scripted keys; a `nil` chunk stands for the terminal being resized before the next key.
    final class ResizingBytes: ByteSource {
        var chunks: [String?]
        let onResize: () -> Void
        init(_ chunks: [String?], onResize: @escaping () -> Void) {
            self.chunks = chunks
            self.onResize = onResize
        }
        func read(timeout: Duration?) -> [UInt8]? {
            guard !chunks.isEmpty else { return nil }
            guard let chunk = chunks.removeFirst() else {
                onResize()
                TerminalResize.notice()
                return []
            }
            return Array(chunk.utf8)
        }
    }

    final class Screenful: @unchecked Sendable {
        var text = ""
        var size = TerminalSize(columns: 100, rows: 40)
        /// Every screen drawn, split at the clear-screen code.
        var screens: [String] { text.components(separatedBy: ANSI.clearScreen).filter { !$0.isEmpty } }
    }

    static let chineseDeck = """
        # 伺服器

        ## 基本

        Q: WSGI 是哪一份 PEP 定義的？
        A: PEP 3333，2010 年修訂自 PEP 333，為 Python 3 釐清位元組與字串。
        id: wsgi-pep

        Claim: ASGI 一定比 WSGI 快十倍。
        id: asgi-fast
        verdict: misleading — 只有大量等待 I/O 的工作才快得多。

        C: uvicorn 用 [事件迴圈] 處理請求。
        id: uvicorn-loop

        """

    static func session(deck: String, lang: Language, in directory: TemporaryDirectory) throws -> (ReviewSession, Date) {
        try directory.write("content/web/servers.\(lang.code).md", deck)
        var harness = CLIHarness()
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("p.sqlite").path, "PREP_CONTENT": directory.url.appendingPathComponent("content").path]
        _ = harness.run("flashcards", "list")
        let store = try Store.open(path: harness.environment["PREP_DB"]!)
        return (try ReviewSession.start(store: store, options: ReviewSessionOptions(language: lang), now: harness.now), harness.now)
    }

    static func view(_ session: ReviewSession, now: Date, lang: Language, keys: [String?], screen: Screenful, sourceContext: @escaping (StudyCard) -> [String]? = { _ in nil }) -> ReviewSessionView {
        let output = TerminalOutput { screen.text += $0 }
        return ReviewSessionView(
            session: session, input: InputReader(source: ResizingBytes(keys, onResize: {}), mode: .terminal, output: output),
            screen: Screen(output: output, isInteractive: true), style: .plain, phrases: .forLanguage(lang),
            size: { screen.size }, now: { now }, sourceContext: sourceContext)
    }

    @Test func aChineseSessionHasNoEnglishOnScreen() throws {
        let directory = try TemporaryDirectory()
        let (session, now) = try Self.session(deck: Self.chineseDeck, lang: .zhHant, in: directory)
        let screen = Screenful()
        let view = Self.view(session, now: now, lang: .zhHant, keys: [" ", "3", " ", "1", "u", " ", "3", " ", "4", "x", "q"], screen: screen)
        _ = try view.run()
        let summary = try view.summary(ending: .quit).joined(separator: "\n")
        let everything = screen.text + summary
        for english in ["Again", "Hard", "Good", "Easy", "reveal", "undo", "suspend", "source", "quit", "Reviewed", "Due", "done", "left", "new", "learning", "Undid", "Misleading", "True, false"] {
            #expect(!everything.contains(english), "\(english)")
        }
        for chinese in ["再來", "困難", "良好", "簡單", "空白鍵 看答案", "u 撤回", "q 離開", "已撤回上一個評分。", "判斷：", "誤導 — ", "明天前到期"] {
            #expect(everything.contains(chinese), "\(chinese)")
        }
    }

    @Test func everyRedrawFitsTheTerminalAsItIsResized() throws {
        let directory = try TemporaryDirectory()
        let (session, now) = try Self.session(deck: Self.chineseDeck, lang: .zhHant, in: directory)
        let screen = Screenful()
        let widths = [100, 50, 160, 60, 40]
        var next = widths.dropFirst().makeIterator()
        let output = TerminalOutput { screen.text += $0 }
        let bytes = ResizingBytes([nil, " ", nil, nil, nil, "q"], onResize: { if let width = next.next() { screen.size.columns = width } })
        let view = ReviewSessionView(
            session: session, input: InputReader(source: bytes, mode: .terminal, output: output),
            screen: Screen(output: output, isInteractive: true), style: .plain, phrases: .traditionalChinese,
            size: { screen.size }, now: { now })
        _ = try view.run()
        let screens = screen.screens
        #expect(screens.count >= 6, "a redraw per resize")
        // Each screen was drawn at the width in force when it was drawn; none is wider than it.
        let drawnAt = [100, 50, 50, 160, 60, 40]
        for (shown, width) in zip(screens, drawnAt) {
            let box = min(width, ReviewSessionView.maximumWidth)
            for line in shown.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= box, "\(width): \(line)")
            }
            #expect(shown.contains("╭─"))
        }
    }

    @Test(arguments: [40, 60, 100]) func theFooterNeverWraps(width: Int) throws {
        let directory = try TemporaryDirectory()
        let (session, now) = try Self.session(deck: Self.chineseDeck, lang: .en, in: directory)
        for lang in [Language.en, .zhHant] {
            let screen = Screenful()
            screen.size = TerminalSize(columns: width, rows: 40)
            let view = Self.view(session, now: now, lang: lang, keys: [" ", "q"], screen: screen)
            _ = try view.run()
            for shown in screen.screens {
                let last = shown.split(separator: "\n").last.map(String.init) ?? ""
                #expect(DisplayWidth.of(last) <= width, "\(lang) \(width): \(last)")
                #expect(last.contains(lang == .en ? "q quit" : "q 離開"))
            }
        }
    }

    /// The notice above the first card (how to switch language) wraps with the card instead of running off
    /// the right edge at 50 columns.
    @Test func theNoticeAboveTheCardFitsTheWidth() throws {
        let directory = try TemporaryDirectory()
        let (session, now) = try Self.session(deck: Self.chineseDeck, lang: .zhHant, in: directory)
        let screen = Screenful()
        screen.size = TerminalSize(columns: 40, rows: 40)
        let view = Self.view(session, now: now, lang: .zhHant, keys: [" ", "q"], screen: screen)
        _ = try view.run(notice: ["切換成英文介面：--lang en（或 prep config lang en）"])
        let first = try #require(screen.screens.first)
        #expect(first.contains("--lang en"))
        for line in first.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 40, "\(line)")
        }
    }

    @Test func aCardTallerThanTheScreenScrolls() throws {
        let directory = try TemporaryDirectory()
        let long = (1...40).map { "- step \($0) of the long answer" }.joined(separator: "\n")
        let deck = "# Long\n\n## Part\n\nQ: What are the steps?\nA: The steps:\n\(long)\nid: steps\n"
        let (session, now) = try Self.session(deck: deck, lang: .en, in: directory)
        let screen = Screenful()
        screen.size = TerminalSize(columns: 60, rows: 15)
        let view = Self.view(session, now: now, lang: .en, keys: [" ", "\u{1B}[6~", "j", "q"], screen: screen)
        _ = try view.run()
        let screens = screen.screens
        let revealed = try #require(screens.dropFirst().first)
        #expect(revealed.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count <= 15)
        #expect(revealed.contains("↓ "), "says more lies below")
        #expect(revealed.contains("↑↓ scroll"))
        #expect(!revealed.contains("step 40 "))
        let paged = screens[2]
        #expect(!paged.contains("step 1 of"), "a page down moved past the top")
        #expect(paged.contains("step 5 of"))
        #expect(screens[3].contains("step 6 of") && !screens[3].contains("step 5 of"), "j scrolls one line")
    }

    @Test func sourceKeyShowsTheLinesAroundTheCard() throws {
        let directory = try TemporaryDirectory()
        let (session, now) = try Self.session(deck: Self.chineseDeck, lang: .zhHant, in: directory)
        let screen = Screenful()
        let context = ["▶ 5 │ Q: WSGI 是哪一份 PEP 定義的？"]
        let view = Self.view(session, now: now, lang: .zhHant, keys: ["e", "q"], screen: screen, sourceContext: { _ in context })
        _ = try view.run()
        #expect(screen.text.contains("出處：content/web/servers.zh-Hant.md:5") || screen.text.contains("出處："))
        #expect(screen.text.contains("▶ 5 │ Q: WSGI"))
    }

    @Test func workspaceSourceContextNumbersTheLinesAroundOne() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/web/a.en.md", (1...20).map { "line \($0)" }.joined(separator: "\n"))
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_CONTENT": directory.url.appendingPathComponent("content").path, "PREP_DB": directory.url.appendingPathComponent("p.sqlite").path]
        let context = harness.context(out: TextSink { _ in }, err: TextSink { _ in })
        let lines = try #require(Workspace(context: context).sourceContext(path: "content/web/a.en.md", line: 10))
        #expect(lines.count == 7)
        #expect(lines[3] == "▶ 10 │ line 10")
        #expect(lines[0] == "   7 │ line 7")
        #expect(Workspace(context: context).sourceContext(path: "content/missing.md", line: 1) == nil)
    }

    @Test func bothLanguagesNameEveryKindStateAndGrade() {
        for phrases in ScreenPhrases.all.values {
            #expect(Set(phrases.kindNames.keys) == Set(CardKind.allCases.map(\.rawValue)))
            #expect(Set(phrases.stateNames.keys) == ["new", "learning", "review", "relearning", "suspended", "leech"])
            #expect(Set(phrases.gradeNames.keys) == Set(Rating.allCases))
            #expect(phrases.intervalUnits.count == 6)
        }
        #expect(ScreenPhrases.traditionalChinese.interval(600) == "10分")
        #expect(ScreenPhrases.traditionalChinese.interval(9 * 86400) == "9天")
        #expect(ScreenPhrases.english.interval(330) == "5.5m")
        #expect(ScreenPhrases.english.interval(20) == "<1m")
    }

    @Test func chinesePhrasesHoldNoEnglishWords() {
        let zh = ScreenPhrases.traditionalChinese
        let samples = [
            zh.revealKey(true), zh.revealKey(false), zh.gradeKey, zh.undoKey, zh.suspendKey, zh.sourceKey, zh.checkKey, zh.quitKey,
            zh.cardTitle("web", "問答", "新卡", true, 1, 2), zh.pipedCardHeader(1, "web", "新卡"), zh.claimCue, zh.moreBelow(3),
            zh.showAnswerFirst(true), zh.undidGrade, zh.unsuspended, zh.nothingToUndo, zh.becameLeech("x", 8),
            zh.nothingToReview, zh.noCardsReviewed, zh.reviewedSummary(2, 1, 50, 1, 5), zh.cramUnchanged, zh.dueByTomorrow(3),
            zh.forecastHeading(30), zh.forecastDetail(1, 2, 3, 30, 4), zh.today, zh.reviewsHeading(30), zh.reviewsDetail(5),
            zh.retention("90%", 9, 10), zh.noRetentionYet, zh.calendarHeading, zh.streakDetail(1, 2, 3), zh.readinessHeading,
            zh.readinessDetail, zh.readinessCounts(1, 2, 3, 4, 5),
        ] + zh.kindNames.values + zh.stateNames.values + zh.gradeNames.values
        for phrase in samples {
            // Keys (u, q, e) and the topic name are single letters or names of things; words are not.
            let words = phrase.split { !($0.isASCII && $0.isLetter) }.filter { $0.count > 1 && $0 != "web" }
            #expect(words.isEmpty, "\(phrase)")
        }
    }
}
