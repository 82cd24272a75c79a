import PrepScheduling
import PrepContent
@testable import PrepStudy
import Testing

struct QuizGeneratorTests {
    let generator = QuizGenerator()

    private func multipleChoice(for card: QuizCard, pool: [QuizCard], seed: UInt64) -> QuizQuestion.Kind {
        var random = SplitMix64(seed: seed)
        let cell = card.cell!
        return generator.cellQuestion(
            card, cell: cell, type: .multipleChoice, language: QuizLanguage(code: card.lang),
            index: TableIndex(cards: pool), using: &random
        )
    }

    @Test func multipleChoiceOptionsAreDistinctAndContainTheAnswerOverManySeeds() throws {
        var checked = 0
        for seed in UInt64(0)..<150 {
            let pool = QuizFixtures.syntheticTables(seed: seed)
            for card in pool where !AnswerText.normalized(card.cell!.displayValue).isEmpty {
                guard case .multipleChoice(_, let options, let correctIndex) = multipleChoice(for: card, pool: pool, seed: seed)
                else { continue }
                let forms = options.map(AnswerText.normalized)
                #expect(Set(forms).count == options.count, "duplicate options \(options)")
                #expect(options.indices.contains(correctIndex))
                #expect(options[correctIndex] == card.cell!.displayValue)
                #expect(options.count <= 4)
                // Fewer than four only when the table and same-kind cells elsewhere have no more distinct values;
                // a marked cell's wrong values carry another mark and come from other rows.
                let cell = card.cell!
                let eligible = pool.compactMap(\.cell).filter { other in
                    let sameKind = other.tableKey == cell.tableKey || (other.mark == nil) == (cell.mark == nil)
                    let plausiblyWrong = cell.mark == nil || (other.mark != cell.mark && other.rowLabel != cell.rowLabel)
                    return other == cell || (sameKind && plausiblyWrong)
                }
                let distinctEligible = Set(eligible.map { AnswerText.normalized($0.displayValue) }.filter { !$0.isEmpty })
                #expect(options.count == min(4, distinctEligible.count))
                if let mark = cell.mark {
                    let others = pool.compactMap(\.cell).filter { $0 != cell && $0.mark == mark }.map(\.displayValue)
                    #expect(options.filter { $0 != cell.displayValue }.allSatisfy { !others.contains($0) }, "\(options)")
                }
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func generatedQuestionsNeverRepeatAnOptionAndAlwaysOfferTheAnswer() {
        var multipleChoices = 0
        for seed in UInt64(0)..<100 {
            let pool = QuizFixtures.syntheticTables(seed: seed) + QuizFixtures.coreDifferences
            let byKey = Dictionary(pool.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for question in generator.questions(for: pool, pool: pool, count: pool.count, seed: seed) {
                guard case .multipleChoice(_, let options, let correctIndex) = question.kind else { continue }
                multipleChoices += 1
                #expect(Set(options.map(AnswerText.normalized)).count == options.count)
                #expect(options[correctIndex] == byKey[question.cardKey]?.cell?.displayValue)
            }
        }
        #expect(multipleChoices > 200)
    }

    @Test func distractorsComeFromTheSameColumnFirst() {
        let pool = QuizFixtures.coreDifferences
        let card = pool.first { $0.key.hasSuffix("r0/c3") }!  // Released / ASGI: 2016
        let asgiColumn = Set(pool.filter { $0.cell!.columnIndex == 3 }.map { $0.cell!.displayValue })
        for seed in UInt64(0)..<30 {
            guard case .multipleChoice(let prompt, let options, _) = multipleChoice(for: card, pool: pool, seed: seed) else {
                Issue.record("expected multiple choice")
                return
            }
            #expect(options.count == 4)
            #expect(Set(options).isSubset(of: asgiColumn))
            #expect(prompt == "Core differences — Released: ASGI?")
        }
    }

    @Test func distractorsFallBackToOtherColumnsThenOtherTables() {
        let small = QuizFixtures.table(
            "small", title: "Small", columns: ["Row", "A", "B"], rows: [["r1", "alpha", "beta"], ["r2", "gamma", "beta"]]
        )
        let pool = small + QuizFixtures.coreDifferences
        let card = small.first { $0.key.hasSuffix("r0/c2") }!  // alpha; its column only adds gamma
        guard case .multipleChoice(_, let options, _) = multipleChoice(for: card, pool: pool, seed: 3) else {
            Issue.record("expected multiple choice")
            return
        }
        #expect(options.count == 4)
        #expect(options.contains("gamma") && options.contains("beta"))
        let otherTable = Set(QuizFixtures.coreDifferences.map { $0.cell!.displayValue })
        #expect(options.filter { otherTable.contains($0) }.count == 1)
    }

    @Test func fewerOptionsOnlyWhenThePoolRunsOut() {
        let pool = QuizFixtures.table("tiny", title: "", columns: ["Row", "A"], rows: [["r1", "x1"], ["r2", "y2"]])
        guard case .multipleChoice(let prompt, let options, _) = multipleChoice(for: pool[0], pool: pool, seed: 1) else {
            Issue.record("expected multiple choice")
            return
        }
        #expect(options.sorted() == ["x1", "y2"])
        #expect(prompt == "What does “r1” mean?")
    }

    @Test func sameSeedSameQuestionsDifferentSeedDifferentOrder() {
        let pool = QuizFixtures.coreDifferences + QuizFixtures.djangoVersions
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

    @Test func whichOneOnlyFromRowsWithOppositeYesNoMarks() {
        let pool = QuizFixtures.protocolsZh + QuizFixtures.djangoVersions + QuizFixtures.coreDifferences
        let byKey = Dictionary(uniqueKeysWithValues: pool.map { ($0.key, $0) })
        var whichOnes = 0
        for seed in UInt64(0)..<60 {
            for question in generator.questions(for: pool, pool: pool, count: pool.count, seed: seed) {
                guard case .whichOne(_, let choices, let correctIndex) = question.kind else { continue }
                whichOnes += 1
                let cell = byKey[question.cardKey]!.cell!
                #expect(cell.mark == .yes || cell.mark == .no)
                #expect(choices[correctIndex] == cell.column)
                let row = pool.compactMap(\.cell).filter { $0.tableKey == cell.tableKey && $0.rowLabel == cell.rowLabel }
                #expect(row.contains { $0.mark == (cell.mark == .yes ? .no : .yes) })
                #expect(!["HTTP/1.1", "Django 3.2+", "Django 3.0 - 3.1"].contains(cell.rowLabel))
            }
        }
        #expect(whichOnes > 50)
    }

    @Test func whichOnePromptAndChoicesFollowTheTable() {
        let pool = QuizFixtures.protocolsZh
        let index = TableIndex(cards: pool)
        let webSocketASGI = pool.first { $0.cell!.rowLabel == "WebSocket" && $0.cell!.column == "ASGI" }!
        var random = SplitMix64(seed: 0)
        let kind = generator.cellQuestion(
            webSocketASGI, cell: webSocketASGI.cell!, type: .whichOne, language: .zhHant, index: index, using: &random
        )
        #expect(kind == .whichOne(prompt: "協議支持 — WebSocket：哪一個是 ✅？WSGI 還是 ASGI？", choices: ["WSGI", "ASGI"], correctIndex: 1))
        let bothYes = pool.first { $0.cell!.rowLabel == "HTTP/1.1" }!
        #expect(!generator.possibleTypes(of: bothYes, in: index).contains(.whichOne))
    }

    @Test(arguments: [(Verdict.true, true), (.false, false), (.misleading, false), (.depends, false)])
    func claimsBecomeTrueFalseWithTheVerdictsAnswer(verdict: Verdict, expected: Bool) {
        let card = QuizFixtures.claim("c1", verdict, reason: "four workers serve four requests a second", check: "C06")
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        guard case .trueFalse(let statement, let answer, let explanation) = question.kind else {
            Issue.record("expected true/false, got \(question.kind)")
            return
        }
        #expect(statement == "Claim c1")
        #expect(answer == expected)
        #expect(explanation.hasSuffix("four workers serve four requests a second"))
        #expect(explanation.contains("false as stated") == (verdict == .misleading || verdict == .depends))
        #expect(question.check == "C06")
        #expect(question.cardKey == card.key)
    }

    @Test func claimExplanationInChinese() {
        let card = QuizFixtures.claim("c2", .misleading, reason: "要看 worker 類型", lang: "zh-Hant")
        let question = generator.questions(for: [card], pool: [], count: 1, seed: 0)[0]
        #expect(question.kind == .trueFalse(statement: "Claim c2", answer: false, explanation: "誤導，因此如此陳述不成立：要看 worker 類型"))
    }

    @Test func cellTrueFalsePairsTheRowWithAWrongValueFromTheSameColumn() {
        let pool = QuizFixtures.coreDifferences
        let card = pool.first { $0.key.hasSuffix("r6/c2") }!  // Complexity / WSGI: Simple
        let wsgiColumn = Set(pool.filter { $0.cell!.columnIndex == 2 }.map { $0.cell!.displayValue })
        var answers = Set<Bool>()
        for seed in UInt64(0)..<40 {
            var random = SplitMix64(seed: seed)
            let kind = generator.cellQuestion(
                card, cell: card.cell!, type: .trueFalse, language: .en, index: TableIndex(cards: pool), using: &random
            )
            guard case .trueFalse(let statement, let answer, let explanation) = kind else {
                Issue.record("expected true/false")
                return
            }
            answers.insert(answer)
            #expect(explanation == "Core differences — Complexity, WSGI: Simple")
            let prefix = "Core differences — Complexity, WSGI: "
            #expect(statement.hasPrefix(prefix))
            let value = String(statement.dropFirst(prefix.count))
            #expect(wsgiColumn.contains(value))
            #expect((value == "Simple") == answer)
        }
        #expect(answers == [true, false])
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
        #expect(questions.map(\.cardKey).map { $0.split(separator: "/").last! } == ["c1", "q1", "c2", "q2", "c3"])
        let onlyClaims = Array(cards.prefix(3))
        #expect(generator.questions(for: onlyClaims, pool: onlyClaims, count: 3, seed: 0).map(\.cardKey) == onlyClaims.map(\.key))
    }

    @Test func cellTypesVaryAcrossASession() {
        let pool = QuizFixtures.coreDifferences + QuizFixtures.djangoVersions
        let types = generator.questions(for: pool, pool: pool, count: pool.count, seed: 4).map(\.type)
        #expect(Set(types).isSuperset(of: [.multipleChoice, .whichOne, .trueFalse]))
        #expect(zip(types, types.dropFirst()).allSatisfy { $0 != $1 })
    }

    @Test func promptsAreLocalized() {
        let pool = QuizFixtures.coreDifferencesZh
        let card = pool.first { $0.key.hasSuffix("r1/c3") }!
        guard case .multipleChoice(let prompt, let options, let correctIndex) = multipleChoice(for: card, pool: pool, seed: 0) else {
            Issue.record("expected multiple choice")
            return
        }
        #expect(prompt == "核心差異 — 長連接：ASGI 呢？")
        #expect(options[correctIndex] == "✅ 支持 WebSocket, SSE")
    }

    @Test func cellWithoutAnyAlternativeFallsBackToRecall() {
        let pool = QuizFixtures.table("one", title: "One", columns: ["Row", "A"], rows: [["only", "lonely value"]])
        let question = generator.questions(for: pool, pool: pool, count: 1, seed: 0)[0]
        #expect(question.kind == .recall(prompt: "One: what does “only” mean?", answer: "lonely value", mode: .typed))
    }

    @Test func clozeAsksForTheDeletionNotTheWholeSentence() {
        let card = QuizCard(
            key: "k/cloze/c1", kind: .cloze, lang: "en", front: "An ASGI app takes […], receive and send.",
            back: "An ASGI app takes scope, receive and send."
        )
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        #expect(question.kind == .recall(prompt: card.front, answer: "scope", mode: .typed))
        let zh = QuizCard(key: "k/zh/c2", kind: .cloze, lang: "zh-Hant", front: "事件迴圈跑在[…]上。", back: "事件迴圈跑在一條執行緒上。")
        #expect(zh.recallAnswer == "一條執行緒")
    }

    @Test(arguments: [
        ("A [hint] and […] too", "A x and y too"),  // two hidden stretches: which one is asked is unclear
        ("No deletion here", "Something else entirely"),
    ])
    func clozeWithoutOneClearDeletionKeepsTheWholeBack(front: String, back: String) {
        #expect(QuizCard.deletion(front: front, back: back) == nil)
        let card = QuizCard(key: "k/c", kind: .cloze, lang: "en", front: front, back: back)
        #expect(card.recallAnswer == back)
    }

    @Test func twoColumnTablesAskWhatTheTermMeansInBothLanguages() {
        let en = QuizFixtures.table("traits", title: "What WSGI gives you", columns: ["Trait", "What it means"], rows: [
            ["Blocking I/O", "The thread sits idle"], ["Mature", "Around since 2003"],
        ])
        let zh = QuizFixtures.table("traits", title: "WSGI 的特性", columns: ["特性", "意思"], rows: [
            ["阻塞式 I/O", "執行緒只能停下來等"], ["成熟", "2003 年就有了"],
        ], lang: "zh-Hant")
        #expect(QuizLanguage.en.cellPrompt(en[0].cell!) == "What WSGI gives you: what does “Blocking I/O” mean?")
        #expect(QuizLanguage.zhHant.cellPrompt(zh[0].cell!) == "WSGI 的特性：「阻塞式 I/O」是什麼意思？")
        #expect(QuizLanguage.en.cellStatement(en[0].cell!, value: "Around since 2003")
            == "What WSGI gives you — Blocking I/O: Around since 2003")
        #expect(QuizLanguage.zhHant.cellStatement(zh[0].cell!, value: "2003 年就有了") == "WSGI 的特性 — 阻塞式 I/O：2003 年就有了")
    }

    @Test func comparisonTablesNameTheColumnInBothLanguages() {
        let en = QuizFixtures.coreDifferences.first { $0.key.hasSuffix("r6/c2") }!.cell!
        #expect(QuizLanguage.en.cellPrompt(en) == "Core differences — Complexity: WSGI?")
        let zh = QuizFixtures.table("v", title: "各版本的支援", columns: ["版本", "WSGI", "非同步方面的新增"], rows: [
            ["3.1", "✅", "async view"],
        ], lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.cellPrompt(zh[0].cell!) == "各版本的支援 — 3.1：WSGI 呢？")
        #expect(QuizLanguage.zhHant.cellPrompt(zh[1].cell!) == "各版本的支援 — 3.1：非同步方面的新增呢？")
        #expect(QuizLanguage.zhHant.cellStatement(zh[1].cell!, value: "無") == "各版本的支援 — 3.1，非同步方面的新增：無")
    }
}
