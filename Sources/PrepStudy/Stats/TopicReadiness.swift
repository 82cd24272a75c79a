import Foundation
import PrepScheduling
import PrepStore

/// How ready a topic is: the share of its cards expected to be recalled right now (``ExpectedRecall``, the
/// measure `prep quiz --interview` reports too, so a card never studied is not ready), and where its cards
/// stand (each counted once; a suspended card only as suspended).
package struct TopicReadiness: Sendable, Hashable, Encodable {
    /// Days of stability from which a card counts as mature, as in Anki.
    package static let matureStability = 21.0

    package var topic: String
    /// The share of all the topic's cards expected to be recalled now, unseen ones counting as not recalled.
    package var readiness: Double
    /// Mean retrievability now over the reviewed cards; nil while none has been reviewed.
    package var averageRetrievability: Double?
    package var reviewed: Int
    package var new: Int
    /// In learning or relearning steps.
    package var learning: Int
    /// In review with stability under 21 days.
    package var young: Int
    package var mature: Int
    package var suspended: Int
    package var total: Int

    enum CodingKeys: String, CodingKey {
        case topic, readiness, reviewed, new, learning, young, mature, suspended, total
        case averageRetrievability = "average_retrievability"
    }

    /// One entry per topic, sorted by topic.
    /// - Parameter cards: one card per key.
    package static func byTopic(
        cards: [StoredCard], states: [String: StoredCardState], now: Date, scheduler: Scheduler
    ) -> [TopicReadiness] {
        Dictionary(grouping: cards, by: \.topic).map { topic, cards in
            let recall = ExpectedRecall.on(now, keys: cards.map(\.key), states: Array(states.values), scheduler: scheduler)
            var readiness = TopicReadiness(
                topic: topic, readiness: recall.share, averageRetrievability: nil, reviewed: 0, new: 0, learning: 0, young: 0, mature: 0,
                suspended: 0, total: cards.count
            )
            var retrievabilitySum = 0.0
            for card in cards {
                let state = states[card.key]
                if let scheduling = state?.schedulingCard {
                    readiness.reviewed += 1
                    retrievabilitySum += scheduler.retrievability(of: scheduling, at: now)
                }
                guard let state, !state.suspended else {
                    if state == nil { readiness.new += 1 } else { readiness.suspended += 1 }
                    continue
                }
                switch state.schedulingCard?.state {
                case nil: readiness.new += 1
                case .learning?, .relearning?: readiness.learning += 1
                case .review?:
                    if (state.stability ?? 0) >= matureStability { readiness.mature += 1 } else { readiness.young += 1 }
                }
            }
            if readiness.reviewed > 0 {
                readiness.averageRetrievability = retrievabilitySum / Double(readiness.reviewed)
            }
            return readiness
        }.sorted { $0.topic < $1.topic }
    }
}
