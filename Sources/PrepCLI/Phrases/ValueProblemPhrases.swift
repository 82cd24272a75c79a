import PrepExchange

/// A progress file's refused value in each screen language.
enum ValueProblemPhrases {
    static func english(_ problem: ValueProblem) -> String {
        switch problem {
        case .notAVersion(let version): "\(version) is not a version"
        case .expected(let type):
            switch type {
            case .string: "expected a string"
            case .integer: "expected an integer"
            case .number: "expected a number"
            case .boolean: "expected true or false"
            case .other(let name): "expected \(name)"
            }
        case .undecodable(let detail): detail
        case .notWholeNumber(let text): "\(text) is not a 64-bit whole number"
        case .nestedDeeperThan(let levels): "nested deeper than \(levels) levels"
        case .keyTwice: "appears twice in the same object"
        case .stringLongerThan(let bytes): "a string longer than \(bytes) bytes"
        case .tooLarge(let text): "\(text) is too large"
        case .outOfRange(let text): "\(text) is out of range"
        case .notOneOf(let text, let names): "'\(text)' is not one of \(names.joined(separator: ", "))"
        case .dateForUndatedAction(let action): "is given for \(action), which takes no date"
        case .keepHistoryNotForget(let action): "is given for \(action); only forget keeps or clears history"
        case .ratingNot1To4(let rating): "\(rating) is not 1…4"
        case .fewerRepsThanReviews(let reps, let reviews): "\(reps) is fewer than the \(reviews) reviews of this card in the file"
        case .beforeLatestReview(let text, let latestField): "\(text) is before this card's latest review (\(latestField))"
        case .before(let text, let bound): "\(text) is before \(bound)"
        case .after(let text, let bound): "\(text) is after \(bound)"
        case .notTimestamp(let text): "'\(text)' is not an ISO 8601 timestamp"
        case .empty: "is empty"
        case .tooLong(let bytes, let maximum): "is \(bytes) bytes long, more than \(maximum)"
        case .appearsTwice(let value): "'\(value)' appears twice"
        case .negative(let value, let unit): "\(englishShown(value, unit)) is negative"
        case .lessThan(let value, let unit, let minimum): "\(englishShown(value, unit)) is less than \(minimum)"
        case .moreThan(let value, let unit, let maximum): "\(englishShown(value, unit)) is more than \(maximum)"
        case .notFSRS6(let text): "'\(text)' is not FSRS-6, the only scheduler prep has"
        case .parameters(let error): VectorPhrases.english.parameters(error)
        case .retentionNotBetween0And1(let value): "\(value) is not between 0 and 1"
        case .notACardState(let text): "'\(text)' is not learning, review or relearning"
        case .stabilityNotWithin(let value, let low, let high): "\(value) is not within \(low)…\(high) days"
        case .difficultyNotWithin1To10(let value): "\(value) is not within 1…10"
        case .missingThoughReviewed: "is missing, though the card has been reviewed"
        case .missingWhileGiven(let other): "is missing while \(other) is given"
        case .stepInReview(let step): "\(step) is given for a card in review, which has no step"
        case .missingThoughReps(let reps): "is missing, though reps is \(reps)"
        }
    }

    private static func englishShown(_ value: Int, _ unit: ValueProblem.RangeUnit?) -> String {
        switch unit {
        case .milliseconds: "\(value) ms"
        case .steps: "\(value) steps"
        case .seconds: "\(value) s"
        case .days: "\(value) days"
        case nil: "\(value)"
        }
    }

    static func traditionalChinese(_ problem: ValueProblem) -> String {
        switch problem {
        case .notAVersion(let version): "\(version) 不是版本號"
        case .expected(let type):
            switch type {
            case .string: "應該是字串"
            case .integer: "應該是整數"
            case .number: "應該是數字"
            case .boolean: "應該是 true 或 false"
            case .other: "型別不符"
            }
        case .undecodable: "無法解讀這個值"
        case .notWholeNumber(let text): "\(text) 不是 64 位元整數"
        case .nestedDeeperThan(let levels): "巢狀超過 \(levels) 層"
        case .keyTwice: "在同一個物件中出現兩次"
        case .stringLongerThan(let bytes): "字串超過 \(bytes) 位元組"
        case .tooLarge(let text): "\(text) 太大"
        case .outOfRange(let text): "\(text) 超出範圍"
        case .notOneOf(let text, let names): "'\(text)' 不是 \(names.joined(separator: "、")) 其中之一"
        case .dateForUndatedAction(let action): "'\(action)' 不需要日期，卻給了日期"
        case .keepHistoryNotForget(let action): "給的是 '\(action)'；只有 'forget' 能保留或清除紀錄"
        case .ratingNot1To4(let rating): "\(rating) 不在 1…4 之間"
        case .fewerRepsThanReviews(let reps, let reviews): "\(reps) 少於檔案中這張卡片的 \(reviews) 筆複習"
        case .beforeLatestReview(let text, let latestField): "\(text) 早於這張卡片最近一次複習（\(latestField)）"
        case .before(let text, let bound): "\(text) 早於 \(bound)"
        case .after(let text, let bound): "\(text) 晚於 \(bound)"
        case .notTimestamp(let text): "'\(text)' 不是 ISO 8601 時間戳記"
        case .empty: "是空的"
        case .tooLong(let bytes, let maximum): "長達 \(bytes) 位元組，超過上限 \(maximum)"
        case .appearsTwice(let value): "'\(value)' 出現了兩次"
        case .negative(let value, let unit): "\(shown(value, unit)) 是負數"
        case .lessThan(let value, let unit, let minimum): "\(shown(value, unit)) 小於 \(minimum)"
        case .moreThan(let value, let unit, let maximum): "\(shown(value, unit)) 大於 \(maximum)"
        case .notFSRS6(let text): "'\(text)' 不是 FSRS-6，而 prep 只有這一種排程器"
        case .parameters: "排程參數不在 FSRS-6 允許的範圍內"
        case .retentionNotBetween0And1(let value): "\(value) 不在 0 與 1 之間"
        case .notACardState(let text): "'\(text)' 不是 'learning'、'review' 或 'relearning'"
        case .stabilityNotWithin(let value, let low, let high): "\(value) 不在 \(low)…\(high) 天之間"
        case .difficultyNotWithin1To10(let value): "\(value) 不在 1…10 之間"
        case .missingThoughReviewed: "缺少這個值，但這張卡片已經複習過"
        case .missingWhileGiven(let other): "缺少這個值，卻給了 '\(other)'"
        case .stepInReview(let step): "給了 \(step)，但複習中的卡片沒有學習步驟"
        case .missingThoughReps(let reps): "缺少這個值，但 'reps' 是 \(reps)"
        }
    }

    private static func shown(_ value: Int, _ unit: ValueProblem.RangeUnit?) -> String {
        switch unit {
        case .milliseconds: "\(value) 毫秒"
        case .steps: "\(value) 步"
        case .seconds: "\(value) 秒"
        case .days: "\(value) 天"
        case nil: "\(value)"
        }
    }
}
