import PrepContent
import PrepScheduling
import PrepStore

/// The order in which a quiz introduces new cards. Article order would make a first quiz twenty questions
/// about the first table, so new cards are dealt round-robin from strands (each table, and each kind of
/// other card in each article), shuffled within a strand and reshuffled between strands every round, all from
/// the seed so a quiz repeats exactly with `--seed`.
extension QuizCardPicker {
    /// The introduction rank of every new card, 0 first; reviewed cards have none.
    static func spreadRanks(of cards: [StudyCard], seed: UInt64) -> [String: Int] {
        var random = SplitMix64(seed: seed)
        var strands: [String: [StudyCard]] = [:]
        for card in cards where card.isNew {
            strands[strand(of: card.card), default: []].append(card)
        }
        // Sorted first so the deal does not depend on the order the store listed the cards in.
        var dealt = strands.keys.sorted().map { key in
            var strand = strands[key]!.sorted { ($0.card.position, $0.key) < ($1.card.position, $1.key) }
            random.shuffle(&strand)
            return strand
        }
        var ranks: [String: Int] = [:]
        var round = 0
        while dealt.contains(where: { round < $0.count }) {
            random.shuffle(&dealt)
            for strand in dealt where round < strand.count {
                ranks[strand[round].key] = ranks.count
            }
            round += 1
        }
        return ranks
    }

    private static func strand(of card: StoredCard) -> String {
        if let cell = card.cell { return "table \(cell.tableKey)" }
        return "\(card.kind.rawValue) \(card.sourcePath)"
    }
}
