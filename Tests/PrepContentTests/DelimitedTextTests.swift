import Foundation
import Testing

@testable import PrepContent

/// Anki notes files and CSV/TSV: headers, separators, quoting, HTML, GUID keys, cloze, tags and bad rows.
@Suite struct DelimitedTextTests {
    private func parse(_ text: String, path: String = "decks/notes.txt") -> ParseResult {
        ContentParser().parse(text: text, path: path)
    }

    private func article(_ text: String, path: String = "decks/notes.txt") throws -> ParsedArticle {
        try #require(parse(text, path: path).article)
    }

    // MARK: The Anki fixture

    @Test func ankiExportWithEveryHeaderLine() throws {
        let result = try FixtureLoader.parse("anki-notes.txt", as: "decks/anki-notes.txt")
        let article = try #require(result.article)
        #expect(article.format == .delimited)
        #expect(article.title == "Interview::Python")
        let fronts = article.cards.map(\.front)
        #expect(
            fronts == [
                "What does the GIL protect?",
                "Why is a < b allowed for strings?",
                "A generator keeps its […] alive between next() calls.",
                "A generator keeps its frame alive between [what drives it].",
                "中文面試：什麼是裝飾器？",
                // With #html:true a tab and a line break in the source are spacing, as in a browser.
                "A field with a tab and a line break",
            ])
        #expect(article.cards[0].back == "The interpreter's internal state.\nOnly one thread runs bytecode at a time.")
        #expect(article.cards[1].back == "Strings compare by code point,\none character after another.")
        #expect(article.cards[0].tags == ["python", "concurrency"])
        #expect(article.cards[4].back == "包裝函式的函式，&不改原始碼。")
    }

    @Test func ankiFixtureReportsEachBadRowAndKeepsTheRest() throws {
        let result = try FixtureLoader.parse("anki-notes.txt", as: "decks/anki-notes.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "decks/anki-notes.txt:14:1: error: row has 5 fields, expected 6; the row is left out",
                "decks/anki-notes.txt:15:\(Self.emptyFrontColumn): error: row has an empty question; "
                    + "the row is left out",
                "decks/anki-notes.txt:16:1: error: GUID 'k8Qz!x{2Lp' is used again (first on line 8); "
                    + "the row is left out",
            ])
        #expect(try #require(result.article).cards.count == 6)
    }

    /// The empty question is the fourth field: after `empty-front`, `Basic` and the deck, each with its tab.
    static let emptyFrontColumn = "empty-front\tBasic\tInterview::Python\t".count + 1

    @Test func guidBecomesTheKey() throws {
        let article = try #require(try FixtureLoader.parse("anki-notes.txt", as: "decks/anki-notes.txt").article)
        let keys = article.cards.map(\.key)
        // `!` and `{` are not key characters, so that GUID is hashed; `Wm3.alpha-7` is kept readable.
        #expect(keys[0] == "decks/anki-notes/guid-\(ContentHash.hex("k8Qz!x{2Lp"))")
        #expect(keys[1] == "decks/anki-notes/guid-Wm3.alpha-7")
        #expect(keys[2] == "decks/anki-notes/guid-c1oze-0001/c1")
        #expect(keys[3] == "decks/anki-notes/guid-c1oze-0001/c2")
        #expect(article.cards[2].siblingGroup == "decks/anki-notes/guid-c1oze-0001")
    }

    @Test func guidThatIsAPrepKeyIsKeptAsItIs() throws {
        let text = """
            #separator:tab
            #html:false
            #guid column:1
            #tags column:4
            django/asgi-vs-wsgi/qa-0123456789abcdef\tWhat is ASGI?\tAn async interface.\tdjango
            django/asgi-vs-wsgi/cloze-0123456789abcdef/c1\tA [ … ] sentence\tfilled\tdjango
            """
        let article = try article(text)
        #expect(
            article.cards.map(\.key) == [
                "django/asgi-vs-wsgi/qa-0123456789abcdef", "django/asgi-vs-wsgi/cloze-0123456789abcdef/c1",
            ])
    }

    /// `prep export --format anki` writes one Cloze note per cloze card, keyed by that card: it comes back as
    /// the same card, a sibling of the others of its sentence, not as `…/c2/c1`.
    @Test func prepsOwnClozeNotesComeBackAsTheSameCards() throws {
        let text = """
            #separator:tab
            #html:false
            #guid column:1
            #notetype column:2
            #deck column:3
            #tags column:6
            web/servers/cloze-sig/c1\tCloze\tprep::web\tcalled as app({{c1::environ}}, start_response)\t\tweb
            web/servers/cloze-sig/c2\tCloze\tprep::web\tcalled as app(environ, {{c1::start_response}})\t\tweb
            """
        let article = try article(text)
        #expect(article.cards.map(\.key) == ["web/servers/cloze-sig/c1", "web/servers/cloze-sig/c2"])
        #expect(article.cards.allSatisfy { $0.kind == .cloze && $0.siblingGroup == "web/servers/cloze-sig" })
    }

    @Test func clozeNotesBecomeClozeCards() throws {
        let article = try #require(try FixtureLoader.parse("anki-notes.txt", as: "decks/anki-notes.txt").article)
        let cloze = article.cards.filter { $0.kind == .cloze }
        #expect(cloze.count == 2)
        #expect(cloze[0].back == "A generator keeps its frame alive between next() calls.\n\nBack extra: see PEP 255.")
        #expect(article.qa.count == 4)
    }

    @Test func clozeWithoutGUIDIsKeyedLikeMarkdownCloze() throws {
        let article = try article("Python has {{c1::two}} kinds of {{c2::string}} literals.\n", path: "d/x.csv")
        let markdown = try #require(
            ContentParser().parse(text: "C: Python has {{c1::two}} kinds of {{c2::string}} literals.\n", path: "d/x.md")
                .article)
        #expect(article.cards.map(\.key) == markdown.cards.map(\.key))
        #expect(article.cards.map(\.front) == markdown.cards.map(\.front))
    }

    @Test func questionWithoutGUIDIsKeyedLikeMarkdownQuestion() throws {
        let csv = try article("What is WSGI?,A sync interface\n", path: "d/x.csv")
        let markdown = try #require(
            ContentParser().parse(text: "Q: What is WSGI?\nA: A sync interface\n", path: "d/x.md").article)
        #expect(csv.cards.map(\.key) == markdown.cards.map(\.key))
    }

    // MARK: Header variants and separators

    @Test(arguments: [
        ("#separator:Tab", "\t"), ("#separator:tab", "\t"), ("#separator:Comma", ","), ("#separator:Semicolon", ";"),
        ("#separator:Pipe", "|"), ("#separator:Space", " "), ("#separator:Colon", ":"), ("#separator:|", "|"),
        ("#separator:;", ";"), ("#separator: comma", ","), ("#Separator:PIPE", "|"), ("#separator:\t", "\t"),
    ])
    func separatorHeader(header: String, separator: String) throws {
        // Quoted, so that a space separator leaves the spaces inside the fields alone.
        let row = ["What is a mutex?", "A lock", "sync"].map { "\"\($0)\"" }.joined(separator: separator)
        let text = "\(header)\n#tags column:3\n\(row)\n"
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let card = try #require(result.article?.cards.first)
        #expect((card.front, card.back, card.tags) == ("What is a mutex?", "A lock", ["sync"]))
    }

    @Test func unknownSeparatorWarnsAndFallsBackToGuessing() throws {
        let result = parse("#separator:slash\nQ one\tA one\n")
        #expect(result.diagnostics.map(\.description) == [
            "decks/notes.txt:1:1: warning: unknown separator 'slash'; it is guessed from the rows"
        ])
        #expect(result.article?.cards.map(\.back) == ["A one"])
    }

    @Test func htmlFalseKeepsMarkupAsText() throws {
        let article = try article("#separator:tab\n#html:false\nWhat does <br> do?\tBreaks a line &amp; more\n")
        #expect(article.cards.map(\.front) == ["What does <br> do?"])
        #expect(article.cards.map(\.back) == ["Breaks a line &amp; more"])
    }

    @Test func withoutAnHTMLLineEditorMarkupIsStillReduced() throws {
        let article = try article("What is a deadlock?\tTwo locks<br>taken in opposite order&nbsp;&nbsp;forever\n")
        #expect(article.cards.map(\.back) == ["Two locks\ntaken in opposite order  forever"])
    }

    @Test func fileWideTagsDeckAndNotetypeLines() throws {
        let text = """
            tags:interview backend
            #separator:semicolon
            #deck:Backend Basics
            #notetype:Cloze
            #tags column:2
            The {{c1::event loop}} runs callbacks;async
            """
        let article = try article(text)
        #expect(article.title == "Backend Basics")
        #expect(article.cards.map(\.kind) == [.cloze])
        #expect(article.cards.first?.tags == ["interview", "backend", "async"])
    }

    @Test func columnsLineNamesTheQuestionAndAnswer() throws {
        let text = "#separator:comma\n#columns:Notes,Answer,Question\nfrom a talk,Forty-two,What is the answer?\n"
        let card = try #require(try article(text).cards.first)
        #expect(card.front == "What is the answer?")
        #expect(card.back == "Forty-two\n\nNotes: from a talk")
    }

    @Test func clozeNotetypeWithoutDeletionIsReported() {
        let result = parse("#separator:tab\n#notetype:Cloze\nNo deletion in this text\textra\n")
        #expect(result.diagnostics.map(\.description) == [
            "decks/notes.txt:3:1: error: cloze note has no deletion such as {{c1::text}}; the row is left out"
        ])
    }

    @Test func columnBeyondTheRowsIsAWarning() {
        let result = parse("#separator:tab\n#guid column:7\nq\ta\n")
        #expect(result.diagnostics.map(\.description) == [
            "decks/notes.txt:1:1: warning: column 7 is named in the header, but rows have 2 fields"
        ])
    }

    @Test func commentLinesInTheHeaderAreSkipped() throws {
        let article = try article("#separator:tab\n# vim: noet ts=24\nq1\ta1\n")
        #expect(article.cards.map(\.front) == ["q1"])
    }

    // MARK: Plain CSV/TSV and guessing

    @Test func plainCSVWithHeaderRowAndRFC4180Quoting() throws {
        let result = try FixtureLoader.parse("interview.csv", as: "decks/interview.csv")
        let article = try #require(result.article)
        #expect(article.format == .delimited)
        #expect(
            article.cards.map(\.front) == [
                "What does \"idempotent\" mean for HTTP methods?", "What is a race condition?",
                "Name three isolation levels, weakest first", "Which port does HTTPS use by default?",
            ])
        #expect(article.cards[1].back == "Two threads touch shared state and the result\ndepends on who runs first.")
        #expect(article.cards[1].tags == ["concurrency", "threads"])
        #expect(article.cards[3].back == "443")
        #expect(
            result.diagnostics.map(\.description) == [
                "decks/interview.csv:6:1: error: row has 4 fields, expected 3; the row is left out",
                "decks/interview.csv:7:1: error: quoted field is never closed; the row is left out",
            ])
    }

    @Test(arguments: [
        ("q1\ta1\nq2\ta2\n", "x.txt"), ("q1,a1\nq2,a2\nq3,a3\n", "x.csv"), ("q1;a1\nq2;a2\nq3;a3\n", "x.csv"),
        ("q1;a1\nq2;a2\nq3;a3\n", "x.txt"), ("q1|a1\nq2|a2\n", "x.csv"), ("q1\ta1\nq2\ta2\n", "x.tsv"),
    ])
    func separatorIsGuessed(text: String, name: String) throws {
        let article = try article(text, path: "d/\(name)")
        #expect(article.format == .delimited)
        #expect(article.cards.map(\.front).prefix(2) == ["q1", "q2"])
        #expect(article.cards.map(\.back).prefix(2) == ["a1", "a2"])
    }

    @Test func tsvIsSplitOnTabsOnly() {
        let result = parse("q1,a1\n", path: "d/x.tsv")
        #expect(result.diagnostics.map(\.description) == ["d/x.tsv:1:1: error: row has no answer; the row is left out"])
    }

    @Test func semicolonWinsWhenCommasAreInsideTheText() throws {
        let text = "Name two queues, briefly;FIFO, LIFO\nWhat is a heap?;A tree, ordered by key\nWhy hash?;Speed\n"
        let article = try article(text, path: "d/x.csv")
        #expect(article.cards.map(\.back) == ["FIFO, LIFO", "A tree, ordered by key", "Speed"])
    }

    @Test func chineseHeaderRowIsRecognised() throws {
        let article = try article("問題,答案\n什麼是索引？,加速查詢的資料結構\n", path: "d/x.csv")
        #expect(article.cards.map(\.front) == ["什麼是索引？"])
        #expect(article.lang == "zh-Hant")
    }

    @Test func quotingEdgeCases() {
        let text = "\"a,b\",\"\"\"x\"\"\"\n  \"spaced\" ,\"\"\nplain\"quote,\"multi\n\nline\"\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let records = DelimitedRecords(lines: lines, from: 0, separator: ",").records
        #expect(records.map(\.fields) == [["a,b", "\"x\""], ["spaced", ""], ["plain\"quote", "multi\n\nline"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records[1].columns == [3, 13])
    }

    @Test func emptyAnswerIsReported() {
        let result = parse("q1,\nq2,a2\nq3,a3\n", path: "d/x.csv")
        #expect(result.diagnostics.map(\.description) == ["d/x.csv:1:4: error: row has no answer; the row is left out"])
        #expect(result.article?.cards.count == 2)
    }

    @Test func repeatedQuestionWithoutGUIDIsReported() {
        let result = parse("q1,a1\nq1,other\nq3,a3\n", path: "d/x.csv")
        #expect(result.diagnostics.map(\.description) == [
            "d/x.csv:2:1: error: the same question as line 1; give the rows GUIDs to keep both; the row is left out"
        ])
    }

    // MARK: HTML reduction

    @Test(arguments: [
        ("one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour"),
        ("<div>first</div><div>second</div>", "first\nsecond"),
        ("<p>para one</p><p>para two</p>", "para one\npara two"),
        ("<ul><li>red</li><li>green</li></ul>", "- red\n- green"),
        ("&lt;T&gt; &amp; &quot;x&quot; &#39;y&#39; &#x263A; &#26159; &unknown;", "<T> & \"x\" 'y' ☺ 是 &unknown;"),
        ("<b>bold</b> <span style=\"color:red\">red</span>", "bold red"),
        ("a < b and c > d", "a < b and c > d"),
        ("<pre>  indented\n    code</pre>", "  indented\n    code"),
        ("text<!-- a comment -->more", "textmore"),
        ("spread\nover   lines", "spread over lines"),
        ("<style>p{}</style>visible", "visible"),
        ("<SCRIPT>x()</SCRIPT>after<", "after<"),
        ("indent:<br>&nbsp;&nbsp;two", "indent:\n  two"),
    ])
    func htmlIsReducedToText(html: String, text: String) {
        #expect(HTMLText.plainText(html) == text)
    }
}

