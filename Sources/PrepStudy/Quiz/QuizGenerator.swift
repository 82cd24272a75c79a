import PrepCore
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
    /// The screen's language: prep's own words around a card (templates, verdicts, marks) are in it, whatever
    /// language the card is written in; nil frames each card in its own language.
    package var screenLanguage: QuizLanguage?

    package init(options: Options = Options(), screenLanguage: QuizLanguage? = nil) {
        self.options = options
        self.screenLanguage = screenLanguage
    }

    /// The language a question about `card` is framed in.
    func framing(_ card: QuizCard) -> QuizLanguage { screenLanguage ?? QuizLanguage(code: card.lang) }

    /// One question for each of the first `count` cards, mostly in the caller's order (due first, then new).
    ///
    /// - Parameters:
    ///   - cards: today's cards, in the order they should be asked.
    ///   - pool: every card, from which table cells draw their distractors and row neighbours.
    ///   - seed: the same seed and input give the same questions.
    ///   - tables: the index of `pool`'s table cells, when the caller has built it already (`cards` must be in `pool`).
    package func questions(
        for cards: [QuizCard], pool: [QuizCard], count: Int, seed: UInt64, tables: TableIndex? = nil
    ) -> [QuizQuestion] {
        Array(questionStream(for: cards, pool: pool, count: count, seed: seed, tables: tables))
    }

    /// The questions of `questions(for:pool:count:seed:tables:)`, each made only when it is asked for.
    package func questionStream(
        for cards: [QuizCard], pool: [QuizCard], count: Int, seed: UInt64, tables: TableIndex? = nil
    ) -> QuizQuestionStream {
        QuizQuestionStream(generator: self, cards: cards, pool: pool, count: count, seed: seed, tables: tables)
    }

    /// The ways a cell card can be asked; empty for other cards and for cells with nothing fair to offer.
    func cellPlans(for card: QuizCard, index: TableIndex) -> [QuizQuestionType: CellPlan] {
        guard card.kind == .cell, let entry = index.entry(forKey: card.key) else { return [:] }
        return cellPlans(for: entry, index: index, language: framing(card))
    }

    /// The question types a card can be asked as; never empty.
    func possibleTypes(of card: QuizCard, plans: [QuizQuestionType: CellPlan]) -> [QuizQuestionType] {
        if card.kind == .claim, let verdict = card.verdict { return [Self.isPlainVerdict(verdict) ? .trueFalse : .recallSelfGraded] }
        if !plans.isEmpty { return QuizQuestionType.allCases.filter { plans[$0] != nil } }
        if mustBeRecalled(card) { return [.recallSelfGraded] }
        if let choice = Self.writtenChoice(card) {
            return [choice.claimIsTrue != nil ? .trueFalse : choice.isBalanced ? .multipleChoice : .recallSelfGraded]
        }
        // Yes and no are prep's words: a question in the other language is typed in its own words instead.
        if Self.yesOrNo(card) != nil, isInScreenLanguage(card) { return [.whichOne] }
        let mode = card.kind == .cell ? cellRecallMode(forAnswer: card.cell.map { framing(card).cellValue($0.reading) } ?? card.back, key: card.key) : recallMode(for: card)
        return [mode == .typed ? .recallTyped : .recallSelfGraded]
    }

    func pickType(among types: [QuizQuestionType], using random: inout SplitMix64) -> QuizQuestionType {
        guard types.count > 1 else { return types[0] }
        let weights = types.map { type in
            switch type {
            case .whichOne, .multipleChoice: 3
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

    func makeQuestion(
        _ card: QuizCard, plan: CellPlan?, index: TableIndex, using random: inout SplitMix64
    ) -> QuizQuestion {
        let language = framing(card)
        if card.kind == .cell, let entry = index.entry(forKey: card.key) {
            let kind = cellQuestion(entry, plan: plan, index: index, language: language, using: &random)
            var question = QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
            switch (kind, plan) {
            case (.whichOne, .verdict?):
                // Right or wrong, the verdict is taught by the row it rests on: each subject's case, side by side, and
                // the verdict's own words when they say more than the answer line ("ASGI, with async-native clients").
                if case .recall(_, let row, _) = comparison(entry, shape: index.shape(ofTableOf: entry), index: index, language: language),
                   case .whichOne(_, let choices, let correctIndex) = kind {
                    let restated = "- " + entry.cell.column + language.phrases.colon + choices[correctIndex]
                    question.explanation = row.split(separator: "\n").filter { $0 != restated }.joined(separator: "\n")
                }
            case (.multipleChoice(_, let options, _), _), (.whichOne(_, let options, _), _):
                question.optionNotes = optionNotes(entry, options: options, index: index, language: language)
            default: break
            }
            return question
        }
        if card.kind == .claim, let verdict = card.verdict {
            return claimQuestion(card, verdict: verdict, language: language)
        }
        if mustBeRecalled(card) {
            let prompt = Self.writtenChoice(card)?.stem ?? card.front
            let answer = Self.writtenChoice(card)?.recallAnswer ?? card.recallAnswer
            return QuizQuestion(cardKey: card.key, language: language, kind: .recall(prompt: prompt, answer: answer, mode: .selfGraded), check: card.check)
        }
        if let choice = Self.writtenChoice(card), let isTrue = choice.claimIsTrue {
            return QuizQuestion(
                cardKey: card.key, language: language,
                kind: .trueFalse(statement: choice.stem, answer: isTrue, explanation: choice.stem), check: card.check,
                explanation: language.claimExplanation(reason: choice.explanation))
        }
        if let choice = Self.writtenChoice(card) {
            // The card's own options, in its order, so its letters still name them; a key that stands out by its
            // length alone is recalled from the stem instead.
            let kind = choice.isBalanced
                ? QuizQuestion.Kind.multipleChoice(prompt: choice.stem, options: choice.options, correctIndex: choice.correctIndex)
                : .recall(prompt: choice.stem, answer: choice.recallAnswer, mode: .selfGraded)
            // The author's explanation after the key ("📖 解析 …") teaches why, right or wrong (twenty-seventh reading:
            // a choice answered with its letter alone).
            return QuizQuestion(
                cardKey: card.key, language: language, kind: kind, check: card.check,
                explanation: language.claimExplanation(reason: choice.explanation))
        }
        if let selection = Self.writtenSelection(card) {
            let kind = QuizQuestion.Kind.recall(prompt: selection.prompt, answer: selection.answer, mode: .selfGraded)
            return QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
        }
        if let mark = Self.yesOrNo(card), isInScreenLanguage(card) {
            let marks: [CellMark] = mark == .partial ? [.yes, .partial, .no] : [.yes, .no]
            let kind = QuizQuestion.Kind.whichOne(prompt: card.front, choices: marks.map(language.markWord), correctIndex: marks.firstIndex(of: mark) ?? 0)
            return QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
        }
        // A front that only names a topic ("css 選擇器的權重") is asked to be explained, in the screen's words; not
        // when the topic is written in the other language ("Explain: 選擇器", whatever the file was tagged), where
        // the framing would mix two languages in one question.
        let writtenInChinese = card.front.unicodeScalars.contains(where: AnswerText.isCJK)
        let framesTopic = card.kind == .qa && writtenInChinese == (language == .zhHant) && FrontForm.namesATopic(card.front)
        let prompt = framesTopic ? language.topicPrompt(card.front) : card.front
        let kind = QuizQuestion.Kind.recall(prompt: prompt, answer: card.recallAnswer, mode: recallMode(for: card))
        return QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
    }

    /// A claim is asked only between answers that cannot overlap. Four verdicts side by side do: a claim keyed
    /// "misleading" is also defensibly "false", and one keyed "depends" defensibly "true" or "false", by how
    /// strictly the reader takes its words. So a claim keyed plain true or false is asked as true or false, two
    /// answers that exclude each other, its reason shown after; a claim keyed misleading or depends has no
    /// one-word answer and is recalled, self-graded: "Is this right? Say why, or when it holds", the reveal
    /// giving the verdict and its reason, which the learner's own "it depends on…" is judged against.
    func claimQuestion(_ card: QuizCard, verdict: Verdict, language: QuizLanguage) -> QuizQuestion {
        guard Self.isPlainVerdict(verdict) else {
            let answer = Self.verdictAndReason(language.claimVerdictLine(verdict), card.verdictReason ?? "")
            let kind = QuizQuestion.Kind.recall(prompt: language.claimRecallPrompt(card.front), answer: answer, mode: .selfGraded)
            return QuizQuestion(cardKey: card.key, language: language, kind: kind, check: card.check)
        }
        let kind = QuizQuestion.Kind.trueFalse(statement: card.front, answer: verdict == .true, explanation: card.front)
        return QuizQuestion(
            cardKey: card.key, language: language, kind: kind, check: card.check,
            explanation: language.claimExplanation(reason: card.verdictReason)
        )
    }

    /// A reason opening in lower case goes on with the verdict's own sentence ("Depends — on the share of…",
    /// "Misleading — the words hold, but…"): set apart as a paragraph, it read as a sentence cut in half.
    static func verdictAndReason(_ verdictLine: String, _ reason: String) -> String {
        guard let first = reason.first else { return verdictLine }
        return verdictLine + (first.isLowercase ? " — " : "\n\n") + reason
    }

    static func isPlainVerdict(_ verdict: Verdict) -> Bool { verdict == .true || verdict == .false }

    /// The answer of a question answered by a bare "yes" or "no" ("Is ASGI always faster?" — "No"): chosen
    /// between the two rather than typed, since typing one of two words recalls nothing. Cells are asked by their table.
    static func yesOrNo(_ card: QuizCard) -> CellMark? {
        guard card.kind == .qa else { return nil }
        // "No." and "是。" are bare too.
        let reading = CellReading(card.recallAnswer.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)))
        return reading.note.isEmpty ? reading.mark : nil
    }
}
