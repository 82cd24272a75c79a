import PrepStore

extension QuizCard {
    /// The card as the quiz asks it, in the language it was stored in.
    package init(stored card: StoredCard) {
        self.init(
            key: card.key, kind: card.kind, lang: card.lang, front: card.front, back: card.back, check: card.check,
            verdict: card.verdict, verdictReason: card.verdictReason, cell: card.cell, tags: card.tags,
            cloze: card.cloze,
            hasSynonyms: !card.also.isEmpty
        )
    }
}
