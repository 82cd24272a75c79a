import Foundation
import PrepChecks
import PrepContent
import PrepCore
import PrepExchange
import PrepScheduling
import PrepStore
import PrepStudy

extension ScreenPhrases {
    /// Grade names as Anki's zh-TW interface has them.
    static let traditionalChinese = ScreenPhrases(
        gradeNames: [.again: "再來", .hard: "困難", .good: "良好", .easy: "簡單"],
        intervalUnits: ["秒", "分", "時", "天", "月", "年"],
        duration: { seconds in seconds >= 60 ? "\(seconds / 60) 分 \(seconds % 60) 秒" : "\(seconds) 秒" },
        lessThanAMinute: "<1分",
        revealKey: { interactive in interactive ? "空白鍵 看答案" : "空行 看答案" },
        gradeKey: "1-4 評分",
        undoKey: "u 撤回",
        suspendKey: "s 暫停",
        sourceKey: "e 出處",
        checkKey: "c 驗證",
        quitKey: "q 離開",
        scrollKey: "↑↓ 捲動",
        hintSeparator: " · ",

        cardTitle: { topic, kind, state, cram, done, left in
            "\(topic) · \(kind) · \(state)\(cram ? " · 臨時抱佛腳" : "") · 已完成 \(done) · 剩 \(left)"
        },
        pipedCardHeader: { number, topic, state in "第 \(number) 張 · \(topic) · \(state)" },
        questionLabel: "問：",
        answerLabel: "答：",
        kindNames: ["qa": "問答", "cell": "表格", "claim": "判斷", "cloze": "填空"],
        stateNames: [
            "new": "新卡", "learning": "學習中", "review": "複習", "relearning": "重新學習",
            "suspended": "已暫停", "leech": "難記卡",
        ],
        claimCue: "判斷：對、錯、誤導，還是視情況？",
        switchToEnglish: "切換成英文介面：--lang en（或 prep config lang en）",
        moreBelow: { lines in "↓ 還有 \(lines) 行" },
        sourceTitle: { location in "出處：\(location)" },
        sourceUnreadable: { location in "出處：\(location)（這裡讀不到該檔案）" },

        showAnswerFirst: { interactive in "請先看答案（\(interactive ? "空白鍵" : "送出空行")），再評分。" },
        undidGrade: "已撤回上一個評分。",
        unsuspended: "已取消暫停。",
        nothingToUndo: "還沒有可以撤回的動作。",
        becameLeech: { front, lapses in "難記卡：「\(front)」已忘記 \(lapses) 次，標為難記卡並暫停。" },
        unknownKey: { key in "沒有「\(key)」這個按鍵。" },

        nothingToReview: "目前沒有要複習的卡片。",
        noCardsReviewed: "沒有複習任何卡片。",
        reviewedSummary: { cards, new, again, minutes, seconds in
            "複習了 \(cards) 張卡片（新卡 \(new) 張）· 再來 \(again)% · \(minutes) 分 \(seconds) 秒"
        },
        leechSuspended: { key in "難記卡已暫停：\(key)" },
        cramUnchanged: "臨時抱佛腳：排程沒有改變。",
        dueByTomorrow: { cards in "明天前到期：\(cards) 張卡片。" },
        studyStreak: { days in "連續學習 \(days) 天。" },

        topicHeading: { topic in "主題：\(topic)" },
        forecastHeading: { days in "到期預測，未來 \(days) 天" },
        forecastDetail: { today, overdue, week, days, total in
            "今天 \(today)\(overdue > 0 ? "（逾期 \(overdue)）" : "") · 7 天內 \(week) · \(days) 天內 \(total)"
        },
        today: "今天",
        reviewsHeading: { days in "複習紀錄，最近 \(days) 天" },
        reviewsDetail: { total in "共 \(total) 次" },
        retention: { percent, recalled, reviews in "記憶保留率 \(percent)（複習階段的 \(reviews) 次中記得 \(recalled) 次）" },
        noRetentionYet: "記憶保留率 -（還沒有複習階段的紀錄）",
        calendarHeading: "學習日曆",
        streakDetail: { current, longest, studied in "連續 \(current) 天 · 最長 \(longest) 天 · 共學習 \(studied) 天" },
        calendarLocale: "zh_Hant_TW",
        heatmapLegend: ("少", "多"),
        readinessHeading: "各主題準備度",
        readinessDetail: "現在記得的卡片比例（沒看過的卡片算作不記得）",
        readinessCounts: { new, learning, young, mature, suspended in
            "新卡 \(new) · 學習中 \(learning) · 短期 \(young) · 熟記 \(mature)" + (suspended > 0 ? " · 暫停 \(suspended)" : "")
        },
        // MARK: import, check and serve
        imports: ImportPhrases(
            skipped: { path in "\(path)：已略過（prep 只讀 .md、.markdown、.txt、.html、.htm、.tsv 與 .csv 檔）" },
            severityNames: [.error: "錯誤", .warning: "警告", .note: "附註"],
            notImported: "未匯入（原因見上方錯誤）",
            unchanged: "沒有變更",
            fileSummary: { cards, counts in
                "\(cards) 張卡片：新增 \(counts.added)、更新 \(counts.updated)、恢復 \(counts.restored)、封存 \(counts.archived)、未變 \(counts.unchanged)"
                    + (counts.reworded > 0 ? "、改寫 \(counts.reworded)（保留進度）" : "")
                    + (counts.keptElsewhere > 0 ? "、已在其他檔案 \(counts.keptElsewhere)（維持原樣）" : "")
            },
            leftOutOfFile: { items in "；略過 \(items) 項（原因見上方錯誤）" },
            totals: { imported, files, leftOut in "從 \(files) 個檔案匯入 \(imported) 項，略過 \(leftOut) 項" },
            dryRunColumns: .init(
                file: "檔案", format: "格式", topic: "主題", qa: "問答", tables: "表格", cells: "儲存格", cloze: "填空", claims: "判斷",
                errors: "錯誤", warnings: "警告"),
            dryRunTotals: { cards, leftOut in "將匯入 \(cards) 張卡片，略過 \(leftOut) 項" },
            problem: ImportPhrases.traditionalChineseProblem,
            badFileSize: { value in "'--max-file-size' 要的是大小，例如 16M、512K、1G 或位元組數，而不是 '\(value)'" },
            emptyPath: "空白的路徑沒有指向任何檔案；請給要匯入的檔案或資料夾",
            emptyTopic: "'--topic' 需要一個名稱（至少一個字母或數字）"
        ),
        checks: CheckPhrases(
            verdictNames: [.true: "對", .false: "錯", .misleading: "誤導", .depends: "視情況"],
            title: { id, _ in id },
            claims: { ids in "說法 \(ids)" },
            held: "✔ 成立",
            didNotHold: "✘ 未成立",
            scale: "比例：",
            couldNotRun: "無法執行：",
            why: "為什麼：",
            runs: { runs in runs == 1 ? "執行 1 次" : "執行 \(runs) 次，取中位數判定（第一次超出容差）" },
            seconds: { figure in "\(figure) 秒" },
            measurementColumn: "測量項目",
            measuredColumn: "實測",
            expectedColumn: "預期",
            toleranceColumn: "容差",
            informational: "✘ 僅供參考",
            rerun: { run, maximum in "（第 \(run)/\(maximum) 次）" },
            // The scenarios name their steps in English only, so Chinese shows the check alone.
            runningStep: { title, rerun, _ in "⏳ \(title)\(rerun) 執行中…" },
            running: { title, rerun in "正在執行 \(title)\(rerun)…" },
            summary: { passed, total, seconds in "\(total) 項檢驗中 \(passed) 項成立，共 \(seconds) 秒" },
            unknownCheck: { name in "沒有「\(name)」這項檢驗。" },
            couldNotStore: { error in "無法儲存這次檢驗的結果：\(error)" },
            peers: PeerPhrases(
                skipping: { reason in "\(reason)；略過真實伺服器的對照。" },
                installNeeds: "--peers 需要有 venv 與 pip 的 Python 3，並能連上套件索引來安裝 gunicorn、uvicorn 與 Django 5.2：",
                orPlatformPackage: "（或你的平台上的 Python 3 套件）",
                pythonMissing: "找不到 python3",
                venvFailed: "python3 無法建立虛擬環境（裝了 python3-venv 嗎？）：",
                pipFailed: "pip 無法安裝套件（連不上套件索引？）：",
                commandFailed: { command in "`\(command)` 失敗：" },
                couldNotStart: { command, error in "\(command) 無法啟動：\(error)" },
                noMeasurement: "沒有任何一次測量成功",
                installing: { packages, folder in "正在 \(folder) 下的虛擬環境安裝 \(packages)…" },
                writingDjango: "正在寫入 Django 專案並建立它的 SQLite 資料庫…",
                runningOn: { id, server in "正在執行 \(id)：先用 prep 的模型，再用 \(server)…" },
                modelVersus: { server in "prep 的模型 對照 \(server)" },
                heldOn: { peer in "✔ 在 \(peer) 上成立" },
                didNotHoldOn: { peer in "✘ 在 \(peer) 上未成立" },
                notMeasured: { peer in "✘ 無法在 \(peer) 上測量，無從對照。" },
                agree: { peer in "✔ prep 的模型與 \(peer) 在每一項測量上一致。" },
                disagreeItem: { label, model, peer, peerFigure in "\(label)：模型 \(model)，\(peer) \(peerFigure)" },
                disagree: { peer, items in "✘ prep 的模型與 \(peer) 不一致：" + items.joined(separator: "；") },
                runs: { modelRuns, peer, peerRuns in
                    "prep 的模型：執行 \(modelRuns) 次 · \(peer)：執行 \(peerRuns) 次（第一次超出容差時取中位數判定）"
                },
                modelColumn: "prep 的模型",
                agreeCell: "一致",
                disagreeCell: "不一致",
                threadsHeading: { peer in "\(peer) 的視圖回報的執行緒：" },
                request: { number, threads in "第 \(number) 個請求：\(threads)" },
                listSeparator: "；",
                summary: { held, total, disagreements, seconds in
                    "\(total) 項真實伺服器檢驗中 \(held) 項成立；prep 的模型與真實伺服器有 \(disagreements) 項不一致；共 \(seconds) 秒"
                }
            )
        ),
        serve: ServePhrases(
            listening: { url, mode, workers in "正在 \(url) 上接受連線（\(mode)，\(workers) 個工作執行緒）" },
            draining: { signal, grace in "收到 \(signal)，正在完成處理中的請求（最多 \(grace) 秒；再送一次訊號立即停止）" },
            stopped: "已停止",
            graceOver: "寬限時間已到，尚有請求未完成，直接結束",
            stoppingNow: { signal in "停止途中收到 \(signal)，立即停止" },
            cannotServe: { address, error in "無法在 \(address) 上提供服務：\(error)" }
        ),
        // MARK: end of import, check and serve

        cards: .traditionalChinese,
        manage: .traditionalChinese,
        advice: .traditionalChinese,
        usage: .traditionalChinese,
        errors: .traditionalChinese,
        setup: .traditionalChinese,
        progress: .traditionalChinese,
        files: .traditionalChinese,
        quiz: .traditionalChinese,
        scheduler: .traditionalChinese,
        vectors: .traditionalChinese
    )
}

