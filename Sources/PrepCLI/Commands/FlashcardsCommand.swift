/// `prep flashcards`: classic card review and browsing.
enum FlashcardsCommand: Command {
    static let name = "flashcards"
    static let abstract = "Review, list and inspect flashcards."
    static var subcommands: [any Command.Type] { [FlashcardsListCommand.self, FlashcardsReviewCommand.self, FlashcardsShowCommand.self] }
}
