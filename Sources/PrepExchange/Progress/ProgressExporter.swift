import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore

/// Builds the `prep export` document from a store.
package struct ProgressExporter {
    package let store: Store
    package var parameters: SchedulerParameters
    package var limits: DailyLimits
    /// The language whose front text describes each card; another language's when the card lacks it.
    package var language: Language

    package init(
        store: Store, parameters: SchedulerParameters = .default, limits: DailyLimits = .default, language: Language = .zhHant
    ) {
        self.store = store
        self.parameters = parameters
        self.limits = limits
        self.language = language
    }

    /// Every card key (archived ones and keys known only by their progress included), every review,
    /// quiz session, check run and card action, each list in a fixed order so equal data exports to equal bytes.
    package func document(exportedAt: Date) throws -> ProgressDocument {
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [String: StoredCard] = [:]
        for card in try store.cards(includeArchived: true) {
            if let current = chosen[card.key], !isBetter(card, than: current) { continue }
            chosen[card.key] = card
        }
        var cards = chosen.mapValues { card in
            ProgressDocument.CardProgress(
                key: card.key, topic: card.topic, kind: card.kind.rawValue, front: card.front,
                archived: card.archived, state: nil
            )
        }
        for (key, state) in states {
            cards[key, default: .init(key: key, archived: false)].state = ProgressDocument.MemoryState(state)
        }
        return ProgressDocument(
            format: ProgressDocument.formatName,
            version: ProgressDocument.currentVersion,
            exportedAt: Timestamp.string(exportedAt),
            scheduler: ProgressDocument.SchedulerSettings(parameters: parameters, limits: limits),
            cards: cards.values.sorted { $0.key < $1.key },
            reviews: Self.inExportOrder(try store.allReviews().map(ProgressDocument.Review.init)),
            quizSessions: try store.quizSessions().map(ProgressDocument.QuizSession.init),
            checkRuns: try store.checkRuns().map(ProgressDocument.CheckRun.init),
            cardActions: try store.allActions().map(ProgressDocument.CardAction.init)
        )
    }

    /// Pretty-printed with sorted keys: readable, and stable enough to compare two exports byte for byte.
    package static func encode(_ document: ProgressDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Oldest first by the millisecond, which is all the file keeps, then by id: reviews that share a
    /// millisecond (piped review input) come back from a restore in id order, so they are written that way.
    /// Timestamps are fixed-width ISO 8601, so their text sorts as their time does.
    static func inExportOrder(_ reviews: [ProgressDocument.Review]) -> [ProgressDocument.Review] {
        reviews.sorted { ($0.reviewedAt, $0.id) < ($1.reviewedAt, $1.id) }
    }

    /// A live row beats an archived one, then the wanted language beats the others.
    private func isBetter(_ card: StoredCard, than current: StoredCard) -> Bool {
        if current.archived != card.archived { return !card.archived }
        return current.lang != language.code && card.lang == language.code
    }
}
