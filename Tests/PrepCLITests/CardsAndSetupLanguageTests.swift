import Foundation
import PrepCore
import PrepExchange
import PrepTestSupport
import Testing

@testable import PrepCLI
@testable import PrepStudy

/// `flashcards list/show`, `config`, `doctor`, `export` and `restore` speak the learner's language: the phrase
/// tables are complete in both, and a Chinese screen holds no English word but names of things.
@Suite struct CardsAndSetupLanguageTests {
    /// ASCII words of two letters or more, leaving out what is not prose: paths, options, setting keys and
    /// values, quoted commands, and the names of things.
    static func englishWords(_ text: String) -> [String] {
        let names: Set = [
            "Django", "WSGI", "ASGI", "uvicorn", "gunicorn", "JSON", "PEP", "bash", "zsh", "fish", "PATH", "export", "Anki", "anki", "apkg",
            "web", "nosuch", "prep", "FIFO",
        ]
        let values: Set = ["none", "auto", "always", "never", "on", "off", "zh", "Hant", "en"]
        let keys = Set(LearnerSetting.allCases.map(\.rawValue))
        let unquoted = text.replacingOccurrences(of: "'[^'\n]*'", with: " ", options: .regularExpression)
        let tokens = unquoted.split { $0.isWhitespace || !$0.isASCII }
        return tokens.filter { token in
            !token.contains(where: { "/_-=$~.:'\"<>".contains($0) })
        }.flatMap { $0.split { !($0.isASCII && $0.isLetter) } }
            .map(String.init)
            .filter { $0.count > 1 && !names.contains($0) && !values.contains($0) && !keys.contains($0) }
    }

    @Test func theCheckerFindsEnglishAndSparesNames() {
        #expect(Self.englishWords("state new · reps 0") == ["state", "new", "reps"])
        #expect(Self.englishWords("資料庫  /tmp/x.sqlite · Django 與 WSGI · --lang en · 'prep config' · new_cards_per_day").isEmpty)
    }

    @Test func bothLanguagesDescribeEverySettingAndMode() {
        for phrases in ScreenPhrases.all.values {
            #expect(Set(phrases.setup.settingSummaries.keys) == Set(LearnerSetting.allCases))
            #expect(Set(phrases.cards.modeNames.keys) == ["review", "quiz"])
        }
    }