// MARK: - Cards, setup and progress files

extension CardPhrases {
    static let traditionalChinese = CardPhrases(
        listHeaders: ("代號", "狀態", "到期", "正面"),
        cardCount: { cards in "共 \(cards) 張卡片" },
        facts: { kind, topic, source in "類型 \(kind) · 主題 \(topic) · 出處 \(source)" },
        archived: "已封存",
        checkLabel: "驗證：",
        verdictLabel: "判定：",
        tagsLabel: "標籤：",
        frontHeading: "正面",
        backHeading: "背面",
        historyHeading: "複習紀錄",
        neverReviewed: "：還沒複習過",
        stateLine: { state, reps, lapses in "狀態 \(state) · 複習 \(reps) 次 · 遺忘 \(lapses) 次" },
        memoryLine: { stability, difficulty, retrievability in
            String(format: "穩定度 %.2f 天 · 難度 %.2f · 現在記得的機率 %.0f%%", stability, difficulty, retrievability)
        },
        dueLine: { when, interval, future in "到期 \(when)（\(interval)\(future ? "後" : "前")）" },
        modeNames: ["review": "複習", "quiz": "測驗"],
        noCardWithKey: { key in "沒有代號為 \(key) 的卡片" },
        noCardMatches: { id in "沒有卡片符合「\(id)」；代號請見 'prep flashcards list'" },
        ambiguousID: { id, matches in "「\(id)」符合 \(matches) 張卡片：" },
        andMore: { count in "… 還有 \(count) 個" },
        noCardsInTopic: { topic, topics in
            "主題「\(topic)」沒有卡片。現有主題：\(topics.isEmpty ? "無" : topics.joined(separator: "、"))"
        }
    )
}

