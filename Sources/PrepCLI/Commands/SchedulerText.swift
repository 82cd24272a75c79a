import Foundation
import PrepScheduling
import PrepTerminal

/// What `prep scheduler optimize`, `evaluate` and `simulate` print, in the learner's language.
struct SchedulerText {
    let isChinese: Bool

    init(lang: String) {
        isChinese = lang.lowercased().hasPrefix("zh")
    }

    func notEnoughData(have: Int, need: Int) -> String {
        isChinese
            ? "複習紀錄不足：需要至少 \(need) 次「距上次複習一天以上」的複習才能可靠地擬合或評估參數（同一天內的重複不算），目前只有 \(have) 次。請繼續複習幾天後再試。"
            : "not enough review history: fitting or judging the weights needs at least \(need) reviews made a day or more after the card's previous review (same-day repeats do not count); there are \(have). Keep reviewing for a few more days and try again."
    }

    func fitted(items: Int, reviews: Int, seconds: Double) -> String {
        let time = String(format: "%.2f", seconds)
        return isChinese
            ? "已依 \(reviews) 次複習（\(items) 個訓練項目）擬合 FSRS 參數，用時 \(time) 秒。"
            : "Fitted the FSRS weights to \(reviews) reviews (\(items) training items) in \(time) s."
    }

    func evaluated(items: Int, reviews: Int, saved: Bool) -> String {
        let which = isChinese ? (saved ? "你已套用的參數" : "預設參數") : (saved ? "your applied weights" : "the default weights")
        return isChinese
            ? "以\(which)評估 \(reviews) 次複習（\(items) 個項目）："
            : "Scoring \(which) on \(reviews) reviews (\(items) items):"
    }

    var metricsHeader: String {
        DisplayWidth.pad("", to: 12) + DisplayWidth.pad(isChinese ? "對數損失" : "log loss", to: 12, alignment: .right)
            + DisplayWidth.pad(isChinese ? "RMSE（分組）" : "RMSE (bins)", to: 14, alignment: .right)
    }

    func metricsRow(_ label: String, _ evaluation: ModelEvaluation) -> String {
        DisplayWidth.pad(label, to: 12) + DisplayWidth.pad(String(format: "%.4f", evaluation.logLoss), to: 12, alignment: .right)
            + DisplayWidth.pad(String(format: "%.4f", evaluation.rmseBins), to: 14, alignment: .right)
    }

    var before: String { isChinese ? "擬合前" : "before" }
    var after: String { isChinese ? "擬合後" : "after" }
    var current: String { isChinese ? "目前" : "current" }

    func weightsLine(_ weights: [Double]) -> String {
        (isChinese ? "參數：" : "weights: ") + weights.map { String(format: "%.4f", $0) }.joined(separator: ", ")
    }

    var applied: String {
        isChinese ? "已套用：之後的測驗與複習都會用這組參數排程。" : "Applied: quizzes and reviews schedule with these weights from now on."
    }

    var notApplied: String {
        isChinese ? "尚未套用；加上 --apply 才會儲存。" : "Nothing was saved; add --apply to use these weights."
    }
}

extension SchedulerText {
    func simulationIntro(days: Int, studied: Int, newCards: Int, perDay: Int) -> String {
        isChinese
            ? "模擬未來 \(days) 天：已學過 \(studied) 張卡，另有 \(newCards) 張新卡、每天最多新學 \(perDay) 張。"
            : "Simulating the next \(days) days: \(studied) cards studied, \(newCards) new cards at up to \(perDay) a day."
    }

    var simulationHeader: String {
        DisplayWidth.pad(isChinese ? "目標保留率" : "retention", to: 12)
            + DisplayWidth.pad(isChinese ? "每天複習" : "reviews/day", to: 14, alignment: .right)
            + DisplayWidth.pad(isChinese ? "總複習數" : "total reviews", to: 15, alignment: .right)
            + DisplayWidth.pad(isChinese ? "最後記得的卡" : "remembered", to: 14, alignment: .right)
    }

    func simulationRow(_ outcome: RetentionSimulator.Outcome) -> String {
        DisplayWidth.pad(String(format: "%.0f%%", outcome.retention * 100), to: 12)
            + DisplayWidth.pad(String(format: "%.1f", outcome.reviewsPerDay), to: 14, alignment: .right)
            + DisplayWidth.pad("\(outcome.totalReviews)", to: 15, alignment: .right)
            + DisplayWidth.pad(String(format: "%.0f / %d", outcome.cardsRemembered, outcome.cardsStudied), to: 14, alignment: .right)
    }
}
