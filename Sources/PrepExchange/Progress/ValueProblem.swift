/// What is wrong with one value of a progress file, as data, so each screen words it in its own language;
/// `description` is the English. Values are shown as the file has them, cut to 40 characters.
package enum ValueProblem: Equatable, Sendable, CustomStringConvertible {
    case notAVersion(Int)
    case expected(JSONType)
    /// Foundation's own account of a value it could not decode (English only).
    case undecodable(String)
    case notWholeNumber(String)
    case nestedDeeperThan(Int)
    case keyTwice
    case stringLongerThan(bytes: Int)
    case tooLarge(String)
    case outOfRange(String)
    case notOneOf(String, [String])
    case dateForUndatedAction(String)
    case keepHistoryNotForget(String)
    case ratingNot1To4(Int)
    case fewerRepsThanReviews(reps: Int, reviews: Int)
    case beforeLatestReview(String, latestField: String)
    /// `bound` is a timestamp or a field name.
    case before(String, bound: String)
    case after(String, bound: String)
    case notTimestamp(String)
    case empty
    case tooLong(bytes: Int, maximum: Int)
    case appearsTwice(String)
    case negative(Int, unit: RangeUnit?)
    case lessThan(Int, unit: RangeUnit?, minimum: Int)
    case moreThan(Int, unit: RangeUnit?, maximum: Int)
    case notFSRS6(String)
    /// The scheduler's parameters were refused (English only: the scheduler's words).
    case parameters(String)
    case retentionNotBetween0And1(Double)
    case notACardState(String)
    case stabilityNotWithin(Double, low: Double, high: Double)
    case difficultyNotWithin1To10(Double)
    case missingThoughReviewed
    case missingWhileGiven(String)
    case stepInReview(Int)
    case missingThoughReps(Int)

    package enum JSONType: Sendable, Equatable {
        case string, integer, number, boolean
        case other(String)
    }

    package enum RangeUnit: String, Sendable, Equatable {
        case milliseconds = "ms", steps, seconds = "s", days
    }

    package var description: String {
        switch self {
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
        case .negative(let value, let unit): "\(Self.shown(value, unit)) is negative"
        case .lessThan(let value, let unit, let minimum): "\(Self.shown(value, unit)) is less than \(minimum)"
        case .moreThan(let value, let unit, let maximum): "\(Self.shown(value, unit)) is more than \(maximum)"
        case .notFSRS6(let text): "'\(text)' is not FSRS-6, the only scheduler prep has"
        case .parameters(let detail): detail
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

    private static func shown(_ value: Int, _ unit: RangeUnit?) -> String {
        unit.map { "\(value) \($0.rawValue)" } ?? "\(value)"
    }
}