extension DelimitedTextTests {
    @Test func headerRowWithColumnsOfItsOwn() throws {
        let text = "id,question,answer,category\n17,What is a B-tree?,A balanced search tree,databases\n"
        let card = try #require(try article(text, path: "d/x.csv").cards.first)
        #expect(card.key == "d/x/guid-17")
        #expect(card.front == "What is a B-tree?")
        #expect(card.back == "A balanced search tree\n\ncategory: databases")
    }

    @Test func firstRowThatAsksIsNotAHeader() throws {
        let article = try article("Question?,Answer\nSecond question?,Second answer\n", path: "d/x.csv")
        #expect(article.cards.map(\.front) == ["Question?", "Second question?"])
    }

    @Test func excelSeparatorHint() throws {
        let article = try article("sep=;\nWhat is 1,5 in French notation?;one and a half\n", path: "d/x.csv")
        #expect(article.cards.map(\.back) == ["one and a half"])
    }
}

extension DelimitedTextTests {
    @Test func reversedNotetypeAsksBothWays() throws {
        let text = "#separator:tab\n#notetype:Basic (and reversed card)\n#guid column:1\nr1\tTCP\tA reliable byte stream\n"
        let cards = try article(text).cards
        #expect(cards.map(\.key) == ["decks/notes/guid-r1", "decks/notes/guid-r1/reverse"])
        #expect(cards.map(\.front) == ["TCP", "A reliable byte stream"])
        #expect(cards.map(\.siblingGroup) == ["decks/notes/guid-r1", "decks/notes/guid-r1"])
    }
}

