import PrepScheduling
import Foundation
import PrepContent

/// Builds a day's quiz from the cards the caller chose, deterministically for a given seed.
package struct QuizGenerator: Sendable {
    package struct Options: Sendable, Hashable {
        /// Options of a multiple-choice question, the right one included.
        package var optionCount: Int
        /// A recall answer wider than this many terminal columns is revealed and self-graded, not typed.
        package var typedAnswerMaxWidth: Int
        /// A recall answer of more words than this is revealed and self-graded, not typed; two CJK characters
        /// count as one word, and a parenthesised aside does not count.
        package var typedAnswerMaxWords: Int
        /// How far ahead of the caller's order a card may be pulled to avoid two questions of one type in a row.
        package var mixWindow: Int

        package init(optionCount: Int = 4, typedAnswerMaxWidth: Int = 40, typedAnswerMaxWords: Int = 4, mixWindow: Int = 3) {
            self.optionCount = optionCount
            self.typedAnswerMaxWidth = typedAnswerMaxWidth
            self.typedAnswerMaxWords = typedAnswerMaxWords
            self.mixWindow = mixWindow
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// One question for each of the first `count` cards, mostly in the caller's order (due first, then new).
    ///
    /// - Parameters:
    ///   - cards: today's cards, in the order they should be asked.
    ///   - pool: every card, from which table cells draw their distractors and row neighbours.
    ///   - seed: the same seed and input give the same questions.
    package func questions(for cards: [QuizCard], pool: [QuizCard], count: Int, seed: UInt64) -> [QuizQuestion] {
        var random = SplitMix64(seed: seed)
        let index = TableIndex(cards: pool + cards)
        var remaining = cards.prefix(max(0, count)).map { card in
            (card: card, types: possibleTypes(of: card, in: index))
        }
        var questions: [QuizQuestion] = []
        var previousType: QuizQuestionType?
        while !remaining.isEmpty {
            let window = remaining.prefix(max(1, options.mixWindow))
            let position = window.firstIndex { $0.types.contains { $0 != previousType } } ?? remaining.startIndex
            let (card, types) = remaining.remove(at: position)
            let varied = types.count > 1 ? types.filter { $0 != previousType } : types
            let type = pickType(among: varied, for: card, using: &random)
            let question = makeQuestion(card, type: type, index: index, using: &random)
            questions.append(question)
            previousType = question.type
        }
        return questions
    }

    /// The question types a card can be asked as; never empty.
    func possibleTypes(of card: QuizCard, in index: TableIndex) -> [QuizQuestionType] {
        switch card.kind {
        case .claim where card.verdict != nil:
            return [.trueFalse]
        case .cell:
            if let cell = card.cell {
                let cellTypes = cellQuestionTypes(card, cell: cell, index: index)
                if !cellTypes.isEmpty { return cellTypes }
                return [recallMode(forAnswer: cell.displayValue) == .typed ? .recallTyped : .recallSelfGraded]
            }
        case .qa, .cloze, .claim:
            break
        }
        return [recallMode(forAnswer: card.recallAnswer) == .typed ? .recallTyped : .recallSelfGraded]
    }

    private func pickType(
        among types: [QuizQuestionType], for card: QuizCard, using random: inout SplitMix64
    ) -> QuizQuestionType {
        guard types.count > 1 else { return types[0] }
        let marked = card.cell?.mark != nil
        let weights = types.map { type in
            switch type {
            case .whichOne: 4
            case .multipleChoice: marked ? 1 : 3
            // True/false on a cell is the occasional variation, not the staple.
            case .trueFalse: 1
            case .recallTyped, .recallSelfGraded: 1
            }
        }
        var ticket = random.index(below: weights.reduce(0, +))
        for (type, weight) in zip(types, weights) {
            if ticket < weight { return type }
            ticket -= weight
        }
        return types[types.count - 1]
    }

    private func makeQuestion(
        _ card: QuizCard, type: QuizQuestionType, index: TableIndex, using random: inout SplitMix64
    ) -> QuizQuestion {
        let language = QuizLanguage(code: card.lang)
        let kind: QuizQuestion.Kind
        if let cell = card.cell, card.kind == .cell {
            kind = cellQuestion(card, cell: cell, type: type, language: language, index: index, using: &random)
        } else if type == .trueFalse, let verdict = card.verdict {
            kind = .trueFalse(
                statement: card.front, answer: verdict.holdsAsStated,
                explanation: language.claimExplanation(verdict: verdict, reason: card.verdictReason)
            )
        } else {
            kind = .recall(prompt: card.front, answer: card.recallAnswer, mode: recallMode(forAnswer: card.recallAnswer))
        }
        return QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
    }
}
