import PrepStore

extension ManagePhrases {
    static let traditionalChinese = ManagePhrases(
        done: { kind, cards in
            switch kind {
            case .suspend: "已暫停 \(cards) 張卡片。"
            case .unsuspend: "已取消暫停 \(cards) 張卡片。"
            case .forget: "已將 \(cards) 張卡片重設為新卡。"
            case .bury: "已擱置 \(cards) 張卡片。"
            case .unbury: "已取消擱置 \(cards) 張卡片。"
            case .reschedule: "已重新排程 \(cards) 張卡片。"
            }
        },
        unchanged: { kind, cards in
            let state = switch kind {
            case .suspend: "本來就已暫停"
            case .unsuspend: "並未暫停"
            case .forget: "本來就是新卡"
            case .bury: "本來就已擱置"
            case .unbury: "並未擱置"
            case .reschedule: "本來就在那天到期"
            }
            return "\(cards) 張卡片\(state)。"
        },
        neverStudied: { keys in "未重新排程，從未學過（會以新卡出現）：\(keys)" },
        buriedUntil: { when in "隱藏到下一個學習日（\(when)）。" },
        dueOn: { day in "到期日：\(day)。" },
        historyKept: "複習紀錄保留。",
        historyCleared: { reviews in "已清除紀錄：刪除 \(reviews) 筆複習。" },
        undoWith: { command in "復原方式：\(command)" },
        noCardsSelected: "請以 KEY、--topic 或 --search 指定卡片（見 --help）。",
        noCardsMatch: "沒有符合的卡片。",
        forgetKey: "! 重設",
        suspendedInReview: { front, command in "已暫停「\(front)」。按 u 撤回；之後可用：\(command)" },
        forgotInReview: { front in "已將「\(front)」重設為新卡（保留紀錄）。按 u 撤回。" },
        undidForget: "已撤回重設。",
        dueNow: { cards, buried, siblings, overLimit in
            let parts = [
                siblings > 0 ? "\(siblings) 張同列卡片已擱置" : nil,
                overLimit > 0 ? "\(overLimit) 張超過今日複習上限" : nil,
                buried > 0 ? "\(buried) 張手動擱置" : nil,
            ].compactMap { $0 }
            return "目前到期：\(cards) 張卡片。" + (parts.isEmpty ? "" : "暫緩：\(parts.joined(separator: "、"))。")
        },
        actionsRestored: { actions, cleared in
            "新增 \(actions) 筆卡片操作（暫停、重設、擱置…）" + (cleared > 0 ? "；依重設清除 \(cleared) 筆複習。" : "。")
        }
    )
}
