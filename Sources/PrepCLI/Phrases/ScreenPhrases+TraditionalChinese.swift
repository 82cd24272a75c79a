import PrepChecks
import PrepContent
import PrepScheduling
import PrepStore

extension ScreenPhrases {
    /// Grade names as Anki's zh-TW interface has them.
    static let traditionalChinese = ScreenPhrases(
        gradeNames: [.again: "再來", .hard: "困難", .good: "良好", .easy: "簡單"],
        intervalUnits: ["秒", "分", "時", "天", "月", "年"],
        lessThanAMinute: "<1分",
        revealKey: { interactive in interactive ? "空白鍵 看答案" : "空行 看答案" },
        gradeKey: "1-4 評分",
        undoKey: "u 復原",
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
        moreBelow: { lines in "↓ 還有 \(lines) 行" },
        sourceTitle: { location in "出處：\(location)" },
        sourceUnreadable: { location in "出處：\(location)（這裡讀不到該檔案）" },

        showAnswerFirst: { interactive in "請先看答案（\(interactive ? "空白鍵" : "送出空行")），再評分。" },
        undidGrade: "已復原上一個評分。",
        unsuspended: "已取消暫停。",
        nothingToUndo: "還沒有可以復原的動作。",
        suspended: { front in "已暫停「\(front)」。" },
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
            skipped: { path in "\(path)：已略過（prep 只讀 .md、.markdown、.txt、.tsv 與 .csv 檔）" },
            noSuchPath: "找不到這個檔案或資料夾",
            severityNames: [.error: "錯誤", .warning: "警告", .note: "附註"],
            notImported: "未匯入（原因見上方錯誤）",
            unchanged: "沒有變更",
            fileSummary: { cards, counts in
                "\(cards) 張卡片：新增 \(counts.added)、更新 \(counts.updated)、恢復 \(counts.restored)、封存 \(counts.archived)、未變 \(counts.unchanged)"
            },
            leftOutOfFile: { items in "；略過 \(items) 項（原因見上方錯誤）" },
            totals: { imported, files, leftOut in "從 \(files) 個檔案匯入 \(imported) 項，略過 \(leftOut) 項" },
            dryRunColumns: .init(
                file: "檔案", format: "格式", qa: "問答", tables: "表格", cells: "儲存格", cloze: "填空", claims: "判斷",
                errors: "錯誤", warnings: "警告"),
            dryRunTotals: { cards, leftOut in "將匯入 \(cards) 張卡片，略過 \(leftOut) 項" }
        ),
        checks: CheckPhrases(
            verdictNames: [.correct: "對", .wrong: "錯", .misleading: "誤導", .depends: "視情況"],
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
        )
        // MARK: end of import, check and serve
    )
}
