import PrepScheduling

/// What is wrong with one value of a progress file, as data, so each screen words it in its own language;
/// values are shown as the file has them, cut to 40 characters.
package enum ValueProblem: Equatable, Sendable {
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
    /// The scheduler refused the parameters.
    case parameters(SchedulerParametersError)
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

    package enum RangeUnit: Sendable, Equatable {
        case milliseconds, steps, seconds, days
    }
}