extension SetupPhrases {
    static let traditionalChinese = SetupPhrases(
        settingSummaries: [
            .newCardsPerDay: "每個學習日加入的新卡數（0–9999）。",
            .reviewsPerDay: "每個學習日的複習數（0–99999）。",
            .desiredRetention: "卡片到期時還記得的機率（0.70–0.99）。",
            .learningSteps: "新卡畢業前的學習步驟，例如 \"1m 10m\"（s、m、h、d）；none 表示不設步驟。",
            .relearningSteps: "遺忘後的重新學習步驟，例如 \"10m\"；none 讓遺忘的卡片直接留在複習。",
            .maximumInterval: "最長間隔天數（1–36500）。",
            .leechThreshold: "遺忘幾次後標為難記卡並暫停（1–99）。",
            .language: "畫面與卡片的語言：zh-Hant 或 en。",
            .quizLength: "不加 --count 時一次測驗的題數（1–1000）。",
            .color: "色彩：auto（只在終端機上）、always 或 never。",
            .buryNewSiblings: "學過一張卡片後，同列（同一表格列）的新卡留到明天：on 或 off。",
            .buryReviewSiblings: "學過一張卡片後，同列待複習的卡片留到明天：on 或 off。",
        ],
        defaultMark: "  （預設）",
        notSet: "（未設定）",
        schedulingNote: "之後給出的間隔採用新的值；卡片已排定的到期日不變。",
        unknownSetting: { name, known in "沒有「\(name)」這個設定。可用的設定：\(known)" },
        refusedValue: { error in
            let expected = switch error.expected {
            case .wholeNumber(let range): "\(range.lowerBound) 到 \(range.upperBound) 的整數"
            case .retention: "0.70 到 0.99 的數字"
            case .steps: "\"1m 10m\" 這樣的步驟（每一步是數字加 s、m、h 或 d，最多 365d），或 none"
            case .tooManySteps: "最多 20 個步驟"
            case .language: "zh-Hant 或 en"
            case .color: "auto、always 或 never"
            case .onOff: "on 或 off"
            }
            return "\(error.setting) 只接受 \(expected)，不接受 '\(error.value)'"
        },

        doctorLabels: ("模式", "執行檔", "資料庫", "內容", "語言", "設定"),
        checkoutMode: { root in "原始碼目錄 \(root)" },
        installedMode: "已安裝",
        createdOnFirstUse: "（第一次使用時建立）",
        because: { reason in "原因：\(reason)" },
        workspaceReason: { reason in
            switch reason {
            case .named(let name): name
            case .insideCheckout(let root): "在原始碼目錄 \(root) 裡"
            case .checkoutDeck: "原始碼目錄附帶的牌組"
            case .installedData(let dataHome): "已安裝：\(dataHome)/prep"
            case .ownArticles(let dataHome): "你自己的文章（\(dataHome)/prep/content）"
            case .installedDeckAndOwnArticles(let dataHome): "安裝的附帶牌組和你自己的文章（\(dataHome)/prep/content）"
            case .installedDeck: "安裝的附帶牌組"
            }
        },
        articleFiles: { count in "\(count) 個文章檔" },
        notThereYet: "還不存在",
        parenthesized: { text in "（\(text)）" },
        noArticlesFound: "找不到文章：在原始碼目錄執行 'prep install'，或用 'prep import <檔案>' 匯入",
        noCardsYet: "還沒有任何卡片：用 'prep import <檔案>' 匯入你的筆記，或在原始碼目錄執行 'prep install' 取得內建題庫（'prep doctor' 會列出 prep 去哪裡找）。",
        languageReason: { source in
            switch source {
            case .option: "--lang"
            case .setting: "lang 設定"
            case .environment: "PREP_LANG"
            case .fallback: "預設；用 --lang en 或 'prep config lang en' 切換成英文"
            }
        },
        changedSettings: { changed in "\(changed.isEmpty ? "全部是預設值" : changed.joined(separator: ", "))；見 'prep config'" },

        installed: { binary in "已安裝 \(binary)" },
        buildingStaticBinary: { command in "正在建置連同 Swift 執行環境一起連結的 prep，啟動較快：\(command)" },
        buildFailed: { command, status in "\(command) 失敗，結束狀態 \(status)" },
        bundledDeck: { folder in "附帶牌組在 \(folder)" },
        noBundledDeck: "找不到可安裝的附帶牌組（請在原始碼目錄裡執行）。",
        completions: { folder in "bash、zsh、fish 的自動補全放在 \(folder) 底下" },
        addToPath: { folder in "把 \(folder) 加進 PATH 就能在任何地方執行 prep，例如 export PATH=\"\(folder):$PATH\"" },
        installFailed: { prefix, reason in "安裝到 \(prefix) 失敗：\(reason)" },
        cannotRead: { path, reason in "無法讀取 \(path)：\(reason)" },
        nothingInstalled: { prefix, manifest in "\(prefix) 底下沒有安裝任何東西（沒有 \(manifest)）" },
        removed: { files, prefix in "已移除安裝在 \(prefix) 底下的 \(files) 個檔案。" },
        progressKept: "學習進度和你自己的文章保留在 $XDG_DATA_HOME/prep（預設 ~/.local/share/prep）。"
    )
}

