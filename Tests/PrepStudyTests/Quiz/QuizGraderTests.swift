import PrepCore
import PrepScheduling
import PrepStudy
import Testing

struct QuizGraderTests {
    static let choice = QuizQuestion(
        cardKey: "k", language: .en,
        kind: .multipleChoice(prompt: "Which server runs ASGI?", options: ["Uvicorn", "uWSGI", "mod_wsgi"], correctIndex: 0),
        check: nil
    )
    static let whichOne = QuizQuestion(
        cardKey: "k", language: .en, kind: .whichOne(prompt: "Which one has an event loop?", choices: ["WSGI", "ASGI"], correctIndex: 1),
        check: nil
    )
    static let truth = QuizQuestion(
        cardKey: "k", language: .en, kind: .trueFalse(statement: "ASGI supports WebSocket", answer: true, explanation: ""),
        check: nil
    )
    static let typed = QuizQuestion(
        cardKey: "k", language: .en, kind: .recall(prompt: "Which year was ASGI released?", answer: "2016", mode: .typed),
        check: nil
    )
    static let selfGraded = QuizQuestion(
        cardKey: "k", language: .en, kind: .recall(prompt: "Why?", answer: "Because.", mode: .selfGraded), check: nil
    )

    struct Case: Sendable, CustomTestStringConvertible {
        var outcome: QuizOutcome
        var seconds: Double
        var hint: Bool
        var question: QuizQuestion
        var expected: Rating
        var testDescription: String { "\(outcome) \(seconds)s hint=\(hint) \(question.type) → \(expected)" }
    }

    static let cases: [Case] = [
        // Wrong is Again whatever else happened.
        Case(outcome: .answered(.wrong), seconds: 1, hint: false, question: choice, expected: .again),
        Case(outcome: .answered(.wrong), seconds: 30, hint: true, question: typed, expected: .again),
        Case(outcome: .answered(.wrong), seconds: 2, hint: false, question: truth, expected: .again),
        // Recognition is never Easy, however fast.
        Case(outcome: .answered(.exact), seconds: 0.5, hint: false, question: choice, expected: .good),
        Case(outcome: .answered(.exact), seconds: 0.5, hint: false, question: whichOne, expected: .good),
        Case(outcome: .answered(.exact), seconds: 0.5, hint: false, question: truth, expected: .good),
        // A typed answer, exact and fast, on a studied card is Easy; in normal time Good.
        Case(outcome: .answered(.exact), seconds: 2, hint: false, question: typed, expected: .easy),
        Case(outcome: .answered(.exact), seconds: 12, hint: false, question: typed, expected: .good),
        // A typo or extra words are Good at most.
        Case(outcome: .answered(.typo), seconds: 1, hint: false, question: typed, expected: .good),
        Case(outcome: .answered(.extraWords), seconds: 1, hint: false, question: typed, expected: .good),
        Case(outcome: .answered(.typo), seconds: 1, hint: false, question: choice, expected: .good),
        // Slow (over the question's limit) or hinted is Hard.
        Case(outcome: .answered(.exact), seconds: 15, hint: false, question: choice, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 30, hint: false, question: typed, expected: .hard),
        Case(outcome: .answered(.typo), seconds: 30, hint: false, question: typed, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 1, hint: true, question: choice, expected: .hard),
        Case(outcome: .answered(.exact), seconds: 1, hint: true, question: typed, expected: .hard),
        // The learner's own grade passes through.
        Case(outcome: .selfGraded(.again), seconds: 1, hint: false, question: selfGraded, expected: .again),
        Case(outcome: .selfGraded(.hard), seconds: 1, hint: false, question: selfGraded, expected: .hard),
        Case(outcome: .selfGraded(.good), seconds: 60, hint: true, question: selfGraded, expected: .good),
        Case(outcome: .selfGraded(.easy), seconds: 90, hint: false, question: selfGraded, expected: .easy),
    ]

    @Test(arguments: cases)
    func rating(_ gradingCase: Case) {
        let grade = QuizGrader().grade(
            gradingCase.outcome, for: gradingCase.question, elapsed: .milliseconds(Int(gradingCase.seconds * 1000)),
            hintUsed: gradingCase.hint, cardIsNew: false
        )
        #expect(grade.rating == gradingCase.expected)
        #expect((grade.hardReason != nil) == (grade.rating == .hard && !gradingCase.outcome.isSelfGradedForTest))
    }

    @Test func recognitionIsNeverEasyForAnyCardOrSpeed() {
        let grader = QuizGrader()
        for question in [Self.choice, Self.whichOne, Self.truth] {
            for isNew in [true, false] {
                for milliseconds in [0, 100, 1000, 3000] {
                    let grade = grader.grade(
                        .answered(.exact), for: question, elapsed: .milliseconds(milliseconds), hintUsed: false, cardIsNew: isNew
                    )
                    #expect(grade.rating == .good)
                }
            }
        }
        // A new card is never Easy even when typed: one right answer is no evidence for a week-long interval.
        #expect(grader.grade(.answered(.exact), for: Self.typed, elapsed: .seconds(1), hintUsed: false, cardIsNew: true).rating == .good)
        // The learner's own Easy on a new card stands: they judged their recall, not a recognition.
        #expect(grader.grade(.selfGraded(.easy), for: Self.selfGraded, elapsed: .seconds(1), hintUsed: false, cardIsNew: true).rating == .easy)
    }