    @Test func chineseCardSetupAndProgressPhrasesHoldNoEnglishWords() {
        let zh = ScreenPhrases.traditionalChinese
        let (cards, setup, progress) = (zh.cards, zh.setup, zh.progress)
        let refusals: [LearnerSettingError.Expected] = [.wholeNumber(1...9), .retention, .steps, .tooManySteps, .language, .color]
        let reasons: [WorkspaceLayout.Reason] = [
            .named("PREP_DB"), .insideCheckout(root: "/r"), .checkoutDeck, .installedData(dataHome: "~/.local/share"),
            .ownArticles(dataHome: "$XDG_DATA_HOME"), .installedDeckAndOwnArticles(dataHome: "~/.local/share"), .installedDeck,
        ]
        let fileErrors: [ProgressFileError] = [
            .invalidJSON("1:2"), .notJSON(line: 3, column: 9, problem: .expectedValue), .ankiExport(package: true), .ankiExport(package: false), .wrongFormat("x"), .wrongFormat(nil),
            .newerVersion(9), .missingField("reviews"), .invalidValue(field: "reviews[0].rating", reason: .ratingNot1To4(7)),
            .invalidValue(field: "scheduler.learning_steps_seconds", reason: .moreThan(12, unit: .steps, maximum: 10)),
            .invalidValue(field: "cards[0].state.stability", reason: .missingWhileGiven("difficulty")),
            .invalidValue(field: "cards[0].state.state", reason: .notACardState("done")),
            .invalidValue(field: "card_actions[0].keep_history", reason: .keepHistoryNotForget("bury")),
            .invalidValue(field: "cards[0].state.last_review", reason: .missingThoughReps(2)),
        ]
        let headers = cards.listHeaders
        let labels = setup.doctorLabels
        var samples = [
            headers.key, headers.state, headers.due, headers.front, cards.cardCount(3), cards.facts("問答", "web", "/a.md:3"),
            cards.archived, cards.checkLabel, cards.verdictLabel, cards.tagsLabel, cards.frontHeading, cards.backHeading,
            cards.historyHeading, cards.neverReviewed, cards.stateLine("新卡", 1, 2), cards.memoryLine(2, 5, 90),
            cards.dueLine("2026-09-21 16:13", "3天", true), cards.dueLine("2026-09-21 16:13", "3天", false),
            cards.noCardWithKey("web/a/b"), cards.noCardMatches("x"), cards.ambiguousID("x", 3), cards.andMore(4),
            cards.noCardsInTopic("x", ["web"]), cards.noCardsInTopic("x", []),
            setup.defaultMark, setup.notSet, setup.schedulingNote, setup.unknownSetting("x", "lang, color"),
            labels.mode, labels.executable, labels.database, labels.content, labels.language, labels.settings,
            setup.checkoutMode("/r"), setup.installedMode, setup.createdOnFirstUse, setup.because("x"), setup.articleFiles(2),
            setup.notThereYet, setup.parenthesized("x"), setup.noArticlesFound, setup.changedSettings([]), setup.changedSettings(["lang=en"]),
            setup.installed("/p/bin/prep"), setup.bundledDeck("/p"), setup.noBundledDeck, setup.completions("/p"),
            setup.addToPath("/p/bin"), setup.installFailed("/p", "x"), setup.cannotRead("/p", "x"),
            setup.nothingInstalled("/p", "/p/m.txt"), setup.removed(3, "/p"), setup.progressKept,
            progress.exported(3, 4, "/p.json"), progress.exported(3, nil, "/p.txt"),
            progress.topicNeedsAnki, progress.apkgNeedsOutput, progress.restored("/p", 1, 2, 3), progress.sessionsAdded(1, 2),
            progress.dailyLimitsRestored(20, 200), progress.parametersNotRestored, progress.unknownCards(3),
            progress.cannotRead("/p", "x"),
        ]
        samples += Array(setup.settingSummaries.values) + Array(cards.modeNames.values)
        samples += refusals.map { setup.refusedValue(LearnerSettingError(setting: "lang", value: "x", expected: $0)) }
        samples += reasons.map(setup.workspaceReason)
        samples += [.option, .setting, .environment, .fallback].map(setup.languageReason)
        samples += fileErrors.map { progress.cannotRestore("/p.json", $0) }
        let files = ScreenPhrases.traditionalChinese.files
        // `.failed` carries the system's own (English) words for errno, as every other tool shows them.
        let outputRefusals: [FileOutputError] = [
            .isDirectory(path: "/p"), .isDatabase(path: "/p"), .readOnly(path: "/p"), .noReader(path: "/p"),
            .unsupportedKind(path: "/p", kind: .socket),
        ]
        samples += outputRefusals.map(files.refused) + [files.emptyDatabasePath, files.unusableDatabase("/p", "x")]
        samples += files.kindNames.values.map(files.isKind)
        for phrase in samples {
            #expect(Self.englishWords(phrase).isEmpty, "\(phrase)")
        }
    }

    /// A tiny Chinese deck (a table row, a question, a claim) and a database in a temporary folder.
    static func workspace(_ directory: TemporaryDirectory) throws -> CLIHarness {
        try directory.write(
            "content/web/servers.zh-Hant.md",
            """
            # 伺服器

            ## 基本

            | 伺服器 | 模型 | 介面 |
            |---|---|---|
            | gunicorn {#gunicorn} | 同步 | WSGI |

            Q: 哪一份 PEP 定義了 WSGI？
            A: 第 3333 號
            id: wsgi-pep

            Claim: 四個同步行程一次最多處理四個請求
            verdict: true — 每個行程一次只處理一個請求
            id: four-workers

            """)
        var harness = SetupCommandTests.harness(directory)
        harness.environment["COLUMNS"] = "200"
        return harness
    }

