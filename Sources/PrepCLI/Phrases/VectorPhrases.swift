import PrepScheduling

/// `prep scheduler verify` reports and refusals, and the lines of a `--reviews` file it cannot read. Field names
/// stay as the files spell them, quoted, since they are what the learner looks for in the file.
struct VectorPhrases: Sendable {
    var report: VectorReplay.ReportWording
    var fileError: @Sendable (_ path: String, _ error: FSRSVectorFileError) -> String
    var reviewLog: @Sendable (_ path: String, _ error: ReviewLogFileError) -> String
    var parameters: @Sendable (_ error: SchedulerParametersError) -> String

    static let english = VectorPhrases(
        report: VectorReplay.ReportWording(
            line: { caseID, location, differences in
                // One-based, as a person counts.
                let place = switch location {
                case .review(let index): "review \(index + 1)"
                case .retrievabilityCheck(let index): "retrievability check \(index + 1)"
                }
                return "\(caseID) \(place): " + differences.joined(separator: "; ")
            },
            difference: { field, expected, actual in "\(field) expected \(expected), got \(actual)" },
            summary: { matched, total in "\(matched)/\(total) cases match" }
        ),
        fileError: { path, error in
            let place = (error.path.isEmpty ? "file" : error.path) + (error.caseID.map { " (case \($0))" } ?? "")
            return "\(path): malformed vector file: \(place): \(englishProblem(error.problem))"
        },
        reviewLog: { path, error in
            switch error {
            case .invalidLine(let line, let reason): "\(path):line \(line): \(englishReason(reason))"
            }
        },
        parameters: { error in
            switch error {
            case .wrongWeightCount(let count): "expected 21 FSRS weights, got \(count)"
            case .weightsOutOfRange(let items):
                "weights out of range: "
                    + items.map { "w\($0.index) = \($0.value) not in \($0.bounds.lowerBound)…\($0.bounds.upperBound)" }
                    .joined(separator: ", ")
            case .desiredRetentionNotPositive(let value): "desired retention \(value) is not positive"
            }
        }
    )

    @Sendable private static func englishProblem(_ problem: FSRSVectorFileError.Problem) -> String {
        switch problem {
        case .notJSON(let detail): "not valid JSON" + (detail.map { " (\($0))" } ?? "")
        case .wrongType(let detail), .invalidValue(let detail), .unreadable(let detail): detail
        case .missingValue(let type): "missing \(type) value"
        case .missingField: "missing field"
        case .unsupportedVersion(let version): "unsupported version \(version), expected 1"
        case .caseCountMismatch(let declared, let held): "says \(declared) cases, the file holds \(held)"
        case .invalidParameters(let error): english.parameters(error)
        }
    }

    @Sendable private static func englishReason(_ reason: ReviewLogFileError.Reason) -> String {
        switch reason {
        case .notAnObject: "not a JSON object"
        case .cardID: "card_id must be a number or a string"
        case .reviewTime: "review_time must be an ISO 8601 UTC time such as 2024-01-01T09:00:00Z"
        case .rating: "rating must be 1, 2, 3 or 4"
        case .elapsedDays: "elapsed_days must be a whole number of days, 0 or more"
        }
    }

    static let traditionalChinese = VectorPhrases(
        report: VectorReplay.ReportWording(
            line: { caseID, location, differences in
                let place = switch location {
                case .review(let index): "第 \(index + 1) 次複習"
                case .retrievabilityCheck(let index): "第 \(index + 1) 項可提取率檢查"
                }
                return "\(caseID) \(place)：" + differences.joined(separator: "；")
            },
            difference: { field, expected, actual in "'\(field)' 應為 \(expected)，實為 \(actual)" },
            summary: { matched, total in "\(matched)/\(total) 個案例相符" }
        ),
        fileError: { path, error in
            let place = error.path.isEmpty ? "整個檔案" : "'\(error.path)'"
            let inCase = error.caseID.map { "（案例 '\($0)'）" } ?? ""
            return "\(path)：參考向量檔格式有誤：\(place)\(inCase)：\(chineseProblem(error.problem))"
        },
        reviewLog: { path, error in
            switch error {
            case .invalidLine(let line, let reason): "\(path)：第 \(line) 行：\(chineseReason(reason))"
            }
        },
        parameters: chineseParameters
    )

    @Sendable private static func chineseProblem(_ problem: FSRSVectorFileError.Problem) -> String {
        switch problem {
        case .notJSON: "不是有效的 JSON"
        case .wrongType: "值的型別不對"
        case .missingValue: "缺少值"
        case .missingField: "缺少這個欄位"
        case .invalidValue: "這個值無法讀取（例如評分超出 1 到 4，或日期不存在）"
        case .unsupportedVersion(let version): "不支援的結構版本 \(version)，應為 1"
        case .caseCountMismatch(let declared, let held): "記載有 \(declared) 個案例，檔案裡卻有 \(held) 個"
        case .invalidParameters(let error): chineseParameters(error)
        case .unreadable: "無法解讀這個檔案"
        }
    }

    @Sendable private static func chineseParameters(_ error: SchedulerParametersError) -> String {
        switch error {
        case .wrongWeightCount(let count): "權重應有 21 個，卻有 \(count) 個"
        case .weightsOutOfRange(let items):
            "權重超出範圍："
                + items.map { "w\($0.index) = \($0.value) 不在 \($0.bounds.lowerBound)…\($0.bounds.upperBound) 之間" }
                .joined(separator: "、")
        case .desiredRetentionNotPositive(let value): "目標保留率 \(value) 不是正數"
        }
    }

    @Sendable private static func chineseReason(_ reason: ReviewLogFileError.Reason) -> String {
        switch reason {
        case .notAnObject: "不是 JSON 物件"
        case .cardID: "'card_id' 必須是數字或字串"
        case .reviewTime: "'review_time' 必須是世界協調時間，例如 2024-01-01T09:00:00Z"
        case .rating: "'rating' 必須是 1、2、3 或 4"
        case .elapsedDays: "'elapsed_days' 必須是 0 或更多的整數天數"
        }
    }
}