extension DelimitedTextTests {
    /// What Anki's "Notes in Plain Text" export writes for a collection of several note types: fields padded
    /// to the widest note type, the tags after them.
    @Test func ankiNotesExportWithSeveralNoteTypes() throws {
        let text = """
            #separator:tab
            #html:true
            #guid column:1
            #notetype column:2
            #deck column:3
            #tags column:7
            a1\tBasic\tNet\tWhat is ARP?\tMaps IP to MAC[sound:arp.mp3]\t\tnet
            a2\tBasic (optional reversed card)\tNet\tTTL\tHops left\ty\tnet
            a3\tBasic (optional reversed card)\tNet\tMTU\tLargest frame\t\tnet
            a4\tCloze\tNet\t{{c1::UDP}} has no handshake\tUnlike TCP\t\tnet
            """
        let cards = try article(text).cards
        #expect(
            cards.map(\.key) == [
                "decks/notes/guid-a1", "decks/notes/guid-a2", "decks/notes/guid-a2/reverse", "decks/notes/guid-a3",
                "decks/notes/guid-a4/c1",
            ])
        #expect(
            cards.map(\.back) == [
                "Maps IP to MAC", "Hops left", "TTL", "Largest frame", "UDP has no handshake\n\nUnlike TCP",
            ])
    }
}

