import PrepScheduling
import PrepStudy
import Testing

struct QuizGraderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var outcome: QuizOutcome
        var seconds: Double
        var hint: Bool
        var type: QuizQuestionType
        var expected: Rating
        var testDescription: String { "\(outcome) \(seconds)s hint=\(hint) \(type) → \(expected)" }
    }

    static let cases: [Case] = [
        // Wrong is Again whatever else happened.
        Case(outcome: .answered(.wrong), seconds: 1, hint: false, type: .multipleChoice, expected: .again),
        Case(outcome: .answered(.wrong), seconds: 30, hint: true, type: .recallTyped, expected: .again),
        Case(outcome: .answered(.wrong), seconds: 2, hint: false, type: .trueFalse, expected: .again),
        // Right and fast on a choice is Easy.
        Case(outcome: .answered(.exact), seconds: 2, hint: false, type: .multipleChoice, expected: .easy),
        Case(outcome: .answered(.exact), seconds: 3.9, hint: false, type: .whichOne, expected: .easy),
        Case(outcome: .answered(.exact), seconds: 1, hint: false, type: .trueFalse, expected: .easy),
        // Typed recall is never Easy: fast is Good.
        Case(outcome: .answered(.exact), seconds: 2, hint: false, type: .recallTyped, expected: .good),
        // Right in normal time is Good.
        Case(outcome: .answered(.exact), seconds: 4, hint: false, type: .multipleChoice, expected: .good),
        Case(outcome: .answered(.exact), seconds: 12, hint: false, type: .trueFalse, expected: .good),
        Case(outcome: .answered(.exact), seconds: 20, hint: false, type: .recallTyped, expected: .good),
        // Slow (above the per-type limit) or hinted is Hard.
        Case(outcome: .answered(.exact), seconds: 12.5, hint: false, type: .multipleChoice, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 13, hint: false, type: .whichOne, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 21, hint: false, type: .recallTyped, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 1, hint: true, type: .multipleChoice, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 1, hint: true, type: .recallTyped, expected: .hard),
        // A tolerated typo is Good at most.
        Case(outcome: .answered(.close), seconds: 1, hint: false, type: .recallTyped, expected: .good),
        Case(outcome: .answered(.close), seconds: 1, hint: false, type: .multipleChoice, expected: .good),
        Case(outcome: .answered(.close), seconds: 25, hint: false, type: .recallTyped, expected: .hard),
        Case(outcome: .answered(.close), seconds: 5, hint: true, type: .recallTyped, expected: .hard),
        // The learner's own grade passes through.
        Case(outcome: .selfGraded(.again), seconds: 1, hint: false, type: .recallSelfGraded, expected: .again),
        Case(outcome: .selfGraded(.hard), seconds: 1, hint: false, type: .recallSelfGraded, expected: .hard),
        Case(outcome: .selfGraded(.good), seconds: 60, hint: true, type: .recallSelfGraded, expected: .good),
        Case(outcome: .selfGraded(.easy), seconds: 90, hint: false, type: .recallSelfGraded, expected: .easy),
    ]

    @Test(arguments: cases)
    func rating(_ gradingCase: Case) {
        let rating = QuizGrader().rating(
            for: gradingCase.outcome, elapsed: .milliseconds(Int(gradingCase.seconds * 1000)),
            hintUsed: gradingCase.hint, type: gradingCase.type, cardIsNew: false
        )
        #expect(rating == gradingCase.expected)
    }

    @Test func thresholdsAreParameters() {
        let patient = QuizGrader(thresholds: .init(slowTyped: .seconds(60), slowChoice: .seconds(30), fastChoice: .seconds(10)))
        #expect(patient.rating(for: .answered(.exact), elapsed: .seconds(8), hintUsed: false, type: .trueFalse, cardIsNew: false) == .easy)
        #expect(patient.rating(for: .answered(.exact), elapsed: .seconds(25), hintUsed: false, type: .whichOne, cardIsNew: false) == .good)
        #expect(patient.rating(for: .answered(.exact), elapsed: .seconds(45), hintUsed: false, type: .recallTyped, cardIsNew: false) == .good)
    }

    @Test func aNewCardRecognisedAtOnceIsGoodNotEasy() {
        let grader = QuizGrader()
        for type in [QuizQuestionType.multipleChoice, .whichOne, .trueFalse] {
            #expect(grader.rating(for: .answered(.exact), elapsed: .seconds(1), hintUsed: false, type: type, cardIsNew: true) == .good)
            #expect(grader.rating(for: .answered(.exact), elapsed: .seconds(1), hintUsed: false, type: type, cardIsNew: false) == .easy)
        }
        // The learner's own Easy on a new card stands: they judged their recall, not a recognition.
        #expect(grader.rating(for: .selfGraded(.easy), elapsed: .seconds(1), hintUsed: false, type: .recallSelfGraded, cardIsNew: true) == .easy)
    }

    @Test func ratingsUseFSRSRawValues() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
    }

    @Test func outcomeCountsAsRightUnlessWrongOrAgain() {
        #expect(QuizOutcome.answered(.exact).isRight && QuizOutcome.answered(.close).isRight)
        #expect(!QuizOutcome.answered(.wrong).isRight)
        #expect(!QuizOutcome.selfGraded(.again).isRight && QuizOutcome.selfGraded(.hard).isRight)
    }
}
