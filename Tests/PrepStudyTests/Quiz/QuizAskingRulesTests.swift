import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, the reading after the tenth: how a card is asked, by rule for a class of card. A claim is never
/// offered between verdicts that overlap; a value quoted into prep's sentence leaves its full stop outside; a key
/// is typed only when it is exact; a question on an exercise, a course or a tool's answer is recalled; a key that
/// alone claims without limit is not offered among plain options; a row of an explaining table is asked named by
/// its table. Fixtures are written for these tests.
struct QuizAskingRulesTests {
    typealias Q = QuizFixtures

    private func ask(_ card: QuizCard, pool: [QuizCard] = [], language: QuizLanguage = .en, seed: UInt64 = 1) -> QuizQuestion {
        QuizGenerator(screenLanguage: language).questions(for: [card], pool: pool.isEmpty ? [card] : pool, count: 1, seed: seed)[0]
    }

    private func prompt(_ question: QuizQuestion) -> String {
        switch question.kind {
        case .multipleChoice(let prompt, _, _), .whichOne(let prompt, _, _), .recall(let prompt, _, _): prompt
        case .trueFalse(let statement, _, _): statement
        }
    }

    // MARK: Claims

    @Test func aPlainClaimIsAskedTrueOrFalseWithItsReasonAfter() {
        for (verdict, truth) in [(Verdict.true, true), (.false, false)] {
            let claim = Q.claim("plain-\(verdict)", verdict, reason: "the kettle boils at sea level")
            let question = ask(claim)
            guard case .trueFalse(let statement, let answer, _) = question.kind else {
                Issue.record("\(question.kind)")
                continue
            }
            #expect(statement == claim.front && answer == truth)
            #expect(question.explanation?.contains("the kettle boils at sea level") == true)
        }
    }

    @Test func aClaimKeyedMisleadingOrDependsIsRecalledWithItsVerdictAndReason() {
        for language in [QuizLanguage.en, .zhHant] {
            for verdict in [Verdict.misleading, .depends] {
                let claim = Q.claim("nuanced-\(verdict)", verdict, reason: "only while the lid stays on", lang: language.code)
                let question = ask(claim, language: language)
                guard case .recall(let prompt, let answer, let mode) = question.kind else {
                    Issue.record("\(question.kind)")
                    continue
                }
                #expect(mode == .selfGraded)
                // The prompt is the same for both verdicts, so it hints at neither.
                #expect(prompt == language.claimRecallPrompt(claim.front))
                #expect(answer.hasPrefix(language.claimVerdictLine(verdict)) && answer.contains("only while the lid stays on"))
                // The reason goes on with the verdict's sentence ("depends — only while…"), not as a paragraph.
                #expect(answer == language.claimVerdictLine(verdict) + " — only while the lid stays on")
                let frame = language.claimRecallPrompt("")
                #expect(!frame.contains(language.verdictOption(.misleading)) && !frame.contains(language.verdictOption(.depends)), "\(frame)")
            }
        }
    }

    @Test func aReasonOfItsOwnStaysAParagraph() {
        #expect(QuizGenerator.verdictAndReason("Verdict: depends", "Only async-native I/O waits.") == "Verdict: depends\n\nOnly async-native I/O waits.")
        #expect(QuizGenerator.verdictAndReason("判斷：視情況", "只有原生非同步的 I/O 才會讓出。") == "判斷：視情況\n\n只有原生非同步的 I/O 才會讓出。")
        #expect(QuizGenerator.verdictAndReason("Verdict: depends", "") == "Verdict: depends")
    }

    // MARK: Quoted text

    @Test func aQuotedValueLeavesItsFullStopOutside() {
        #expect(QuizPhrases.unstopped("Fills the whole line.") == "Fills the whole line")
        #expect(QuizPhrases.unstopped("佔滿整行。") == "佔滿整行")
        #expect(QuizPhrases.unstopped("先排隊；") == "先排隊")
        #expect(QuizPhrases.unstopped("Waits;") == "Waits")
        #expect(QuizPhrases.unstopped("Wait...") == "Wait...")
        #expect(QuizPhrases.unstopped("cats, dogs, etc.") == "cats, dogs, etc.")
        #expect(QuizPhrases.unstopped(".") == ".")
        let table = Q.table("boxes", title: "Box kinds", columns: ["Kind", "Width"], rows: [
            ["Wide box", "佔滿整行。"], ["Snug box", "貼合內容。"], ["Floating box", "浮在旁邊。"],
        ], lang: "zh-Hant")
        for seed in 0..<12 {
            let text = prompt(ask(table[seed % table.count], pool: table, language: .zhHant, seed: UInt64(seed)))
            #expect(!text.contains("。」"), "\(text)")
        }
    }