    @Test func cardScreensAreChineseByDefaultAndEnglishOnRequest() throws {
        let directory = try TemporaryDirectory()
        let harness = try Self.workspace(directory)
        #expect(try harness.run(["flashcards", "review"], input: "\n3\nq\n").status == 0)

        let list = harness.run("flashcards", "list")
        #expect(list.status == 0, "\(list.err)")
        #expect(list.out.contains("狀態") && list.out.contains("新卡") && list.out.contains("共 4 張卡片"))
        // A cell's front is the quiz's question, not the stored breadcrumb.
        #expect(list.out.contains("「同步」") || list.out.contains("「模型」"), "\(list.out)")
        #expect(Self.englishWords(list.out).isEmpty, "\(list.out)")
        let englishList = harness.run("flashcards", "list", "--lang", "en")
        #expect(englishList.out.contains("state") && englishList.out.contains("4 cards"))

        let keys = ["gunicorn/c2", "wsgi-pep", "four-workers"]
        for key in keys {
            let shown = harness.run("flashcards", "show", key)
            #expect(shown.status == 0, "\(shown.err)")
            #expect(shown.out.contains("正面") && shown.out.contains("背面") && shown.out.contains("複習紀錄"))
            #expect(Self.englishWords(shown.out).isEmpty, "\(shown.out)")
        }
        let graded = harness.run("flashcards", "show", "gunicorn/c2")
        #expect(graded.out.contains("良好") && graded.out.contains("到期"), "\(graded.out)")
        #expect(harness.run("flashcards", "show", "four-workers").out.contains("判定：對"))
        let english = harness.run("flashcards", "show", "gunicorn/c2", "--lang", "en")
        #expect(english.out.contains("state learning · reps 1 · lapses 0") && english.out.contains(" Good "), "\(english.out)")

        let errors = [
            harness.run("flashcards", "show", "nothing-like-it"), harness.run("flashcards", "show", "c"),
            harness.run("flashcards", "list", "--topic", "nosuch"),
        ]
        for error in errors {
            #expect(error.status == 1)
            #expect(Self.englishWords(error.err.replacingOccurrences(of: "Error: ", with: "")).isEmpty, "\(error.err)")
        }
        #expect(errors[2].err.contains("主題「nosuch」沒有卡片。現有主題：web"))
    }

    @Test func setupScreensAreChineseByDefaultAndEnglishOnRequest() throws {
        let directory = try TemporaryDirectory()
        let harness = try Self.workspace(directory)
        let runs = [
            harness.run("config"), harness.run("config", "desired_retention", "0.85"), harness.run("config", "--unset", "desired_retention"),
            harness.run("doctor"),
        ]
        for run in runs {
            #expect(run.status == 0, "\(run.err)")
            #expect(Self.englishWords(run.out).isEmpty, "\(run.out)")
        }
        #expect(runs[0].out.contains("（預設）"))
        #expect(runs[1].out.contains("到期日不變"))
        #expect(runs[3].out.contains("資料庫") && runs[3].out.contains("原因：PREP_DB"))
        let refused = harness.run("config", "learning_steps", "soon")
        #expect(refused.status == 1 && refused.err.contains("learning_steps 只接受"))
        #expect(harness.run("config", "--lang", "en").out.contains("  (default)"))
        #expect(harness.run("doctor", "--lang", "en").out.contains("because: PREP_DB"))
        // JSON is for scripts: English whatever the screen's language.
        #expect(harness.run("doctor", "--json").out.contains("\"language_reason\" : \"default;"))
        #expect(harness.run("config", "--json", "lang").out.contains("Language of the screens"))
    }

    @Test func exportAndRestoreSpeakTheLearnersLanguage() throws {
        let directory = try TemporaryDirectory()
        var harness = try Self.workspace(directory)
        #expect(try harness.run(["flashcards", "review"], input: "\n3\nq\n").status == 0)
        let exported = harness.run("export", "-o", "progress.json")
        #expect(exported.out.hasPrefix("已匯出 4 張卡片、1 筆複習紀錄到 "), "\(exported.out)")
        #expect(harness.run("export", "-o", "progress.json", "--lang", "en").out.hasPrefix("Exported 4 cards, 1 review to "))

        harness.environment["PREP_DB"] = directory.url.appendingPathComponent("other.sqlite").path
        let restored = harness.run("restore", "progress.json")
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("新增 1 筆複習紀錄"))
        #expect(Self.englishWords(restored.out).isEmpty, "\(restored.out)")
        #expect(harness.run("restore", "progress.json", "--lang", "en").out.contains("0 reviews added, 1 already present"))

        try directory.write("other.json", #"{"format": "anki-collection", "version": 1}"#)
        let refused = harness.run("restore", "other.json")
        #expect(refused.status == 1 && refused.err.contains("資料庫沒有任何改變"))
        #expect(Self.englishWords(refused.err.replacingOccurrences(of: "Error: ", with: "")).isEmpty, "\(refused.err)")
        let missing = harness.run("export", "--format", "anki", "--topic", "nosuch")
        #expect(missing.status == 1 && missing.err.contains("主題「nosuch」沒有卡片"))
    }

    @Test func aRefusedSettingSaysWhatIsAccepted() {
        let refused = LearnerSettingError(setting: "desired_retention", value: "0.5", expected: .retention)
        #expect(ScreenPhrases.english.setup.refusedValue(refused) == "desired_retention takes a number from 0.70 to 0.99, not '0.5'")
        #expect(ScreenPhrases.traditionalChinese.setup.refusedValue(refused) == "desired_retention 只接受 0.70 到 0.99 的數字，不接受 '0.5'")
    }
}
