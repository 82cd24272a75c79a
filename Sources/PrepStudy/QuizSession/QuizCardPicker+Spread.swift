import PrepContent
import PrepCore
import PrepScheduling
import PrepStore

/// The order in which a quiz introduces new cards. Article order would make a first quiz twenty questions
/// about the first table, so new cards are dealt from strands (each table, and each kind of other card in each
/// article), shuffled within a strand. Each strand's cards are spaced evenly over the deal from a random start,
/// so any stretch of it holds every strand in proportion to its size: claims that are a fifth of the cards are
/// about a fifth of the questions, however many tables there are. All from the seed, so a quiz repeats with `--seed`.
extension QuizCardPicker {
    /// The introduction rank of every new card, 0 first; reviewed cards have none.
    static func spreadRanks(of cards: [StudyCard], seed: UInt64) -> [String: Int] {
        var random = SplitMix64(seed: seed)
        // Indices rather than cards: moving whole cards through the grouping and sorts retained and released every
        // string they hold, which was most of a large deck's launch after reading it.
        var strands: [String: [Int]] = [:]
        for index in cards.indices where cards[index].isNew {
            strands[strand(of: cards[index].card), default: []].append(index)
        }
        // Sorted first so the deal does not depend on the order the store listed the cards in.
        var dealt = strands.keys.sorted().map { key in
            var strand = strands[key]!.sorted { (cards[$0].card.position, cards[$0].key) < (cards[$1].card.position, cards[$1].key) }
            random.shuffle(&strand)
            return strand
        }
        random.shuffle(&dealt)
        var slots: [(time: Double, strand: Int, card: Int)] = []
        for (number, strand) in dealt.enumerated() {
            let start = Double(random.index(below: 1024)) / 1024
            for (position, card) in strand.enumerated() {
                slots.append(((Double(position) + start) / Double(strand.count), number, card))
            }
        }
        slots.sort { ($0.time, $0.strand) < ($1.time, $1.strand) }
        return Dictionary(uniqueKeysWithValues: slots.enumerated().map { (cards[$0.element.card].key, $0.offset) })
    }

    private static func strand(of card: StoredCard) -> String {
        if let cell = card.cell { return "table \(cell.tableKey)" }
        return "\(card.kind.rawValue) \(card.sourcePath)"
    }
}