    @Test func hardSaysWhy() {
        let grader = QuizGrader()
        let slow = grader.grade(.answered(.exact), for: Self.choice, elapsed: .seconds(14), hintUsed: false, cardIsNew: false)
        #expect(slow.rating == .hard)
        #expect(slow.hardReason == .slow(elapsed: .seconds(14), limit: grader.slowLimit(for: Self.choice)))
        #expect(QuizLanguage.en.hardReason(slow.hardReason!).hasPrefix("slow: 14 s"))
        #expect(QuizLanguage.zhHant.hardReason(slow.hardReason!).hasPrefix("作答較慢：14 秒"))
        let hinted = grader.grade(.answered(.exact), for: Self.choice, elapsed: .seconds(1), hintUsed: true, cardIsNew: false)
        #expect(hinted.hardReason == .hint)
    }

    @Test func thresholdsAreParameters() {
        let patient = QuizGrader(thresholds: .init(choiceBase: .seconds(60), typedBase: .seconds(90)))
        #expect(patient.grade(.answered(.exact), for: Self.truth, elapsed: .seconds(50), hintUsed: false, cardIsNew: false).rating == .good)
        #expect(patient.grade(.answered(.exact), for: Self.typed, elapsed: .seconds(30), hintUsed: false, cardIsNew: false).rating == .easy)
    }

    @Test func ratingsUseFSRSRawValues() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
    }

    @Test func outcomeCountsAsRightUnlessWrongOrAgain() {
        #expect(QuizOutcome.answered(.exact).isRight && QuizOutcome.answered(.typo).isRight)
        #expect(QuizOutcome.answered(.extraWords).isRight)
        #expect(!QuizOutcome.answered(.wrong).isRight)
        #expect(!QuizOutcome.selfGraded(.again).isRight && QuizOutcome.selfGraded(.hard).isRight)
    }
}

/// The time that counts as slow grows with what the question gives to read, by script.
struct SlowLimitTests {
    let grader = QuizGrader()

    func trueFalse(_ statement: String, _ language: QuizLanguage = .en) -> QuizQuestion {
        QuizQuestion(cardKey: "k", language: language, kind: .trueFalse(statement: statement, answer: true, explanation: ""), check: nil)
    }

    @Test func readingTimeCountsLatinWordsAndCJKCharacters() {
        let reading = ReadingTime(latinWordsPerSecond: 2, cjkCharactersPerSecond: 4)
        #expect(reading.seconds(toRead: "one two three four") == 2)
        #expect(reading.seconds(toRead: "事件循環") == 1)
        // Mixed text: each script at its own rate; "3.0" and "sync_to_async" are one word each.
        #expect(reading.seconds(toRead: "Django 3.0 用 sync_to_async 包裝") == 1.5 + 0.75)
        #expect(reading.seconds(toRead: "") == 0)
    }

    @Test func aLongerQuestionAllowsMoreTime() {
        let short = grader.slowLimit(for: trueFalse("ASGI is async."))
        let long = grader.slowLimit(for: trueFalse(
            "Under WSGI each request holds a worker thread for its whole duration, including the time it waits on the database."
        ))
        #expect(long > short)
        // Twenty words more at three words a second: between five and ten seconds more.
        #expect(long - short > .seconds(5) && long - short < .seconds(10))
    }

    @Test func chineseIsReadByCharacters() {
        let english = "The event loop runs every coroutine on one thread."  // 9 words
        let chinese = "事件循環在同一條執行緒上執行所有協程。"  // 18 CJK characters
        let englishLimit = grader.slowLimit(for: trueFalse(english))
        let chineseLimit = grader.slowLimit(for: trueFalse(chinese, .zhHant))
        // 9 words at 3/s and 18 characters at 5/s: 3 s and 3.6 s of reading.
        #expect(abs((chineseLimit - englishLimit) / .milliseconds(1) - 600) < 1)
        // Counting the Chinese as Latin would see one word and allow almost nothing for it.
        #expect(chineseLimit > grader.slowLimit(for: trueFalse("word")) + .seconds(3))
    }

    @Test func aTypedAnswerAddsTimeToTypeIt() {
        func typed(_ answer: String) -> QuizQuestion {
            QuizQuestion(cardKey: "k", language: .en, kind: .recall(prompt: "Which worker class?", answer: answer, mode: .typed), check: nil)
        }
        let short = grader.slowLimit(for: typed("sync"))
        let long = grader.slowLimit(for: typed("uvicorn_worker.UvicornWorker"))
        #expect(long - short == .seconds(8))  // 24 characters more at 3 a second
        // Chinese through an input method is slower per character.
        #expect(grader.slowLimit(for: typed("事件循環")) - grader.slowLimit(for: typed("loop")) == .seconds(4) - .milliseconds(1333))
    }
}

private extension QuizOutcome {
    var isSelfGradedForTest: Bool {
        if case .selfGraded = self { return true }
        return false
    }
}