extension ProgressPhrases {
    static let traditionalChinese = ProgressPhrases(
        exported: { cards, reviews, path in
            "已匯出 \(cards) 張卡片\(reviews.map { "、\($0) 筆複習紀錄" } ?? "")到 \(path)"
        },
        topicNeedsAnki: "'--topic' 和 '--no-scheduling' 只用於 --format anki 或 apkg",
        apkgNeedsOutput: "--format apkg 寫出的是二進位檔：請加上 -o <檔案>",
        restored: { path, added, skipped, updated in
            "已還原 \(path)：新增 \(added) 筆複習紀錄，\(skipped) 筆原本就有，更新了 \(updated) 張卡片"
        },
        sessionsAdded: { quizSessions, checkRuns in "新增 \(quizSessions) 次測驗和 \(checkRuns) 次驗證紀錄" },
        dailyLimitsRestored: { newCards, reviews in "已還原每日上限：新卡 \(newCards) 張、複習 \(reviews) 次" },
        parametersNotRestored: "檔案裡有些排程設定超出 'prep config' 接受的範圍，沒有還原；卡片依這個 prep 的設定排程",
        unknownCards: { count in "有 \(count) 張卡片不在這個資料庫的內容裡；它們的進度已保留：" },
        cannotRestore: { path, error in
            let reason = switch error {
            case .notJSON(let line, let column, let problem):
                "不是有效的 JSON，可能被截斷了（第 \(line) 行第 \(column) 欄：\(Self.chineseSyntaxProblems[problem] ?? "")）"
            case .invalidJSON: "不是有效的 JSON，可能被截斷了"
            case .ankiExport(let package):
                "這是給 Anki 的\(package ? "套件（.apkg）" : "文字匯出檔")；'prep restore' 讀的是 'prep export -o progress.json' 寫出的進度檔"
            case .wrongFormat(let format?): "不是 prep 的進度檔（格式是 '\(format)'，應該是 '\(ProgressDocument.formatName)'）"
            case .wrongFormat(nil): "不是 prep 的進度檔（沒有 'format': \"\(ProgressDocument.formatName)\" 欄位）"
            case .newerVersion(let version):
                "由較新的 prep 寫出（格式版本 \(version)；這個 prep 最多讀到版本 \(ProgressDocument.currentVersion)）"
            case .missingField(let field): "缺少欄位 '\(field)'"
            case .invalidValue(let field, let reason): "\(field)：\(ValueProblemPhrases.traditionalChinese(reason))"
            }
            return "無法還原 \(path)：\(reason)；資料庫沒有任何改變"
        },
        cannotRead: { path, reason in "無法讀取 \(path)：\(reason)" }
    )

