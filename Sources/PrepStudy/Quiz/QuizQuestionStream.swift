import PrepCore

/// `QuizGenerator.questions(for:…)` made one question at a time, so a session can show its first question
/// before the rest are made. A card's question types are worked out only once it comes within the mix window,
/// which is all the order needs; the same seed and cards give the same questions in the same order.
package struct QuizQuestionStream: Sequence, IteratorProtocol {
    private typealias Planned = (plans: [QuizQuestionType: QuizGenerator.CellPlan], types: [QuizQuestionType])

    private let generator: QuizGenerator
    private let index: TableIndex
    private var random: SplitMix64
    private var remaining: [QuizCard]
    /// The plans of `remaining`'s first cards, as far as the mix window has looked.
    private var planned: [Planned] = []
    private var previousType: QuizQuestionType?
    /// How many questions the stream makes in all.
    package let count: Int

    init(generator: QuizGenerator, cards: [QuizCard], pool: [QuizCard], count: Int, seed: UInt64, tables: TableIndex?) {
        self.generator = generator
        random = SplitMix64(seed: seed)
        index = tables ?? TableIndex(cards: pool + cards)
        remaining = Array(cards.prefix(Swift.max(0, count)))
        self.count = remaining.count
    }

    package mutating func next() -> QuizQuestion? {
        guard !remaining.isEmpty else { return nil }
        let windowSize = Swift.max(1, generator.options.mixWindow)
        while planned.count < Swift.min(windowSize, remaining.count) {
            let card = remaining[planned.count]
            let plans = generator.cellPlans(for: card, index: index)
            planned.append((plans, generator.possibleTypes(of: card, plans: plans)))
        }
        let position = planned.prefix(windowSize).firstIndex { $0.types.contains { $0 != previousType } } ?? 0
        let card = remaining.remove(at: position)
        let (plans, types) = planned.remove(at: position)
        let varied = types.count > 1 ? types.filter { $0 != previousType } : types
        let type = generator.pickType(among: varied, using: &random)
        let question = generator.makeQuestion(card, plan: plans[type], index: index, using: &random)
        previousType = question.type
        return question
    }
}
