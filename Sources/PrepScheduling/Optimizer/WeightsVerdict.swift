/// Whether fitted weights predict a log better than the weights in use, on the same items: Anki keeps its
/// current parameters when optimizing does not improve on them, and `optimize --apply` does the same.
package enum WeightsVerdict: String, Sendable, Hashable, Encodable {
    /// Lower log loss (what the fit minimises) and no higher RMSE.
    case better
    /// Neither lower (equal included: nothing gained).
    case worse
    /// One lower, the other higher: not clearly better, so not applied without `--force`.
    case mixed

    package init(inUse: ModelEvaluation, fitted: ModelEvaluation) {
        let lowerLoss = fitted.logLoss < inUse.logLoss
        let lowerRMSE = fitted.rmseBins < inUse.rmseBins
        switch (lowerLoss, lowerRMSE) {
        case (true, _) where fitted.rmseBins <= inUse.rmseBins: self = .better
        case (false, false): self = .worse
        default: self = .mixed
        }
    }
}

extension RetentionSimulator.Outcome {
    /// Reviews spent per card remembered at the end: the work each result costs. Nil when nothing is remembered.
    package var reviewsPerCardRemembered: Double? {
        cardsRemembered > 0 ? Double(totalReviews) / cardsRemembered : nil
    }
}

extension RetentionSimulator {
    /// The outcome with the least work per card remembered, as Anki's "Help me decide" recommends; nil when
    /// no retention remembers anything (nothing studied and no new cards).
    package static func recommended(_ outcomes: [Outcome]) -> Outcome? {
        outcomes.filter { $0.reviewsPerCardRemembered != nil }
            .min { $0.reviewsPerCardRemembered! < $1.reviewsPerCardRemembered! }
    }
}