    private static let chineseSyntaxProblems: [JSONSyntaxProblem: String] = [
        .controlCharacter: "字串中有控制字元", .unclosedString: "字串沒有結束", .invalidEscape: "字串中有無效的跳脫序列",
        .expectedCommaOrBracket: "這裡應該是 ',' 或 ']'", .expectedCommaOrBrace: "這裡應該是 ',' 或 '}'",
        .expectedColon: "鍵之後應該是 ':'", .expectedKey: "這裡應該是加了引號的鍵", .expectedValue: "這裡應該是一個值",
        .expectedFractionDigits: "'.' 之後應該是數字", .expectedExponentDigits: "指數應該是數字", .expectedDigits: "這裡應該是數字",
        .endsEarly: "文件在應該有值的地方結束了", .textAfterEnd: "文件結束後還有多餘的文字",
    ]
}

extension QuizScreenPhrases {
    static let traditionalChinese = QuizScreenPhrases(
        header: { number, total in "prep quiz · 第 \(number)/\(total) 題" },
        typeName: { type in
            switch type {
            case .multipleChoice: "選擇題"
            case .whichOne: "擇一題"
            case .trueFalse: "是非題"
            case .recallTyped: "填答題"
            case .recallSelfGraded: "回想題"
            }
        },
        choiceHint: { last, count in "按 a–\(last) 或 1–\(count) 作答 · q 離開" },
        trueFalseHint: "t 對 · f 錯 · q 離開",
        typedHint: { interactive in
            interactive ? "輸入答案後按 Enter · 直接 Enter 看答案 · q Enter 或 Ctrl-C 離開" : "輸入答案 · 空行看答案 · q 離開"
        },
        revealHint: { interactive in
            interactive ? "先在心裡回答，再按 Enter 看答案 · q 離開" : "先在心裡回答，再送出空行看答案 · q 離開"
        },
        selfGradeHint: "1 再來 · 2 困難 · 3 良好 · 4 簡單 · q 離開",
        answerLabel: "答案",
        answerHeading: "答案：",
        continueHint: { canRunCheck in
            canRunCheck ? "c 立即驗證 · u 撤回 · 任意鍵繼續 · q 離開" : "u 撤回 · 任意鍵繼續 · q 離開"
        },
        unrecognized: { hint in "這不是本題的答案，請再試一次：" + hint },
        ratingWithReason: { rating, reason in "\(rating)（\(reason)）" },
        rated: { rating, when in "評分：\(rating) · \(when)再複習" },
        nextReview: { when in "\(when)再複習" },
        // Anki's compact units read as code in a Chinese sentence, so they are spelled out.
        inInterval: { compact in
            let number = compact.prefix { $0.isNumber || $0 == "." }
            let units = ["s": "秒", "m": "分鐘", "h": "小時", "d": "天", "mo": "個月", "y": "年"]
            return "\(number) \(units[String(compact.dropFirst(number.count))] ?? "")後"
        },
        nothingToDo: "目前沒有要測驗的卡片：沒有到期的卡片，今天的新卡片也已學完。",
        nextCardDue: { date in "下一張卡片到期：\(date)" },

        summaryTitle: "測驗結束",
        scoreRow: { correct, answered, percent in ("得分", "\(correct)/\(answered) 答對（\(percent)%）") },
        timeLabel: "用時",
        streakRow: { days in ("連續", "\(days) 天") },
        dueTomorrowRow: { cards in ("明天到期", "\(cards) 張卡片") },
        laterTodayRow: { cards in ("今天稍後", "\(cards) 張卡片要再複習") },
        interviewRow: { date, expected, total, percent in ("面試", "\(date) 預計記得 \(expected)/\(total) 張卡片（\(percent)%）") },

        shortfall: { picked, asked in "只出 \(picked) 題（要求 \(asked) 題）：" },
        shortfallReason: { left, fromNewOption in
            fromNewOption ? "--new \(left) 讓這次測驗只學 \(left) 張新卡片。" : "今天的新卡片額度只剩 \(left) 張。"
        },
        allowMoreNewCards: { waiting, toFill in
            let fill = toFill.map { "加上 --new \($0) 就能出滿這次測驗" }
            return "還有 \(waiting) 張新卡片在等；\(fill.map { $0 + "（" } ?? "")--new N 讓這次測驗學 N 張新卡片\(fill == nil ? "" : "）")。"
        }
    )
}

