/// Every command's help text in Traditional Chinese, keyed by the English it is declared with, so an English
/// text changed without its translation shows up in `HelpLanguageTests` as English on a Chinese screen.
enum HelpTranslations {
    static let traditionalChinese: [String: String] = [
        "Interview preparation: flashcards, daily quizzes and runnable checks of what you learn.":
            "面試準備：卡片、每日測驗，以及把所學實際跑一遍的檢驗。",
        """
            Start with 'prep quiz'. The bundled articles are imported on first use. In a checkout progress is
            kept in data/prep.sqlite; installed ('prep install'), in ~/.local/share/prep. 'prep doctor' shows
            which database and folders are in use, 'prep config' the settings.
            """:
            """
            從 'prep quiz' 開始。第一次使用時會匯入隨附的文章。在原始碼目錄裡，進度存在 data/prep.sqlite；
            安裝後（'prep install'）存在 ~/.local/share/prep。'prep doctor' 顯示正在使用哪個資料庫與資料夾，
            'prep config' 顯示設定。
            """,
        "The progress database.":
            "學習進度的資料庫。",
        "The folder of articles to study.":
            "要學習的文章所在的資料夾。",
        "Screen in zh-Hant or en (default: the lang setting, else zh-Hant).":
            "畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        "Plain output, no colours (also NO_COLOR).":
            "純文字輸出，不加色彩（NO_COLOR 亦同）。",
        "Show help information.":
            "顯示說明。",
        "Today's quiz: due cards first, then new ones, graded as you answer.":
            "今日測驗：先出到期的卡片，再出新卡，邊答邊評分。",
        "Review, list, inspect and manage flashcards.":
            "複習、列出、查看與管理卡片。",
        "Show the due forecast, retention, study streak and readiness per topic.":
            "顯示到期預測、保留率、連續學習天數與各主題的準備度。",
        "Export progress as JSON (for prep restore) or cards for Anki.":
            "把學習進度匯出為 JSON（供 prep restore 使用），或把卡片匯出給 Anki。",
        "Restore or merge progress from a prep export file.":
            "從 prep 匯出的檔案還原或合併學習進度。",
        "Add or update articles and question collections: markdown, or text copied from the web.":
            "新增或更新文章與題庫：markdown，或從網頁複製的文字。",
        "Run the article's claims about WSGI and ASGI on prep's own servers.":
            "在 prep 自己的伺服器上實際驗證文章中關於 WSGI 與 ASGI 的說法。",
        "Run the embedded server in sync (WSGI-like) or async (ASGI-like) mode.":
            "以同步（類 WSGI）或非同步（類 ASGI）模式執行內建伺服器。",
        "Measure prep's own speed: import, card picking, launch, export, server.":
            "量測 prep 本身的速度：匯入、選卡、啟動、匯出、伺服器。",
        "Inspect, verify and fit the FSRS-6 scheduler.":
            "檢視、驗證並擬合 FSRS-6 排程器。",
        "Show or change settings: daily limits, desired retention, steps, language, colour.":
            "顯示或變更設定：每日上限、目標保留率、學習步驟、語言、色彩。",
        "Show which database, content folders and settings are in use, and why.":
            "顯示正在使用的資料庫、內容資料夾與設定，以及原因。",
        "Print a shell completion script (bash, zsh or fish).":
            "輸出殼層（bash、zsh 或 fish）的自動補全指令稿。",
        "Install prep, its bundled deck and shell completions (default below ~/.local).":
            "安裝 prep、隨附的題庫與殼層自動補全（預設裝在 ~/.local 底下）。",
        "Remove what 'prep install' installed; your progress and articles stay.":
            "移除 'prep install' 安裝的檔案；你的學習進度與文章會保留。",
        "Show help for prep or one of its subcommands.":
            "顯示 prep 或其子命令的說明。",
        """
            On a terminal: letters or digits choose, t/f judge, typed answers end with Enter, Enter reveals a long
            answer and 1-4 grade it, q quits. After the feedback any key goes on; c first runs the card's check
            (as prep check would) when it has one.
            An answer taller than the screen scrolls with ↑/↓ (or j/k) and PgUp/PgDn on a terminal.

            With piped input (line mode), one line per answer and no "go on" step between questions:
              a-d or 1-4   choose an option (the option's own text works too; t/f for a claim's true/false)
              t / f        true or false (also y/n, 對/錯, 是/否)
              text         a typed answer, graded as an examiner would (see below)
              empty or ?   show the answer: reveals a long one, gives up on a typed one (graded Again)
              1-4          after a reveal, your own grade: Again, Hard, Good, Easy
              u            take back the last answer and answer it again (on a terminal: u after the feedback)
              q            quit; end of input also ends the quiz
            A line that answers nothing (an empty line on a choice question, say) is reported and the question
            is asked again.

            Typed answers: case, full-/half-width, punctuation and spacing do not count; any alternative the card
            lists is right ("A | B", "A / B", "A or B", an also: line), and so is the answer of the card in its
            other language; numbers are equal when they are the same quantity (370 = 370 ms = 0.37 s = 370毫秒;
            kB/MB, %, 3x = 3× = 三倍; versions by value, 0.30 = 0.30.0). A gloss in brackets is right on its own
            ("Repeatable Read" for 可重複讀（Repeatable Read）), 否/不是/不/no/nope answer a no, and code in
            backticks is compared without its spacing (`(1, 2)` = (1,2)). A small typo is accepted, but never in a
            number, a module path, an identifier (TypeError), a file path or a version: those must be exact. A
            sentence around the answer is accepted as "extra words" ("會丟出 TypeError"). The feedback shows the
            answer with the difference marked ([brackets] in plain output).

            Grades: wrong → Again; right but slow, or after a hint → Hard, and the feedback says why; right → Good;
            Easy only for a typed answer, exact and fast, on a card studied before: picking an answer out of
            choices (multiple choice, which one, true/false) is never Easy. What counts as slow grows with the
            question's length to read (Chinese by characters, English by words) and, when typed, the answer's.

            New cards come within the day's allowance (20); --count beyond it says so, and --new N allows more.
            Every answer is saved before the next question, so quitting loses nothing.

            Question kinds: a claim is judged true, false, misleading or depends (a-d, the word, or t/f), and the
            answer shows the reason; Q&A and cloze are recall; a table cell is asked as its table is built:
            "which one" between the compared columns of a row, or which row (term or thing) a short value
            describes. A bare mark (yes / no) or a sentence is never an option: it is recalled as a comparison
            ("Compare WSGI and ASGI on WebSocket"). After a wrong pick the feedback says what the other options
            really are. A column that never changes is asked once, and table cells are at most half of a session
            while other cards are left. Markdown is shown rendered.
            """:
            """
            在終端機上：按字母或數字選擇，t/f 判斷對錯，打字作答以 Enter 送出，Enter 顯示較長的答案，
            再按 1-4 評分，q 離開。看完回饋後按任意鍵繼續；若卡片附有檢驗，先按 c 會執行它（如同 prep check）。
            答案比畫面高時，在終端機上可用 ↑/↓（或 j/k）與 PgUp/PgDn 捲動。

            以管線輸入時（逐行模式），每行一個答案，題目之間不需要按鍵繼續：
              a-d 或 1-4   選擇選項（也可以直接輸入選項文字；判斷題可用 t/f 表示對/錯）
              t / f        對或錯（也接受 y/n、對/錯、是/否）
              文字         打字作答，像閱卷者一樣評分（見下文）
              空行或 ?     顯示答案：較長的答案會揭曉，打字題則視為放棄（評為「再來」）
              1-4          揭曉後自己評分：再來、困難、良好、簡單
              u            收回上一個答案重新作答（在終端機上：看完回饋後按 u）
              q            離開；輸入結束也會結束測驗
            一行沒有回答任何東西（例如選擇題送出空行）時會提示，並重新出同一題。

            打字作答：大小寫、全形半形、標點與空白都不影響；卡片列出的任一替代答案都算對（"A | B"、"A / B"、
            "A or B"、also: 行），卡片另一種語言的答案也算對；數字代表同一個量就相等（370 = 370 ms = 0.37 s
            = 370毫秒；kB/MB、%、3x = 3× = 三倍；版本號依值比較，0.30 = 0.30.0）。括號中的註解單獨作答也算對
            （可重複讀（Repeatable Read）答 "Repeatable Read" 即可），否/不是/不/no/nope 都可回答否定，反引號中的
            程式碼比較時不計空白（`(1, 2)` = (1,2)）。小錯字可以接受，但數字、模組路徑、識別字（TypeError）、
            檔案路徑與版本號必須完全正確。答案外多了一句話也算對，標為「多了文字」（"會丟出 TypeError"）。
            回饋會標出答案與你的差異（純文字輸出以 [方括號] 標示）。

            評分：答錯 → 再來；答對但太慢，或看過提示 → 困難，回饋會說明原因；答對 → 良好；只有打字作答、
            完全正確又快、且卡片以前學過時才會是簡單：從選項中挑出答案（選擇題、擇一題、是非題）永遠不會是簡單。
            「太慢」的標準隨題目的閱讀長度（中文以字計，英文以詞計）增加，打字作答時也看答案的長度。

            新卡在當日的額度內出題（20 張）；--count 超出額度時會告知，--new N 可以多加新卡。
            每個答案都在下一題之前存好，隨時離開都不會遺失進度。

            題型：判斷題要判斷說法是對、錯、誤導或視情況而定（a-d、文字或 t/f），答案會說明理由；問答與填空
            是回想題；表格儲存格依表格的結構出題：在同一列比較的欄位之間「擇一」，或問簡短的值描述的是哪一列
            （術語或事物）。單純的記號（yes / no）或一整句話不會當成選項，而是改成比較題回想
            （"Compare WSGI and ASGI on WebSocket"）。選錯之後，回饋會說明其他選項實際上是什麼。
            從不變化的欄位只問一次；只要還有其他卡片，表格儲存格最多佔一次測驗的一半。Markdown 會排版後顯示。
            """,
        "Number of questions (default: the quiz_length setting, 20).":
            "題數（預設依 quiz_length 設定，20 題）。",
        "Introduce at most N new cards (default: what is left of the new_cards_per_day setting).":
            "最多加入 N 張新卡（預設為 new_cards_per_day 設定今天剩下的額度）。",
        "Only cards of this topic.":
            "只出這個主題的卡片。",
        "Ask in zh-Hant or en (default zh-Hant); cards missing in it use the other.":
            "以 zh-Hant 或 en 出題（預設 zh-Hant）；該語言沒有的卡片改用另一種語言。",
        "Plan toward an interview on DATE (YYYY-MM-DD): no review after it, weakest cards first.":
            "為 DATE（YYYY-MM-DD）的面試做準備：面試後不排複習，最弱的卡片優先。",
        "Seed for the question mix, to repeat a quiz exactly.":
            "出題組合的亂數種子，用來完整重現一次測驗。",
        "List cards and their scheduling state.":
            "列出卡片與它們的排程狀態。",
        "Review due cards, then new ones, grading each 1-4.":
            "先複習到期的卡片，再學新卡，每張以 1-4 評分。",
        "Show one card, its scheduling state and review history.":
            "顯示一張卡片、它的排程狀態與複習紀錄。",
        "Suspend cards: never shown until unsuspended; their history stays.":
            "暫停卡片：取消暫停前不會再出現；複習紀錄保留。",
        "Unsuspend cards (leeches included; they keep the leech mark).":
            "取消暫停卡片（包括難記卡；它們仍保留難記卡標記）。",
        "Reset cards to new, clearing their review history unless --keep-history.":
            "把卡片重設為新卡，並清除複習紀錄（除非加上 --keep-history）。",
        "Set studied cards' due date to N days from today (0: due now), as Anki's Set Due Date.":
            "把學過的卡片到期日設為 N 天後（0：現在到期），如同 Anki 的「設定到期日」。",
        "Hide cards until the next study day (4 am).":
            "把卡片擱置到下一個學習日（凌晨 4 點）。",
        "Show buried cards again today.":
            "讓擱置的卡片今天再次出現。",
        "Only the cards due now that a session would show today, with what is held back and why.":
            "只列出現在到期、今天的學習會出現的卡片，並說明哪些被延後以及原因。",
        "Only cards whose key (as list shows it), front, back or tags contain TEXT (either language, any case).":
            "只列出代號（如 list 所顯示）、正面、背面或標籤含有 TEXT 的卡片（兩種語言皆可，不分大小寫）。",
        "Only cards in this state: new, learning, review, suspended, leech (suspended includes suspended leeches).":
            "只列出這個狀態的卡片：new、learning、review、suspended、leech（suspended 包括已暫停的難記卡）。",
        "Cards and screen in zh-Hant or en (default: the lang setting, else zh-Hant).":
            "卡片與畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        "Print the cards as JSON.":
            "以 JSON 輸出卡片。",
        """
            Space or Enter reveals the answer; 1 Again, 2 Hard, 3 Good, 4 Easy grade it (the next interval is
            shown beside each); u undoes the last grade or suspension, s suspends the card, e shows the source
            lines around it, q quits; c runs the card's check (prep check) when it has one. A card taller than
            the terminal scrolls with ↑/↓ (or j/k) and PgUp/PgDn; the screen follows the terminal's size.
            With piped input every key is a line (an empty line reveals) and the session ends at end of input.
            Daily limits come from the settings new_cards_per_day (20) and reviews_per_day (200).
            """:
            """
            空白鍵或 Enter 顯示答案；1 再來、2 困難、3 良好、4 簡單評分（每個選項旁顯示下次間隔）；u 撤回上一個
            評分或暫停，s 暫停這張卡片，e 顯示卡片出處前後的內容，q 離開；卡片附有檢驗時按 c 執行（prep check）。
            卡片比終端機高時可用 ↑/↓（或 j/k）與 PgUp/PgDn 捲動；畫面會隨終端機大小調整。
            以管線輸入時，每個按鍵是一行（空行顯示答案），輸入結束時學習也結束。
            每日上限來自 new_cards_per_day（20）與 reviews_per_day（200）兩項設定。
            """,
        "Show at most N cards.":
            "最多顯示 N 張卡片。",
        "Introduce at most N new cards (default: what is left of today's limit).":
            "最多加入 N 張新卡（預設為今天剩下的額度）。",
        "Go through the cards without changing their schedule.":
            "瀏覽卡片但不改變它們的排程。",
        "ID is a card's full key or any unique ending of it, e.g. 'claim-four-workers'.":
            "ID 是卡片的完整代號，或代號中唯一的結尾部分，例如 'claim-four-workers'。",
        "The card's key or a unique suffix of it.":
            "卡片的代號，或代號中唯一的結尾部分。",
        "Card and screen in zh-Hant or en (default: the lang setting, else zh-Hant).":
            "卡片與畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        "Print the card as JSON.":
            "以 JSON 輸出卡片。",
        "A card's key or a unique ending of it.":
            "卡片的代號，或代號中唯一的結尾部分。",
        "Print what changed as JSON.":
            "以 JSON 輸出有哪些改變。",
        "Keep the cards' reviews in the history (they no longer shape the schedule).":
            "把卡片的複習保留在紀錄中（不再影響排程）。",
        "Days from today, 0–36500 (required).":
            "從今天起算的天數，0–36500（必填）。",
        """
            Study days start at 4 am local time (TZ). Retention is the share of reviews of cards in the
            Review state that were not rated Again. A card is mature once its stability reaches 21 days.
            Readiness is the share of a topic's cards you would recall now, a card never studied counting as not
            recalled: the measure prep quiz --interview DATE reports for the interview day.
            """:
            """
            學習日從當地時間（TZ）凌晨 4 點開始。保留率是「複習」狀態卡片的複習中沒有評為「再來」的比例。
            卡片的穩定度達到 21 天即為熟記。準備度是一個主題的卡片中你現在記得的比例，從未學過的卡片算作
            不記得：這也是 prep quiz --interview DATE 為面試當天回報的數值。
            """,
        "Headings in zh-Hant or en (default: the lang setting, else zh-Hant).":
            "標題語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        "Print the numbers as JSON.":
            "以 JSON 輸出數據。",
        """
            JSON (format "prep-progress", version 1) holds the scheduler settings, every card key with its
            state, every review, quiz session and check run; 'prep restore' reads it back. '--format anki'
            writes Anki's plain-text import format: the card key as GUID (importing it again updates the
            notes instead of duplicating them), fields by position, cloze cards as Cloze notes, one deck
            prep::<topic> per topic. Anki finds notetypes only by their translated names, so '--anki-lang'
            must match the language of the Anki that imports it. '--format apkg' writes an Anki package with
            the schedule: FSRS memory state, due dates, the review log and a deck preset with prep's
            weights (only Anki's first import of a card takes its schedule). Without -o the export goes to
            standard output (not for apkg). A symlink is followed and its target replaced, keeping its mode
            and owner; the database in use, a folder or a read-only file is refused.
            """:
            """
            JSON（格式 "prep-progress"，版本 1）包含排程設定、每張卡片的代號與狀態、每筆複習、每次測驗與檢驗
            紀錄；'prep restore' 可以讀回。'--format anki' 寫出 Anki 的純文字匯入格式：以卡片代號作為 GUID（再次匯入
            會更新筆記而不是重複建立），欄位依位置排列，填空卡片成為 Cloze 筆記，每個主題一個牌組 prep::<topic>。
            Anki 只以翻譯後的名稱尋找筆記類型，所以 '--anki-lang' 必須與匯入它的 Anki 的語言相符。'--format apkg'
            寫出帶排程的 Anki 套件：FSRS 記憶狀態、到期日、複習紀錄，以及含 prep 參數的牌組預設（只有 Anki 第一次
            匯入某張卡片時會採用它的排程）。沒有 -o 時匯出到標準輸出（apkg 不行）。符號連結會被追蹤並取代其目標，
            保留權限與擁有者；正在使用的資料庫、資料夾或唯讀檔案會被拒絕。
            """,
        "Write to FILE (atomically; a FIFO or device is written to, - is standard output).":
            "寫入 FILE（以原子方式；FIFO 或裝置則直接寫入，- 表示標準輸出）。",
        "Replace FILE even when it is read-only.":
            "即使 FILE 是唯讀的也取代它。",
        "json, anki (text) or apkg (default json).":
            "json、anki（文字）或 apkg（預設 json）。",
        "Language of card text and messages: zh-Hant or en (default: the lang setting, else zh-Hant).":
            "卡片文字與訊息的語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        "anki and apkg: only the cards of TOPIC.":
            "anki 與 apkg：只匯出 TOPIC 的卡片。",
        "anki: the importing Anki's language, zh-TW or en (default from --lang).":
            "anki：匯入端 Anki 的語言，zh-TW 或 en（預設依 --lang）。",
        "apkg: notes only; every card arrives new, without reviews.":
            "apkg：只匯出筆記；每張卡片都以新卡匯入，不含複習紀錄。",
        """
            Into an empty database the file's state is reproduced exactly. Into a live one reviews are merged
            by id (those already present are skipped) and each card whose log grew gets the state its merged
            log produces. Progress of cards whose content is not imported here is kept. A file of another
            format, a newer version, or a truncated or incomplete file is refused and nothing is changed.
            """:
            """
            還原到空的資料庫時，會完整重現檔案中的狀態。還原到使用中的資料庫時，複習依編號合併（已有的略過），
            紀錄有增加的卡片會得到合併後紀錄推算出的狀態。內容不在這裡匯入的卡片，進度也會保留。其他格式、
            較新版本、被截斷或不完整的檔案會被拒絕，資料庫不會有任何改變。
            """,
        "A JSON file written by 'prep export'.":
            "由 'prep export' 寫出的 JSON 檔。",
        "Messages in zh-Hant or en (default: the lang setting, else zh-Hant).":
            "訊息語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。",
        """
            Folders are searched recursively for .md, .markdown, .txt, .tsv and .csv files; other files are
            reported as skipped. A .md/.markdown file is markdown; any other file is markdown when its content
            is (## headings, ``` fences, <details>), else a plain article copied from the web.

            Every markdown or copied file is read into one outline (headings, paragraphs, list items with
            their children, quotes, code, <details>, tables, label lines such as Q: / Answer: / 答：), and a
            question is found from signals taken together:
              its form        it ends in ? / ？, starts like a question (What, Why, How, 什麼, 如何…) or an
                              exam task (Explain, Write, Compare, 說明, 实现, …的區別)
              its siblings    a run of the same shape (heading level, list, bold line) that mostly asks: its
                              numbered members are questions even without a question mark
              its labels      Q: … A: …, 問：… 答：…, Question #3) …, **Answer: B**, <summary>Answer</summary>
            The answer is what follows, up to the next question or a heading of the same or a higher level.
            Code and options before an answer label, or code the question points at ("the following code"),
            stay with the question. Numbering, bold, task marks (DONE, ==…==) and difficulty tags are layout.
            A file that asks questions but yields no card says so and exits 1.

            Anki notes, CSV and TSV files (#separator:, #html:, #columns:, #guid column:, #tags column:,
            #deck column:, #notetype column: headers, or plain question,answer rows with RFC 4180 quotes): a
            GUID keys the card, so importing the file again updates it; {{c1::…}} notes become cloze cards.
            hashcards decks: Q:/A: and C: [cloze] cards between --- lines, TOML front matter (name = "…").
            Anki packages (.apkg, .colpkg, old and new formats): notes, cards, decks as topics, tags, suspended
            and buried cards, due dates and the review log with its timestamps; media files are listed and
            skipped. Importing a package again, or prep's own .apkg, adds no cards or reviews twice.
            Front matter (--- YAML, +++ TOML: title/name, tags, and topic: or deck: for where the cards go) and
            headings that do not ask are sections, not questions. --topic puts every file's cards in one topic.

            Unchanged files do no work; edited files keep the history of unchanged cards; a reworded question
            in the place of a gone one keeps its progress; cards that disappear are archived with their reviews,
            never deleted. A malformed item is reported as path:line:col and left out; the other items of its
            file are imported. The exit status is 1 when anything was left out.
            """:
            """
            資料夾會遞迴搜尋 .md、.markdown、.txt、.tsv 與 .csv 檔；其他檔案會列為略過。.md/.markdown 檔是 markdown；
            其他檔案若內容像 markdown（## 標題、``` 程式碼區塊、<details>）就當作 markdown，否則當作從網頁複製的文章。

            每個 markdown 或複製來的檔案都會讀成一份大綱（標題、段落、含子項目的清單、引文、程式碼、<details>、
            表格，以及 Q: / Answer: / 答： 這類標籤行），再綜合多項線索判斷哪些是問題：
              形式          以 ? / ？ 結尾，開頭像問句（What、Why、How、什麼、如何…）或考題指令
                            （Explain、Write、Compare、說明、实现、…的區別）
              同層項目      一連串形狀相同（同級標題、清單、粗體行）且大多在發問的項目：其中有編號的
                            即使沒有問號也算問題
              標籤          Q: … A: …、問：… 答：…、Question #3) …、**Answer: B**、<summary>Answer</summary>
            答案是問題之後的內容，直到下一個問題，或同級、更高級的標題為止。答案標籤前的程式碼與選項，或問題所
            指的程式碼（"the following code"），都屬於問題。編號、粗體、任務標記（DONE、==…==）與難度標籤只是版面。
            一個檔案有問題卻沒有產生任何卡片時，會說明原因並以狀態碼 1 結束。

            Anki 筆記、CSV 與 TSV 檔（#separator:、#html:、#columns:、#guid column:、#tags column:、#deck column:、
            #notetype column: 等檔頭，或採 RFC 4180 引號規則的單純 question,answer 列）：GUID 是卡片的代號，所以再次
            匯入同一檔案會更新卡片；{{c1::…}} 筆記會成為填空卡片。
            hashcards 題庫：--- 行之間的 Q:/A: 與 C: [cloze] 卡片，以及 TOML 前置資料（name = "…"）。
            Anki 套件（.apkg、.colpkg，新舊格式皆可）：筆記、卡片、以牌組為主題、標籤、已暫停與擱置的卡片、到期日，
            以及含時間戳記的複習紀錄；媒體檔案會列出並略過。再次匯入同一個套件，或 prep 自己的 .apkg，不會重複
            加入卡片或複習。
            前置資料（--- YAML、+++ TOML：title/name、tags，以及決定卡片歸屬的 topic: 或 deck:）與不發問的標題是章節，
            不是問題。--topic 會把每個檔案的卡片都放進同一個主題。

            沒有改變的檔案不做任何事；編輯過的檔案保留未改變卡片的紀錄；在原位置改寫的問題取代消失的問題時，
            保留它的進度；消失的卡片連同複習紀錄封存，永不刪除。格式錯誤的項目會以 path:line:col 回報並略過，
            同一檔案的其他項目照常匯入。有任何項目被略過時，結束狀態碼為 1。
            """,
        "Files or folders to import.":
            "要匯入的檔案或資料夾。",
        "Parse only and write nothing; print what each file holds.":
            "只解析、不寫入；列出每個檔案的內容。",
        "With --dry-run, print the parse report as JSON (always in English); for an Anki package, its summary.":
            "與 --dry-run 一起使用時，以 JSON 輸出解析報告（一律為英文）；Anki 套件則輸出其摘要。",
        "Put every file's cards in this topic (default: what the file names, else its folder).":
            "把每個檔案的卡片都放進這個主題（預設依檔案指定的主題，否則為所在資料夾）。",
        "Larger files are refused unread: bytes, or with K, M or G (default 16M).":
            "更大的檔案不讀取就拒絕：位元組數，或加上 K、M、G（預設 16M）。",
        "Checks to run, by id (C06) or slug (default: all).":
            "要執行的檢驗，以編號（C06）或代稱指定（預設：全部）。",
        "List the checks without running them.":
            "列出檢驗項目但不執行。",
        "Run C01, C02 and C04 on real gunicorn and uvicorn and C05–C08 on Django 5.2, beside prep's model (needs Python 3 and the network).":
            "在真實的 gunicorn 與 uvicorn 上執行 C01、C02 與 C04，在 Django 5.2 上執行 C05–C08，與 prep 的模型對照（需要 Python 3 與網路）。",
        "Print the results as JSON.":
            "以 JSON 輸出結果。",
        "Multiply every scenario's durations by X (0.5–4, default 1).":
            "把每個情境的時間乘以 X（0.5–4，預設 1）。",
        "Results in zh-Hant or en (default: the lang setting, else zh-Hant); --json stays English.":
            "結果的語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）；--json 一律為英文。",
        """
            Routes: /  /sleep?ms=  /cpu?ms=  /io?ms=  /gather?ms=100,150,120&how=sequential|gather|thread-sensitive
                    /events?n=&ms=  (Server-Sent Events)  /ws  (WebSocket echo, async mode only)
            sync:  N worker threads, each blocking on one request at a time; the connection closes after each
                   response, like gunicorn's sync worker.
            async: N event loops; handlers run on their loop, so CPU work stalls it while awaited timers do not,
                   like uvicorn.
            Limits: ms up to 60000 for waits (/sleep /io /events n×ms, the sum of /gather's list) and 10000 for
                   /cpu; n up to 10000; out of range → 400 naming the limit. --max-work-ms sets both ms caps.
            Stops on Ctrl-C or SIGTERM, giving in-flight requests --grace seconds to finish, then closing the
            rest; a second Ctrl-C or SIGTERM stops at once.
            """:
            """
            路由：/  /sleep?ms=  /cpu?ms=  /io?ms=  /gather?ms=100,150,120&how=sequential|gather|thread-sensitive
                  /events?n=&ms=（Server-Sent Events）  /ws（WebSocket 回音，僅限非同步模式）
            sync：N 個工作執行緒，每個一次阻塞處理一個請求；每次回應後關閉連線，如同 gunicorn 的同步工作程序。
            async：N 個事件迴圈；處理常式在自己的迴圈上執行，所以 CPU 運算會卡住迴圈，而正在等待的計時器不會，
                  如同 uvicorn。
            上限：等待類的 ms 最多 60000（/sleep、/io、/events 的 n×ms、/gather 清單的總和），/cpu 最多 10000；
                  n 最多 10000；超出範圍回應 400 並指出上限。--max-work-ms 同時設定兩種 ms 上限。
            收到 Ctrl-C 或 SIGTERM 時停止：給進行中的請求 --grace 秒完成，然後關閉其餘連線；
            再按一次 Ctrl-C 或再收到 SIGTERM 則立即停止。
            """,
        "sync or async (default async).":
            "sync 或 async（預設 async）。",
        "Worker threads (sync, default 4) or event loops (async, default 1).":
            "工作執行緒數（sync，預設 4）或事件迴圈數（async，預設 1）。",
        "Port to listen on (default 8000; 0 picks a free one).":
            "監聽的連接埠（預設 8000；0 表示自動挑選空閒的連接埠）。",
        "Address to bind (default 127.0.0.1, loopback only).":
            "綁定的位址（預設 127.0.0.1，僅限本機）。",
        "On Ctrl-C or SIGTERM, how long in-flight requests may take to finish (default 10).":
            "收到 Ctrl-C 或 SIGTERM 時，進行中的請求最多可以再花多久完成（預設 10 秒）。",
        "Cap on every route's ms, waits and CPU work alike (default 60000 and 10000).":
            "每個路由的 ms 上限，等待與 CPU 運算皆適用（預設 60000 與 10000）。",
        "Log one line per request.":
            "每個請求記錄一行。",
        "Benchmarks to run (default: all).":
            "要執行的效能測試（預設：全部）。",
        "Replay FSRS reference vectors through prep's scheduler.":
            "以 prep 的排程器重跑 FSRS 參考向量。",
        "Fit the FSRS weights to your review history (as Anki's Optimize does).":
            "依你的複習紀錄擬合 FSRS 參數（如同 Anki 的「最佳化」）。",
        "Score the weights in use on your review history (log loss, RMSE in bins).":
            "以你的複習紀錄為目前使用的參數評分（對數損失、分組 RMSE）。",
        "Compare desired retentions: reviews per day and cards remembered (like Anki's Help me decide).":
            "比較不同的目標保留率：每日複習量與記得的卡片數（如同 Anki 的「幫我決定」）。",
        """
            FILE uses the schema of py-fsrs reference vectors (schema_version 1). Prints one line per
            mismatching review and a last line 'N/M cases match'; exits 0 only when every case matches.
            """:
            """
            FILE 採用 py-fsrs 參考向量的結構（schema_version 1）。每筆不相符的複習輸出一行，最後一行是
            「N/M 個案例相符」；只有每個案例都相符時才以 0 結束。
            """,
        "A JSON file of reference cases.":
            "參考案例的 JSON 檔。",
        """
            Uses fsrs-rs's method: one training item per review made a day or more after the card's
            previous one, w0-w3 pre-trained from first ratings, then Adam on the log loss within the
            weights' bounds. Deterministic for a given log. Without --apply nothing is saved; with it the
            weights are used by quizzes and reviews from then on, and appear in 'prep export'.
            Before/after figures score the weights in use now (the defaults if none were saved) and the
            fitted ones on the same items; --apply saves the fitted weights only when they are better
            (lower log loss, RMSE no higher), unless --force.
            """:
            """
            採用 fsrs-rs 的方法：每筆距離同一張卡片上次複習一天以上的複習是一個訓練項目，w0-w3 先以第一次評分
            預先訓練，再以 Adam 在參數範圍內最小化對數損失。同一份紀錄的結果固定。沒有 --apply 時不儲存任何東西；
            加上它之後，測驗與複習從此使用這組參數，'prep export' 也會帶上它們。
            前後對照的數據以同樣的項目，為目前使用的參數（沒有儲存過則為預設值）與擬合的參數評分；--apply 只在
            擬合的參數比較好時（對數損失較低，RMSE 不較高）才儲存，除非加上 --force。
            """,
        "Read the review log from a JSON Lines file (card_id, review_time, rating, optional elapsed_days) instead of the database.":
            "改從 JSON Lines 檔讀取複習紀錄（card_id、review_time、rating，可選 elapsed_days），而不是從資料庫。",
        "Save the fitted weights as your scheduler parameters, when they are better than the ones in use.":
            "擬合的參數比目前的好時，把它存為你的排程參數。",
        "With --apply, save the fitted weights even when they are not better.":
            "與 --apply 一起使用：即使擬合的參數沒有比較好也儲存。",
        "Print parameters, log loss and RMSE before/after, items and seconds as JSON.":
            "以 JSON 輸出參數、前後的對數損失與 RMSE、項目數與秒數。",
        "Report in zh-Hant or en (default zh-Hant).":
            "報告語言：zh-Hant 或 en（預設 zh-Hant）。",
        """
            Log loss and RMSE (bins) as fsrs-rs's evaluate computes them: recent reviews weigh more, and
            RMSE compares predicted with actual recall within bins of similar reviews. Lower is better.
            Needs at least 64 reviews made a day or more after the card's previous review.
            """:
            """
            以 fsrs-rs 的 evaluate 的算法計算對數損失與分組 RMSE：越近的複習權重越高，RMSE 在相似複習的分組中
            比較預測與實際的記得率。越低越好。需要至少 64 筆距離同一張卡片上次複習一天以上的複習。
            """,
        "Print log_loss, rmse_bins and items as JSON.":
            "以 JSON 輸出 log_loss、rmse_bins 與 items。",
        """
            Simulates the next N days with your weights (the fitted ones once applied): the cards you have
            studied keep their memory state, new cards arrive at your daily limit until none are left, and
            each review is recalled with the probability FSRS predicts. Every retention sees the same random
            draws. Higher retention costs more reviews; past some point it stops paying off. The
            recommended retention is the one with the fewest reviews per card remembered at the end, as
            Anki's Help me decide reports.
            """:
            """
            以你的參數（套用後即為擬合的參數）模擬接下來 N 天：學過的卡片保留記憶狀態，新卡依每日上限加入直到
            用完，每次複習依 FSRS 預測的機率決定是否記得。每個保留率使用同一組隨機抽樣。保留率越高，複習越多；
            超過某個程度就不再划算。建議的保留率是期末每記住一張卡所需複習最少的那一個，與 Anki 的「幫我決定」
            回報的相同。
            """,
        "Desired retentions to compare, comma-separated (default 0.80,0.85,0.90,0.95).":
            "要比較的目標保留率，以逗號分隔（預設 0.80,0.85,0.90,0.95）。",
        "Days to simulate (default 365).":
            "模擬的天數（預設 365）。",
        "New cards introduced per day (default: your daily limit).":
            "每天加入的新卡數（預設：你的每日上限）。",
        "Print one object per retention as JSON.":
            "每個保留率輸出一個 JSON 物件。",
        "A setting, e.g. new_cards_per_day.":
            "一項設定，例如 new_cards_per_day。",
        "Its new value.":
            "它的新值。",
        "Return KEY to its default.":
            "把 KEY 恢復為預設值。",
        "Print the settings as JSON.":
            "以 JSON 輸出設定。",
        """
            Inside a checkout (the working directory, or a folder above the executable, holds Package.swift and
            content/) prep uses content/ and data/prep.sqlite there. Anywhere else it uses the deck installed
            by 'prep install' and keeps progress in $XDG_DATA_HOME/prep (default ~/.local/share/prep), with
            your own articles in its content/ folder. --db/PREP_DB and --content/PREP_CONTENT override both.
            """:
            """
            在原始碼目錄內（工作目錄或執行檔上層的某個資料夾含有 Package.swift 與 content/），prep 使用那裡的
            content/ 與 data/prep.sqlite。在其他地方，則使用 'prep install' 安裝的題庫，並把進度存在 $XDG_DATA_HOME/prep
            （預設 ~/.local/share/prep），你自己的文章放在它的 content/ 資料夾。--db/PREP_DB 與 --content/PREP_CONTENT
            可以覆寫兩者。
            """,
        "Print the paths as JSON.":
            "以 JSON 輸出路徑。",
        """
            'prep install' puts these where the shells look. By hand:
              bash:  prep completions bash > ~/.local/share/bash-completion/completions/prep
              zsh:   prep completions zsh > ~/.zfunc/_prep   (with fpath+=~/.zfunc before compinit)
              fish:  prep completions fish > ~/.config/fish/completions/prep.fish
            The scripts complete option values too: languages, formats, modes, states, and the topics of the
            database in use, which they read with 'prep completions topics'.
            """:
            """
            'prep install' 會把指令稿放到各殼層尋找的位置。手動安裝：
              bash:  prep completions bash > ~/.local/share/bash-completion/completions/prep
              zsh:   prep completions zsh > ~/.zfunc/_prep   （在 compinit 之前加上 fpath+=~/.zfunc）
              fish:  prep completions fish > ~/.config/fish/completions/prep.fish
            指令稿也會補全選項的值：語言、格式、模式、狀態，以及使用中資料庫的主題（透過 'prep completions topics' 讀取）。
            """,
        "bash, zsh or fish; or 'topics' to print the database's topics, one a line.":
            "bash、zsh 或 fish；或以 'topics' 輸出資料庫的主題，一行一個。",
        """
            From a checkout: swift build -c release && .build/release/prep install
            Copies prep to PREFIX/bin/prep, with the Swift runtime linked in and stripped, so it starts quickly
            (from a checkout, a binary that loads the runtime as shared libraries is rebuilt that way first); the
            bundled deck to PREFIX/share/prep/content; completion scripts for bash, zsh and fish to where those
            shells look below PREFIX/share. Progress is not
            touched: an installed prep keeps it in $XDG_DATA_HOME/prep (default ~/.local/share/prep).
            'prep uninstall' removes exactly the files installed here.
            """:
            """
            從原始碼目錄：swift build -c release && .build/release/prep install
            把 prep 複製到 PREFIX/bin/prep，連結並精簡 Swift 執行環境，讓它啟動得快（從原始碼目錄安裝時，若執行檔
            以共享函式庫載入執行環境，會先以這種方式重新建置）；隨附的題庫複製到 PREFIX/share/prep/content；bash、
            zsh 與 fish 的自動補全指令稿放到這些殼層在 PREFIX/share 底下尋找的位置。學習進度不受影響：安裝的 prep
            把進度存在 $XDG_DATA_HOME/prep（預設 ~/.local/share/prep）。
            'prep uninstall' 只會移除這裡安裝的檔案。
            """,
        "Where to install (default ~/.local: bin/, share/).":
            "安裝位置（預設 ~/.local：bin/、share/）。",
        "Replace installed files even when they are read-only.":
            "即使已安裝的檔案是唯讀的也取代它們。",
        """
            Removes the files listed in PREFIX/share/prep/installed-files.txt. Your progress and own articles
            in $XDG_DATA_HOME/prep (default ~/.local/share/prep) are kept; delete that folder yourself to
            remove them too (export first: prep export -o progress.json).
            """:
            """
            移除 PREFIX/share/prep/installed-files.txt 列出的檔案。你在 $XDG_DATA_HOME/prep（預設 ~/.local/share/prep）
            的學習進度與自己的文章會保留；若也要移除，請自行刪除該資料夾（先匯出：prep export -o progress.json）。
            """,
        "Checks:":
            "檢驗項目：",
        "Benchmarks:":
            "效能測試：",
        "store 10,000 parsed cards; parse and import a 5,000-question collection":
            "儲存 10,000 張解析好的卡片；解析並匯入 5,000 題的題庫",
        "pick the next card among 100,000 with realistic states":
            "從 100,000 張狀態擬真的卡片中挑出下一張",
        "launch prep until the first question or card is on screen":
            "啟動 prep，直到第一題或第一張卡片出現在畫面上",
        "export 100,000 review logs as progress JSON":
            "把 100,000 筆複習紀錄匯出為進度 JSON",
        "export 100,000 cards with 100,000 reviews as an Anki package":
            "把 100,000 張卡片與 100,000 筆複習匯出為 Anki 套件",
        "import an .apkg of 50,000 cards and 200,000 revlog rows":
            "匯入含 50,000 張卡片與 200,000 筆 revlog 的 .apkg",
        "req/s and p99 of sync and async mode under in-process load":
            "同步與非同步模式在行程內負載下的 req/s 與 p99",
        "fit the FSRS weights to 2,500 and 100,000 synthetic reviews":
            "以 2,500 與 100,000 筆合成複習擬合 FSRS 參數",
        """
            prep config                 show every setting and whether it is the default
            prep config KEY             show one setting
            prep config KEY VALUE       change it (checked; nothing changes when the value is refused)
            prep config --unset KEY     back to the default

            Settings live in the database, so 'prep export' carries them to another machine and quiz,
            review, stats and interview planning all read the same values. Changing desired retention,
            steps or the maximum interval affects the intervals given from now on; cards keep the due
            dates they have.
            """:
            """
            prep config                 顯示每項設定，以及是否為預設值
            prep config KEY             顯示一項設定
            prep config KEY VALUE       變更它（會先檢查；值被拒絕時什麼都不變）
            prep config --unset KEY     恢復為預設值

            設定存在資料庫裡，所以 'prep export' 會把它們帶到另一台機器，測驗、複習、統計與面試規劃也都讀同一組值。
            變更目標保留率、學習步驟或最長間隔，會影響從今以後給出的間隔；卡片已排定的到期日不變。
            """,
    ]
}
