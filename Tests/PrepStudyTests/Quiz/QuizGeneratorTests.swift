import PrepCore
import PrepScheduling
import PrepContent
@testable import PrepStudy
import Testing

struct QuizGeneratorTests {
    let generator = QuizGenerator()

    @Test func generatedQuestionsNeverRepeatAnOptionAndAlwaysOfferTheAnswer() {
        var multipleChoices = 0
        for seed in UInt64(0)..<100 {
            let pool = QuizFixtures.syntheticTables(seed: seed) + QuizFixtures.coreDifferences
            let byKey = Dictionary(pool.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for question in generator.questions(for: pool, pool: pool, count: pool.count, seed: seed) {
                guard case .multipleChoice(_, let options, let correctIndex) = question.kind else { continue }
                multipleChoices += 1
                #expect(Set(options.map(AnswerText.normalized)).count == options.count)
                let cell = byKey[question.cardKey]!.cell!
                #expect([question.language.cellValue(cell.reading), cell.rowLabel].contains(options[correctIndex]))
            }
        }
        #expect(multipleChoices > 200)
    }

    @Test func sameSeedSameQuestionsDifferentSeedDifferentOrder() {
        // The storage table's cells can each be asked several ways, so seeds have choices to differ in.
        let pool = QuizTableRulesTests.storage + QuizFixtures.coreDifferences + QuizFixtures.djangoVersions
        let first = generator.questions(for: pool, pool: pool, count: 20, seed: 11)
        #expect(first == generator.questions(for: pool, pool: pool, count: 20, seed: 11))
        #expect(first.count == 20)
        let others = (UInt64(12)..<17).map { generator.questions(for: pool, pool: pool, count: 20, seed: $0) }
        #expect(others.allSatisfy { $0 != first })
    }

    @Test func poolOrderDoesNotChangeTheQuestions() {
        let pool = QuizFixtures.coreDifferences + QuizFixtures.djangoVersions
        let today = Array(pool.prefix(10))
        #expect(
            generator.questions(for: today, pool: pool, count: 10, seed: 5)
                == generator.questions(for: today, pool: pool.reversed(), count: 10, seed: 5)
        )
    }

    @Test(arguments: [
        ("ASGI", QuizQuestion.RecallMode.typed),
        ("uvicorn or daphne", .typed),
        ("事件循環", .typed),
        ("一個事件循環處理多個請求", .selfGraded),  // 11 characters, about six words
        ("一個事件循環處理", .typed),  // 8 characters, about four words
        ("PEP 3333（2010 年的修訂）", .typed),  // an aside in parentheses does not count
        ("The number of CPU cores", .typed),  // three key words; the matcher lets the learner drop "the", "of"
        ("When the project has asynchronous code", .selfGraded),  // five key words
        ("2.0 from 2017, 3.0 from 2019", .selfGraded),  // two parts
        ("TypeError：物件無法序列化", .selfGraded),
        ("await request.auser()", .typed),
        ("one two three four five six seven", .selfGraded),
        ("Use an ASGI server such as Uvicorn, which keeps the event loop free", .selfGraded),
        ("short\nbut two lines", .selfGraded),
        // Issue 20: a code expression or a sentence around a code span is recalled; one name or literal is typed.
        ("`useEffect(() => {}, [])`", .selfGraded),
        ("useMemo(fn, deps)", .selfGraded),
        ("sys.argv[1]", .selfGraded),
        ("count = 0", .selfGraded),
        ("The default value is `undefined`", .selfGraded),
        ("`undefined`", .typed),
        ("`a` or `b`", .typed),
        ("`(1, 2)`", .typed),
        ("ASGI(Asynchronous Gateway)", .typed),
    ])
    func recallIsTypedWhenShortAndSelfGradedWhenLong(answer: String, mode: QuizQuestion.RecallMode) {
        let card = QuizFixtures.qa("q1", answer: answer)
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        #expect(question.kind == .recall(prompt: "Question q1?", answer: answer, mode: mode))
        #expect(question.type == (mode == .typed ? .recallTyped : .recallSelfGraded))
    }

    @Test func clozeBecomesRecall() {
        let card = QuizCard(key: "k/cloze", kind: .cloze, lang: "en", front: "ASGI runs on an [...]", back: "event loop")
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        #expect(question.kind == .recall(prompt: "ASGI runs on an [...]", answer: "event loop", mode: .typed))
    }

    @Test func countLimitsTheQuestionsAndEachCardIsAskedOnce() {
        let pool = QuizFixtures.coreDifferences
        let questions = generator.questions(for: pool, pool: pool, count: 5, seed: 2)
        #expect(questions.count == 5)
        #expect(Set(questions.map(\.cardKey)) == Set(pool.prefix(5).map(\.key)))
        #expect(generator.questions(for: pool, pool: pool, count: 0, seed: 2).isEmpty)
        #expect(generator.questions(for: Array(pool.prefix(3)), pool: pool, count: 20, seed: 2).count == 3)
    }

    @Test func typesAreMixedWhenTheNextCardsAllowIt() {
        let cards = [
            QuizFixtures.claim("c1", .true), QuizFixtures.claim("c2", .false), QuizFixtures.claim("c3", .depends),
            QuizFixtures.qa("q1", answer: "ASGI"), QuizFixtures.qa("q2", answer: "WSGI"),
        ]
        let questions = generator.questions(for: cards, pool: cards, count: 5, seed: 0)
        // c1 and c2 are true or false, c3 (depends) recalled: c3 is pulled ahead so no type follows itself.
        #expect(questions.map(\.cardKey).map { $0.split(separator: "/").last! } == ["c1", "c3", "c2", "q1", "q2"])
        let plainClaims = [cards[0], cards[1]]
        #expect(generator.questions(for: plainClaims, pool: plainClaims, count: 2, seed: 0).map(\.cardKey) == plainClaims.map(\.key))
    }

    @Test func clozeAsksForTheDeletionNotTheWholeSentence() {
        let card = QuizCard(
            key: "k/cloze/c1", kind: .cloze, lang: "en", front: "An ASGI app takes […], receive and send.",
            back: "An ASGI app takes scope, receive and send.",
            cloze: ClozeParts(shown: ["An ASGI app takes ", ", receive and send."], blanks: [.init(answer: "scope")])
        )
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        #expect(question.kind == .recall(prompt: card.front, answer: "scope", mode: .typed))
        let zh = QuizCard(key: "k/zh/c2", kind: .cloze, lang: "zh-Hant", front: "事件迴圈跑在[…]上。", back: "事件迴圈跑在一條執行緒上。",
                          cloze: ClozeParts(shown: ["事件迴圈跑在", "上。"], blanks: [.init(answer: "一條執行緒")]))
        #expect(zh.recallAnswer == "一條執行緒")
    }

    @Test(arguments: [
        ("A [hint] and […] too", "A x and y too"),  // two hidden stretches: which one is asked is unclear
        ("No deletion here", "Something else entirely"),
    ])
    func clozeWithoutOneClearDeletionKeepsTheWholeBack(front: String, back: String) {
        let card = QuizCard(key: "k/c", kind: .cloze, lang: "en", front: front, back: back, cloze: ClozeParts(front: front, back: back))
        #expect(card.recallAnswer == back)
    }
}
