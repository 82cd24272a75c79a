import PrepCore
import PrepScheduling
import PrepContent
@testable import PrepStudy
import Testing

/// One test per rule of issue 10 items 1–5, each on a small table of its own.
struct QuizTableQuestionTests {
    let generator = QuizGenerator()
    typealias Q = QuizFixtures

    /// Every question the generator makes for `card` over many seeds.
    private func questions(for card: QuizCard, pool: [QuizCard], seeds: Range<UInt64> = 0..<40) -> [QuizQuestion] {
        seeds.map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func shape(_ pool: [QuizCard]) -> TableShape.Kind {
        let index = TableIndex(cards: pool)
        return index.shape(ofTableOf: index.entry(forKey: pool[0].key)!).kind
    }

    static let frameworks = Q.table(
        "fw", title: "", columns: ["Feature", "Flask", "Django", "FastAPI"],
        rows: [
            ["Built-in ORM", "✘", "✔ Comes with one", "✘"],
            ["Native async", "⚠️ Runs them in a thread", "✔ Since 3.1", "✔"],
            ["Validation", "Via extensions", "Forms and serializers", "Pydantic models"],
        ]
    )

    static let servers = Q.table(
        "servers", title: "Servers", columns: ["Server", "Made by", "Use it for", "Interface"],
        rows: [
            ["Uvicorn", "Encode", "General ASGI deployment", "ASGI"],
            ["Daphne", "The Django project", "Channels projects", "ASGI"],
            ["Gunicorn", "Benoit Chesneau", "Sync Django apps", "WSGI"],
            ["Hypercorn", "Philip Jones", "Serving HTTP/2 and HTTP/3", "ASGI and WSGI"],
        ]
    )

    static let terms = Q.table(
        "terms", title: "Terms", columns: ["Term", "What it means"],
        rows: [
            ["Race condition", "The outcome depends on which thread runs first"],
            ["Deadlock", "Two threads each wait for a lock the other holds"],
            ["Starvation", "A thread never gets the resource it waits for"],
        ]
    )

    @Test func tablesAreReadAsDefinitionsSubjectsOrAttributes() {
        #expect(shape(Self.terms) == .definitions)
        #expect(shape(Self.frameworks) == .subjects)
        #expect(shape(Self.servers) == .attributes)
        let blankCorner = Q.table("b", title: "", columns: ["", "Process", "Thread"], rows: [["Memory", "Own", "Shared"]])
        #expect(shape(blankCorner) == .subjects)
        let namedInCaption = Q.table("c", title: "Uvicorn or Daphne", columns: ["Point", "Uvicorn", "Daphne"], rows: [["Speed", "Fast", "Slow"]])
        #expect(shape(namedInCaption) == .subjects)
        let zh = Q.table("z", title: "", columns: ["比較項目", "行程", "執行緒"], rows: [["記憶體", "獨立", "共用"]], lang: "zh-Hant")
        #expect(shape(zh) == .subjects)
    }

    @Test func subjectColumnsAreAskedAsWhichOneOrSwappedWithinTheRow() {
        let validation = Self.frameworks.first { $0.cell!.rowLabel == "Validation" && $0.cell!.column == "Django" }!
        var sawWhichOne = false
        for question in questions(for: validation, pool: Self.frameworks) {
            switch question.kind {
            case .whichOne(let prompt, let choices, let correctIndex):
                sawWhichOne = true
                // The subjects are named in the question, so no caption is made up from them (issue 20).
                #expect(prompt == "Whose validation is forms and serializers: Flask, Django or FastAPI?")
                #expect(choices[correctIndex] == "Django")
            case .trueFalse(let statement, let answer, _):
                let rowValues = ["Via extensions", "Forms and serializers", "Pydantic models"]
                #expect(rowValues.contains { statement == "In “Flask vs Django vs FastAPI”, for Django, “Validation” is “\($0)”." }, "\(statement)")
                #expect(answer == statement.contains("Forms and serializers"))
            default:
                Issue.record("a subject table is not asked as \(question.kind)")
            }
        }
        #expect(sawWhichOne)
        // A marked cell with a note is no option: "which one is “yes: comes with one”" reads as a lookup, so its
        // row is compared instead (issue 20, second audit).
        let orm = Self.frameworks.first { $0.cell!.rowLabel == "Built-in ORM" && $0.cell!.column == "Django" }!
        let kinds = Set(questions(for: orm, pool: Self.frameworks).map(\.kind))
        #expect(kinds == [.recall(
            prompt: "How do Flask, Django and FastAPI compare when it comes to “Built-in ORM”?", answer: "- Flask: ✘\n- Django: ✔ Comes with one\n- FastAPI: ✘",
            mode: .selfGraded)])
    }

    /// An attribute table shows the value and its column and asks for the row: never "what does the column say" (issue 20).
    @Test func attributeQuestionsPickARowOfTheSameTable() {
        let pool = Self.servers + Q.coreDifferences
        let servers = Set(Self.servers.map { $0.cell!.rowLabel })
        for card in Self.servers where card.cell!.column == "Made by" {
            for question in questions(for: card, pool: pool, seeds: 0..<10) {
                if case .multipleChoice(let prompt, let options, let correct) = question.kind {
                    #expect(Set(options).isSubset(of: servers))
                    #expect(options[correct] == card.cell!.rowLabel)
                    // "Made by" is neither an aspect a server owns nor what it suits: the value is shown with its column.
                    #expect(prompt == "Which server does this describe: “Made by: \(card.cell!.value)”?")
                }
            }
        }
    }

    @Test func definitionTablesMatchTermsAndAreNeverSwappedTrueFalse() {
        let card = Self.terms[1]  // Deadlock
        let kinds = questions(for: card, pool: Self.terms).map(\.kind)
        #expect(kinds.allSatisfy { if case .trueFalse = $0 { false } else { true } })
        guard case .multipleChoice(let prompt, let options, let correctIndex) = kinds[0] else {
            Issue.record("expected a matching question, got \(kinds[0])")
            return
        }
        #expect(prompt == "Which term does this describe: “Two threads each wait for a lock the other holds”?")
        #expect(Set(options) == ["Race condition", "Deadlock", "Starvation"])
        #expect(options[correctIndex] == "Deadlock")
        let zh = Q.table("t", title: "名詞", columns: ["名詞", "說明"], rows: [["死結", "互相等對方放鎖"], ["競態", "結果看誰先跑"], ["飢餓", "一直輪不到資源"]], lang: "zh-Hant")
        guard case .multipleChoice(let zhPrompt, _, _) = generator.questions(for: [zh[0]], pool: zh, count: 1, seed: 0)[0].kind else {
            Issue.record("expected a matching question")
            return
        }
        #expect(zhPrompt == "哪個名詞符合這個說明：「互相等對方放鎖」？")
    }

    @Test(arguments: [
        ("✅", nil, "yes", "是"),
        ("✔ Since 3.1", nil, "yes: since 3.1", "是：Since 3.1"),
        ("⚠️ Runs them in a thread", nil, "partly: runs them in a thread", "部分：Runs them in a thread"),
        ("🟡 HTTP only", nil, "partly: HTTP only", "部分：HTTP only"),
        ("Yes", nil, "yes", "是"),
        ("是（InnoDB）", nil, "yes: InnoDB", "是：InnoDB"),
        ("部分：MULTI 不回滾", nil, "partly: MULTI 不回滾", "部分：MULTI 不回滾"),
        ("No new ASGI feature", nil, "No new ASGI feature", "No new ASGI feature"),
        ("Not possible", nil, "Not possible", "Not possible"),
    ] as [(String, String?, String, String)])
    func marksAreSpelledOutWithTheirNote(cell: String, _: String?, english: String, chinese: String) {
        let reading = CellReading(cell)
        #expect(QuizLanguage.en.cellValue(reading) == english)
        #expect(QuizLanguage.zhHant.cellValue(reading) == chinese)
    }

    @Test func optionsOfOneQuestionShareAForm() {
        let browsers = Q.table(
            "b", title: "Browsers", columns: ["Browser", "HTTP/3", "Engine"],
            rows: [
                ["Chrome", "✅", "Blink"], ["Safari", "⚠️ Behind a setting", "WebKit"], ["Old IE", "❌", "Trident"],
                ["Lynx", "Not applicable to text browsers", "Own"],
            ]
        )
        let chrome = browsers.first { $0.cell!.rowLabel == "Chrome" && $0.cell!.column == "HTTP/3" }!
        for question in questions(for: chrome, pool: browsers) {
            guard case .multipleChoice(_, let options, _) = question.kind else { continue }
            #expect(Set(options) == ["yes", "partly: behind a setting", "no"])
        }
    }

    @Test func nothingIsOfferedTwiceInOtherWords() {
        let versions = Q.table(
            "v", title: "Versions", columns: ["Version", "Added", "Removed"],
            rows: [
                ["1.0", "Async views", "None"], ["1.1", "No new feature", "Old API"], ["1.2", "—", "Py2 support"],
                ["1.3", "Async ORM", "N/A"], ["1.4", "ASGI", "Old router"],
            ]
        )
        for card in versions {
            for question in questions(for: card, pool: versions, seeds: 0..<15) {
                guard case .multipleChoice(_, let options, _) = question.kind else { continue }
                #expect(options.count(where: { CellReading($0).meansNothing }) <= 1, "\(options)")
                // "ASGI" inside "Async ORM"? No; but "ASGI" is never offered beside a value containing it.
                #expect(!(options.contains("Async views") && options.contains("Async")))
            }
        }
    }

    @Test func fewerOptionsRatherThanPaddingAndRecallWhenNothingIsFair() {
        let pool = Q.table("tiny", title: "", columns: ["Host", "Port", "Owner"], rows: [["a", "80", "ops"], ["b", "443", "ops"]])
        let port = pool.first { $0.cell!.column == "Port" }!
        for question in questions(for: port, pool: pool + Q.coreDifferences) {
            if case .multipleChoice(_, let options, _) = question.kind { #expect(Set(options) == ["a", "b"]) }
        }
        let lonely = Q.table("one", title: "One", columns: ["Row", "A"], rows: [["only", "lonely value"]])
        #expect(generator.questions(for: lonely, pool: lonely, count: 1, seed: 0)[0].kind
            == .recall(prompt: "What is the “A” of “only”?", answer: "lonely value", mode: .typed))
    }

    /// A caption names the table only when it says more than its headers do: "The key differences" over "| Aspect |
    /// Rust | Go |" and "Databases" over "| Database | … |" are headings the learner never sees, and the question
    /// names what they would. "Embedded databases" says which ones, but as a quoted heading read as a lookup (issue 20,
    /// twenty-fifth reading): a caption frames a question only by a name it adds (``aCaptionIsSaidByTheNameItAdds``).
    @Test func aCaptionRepeatingItsHeadersIsLeftOut() {
        let languages = Q.table(
            "langs", title: "The key differences", columns: ["Aspect", "Rust", "Go"],
            rows: [["Memory", "Ownership, no collector", "Garbage collected"], ["Errors", "Result values", "Error values and panics"]])
        #expect(QuizLanguage.en.comparePrompt(languages[0].cell!, subjects: ["Rust", "Go"], aspect: "Memory")
            == "How do Rust and Go compare when it comes to “Memory”?")
        let databases = Q.table("dbs", title: "Databases", columns: ["Database", "Stores"], rows: [["Redis", "Keys in memory"]])
        #expect(QuizLanguage.en.recallPrompt(databases[0].cell!) == "What is the “Stores” of “Redis”?")
        let embedded = Q.table("edbs", title: "Embedded databases", columns: ["Database", "Stores"], rows: [["SQLite", "One file"]])
        #expect(QuizLanguage.en.recallPrompt(embedded[0].cell!) == "What is the “Stores” of “SQLite”?")
        let zh = Q.table("dbs-zh", title: "資料庫之間的比較", columns: ["資料庫", "儲存"], rows: [["Redis", "記憶體中的鍵"]], lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.recallPrompt(zh[0].cell!).hasPrefix("「Redis」"))
        // A header inside a comparison phrase ("情況" in "什麼情況選哪一個") leaves nothing of it behind either.
        let when = Q.table("when-zh", title: "什麼情況選哪一個", columns: ["情況", "Rust", "Go"], rows: [["寫作業系統核心", "適合", "不適合"]], lang: "zh-Hant")
        #expect(!QuizLanguage.zhHant.comparePrompt(when[0].cell!, subjects: ["Rust", "Go"], aspect: "寫作業系統核心").hasPrefix("在「"))
    }

    /// "What does X mean?" only under a column of meanings; a term's use is asked as its use.
    @Test func aTwoColumnTableAsksForWhatItsColumnHolds() {
        let meanings = Q.table("m", title: "Terms", columns: ["Term", "Meaning"], rows: [["idempotent", "safe to repeat"]])
        #expect(generator.questions(for: meanings, pool: meanings, count: 1, seed: 0)[0].kind
            == .recall(prompt: "What does “idempotent” mean?", answer: "safe to repeat", mode: .typed))
        let uses = Q.table("u", title: "Tools", columns: ["Tool", "Use"], rows: [["grep", "search text"]])
        #expect(generator.questions(for: uses, pool: uses, count: 1, seed: 0)[0].kind
            == .recall(prompt: "What is “grep” used for?", answer: "search text", mode: .typed))
    }

    @Test func aColumnThatNeverChangesIsOneFact() {
        let versions = Q.table(
            "dv", title: "Support", columns: ["Django version", "WSGI", "ASGI"],
            rows: [["3.0", "✅", "✅ HTTP only"], ["3.1", "✅", "✅ HTTP only"], ["4.0", "✅", "✅ Full"], ["2.2", "✅", "❌"]]
        )
        let index = TableIndex(cards: versions)
        let wsgi = versions.filter { $0.cell!.column == "WSGI" }
        #expect(Set(wsgi.map { index.fact(ofCardKey: $0.key) }).count == 1)
        // A bare "yes" in every row tells nothing an interviewer asks (issue 20): the column is not asked at all.
        #expect(wsgi.allSatisfy { !index.isAsked(cardKey: $0.key) })
        let words = Q.table(
            "sv", title: "Support", columns: ["Project", "Handler", "Notes"],
            rows: [["Small site", "ASGIHandler", "New"], ["Shop", "ASGIHandler", "Views"], ["Chat", "ASGIHandler", "Threads"]]
        )
        let handler = words.filter { $0.cell!.column == "Handler" }
        let wordsIndex = TableIndex(cards: words)
        #expect(handler.count(where: { wordsIndex.isAsked(cardKey: $0.key) }) == 1)
    }

    @Test func equalCellsInTwoTablesAreOneFact() {
        let first = Q.table("a", title: "Core", columns: ["Aspect", "WSGI", "ASGI"], rows: [["Execution model", "Synchronous", "Asynchronous"]])
        let second = Q.table("b", title: "Summary", columns: ["Dimension", "WSGI", "ASGI"], rows: [["Execution model", "Synchronous", "Async, on a loop"]])
        let index = TableIndex(cards: first + second)
        #expect(index.fact(ofCardKey: first[0].key) == index.fact(ofCardKey: second[0].key))
        #expect(index.fact(ofCardKey: first[1].key) != index.fact(ofCardKey: second[1].key))
    }

    /// Never four verdicts side by side, which overlap: true or false for a plain claim, recall for the others.
    @Test(arguments: Verdict.allCases)
    func claimsAreAskedWithoutOverlappingVerdicts(verdict: Verdict) {
        let card = Q.claim("c1", verdict, reason: "four workers serve four requests a second", check: "C06")
        let question = generator.questions(for: [card], pool: [card], count: 1, seed: 0)[0]
        #expect(question.check == "C06")
        let zh = generator.questions(for: [Q.claim("c2", verdict, reason: "要看 worker 類型", lang: "zh-Hant")], pool: [], count: 1, seed: 0)[0]
        switch verdict {
        case .true, .false:
            #expect(question.kind == .trueFalse(statement: "Claim c1", answer: verdict == .true, explanation: "Claim c1"))
            #expect(question.explanation == "Why: four workers serve four requests a second")
            #expect(zh.kind == .trueFalse(statement: "Claim c2", answer: verdict == .true, explanation: "Claim c2"))
            #expect(zh.explanation == "理由：要看 worker 類型")
        case .misleading, .depends:
            let word = ["misleading": ("misleading", "誤導"), "depends": ("depends", "視情況")][verdict.rawValue]!
            #expect(question.kind == .recall(
                prompt: "Is this claim right as stated? Say why not, or when it holds: “Claim c1”",
                answer: "Verdict: \(word.0) — four workers serve four requests a second", mode: .selfGraded
            ))
            #expect(zh.kind == .recall(
                prompt: "這個說法照字面看對嗎？說出它錯在哪裡，或在什麼情況下才成立：「Claim c2」", answer: "判斷：\(word.1)\n\n要看 worker 類型",
                mode: .selfGraded
            ))
        }
    }

    @Test func promptsAreQuestionsNotBreadcrumbsInBothLanguages() {
        let pool = Self.frameworks + Self.servers + Self.terms + Q.coreDifferences + Q.coreDifferencesZh + Q.protocolsZh + Q.djangoVersions
        for seed in UInt64(0)..<10 {
            for question in generator.questions(for: pool, pool: pool, count: pool.count, seed: seed) {
                let text: String = switch question.kind {
                case .multipleChoice(let prompt, _, _), .whichOne(let prompt, _, _), .recall(let prompt, _, _): prompt
                case .trueFalse(let statement, _, _): statement
                }
                #expect(!text.contains(" — ") && !text.contains("呢？"), "\(text)")
                #expect(!text.unicodeScalars.contains(where: QuizAuditor.isMarkScalar), "\(text)")
            }
        }
    }

    @Test func theAnswerIsNotTheOneLongOption() {
        #expect(QuizGenerator.lengthGivesAway("A very long answer that explains everything", among: ["Short", "Tiny"]))
        #expect(!QuizGenerator.lengthGivesAway("Medium answer", among: ["Other answer", "Third one"]))
        let uses = Q.table(
            "u", title: "", columns: ["Tool", "Use", "Owner"],
            rows: [
                ["a", "Lint", "x"], ["b", "Test", "y"], ["c", "Format", "z"],
                ["d", "Run every check of the project in a container before merging", "w"],
            ]
        )
        let short = uses.first { $0.cell!.value == "Lint" }!
        for question in questions(for: short, pool: uses) {
            guard case .multipleChoice(_, let options, let correctIndex) = question.kind else { continue }
            var others = options
            others.remove(at: correctIndex)
            #expect(!QuizGenerator.lengthGivesAway(options[correctIndex], among: others), "\(options)")
        }
    }

    /// A mapping written alike on both sides asks nothing: the prompt would quote the key.
    @Test func aValueRepeatingItsRowLabelIsNotAsked() {
        let mapping = Q.table(
            "map", title: "Shell to PowerShell", columns: ["Shell", "PowerShell"],
            rows: [["`echo`", "`echo`"], ["`ls`", "`Get-ChildItem`"], ["`cat`", "`Get-Content`"]]
        )
        let index = TableIndex(cards: mapping)
        #expect(mapping.filter { !index.isAsked(cardKey: $0.key) }.map(\.cell!.rowLabel) == ["`echo`"])
    }

    @Test func placeholdersAreNotAskedAndOppositesAreFairDistractors() {
        let isolation = Q.table(
            "iso", title: "Isolation", columns: ["Level", "Dirty read", "Notes"],
            rows: [
                ["Read uncommitted", "Possible", "—"], ["Read committed", "Not possible", "N/A"], ["Serializable", "Not possible", "Slowest"],
                ["NOLOCK hint", "Possible", "A table hint, not a level"],
            ]
        )
        let index = TableIndex(cards: isolation)
        #expect(isolation.filter { !index.isAsked(cardKey: $0.key) }.map(\.cell!.value) == ["—", "N/A"])
        let committed = isolation.first { $0.cell!.rowLabel == "Read committed" && $0.cell!.column == "Dirty read" }!
        let kinds = questions(for: committed, pool: isolation, seeds: 0..<10).map(\.kind)
        #expect(kinds.contains {
            if case .multipleChoice(_, let options, _) = $0 { Set(options) == ["Read committed", "Read uncommitted", "NOLOCK hint"] } else { false }
        })
        // With one opposite left there is no choice: two options are a coin toss (issue 20, twenty-first reading).
        let twoLevels = isolation.filter { $0.cell!.rowLabel != "NOLOCK hint" }
        #expect(!questions(for: committed, pool: twoLevels, seeds: 0..<10).contains { $0.type == .multipleChoice })
    }
}

