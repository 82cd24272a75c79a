import PrepScheduling

/// `scheduler optimize`'s verdict on the fitted weights, `scheduler simulate`'s recommendation, and the
/// nearest command or option to a mistyped one.
struct AdvicePhrases: Sendable {
    var didYouMean: @Sendable (_ word: String) -> String
    /// Put before a failure's message.
    var errorPrefix: String
    /// Log loss and RMSE come formatted ("0.0400 → 0.0422").
    var verdict: @Sendable (_ verdict: WeightsVerdict, _ logLoss: String, _ rmse: String) -> String
    var refusedApply: String
    var forcedApply: String
    /// Retentions come as percentages ("85%") and as the setting's value ("0.85"), work per card formatted ("3.2");
    /// `current` is the learner's retention when the simulation compared it.
    var recommendation: @Sendable (_ retention: String, _ value: String, _ perCard: String, _ current: String?, _ currentPerCard: String?) -> String
    var noRecommendation: String
}

extension AdvicePhrases {
    static let english = AdvicePhrases(
        didYouMean: { word in "Did you mean '\(word)'?" },
        errorPrefix: "Error: ",
        verdict: { verdict, logLoss, rmse in
            switch verdict {
            case .better: "The fitted weights predict your reviews better (log loss \(logLoss), RMSE \(rmse))."
            case .worse: "The fitted weights do not predict your reviews better than the ones in use (log loss \(logLoss), RMSE \(rmse)): keep the ones in use."
            case .mixed: "Neither is clearly better (log loss \(logLoss), RMSE \(rmse)): the weights in use stay unless you insist."
            }
        },
        refusedApply: "Not applied: the fitted weights are not better than the ones in use. Add --force to save them anyway.",
        forcedApply: "Applied with --force, although the fitted weights are not better than the ones in use.",
        recommendation: { retention, value, perCard, current, currentPerCard in
            "Recommended desired retention: \(retention), the least work per card remembered (\(perCard) reviews each)"
                + (current.map { "; your \($0) costs \(currentPerCard ?? "?") each" } ?? "")
                + ". To use it: prep config desired_retention \(value)"
        },
        noRecommendation: "No recommendation: nothing studied and no new cards to simulate."
    )

    static let traditionalChinese = AdvicePhrases(
        didYouMean: { word in "你是不是要輸入 '\(word)'？" },
        errorPrefix: "錯誤：",
        verdict: { verdict, logLoss, rmse in
            switch verdict {
            case .better: "擬合的參數更能預測你的複習（對數損失 \(logLoss)，RMSE \(rmse)）。"
            case .worse: "擬合的參數沒有比目前使用的更準（對數損失 \(logLoss)，RMSE \(rmse)）：請保留目前的參數。"
            case .mixed: "兩者互有優劣（對數損失 \(logLoss)，RMSE \(rmse)）：除非堅持，否則保留目前的參數。"
            }
        },
        refusedApply: "未套用：擬合的參數沒有比目前的好。若仍要儲存，請加上 --force。",
        forcedApply: "已依 --force 套用，雖然擬合的參數沒有比目前的好。",
        recommendation: { retention, value, perCard, current, currentPerCard in
            "建議的目標保留率：\(retention)，每記住一張卡所需的複習最少（每張 \(perCard) 次）"
                + (current.map { "；你目前的 \($0) 每張需 \(currentPerCard ?? "?") 次" } ?? "")
                + "。設定方式：prep config desired_retention \(value)"
        },
        noRecommendation: "無法建議：沒有學過的卡，也沒有新卡可模擬。"
    )
}
