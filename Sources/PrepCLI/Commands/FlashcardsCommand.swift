/// `prep flashcards`: classic card review and browsing.
enum FlashcardsCommand: Command {
    static let name = "flashcards"
    static let abstract = HelpPhrase.flashcardsAbstract
    static var subcommands: [any Command.Type] {
        [
            FlashcardsListCommand.self, FlashcardsReviewCommand.self, FlashcardsShowCommand.self,
            FlashcardsSuspendCommand.self, FlashcardsUnsuspendCommand.self, FlashcardsForgetCommand.self,
            FlashcardsRescheduleCommand.self, FlashcardsBuryCommand.self, FlashcardsUnburyCommand.self,
        ]
    }
}