@Suite struct ComparedSubjectsFrameTests {
    static func cell(title: String) -> TableCellRef {
        TableCellRef(
            tableKey: "t/py/diff", tableTitle: title, columns: ["", "list", "tuple"], rowLabel: "Mutable", column: "list",
            columnIndex: 1, value: "yes", mark: nil)
    }

    @Test func aTableUnderAQuestionIsNamedByWhatItCompares() {
        let cell = Self.cell(title: "Explain the difference between a list and a tuple.?")
        #expect(QuizLanguage.en.recallPrompt(cell) == "In “list vs tuple”, what is list on “Mutable”?")
        #expect(QuizLanguage.zhHant.recallPrompt(cell).hasPrefix("在「list 與 tuple」中，"))
    }

    /// A caption is said by the name it adds ("In Python, …", "在 Python 中，…"), never quoted as a heading the
    /// learner does not see ("In “Sequences”, …", "在「支援的協定」中"); one that names nothing is left out.
    @Test func aCaptionIsSaidByTheNameItAdds() {
        #expect(QuizLanguage.en.recallPrompt(Self.cell(title: "Sequences")) == "What is list on “Mutable”?")
        #expect(QuizLanguage.en.recallPrompt(Self.cell(title: "What Python offers")) == "In Python, what is list on “Mutable”?")
        #expect(QuizLanguage.zhHant.recallPrompt(Self.cell(title: "Python 的序列")) == "在 Python 中，list 在「Mutable」這一項是什麼？")
        #expect(QuizLanguage.zhHant.recallPrompt(Self.cell(title: "內建的序列")) == "list 在「Mutable」這一項是什麼？")
        // A name the question says already adds nothing; a capitalised word of prose is no name.
        #expect(QuizLanguage.names(in: "Sequences in CPython", beyond: ["CPython"]).isEmpty)
        #expect(QuizLanguage.names(in: "Message brokers", beyond: []).isEmpty)
        #expect(QuizLanguage.names(in: "What WSGI gives you", beyond: ["Trait"]) == ["WSGI"])
        #expect(QuizLanguage.names(in: "HTTP/2 and gRPC", beyond: []) == ["HTTP/2", "gRPC"])
        // Several names keep the caption whole, since no one of them is the setting.
        #expect(QuizLanguage.en.recallPrompt(Self.cell(title: "HTTP/2 and gRPC")) == "In “HTTP/2 and gRPC”, what is list on “Mutable”?")
    }
}