extension SchedulerPhrases {
    static let traditionalChinese = SchedulerPhrases(
        notEnoughData: { have, need in
            "複習紀錄不足：需要至少 \(need) 次「距上次複習一天以上」的複習才能可靠地擬合或評估參數（同一天內的重複不算），目前只有 \(have) 次，還需要 \(need - have) 次。請繼續複習幾天後再試。"
        },
        fitted: { items, reviews, seconds in "已依 \(reviews) 次複習（\(items) 個訓練項目）擬合 FSRS 參數，用時 \(seconds) 秒。" },
        evaluated: { items, reviews, saved in "以\(saved ? "你已套用的參數" : "預設參數")評估 \(reviews) 次複習（\(items) 個項目）：" },
        logLossColumn: "對數損失",
        rmseColumn: "RMSE（分組）",
        before: "擬合前",
        after: "擬合後",
        current: "目前",
        weightsLabel: "參數：",
        applied: "已套用：之後的測驗與複習都會用這組參數排程。",
        notApplied: "尚未套用；加上 --apply 才會儲存。",
        simulationIntro: { days, studied, newCards, perDay in
            "模擬未來 \(days) 天：已學過 \(studied) 張卡，另有 \(newCards) 張新卡、每天最多新學 \(perDay) 張。"
        },
        retentionColumn: "目標保留率",
        reviewsPerDayColumn: "每天複習",
        totalReviewsColumn: "總複習數",
        rememberedColumn: "最後記得的卡"
    )
}