extension DelimitedTextTests {
    @Test func windowsLineEndsAndByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("Question,Answer\r\n\"two\r\nlines\",yes\r\nq2,a2\r\n".utf8)
        let article = try #require(ContentParser().parse(bytes: bytes, path: "d/x.csv").article)
        #expect(article.cards.map(\.front) == ["two\nlines", "q2"])
    }

    @Test func aHeaderlessTabSeparatedTextFileIsANotesFileAndItsHTMLBecomesText() throws {
        let text = "What does <code>git checkout &lt;BRANCH&gt;</code> do?\tSwitches to the branch.<br>Keeps local changes.\nWhat is HEAD?\tThe commit you are on.\n"
        let article = try #require(ContentParser().parse(text: text, path: "d/git.txt").article)
        #expect(article.format == .delimited)
        #expect(article.cards.map(\.front) == ["What does git checkout <BRANCH> do?", "What is HEAD?"])
        #expect(article.cards.first?.back == "Switches to the branch.\nKeeps local changes.")
    }

    @Test func aHeaderlessColumnOfTagsIsTagsAndAnUnnamedPathColumnIsLeftOut() throws {
        let text = "What is a pod?\tThe smallest deployable unit.\tk8s basics\tnotes/k8s.md:12\nWhat is a node?\tA worker machine.\tk8s\tnotes/k8s.md:20\n"
        let article = try #require(ContentParser().parse(text: text, path: "d/k8s.tsv").article)
        #expect(article.cards.map(\.back) == ["The smallest deployable unit.", "A worker machine."])
        #expect(article.cards.first?.tags.contains("basics") == true)
    }
}
