import PrepScheduling

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
        }
    )
}
