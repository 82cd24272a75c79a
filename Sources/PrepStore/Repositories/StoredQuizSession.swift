import Foundation

/// One `prep quiz` run; saved when it starts and again as answers come in.
package struct StoredQuizSession: Sendable, Hashable {
    package var id: String
    package var startedAt: Date
    package var finishedAt: Date?
    package var lang: String
    package var topic: String?
    package var questionCount: Int
    package var answeredCount: Int
    package var correctCount: Int
    package var seed: Int64?

    package init(
        id: String, startedAt: Date, finishedAt: Date? = nil, lang: String, topic: String? = nil,
        questionCount: Int, answeredCount: Int = 0, correctCount: Int = 0, seed: Int64? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.lang = lang
        self.topic = topic
        self.questionCount = questionCount
        self.answeredCount = answeredCount
        self.correctCount = correctCount
        self.seed = seed
    }
}