extension ImportPhrases {
    /// Syntax to type (`[文字]`, `'verdict: …'`) stays as written; the words around it are Chinese.
    @Sendable static func traditionalChineseProblem(_ problem: ContentDiagnostic.Problem) -> String {
        switch problem {
        case .noSuchFileOrFolder: "找不到這個檔案或資料夾"
        case .fileDoesNotExist: "檔案不存在"
        case .fileCannotBeRead: "無法讀取檔案"
        case .cannotReadFile(let reason): "無法讀取檔案：\(reason)"
        case .fileTooLarge(let bytes, let limit): "檔案有 \(bytes) 位元組，超過 \(limit) 位元組的上限（--max-file-size）；未匯入"
        case .notARegularFile: "不是一般檔案（具名管道、裝置或通訊端）；已略過"
        case .nameNotUTF8: "檔名不是有效的 UTF-8（無效的位元組以跳脫碼顯示）；改名後才能匯入"
        case .folderCannotBeRead(let reason): "無法讀取資料夾：\(reason)；已略過"
        case .folderAlreadyVisited: "這個資料夾已經搜尋過（符號連結形成迴圈）；已略過"
        case .notUTF8(let byte): "檔案不是有效的 UTF-8（位元組 \(String(format: "0x%02X", byte)) 處的編碼有誤）"
        case .emptyFile: "檔案是空的"
        case .questionHasNoAnswer: "問題沒有答案"
        case .questionIsEmpty: "問題是空的"
        case .answerWithoutQuestion: "答案前面沒有問題"
        case .clozeWithoutDeletion: "填空沒有挖空處；請用 [文字] 或 {{c1::文字}} 標出一處"
        case .clozeWithoutBracketDeletion: "填空沒有挖空處；請用 [文字] 標出一處"
        case .claimWithoutVerdict: "判斷題沒有結論；請加上 'verdict: true|false|misleading|depends — 理由'"
        case .emptyQuestionSection: "問題標題下的段落是空的；未製作卡片"
        case .questionsWithoutItems: "這一行是個問題，但整個檔案找不到附有答案的問題；未製作卡片（請把答案寫在問題下方，或標上 Q: / A:）"
        case .detailsWithoutQuestion: "摺疊區塊沒有問題"
        case .answerOnlyAsksAgain: "這個問題下方的文字只是再問一次；未製作卡片"
        case .answerLooksLikeQuestion(let answerLine, let excerpt):
            "答案中有一行看來像另一個問題（答案第 \(answerLine) 行）：\(excerpt)"
        case .longAnswer(let lines): "答案長達 \(lines) 行；請確認沒有連到下一題"
        case .tableRowCells(let cells, let headerCells): "表格這一列有 \(cells) 格，表頭有 \(headerCells) 格"
        case .unclosedCodeFence: "程式碼區塊沒有結束標記；一直延伸到檔案結尾"
        case .strayAnnotation(let name): "'\(name):' 前面沒有題目，已忽略"
        case .invalidID(let id): "識別名稱 '\(id)' 只能用字母、數字、'-'、'_' 與 '.'"
        case .duplicateID(let id, let firstLine): "識別名稱 '\(id)' 重複（第一次用在第 \(firstLine) 行）"
        case .unknownVerdict(let verdict): "不認得的結論 '\(verdict)'；應為 'true'、'false'、'misleading' 或 'depends'"
        case .headerColumnBeyondRows(let column, let fields): "檔頭指定了第 \(column) 欄，但每列只有 \(fields) 個欄位"
        case .unclosedQuotedField: "引號括住的欄位沒有結束；略過這一列"
        case .rowFieldCount(let fields, let expected): "這一列有 \(fields) 個欄位，應為 \(expected) 個；略過這一列"
        case .rowWithoutQuestion: "這一列的問題是空的；略過這一列"
        case .rowWithoutAnswer: "這一列沒有答案；略過這一列"
        case .clozeNoteWithoutDeletion: "填空筆記沒有 {{c1::文字}} 這樣的挖空處；略過這一列"
        case .repeatedRowQuestion(let firstLine): "與第 \(firstLine) 行的問題相同；要兩者都保留，請替各列加上 GUID；略過這一列"
        case .repeatedGUID(let guid, let firstLine): "GUID '\(guid)' 重複使用（第一次在第 \(firstLine) 行）；略過這一列"
        case .unknownSeparator(let value): "不認得的分隔符號 '\(value)'；改由各列內容推斷"
        case .htmlSettingNotBoolean(let value): "'#html:' 只能是 'true' 或 'false'，不是 '\(value)'"
        case .columnSettingNotNumber(let key, let value): "'#\(key):' 需要從 1 數起的欄號，不是 '\(value)'"
        }
    }
}