    // MARK: Typed keys

    @Test func aKeyIsTypedOnlyWhenItIsExact() {
        let front = "Which shell tool counts the lines of a file?"
        let authored = QuizCard(key: "shell/tools/line-count", kind: .qa, lang: "en", front: front, back: "wc")
        #expect(ask(authored).type == .recallTyped)
        let recognised = QuizCard(key: "notes/shell/qa-0123456789abcdef", kind: .qa, lang: "en", front: "Counting lines of a file?", back: "wc -l")
        #expect(ask(recognised).type == .recallSelfGraded)
        let synonyms = QuizCard(key: "notes/shell/qa-0123456789abcdef", kind: .qa, lang: "en", front: "Counting lines of a file?",
                                back: "wc -l", hasSynonyms: true)
        #expect(ask(synonyms).type == .recallTyped)
        // A note whose back is the one term its front asks for by kind is typed all the same.
        let named = QuizCard(key: "notes/shell/qa-fedcba9876543210", kind: .qa, lang: "en", front: "Which command counts lines?", back: "`wc`")
        #expect(ask(named).type == .recallTyped)
        let namedZh = QuizCard(key: "notes/shell/qa-fedcba9876543211", kind: .qa, lang: "zh-Hant", front: "計算行數用哪個指令？", back: "wc")
        #expect(ask(namedZh, language: .zhHant).type == .recallTyped)
        #expect(CardDraft.hasAuthoredKey("django/asgi-vs-wsgi/asgi-servers/gunicorn-wsgi/c3"))
        #expect(!CardDraft.hasAuthoredKey("notes/db/table-0123456789abcdef/row-0123456789abcdef/c2"))
        #expect(!CardDraft.hasAuthoredKey("notes/anki/guid-Xy12"))
        #expect(!CardDraft.hasAuthoredKey("notes/db/qa-0123456789abcdef~01234567"))
    }

    @Test func aCellOfATableFoundInNotesIsNeverTyped() {
        let key = "notes/units/table-0123456789abcdef/row-0123456789abcdef/c2"
        let cell = TableCellRef(tableKey: "notes/units/table-0123456789abcdef", tableTitle: "Units", columns: ["Quantity", "Unit"],
                                rowLabel: "Length", column: "Unit", columnIndex: 2, value: "metre", mark: nil)
        let card = QuizCard(key: key, kind: .cell, lang: "en", front: "Length — Unit", back: "metre", cell: cell)
        let generator = QuizGenerator(screenLanguage: .en)
        #expect(generator.cellRecallMode(forAnswer: "metre", key: key) == .selfGraded)
        #expect(generator.cellRecallMode(forAnswer: "metre", key: "physics/units/si/length/c2") == .typed)
        #expect(ask(card).type != .recallTyped)
    }

    // MARK: Unseen settings, by class

    @Test func anExerciseACourseOrAToolsAnswerIsRecalledNeverPickedOrTyped() {
        let leaning = [
            "Which tool fetches the files we found on the share?",
            "What does the instructor recommend for backups?",
            "Name the four steps of writing with an assistant.",
            "Which formula did ChatGPT suggest for the total?",
            "¿Qué dice el apunte sobre la memoria?",
            "¿Cuáles son los tres pasos del método?",
            "課堂上提到的備份方式是什麼？",
            "寫作的四大步驟是哪些？",
            "Gemini 建議的公式用哪個函數？",
        ]
        for front in leaning { #expect(QuizGenerator.leansOnUnseenSetting(front), "\(front)") }
        for front in ["What is a pure function?", "哪個指令列出目錄？", "How does a hash map find a key?"] {
            #expect(!QuizGenerator.leansOnUnseenSetting(front), "\(front)")
        }
        let typed = QuizCard(key: "notes/x/qa-0123456789abcdef", kind: .qa, lang: "en",
                             front: "Which command copies the files we found on the share?", back: "get")
        #expect(ask(typed).type == .recallSelfGraded)
        let choice = QuizCard(key: "notes/x/qa-0123456789abcdee", kind: .qa, lang: "zh-Hant",
                              front: "試算表加總，Gemini 建議用什麼函數？\nA. SUMIF\nB. VLOOKUP\nC. COUNT", back: "A")
        #expect(ask(choice, language: .zhHant).type == .recallSelfGraded)
        // Its stem leans on the options it lists: recalled without them it cannot be answered, so it is not asked.
        let pointing = QuizCard(key: "notes/x/qa-0123456789abcded", kind: .qa, lang: "zh-Hant",
                                front: "寫作的四大步驟不包含以下哪一項？\nA. 構思\nB. 草稿\nC. 洗衣", back: "C")
        #expect(!QuizGenerator(screenLanguage: .zhHant).asks(pointing))
    }

    // MARK: Written true or false

    /// A choice of "right" and "wrong" written under a claim is asked as true or false, the back's explanation
    /// after it; its key letter may carry the option's word in parentheses ("B（錯誤）").
    @Test func aWrittenChoiceOfRightAndWrongIsAskedTrueOrFalse() {
        let english = QuizCard(key: "notes/x/qa-0123456789abcdef", kind: .qa, lang: "en",
                               front: "A hash map keeps its keys in insertion order.\n\n**Options:**\n- A. ✅ True\n- B. ❌ False",
                               back: "B (False)\n\n**Explanation**\n\nOrder depends on the hashes, not on when keys arrived.")
        let question = ask(english)
        guard case .trueFalse(let statement, let answer, _) = question.kind else {
            Issue.record("\(question.kind)")
            return
        }
        #expect(statement == "A hash map keeps its keys in insertion order.")
        #expect(answer == false)
        #expect(question.explanation?.contains("Order depends on the hashes") == true)
        #expect(question.explanation?.contains("Explanation") == false)
        let chinese = QuizCard(key: "notes/x/qa-0123456789abcdee", kind: .qa, lang: "zh-Hant",
                               front: "TCP 保證封包依序送達應用程式。\n選項：\nA. 正確\nB. 錯誤", back: "A（正確）\n\n📖 解析\n\n重組後才交給應用程式。")
        guard case .trueFalse(_, let zhAnswer, _) = ask(chinese, language: .zhHant).kind else {
            Issue.record("not asked true or false")
            return
        }
        #expect(zhAnswer == true)
        // Two options of which only one says right or wrong stay a choice.
        let mixed = QuizCard(key: "notes/x/qa-0123456789abcded", kind: .qa, lang: "en",
                             front: "Which is a queue?\nA. Correct\nB. A stack", back: "A")
        #expect(QuizGenerator.writtenChoice(mixed)?.claimIsTrue == nil)
    }

    /// A written choice carries the author's explanation after its key, without its label, so a wrong pick is
    /// taught why (issue 20, twenty-seventh reading: a choice answered with its letter alone).
    @Test func aWrittenChoiceExplainsItsKey() {
        let card = QuizCard(key: "notes/x/qa-0123456789abcdef", kind: .qa, lang: "zh-Hant",
                            front: "哪一種結構先進先出？\n選項：\n- A. 堆疊\n- B. 佇列\n- C. 雜湊表",
                            back: "正確答案：B\n\n📖 解析\n\n佇列從尾端放入、從前端取出。")
        let question = ask(card, language: .zhHant)
        guard case .multipleChoice(_, _, let correctIndex) = question.kind else {
            Issue.record("\(question.kind)")
            return
        }
        #expect(correctIndex == 1)
        #expect(question.explanation?.hasSuffix("佇列從尾端放入、從前端取出。") == true)
        #expect(question.explanation?.contains("解析") == false)
        let bare = QuizCard(key: "notes/x/qa-0123456789abcdee", kind: .qa, lang: "en", front: "Which is FIFO?\nA. A stack\nB. A queue\nC. A heap", back: "B")
        #expect(ask(bare).explanation == nil)
        // An arrow that only points at the explanation is the author's layout, not its words.
        let pointed = QuizCard(key: "notes/x/qa-0123456789abcded", kind: .qa, lang: "en",
                               front: "Which is FIFO?\nA. A stack\nB. A queue\nC. A heap", back: "Answer: B. A queue\n➡️ A queue hands items out in arrival order.")
        #expect(ask(pointed).explanation?.hasSuffix(": A queue hands items out in arrival order.") == true, "\(ask(pointed))")
    }

    @Test func aPlainListOfOptionsWithTheKeyWrittenOutIsAChoice() {
        let ticked = QuizCard(key: "notes/x/qa-0123456789abcdec", kind: .qa, lang: "en",
                              front: "Which format keeps transparency?\n\n- JPG\n- PNG\n- BMP", back: "PNG\n\nJPG drops the alpha channel.")
        let choice = QuizGenerator.writtenChoice(ticked)
        #expect(choice?.options == ["JPG", "PNG", "BMP"])
        #expect(choice?.correctIndex == 1)
        #expect(choice?.note == "JPG drops the alpha channel.")
        // A back that names no single option of the list is no choice.
        let listed = QuizCard(key: "notes/x/qa-0123456789abcdeb", kind: .qa, lang: "en",
                              front: "Name two image formats.\n\n- lossy\n- lossless", back: "JPG and PNG")
        #expect(QuizGenerator.writtenChoice(listed) == nil)
    }

    // MARK: Absolute options

    @Test func anAbsoluteKeyAmongPlainOptionsIsNotOffered() {
        let lone = QuizCard(key: "notes/x/qa-0123456789abcdef", kind: .qa, lang: "en",
                            front: "Which habit hurts a good brief?\nA. Giving context\nB. Never using any names\nC. Stating the format", back: "B")
        #expect(QuizGenerator.writtenChoice(lone)?.isBalanced == false)
        #expect(ask(lone).type == .recallSelfGraded)
        let matched = QuizCard(key: "notes/x/qa-0123456789abcdee", kind: .qa, lang: "en",
                               front: "Which habit hurts a good brief?\nA. Always giving context\nB. Never using any names\nC. Stating the format",
                               back: "B")
        #expect(QuizGenerator.writtenChoice(matched)?.isBalanced == true)
        let chinese = QuizCard(key: "notes/x/qa-0123456789abcded", kind: .qa, lang: "zh-Hant",
                               front: "哪一項最不像好的提示？\nA. 給足背景\nB. 永遠不提任何名詞\nC. 說明格式", back: "B")
        #expect(QuizGenerator.writtenChoice(chinese)?.isBalanced == false)
    }

    // MARK: Explaining tables

    @Test func aRowOfAnExplainingTableIsNamedByItsTable() {
        let rows = [["Sorting a linked list by index", "list[i] in a loop", "each step walks from the head"],
                    ["Appending in a loop to a string", "s += part", "each append copies"]]
        let titled = Q.table("slow", title: "Which habits make code slow?", columns: ["Habit", "Example", "Reason"], rows: rows)
        for card in titled {
            let text = prompt(ask(card, pool: titled))
            #expect(text.hasPrefix("Which habits make code slow? One of them is “") && text.hasSuffix("”: give its example and reason."), "\(text)")
        }
        let zh = Q.table("slow-zh", title: "哪些寫法會拖慢程式？", columns: ["寫法", "示例", "原因"], rows: rows, lang: "zh-Hant")
        let text = prompt(ask(zh[0], pool: zh, language: .zhHant))
        #expect(text == "哪些寫法會拖慢程式？其中之一是「Sorting a linked list by index」，說出它的示例與原因。", "\(text)")
        let untitled = Q.table("slow-bare", title: "", columns: ["Habit", "Example", "Reason"], rows: rows)
        #expect(!QuizGenerator(screenLanguage: .en).asks(untitled[0]))
    }

    /// A question about the candidate answered with the author's own "no" ("Sorry, never used it.") teaches nothing:
    /// it is not asked. A long answer that mentions being unfamiliar is content, and stays.
    @Test func aBackThatDeclinesToAnswerIsNotAsked() {
        let generator = QuizGenerator(screenLanguage: .en)
        for back in ["Sorry, never used it.", "不好意思，沒用過。", "不太熟悉"] {
            #expect(!generator.asks(Q.qa("declined", answer: back)), "\(back)")
        }
        let content = "Most teams are not familiar with it at first: WebGL draws through the GPU with shaders."
        #expect(generator.asks(Q.qa("content", answer: content)))
    }
}
