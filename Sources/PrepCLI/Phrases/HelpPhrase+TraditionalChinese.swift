extension HelpPhrase {
    /// The help text as a Traditional Chinese screen shows it.
    var traditionalChinese: String {
        switch self {
        case .rootAbstract: "面試準備：卡片、每日測驗，以及把所學實際跑一遍的檢驗。"
        case .rootDiscussion:
            """
            從 'prep quiz' 開始。第一次使用時會匯入隨附的文章。在原始碼目錄裡，進度存在 data/prep.sqlite；
            安裝後（'prep install'）存在 ~/.local/share/prep。'prep doctor' 顯示正在使用哪個資料庫與資料夾，
            'prep config' 顯示設定。
            """
        case .databaseOption: "學習進度的資料庫。"
        case .contentOption: "要學習的文章所在的資料夾。"
        case .languageScreen: "畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .noColorOption: "純文字輸出，不加色彩（NO_COLOR 亦同）。"
        case .helpOption: "顯示說明。"
        case .quizAbstract: "今日測驗：先出到期的卡片，再出新卡，邊答邊評分。"
        case .flashcardsAbstract: "複習、列出、查看與管理卡片。"
        case .statsAbstract: "顯示到期預測、保留率、連續學習天數與各主題的準備度。"
        case .exportAbstract: "把學習進度匯出為 JSON（供 prep restore 使用），或把卡片匯出給 Anki。"
        case .restoreAbstract: "從 prep 匯出的檔案還原或合併學習進度。"
        case .importAbstract: "新增或更新文章與題庫：markdown，或從網頁複製的文字。"
        case .checkAbstract: "在 prep 自己的伺服器上實際驗證文章中關於 WSGI 與 ASGI 的說法。"
        case .serveAbstract: "以同步（類 WSGI）或非同步（類 ASGI）模式執行內建伺服器。"
        case .benchAbstract: "量測 prep 本身的速度：匯入、選卡、啟動、匯出、伺服器。"
        case .schedulerAbstract: "檢視、驗證並擬合 FSRS-6 排程器。"
        case .configAbstract: "顯示或變更設定：每日上限、目標保留率、學習步驟、語言、色彩。"
        case .doctorAbstract: "顯示正在使用的資料庫、內容資料夾與設定，以及原因。"
        case .completionsAbstract: "輸出殼層（bash、zsh 或 fish）的自動補全指令稿。"
        case .installAbstract: "安裝 prep、隨附的題庫與殼層自動補全（預設裝在 ~/.local 底下）。"
        case .uninstallAbstract: "移除 'prep install' 安裝的檔案；你的學習進度與文章會保留。"
        case .helpAbstract: "顯示 prep 或其子命令的說明。"
        case .helpSubcommandArgument: "要說明的子命令。"
        case .quizDiscussion:
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
            """
        case .quizCount: "題數（預設依 quiz_length 設定，20 題）。"
        case .quizNew: "最多加入 N 張新卡（預設為 new_cards_per_day 設定今天剩下的額度）。"
        case .topicCards: "只出這個主題的卡片。"
        case .languageAsk: "以 zh-Hant 或 en 出題（預設 zh-Hant）；該語言沒有的卡片改用另一種語言。"
        case .quizInterview: "為 DATE（YYYY-MM-DD）的面試做準備：面試後不排複習，最弱的卡片優先。"
        case .quizSeed: "出題組合的亂數種子，用來完整重現一次測驗。"
        case .flashcardsListAbstract: "列出卡片與它們的排程狀態。"
        case .flashcardsReviewAbstract: "先複習到期的卡片，再學新卡，每張以 1-4 評分。"
        case .flashcardsShowAbstract: "顯示一張卡片、它的排程狀態與複習紀錄。"
        case .flashcardsSuspendAbstract: "暫停卡片：取消暫停前不會再出現；複習紀錄保留。"
        case .flashcardsUnsuspendAbstract: "取消暫停卡片（包括難記卡；它們仍保留難記卡標記）。"
        case .flashcardsForgetAbstract: "把卡片重設為新卡，並清除複習紀錄（除非加上 --keep-history）。"
        case .flashcardsRescheduleAbstract: "把學過的卡片到期日設為 N 天後（0：現在到期），如同 Anki 的「設定到期日」。"
        case .flashcardsBuryAbstract: "把卡片擱置到下一個學習日（凌晨 4 點）。"
        case .flashcardsUnburyAbstract: "讓擱置的卡片今天再次出現。"
        case .flashcardsListDue: "只列出現在到期、今天的學習會出現的卡片，並說明哪些被延後以及原因。"
        case .cardSelectionSearch: "只列出代號（如 list 所顯示）、正面、背面或標籤含有 TEXT 的卡片（兩種語言皆可，不分大小寫）。"
        case .flashcardsListState: "只列出這個狀態的卡片：new、learning、review、suspended、leech（suspended 包括已暫停的難記卡）。"
        case .languageCardsAndScreen: "卡片與畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .flashcardsListJson: "以 JSON 輸出卡片。"
        case .flashcardsReviewDiscussion:
            """
            空白鍵或 Enter 顯示答案；1 再來、2 困難、3 良好、4 簡單評分（每個選項旁顯示下次間隔）；u 撤回上一個
            評分或暫停，s 暫停這張卡片，e 顯示卡片出處前後的內容，q 離開；卡片附有檢驗時按 c 執行（prep check）。
            卡片比終端機高時可用 ↑/↓（或 j/k）與 PgUp/PgDn 捲動；畫面會隨終端機大小調整。
            以管線輸入時，每個按鍵是一行（空行顯示答案），輸入結束時學習也結束。
            每日上限來自 new_cards_per_day（20）與 reviews_per_day（200）兩項設定。
            """
        case .flashcardsReviewLimit: "最多顯示 N 張卡片。"
        case .flashcardsReviewNew: "最多加入 N 張新卡（預設為今天剩下的額度）。"
        case .flashcardsReviewCram: "瀏覽卡片但不改變它們的排程。"
        case .flashcardsShowDiscussion: "ID 是卡片的完整代號，或代號中唯一的結尾部分，例如 'claim-four-workers'。"
        case .flashcardsShowIdArgument: "卡片的代號，或代號中唯一的結尾部分。"
        case .languageCardAndScreen: "卡片與畫面語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .flashcardsShowJson: "以 JSON 輸出卡片。"
        case .cardActionKeyArgument: "卡片的代號，或代號中唯一的結尾部分。"
        case .cardActionJson: "以 JSON 輸出有哪些改變。"
        case .flashcardsForgetKeepHistory: "把卡片的複習保留在紀錄中（不再影響排程）。"
        case .flashcardsRescheduleDays: "從今天起算的天數，0–36500（必填）。"
        case .statsDiscussion:
            """
            學習日從當地時間（TZ）凌晨 4 點開始。保留率是「複習」狀態卡片的複習中沒有評為「再來」的比例。
            卡片的穩定度達到 21 天即為熟記。準備度是一個主題的卡片中你現在記得的比例，從未學過的卡片算作
            不記得：這也是 prep quiz --interview DATE 為面試當天回報的數值。
            """
        case .languageHeadings: "標題語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .statsJson: "以 JSON 輸出數據。"
        case .exportDiscussion:
            """
            JSON（格式 "prep-progress"，版本 1）包含排程設定、每張卡片的代號與狀態、每筆複習、每次測驗與檢驗
            紀錄；'prep restore' 可以讀回。'--format anki' 寫出 Anki 的純文字匯入格式：以卡片代號作為 GUID（再次匯入
            會更新筆記而不是重複建立），欄位依位置排列，填空卡片成為 Cloze 筆記，每個主題一個牌組 prep::<topic>。
            Anki 只以翻譯後的名稱尋找筆記類型，所以 '--anki-lang' 必須與匯入它的 Anki 的語言相符。'--format apkg'
            寫出帶排程的 Anki 套件：FSRS 記憶狀態、到期日、複習紀錄，以及含 prep 參數的牌組預設（只有 Anki 第一次
            匯入某張卡片時會採用它的排程）。沒有 -o 時匯出到標準輸出（apkg 不行）。符號連結會被追蹤並取代其目標，
            保留權限與擁有者；正在使用的資料庫、資料夾或唯讀檔案會被拒絕。
            """
        case .exportOutput: "寫入 FILE（以原子方式；FIFO 或裝置則直接寫入，- 表示標準輸出）。"
        case .exportForce: "即使 FILE 是唯讀的也取代它。"
        case .exportFormat: "json、anki（文字）或 apkg（預設 json）。"
        case .languageCardTextAndMessages: "卡片文字與訊息的語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .exportTopic: "anki 與 apkg：只匯出 TOPIC 的卡片。"
        case .exportAnkiLang: "anki：匯入端 Anki 的語言，zh-TW 或 en（預設依 --lang）。"
        case .exportNoScheduling: "apkg：只匯出筆記；每張卡片都以新卡匯入，不含複習紀錄。"
        case .restoreDiscussion:
            """
            還原到空的資料庫時，會完整重現檔案中的狀態。還原到使用中的資料庫時，複習依編號合併（已有的略過），
            紀錄有增加的卡片會得到合併後紀錄推算出的狀態。內容不在這裡匯入的卡片，進度也會保留。其他格式、
            較新版本、被截斷或不完整的檔案會被拒絕，資料庫不會有任何改變。
            """
        case .restoreFileArgument: "由 'prep export' 寫出的 JSON 檔。"
        case .languageMessages: "訊息語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）。"
        case .importDiscussion:
            """
            資料夾會遞迴搜尋 .md、.markdown、.txt、.html、.htm、.tsv 與 .csv 檔；其他檔案會列為略過。.md/.markdown 檔是
            markdown；其他檔案若內容像 markdown（## 標題、``` 程式碼區塊、<details>）就當作 markdown，否則當作從網頁
            複製的文章。存成 HTML 的網頁，或內文是 HTML 的文章，依其標題、段落、清單、程式碼、<details> 與定義清單
            讀取，略過網頁的標頭、指令碼、導覽列與頁尾。

            每個 markdown 或複製來的檔案都會讀成一份大綱（標題、段落、含子項目的清單、引文、程式碼、<details>、
            表格，以及 Q: / Answer: / 答： 這類標籤行），再綜合多項線索判斷哪些是問題：
              形式          以 ? / ？ 結尾，開頭像問句（What、Why、How、什麼、如何…）或考題指令
                            （Explain、Write、Compare、說明、实现、…的區別）
              同層項目      一連串形狀相同（同級標題、清單、粗體行）且大多在發問的項目：其中有編號的
                            即使沒有問號也算問題
              標籤          Q: … A: …、問：… 答：…、Question #3) …、**Answer: B**、<summary>Answer</summary>、
                            問題與答案之間只有 ? 的一行（Obsidian）、以 "- #card" 開頭的項目（Logseq）
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
            """
        case .importPathArgument: "要匯入的檔案或資料夾。"
        case .importDryRun: "只解析、不寫入；列出每個檔案的內容。"
        case .importJson: "與 --dry-run 一起使用時，以 JSON 輸出解析報告（一律為英文）；Anki 套件則輸出其摘要。"
        case .importTopic: "把每個檔案的卡片都放進這個主題（預設依檔案指定的主題，否則為所在資料夾）。"
        case .importMaxFileSize: "更大的檔案不讀取就拒絕：位元組數，或加上 K、M、G（預設 16M）。"
        case .checkNameArgument: "要執行的檢驗，以編號（C06）或代稱指定（預設：全部）。"
        case .checkList: "列出檢驗項目但不執行。"
        case .checkPeers: "在真實的 gunicorn 與 uvicorn 上執行 C01、C02 與 C04，在 Django 5.2 上執行 C05–C08，與 prep 的模型對照（需要 Python 3 與網路）。"
        case .jsonResults: "以 JSON 輸出結果。"
        case .checkScale: "把每個情境的時間乘以 X（0.5–4，預設 1）。"
        case .languageResults: "結果的語言：zh-Hant 或 en（預設依 lang 設定，否則為 zh-Hant）；--json 一律為英文。"
        case .serveDiscussion:
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
            """
        case .serveMode: "sync 或 async（預設 async）。"
        case .serveWorkers: "工作執行緒數（sync，預設 4）或事件迴圈數（async，預設 1）。"
        case .servePort: "監聽的連接埠（預設 8000；0 表示自動挑選空閒的連接埠）。"
        case .serveHost: "綁定的位址（預設 127.0.0.1，僅限本機）。"
        case .serveGrace: "收到 Ctrl-C 或 SIGTERM 時，進行中的請求最多可以再花多久完成（預設 10 秒）。"
        case .serveMaxWorkMs: "每個路由的 ms 上限，等待與 CPU 運算皆適用（預設 60000 與 10000）。"
        case .serveAccessLog: "每個請求記錄一行。"
        case .benchNameArgument: "要執行的效能測試（預設：全部）。"
        case .schedulerVerifyAbstract: "以 prep 的排程器重跑 FSRS 參考向量。"
        case .schedulerOptimizeAbstract: "依你的複習紀錄擬合 FSRS 參數（如同 Anki 的「最佳化」）。"
        case .schedulerEvaluateAbstract: "以你的複習紀錄為目前使用的參數評分（對數損失、分組 RMSE）。"
        case .schedulerSimulateAbstract: "比較不同的目標保留率：每日複習量與記得的卡片數（如同 Anki 的「幫我決定」）。"
        case .schedulerVerifyDiscussion:
            """
            FILE 採用 py-fsrs 參考向量的結構（schema_version 1）。每筆不相符的複習輸出一行，最後一行是
            「N/M 個案例相符」；只有每個案例都相符時才以 0 結束。
            """
        case .schedulerVerifyFileArgument: "參考案例的 JSON 檔。"
        case .schedulerOptimizeDiscussion:
            """
            採用 fsrs-rs 的方法：每筆距離同一張卡片上次複習一天以上的複習是一個訓練項目，w0-w3 先以第一次評分
            預先訓練，再以 Adam 在參數範圍內最小化對數損失。同一份紀錄的結果固定。沒有 --apply 時不儲存任何東西；
            加上它之後，測驗與複習從此使用這組參數，'prep export' 也會帶上它們。
            前後對照的數據以同樣的項目，為目前使用的參數（沒有儲存過則為預設值）與擬合的參數評分；--apply 只在
            擬合的參數比較好時（對數損失較低，RMSE 不較高）才儲存，除非加上 --force。
            """
        case .schedulerReviews: "改從 JSON Lines 檔讀取複習紀錄（card_id、review_time、rating，可選 elapsed_days），而不是從資料庫。"
        case .schedulerOptimizeApply: "擬合的參數比目前的好時，把它存為你的排程參數。"
        case .schedulerOptimizeForce: "與 --apply 一起使用：即使擬合的參數沒有比較好也儲存。"
        case .schedulerOptimizeJson: "以 JSON 輸出參數、前後的對數損失與 RMSE、項目數與秒數。"
        case .languageReport: "報告語言：zh-Hant 或 en（預設 zh-Hant）。"
        case .schedulerEvaluateDiscussion:
            """
            以 fsrs-rs 的 evaluate 的算法計算對數損失與分組 RMSE：越近的複習權重越高，RMSE 在相似複習的分組中
            比較預測與實際的記得率。越低越好。需要至少 64 筆距離同一張卡片上次複習一天以上的複習。
            """
        case .schedulerEvaluateJson: "以 JSON 輸出 log_loss、rmse_bins 與 items。"
        case .schedulerSimulateDiscussion:
            """
            以你的參數（套用後即為擬合的參數）模擬接下來 N 天：學過的卡片保留記憶狀態，新卡依每日上限加入直到
            用完，每次複習依 FSRS 預測的機率決定是否記得。每個保留率使用同一組隨機抽樣。保留率越高，複習越多；
            超過某個程度就不再划算。建議的保留率是期末每記住一張卡所需複習最少的那一個，與 Anki 的「幫我決定」
            回報的相同。
            """
        case .schedulerSimulateRetention: "要比較的目標保留率，以逗號分隔（預設 0.80,0.85,0.90,0.95）。"
        case .schedulerSimulateDays: "模擬的天數（預設 365）。"
        case .schedulerSimulateNewPerDay: "每天加入的新卡數（預設：你的每日上限）。"
        case .schedulerSimulateJson: "每個保留率輸出一個 JSON 物件。"
        case .configKeyArgument: "一項設定，例如 new_cards_per_day。"
        case .configValueArgument: "它的新值。"
        case .configUnset: "把 KEY 恢復為預設值。"
        case .configJson: "以 JSON 輸出設定。"
        case .doctorDiscussion:
            """
            在原始碼目錄內（工作目錄或執行檔上層的某個資料夾含有 Package.swift 與 content/），prep 使用那裡的
            content/ 與 data/prep.sqlite。在其他地方，則使用 'prep install' 安裝的題庫，並把進度存在 $XDG_DATA_HOME/prep
            （預設 ~/.local/share/prep），你自己的文章放在它的 content/ 資料夾。--db/PREP_DB 與 --content/PREP_CONTENT
            可以覆寫兩者。
            """
        case .doctorJson: "以 JSON 輸出路徑。"
        case .completionsDiscussion:
            """
            'prep install' 會把指令稿放到各殼層尋找的位置。手動安裝：
              bash:  prep completions bash > ~/.local/share/bash-completion/completions/prep
              zsh:   prep completions zsh > ~/.zfunc/_prep   （在 compinit 之前加上 fpath+=~/.zfunc）
              fish:  prep completions fish > ~/.config/fish/completions/prep.fish
            指令稿也會補全選項的值：語言、格式、模式、狀態，以及使用中資料庫的主題（透過 'prep completions topics' 讀取）。
            """
        case .completionsShellArgument: "bash、zsh 或 fish；或以 'topics' 輸出資料庫的主題，一行一個。"
        case .installDiscussion:
            """
            從原始碼目錄：swift build -c release && .build/release/prep install
            把 prep 複製到 PREFIX/bin/prep，連結並精簡 Swift 執行環境，讓它啟動得快（從原始碼目錄安裝時，若執行檔
            以共享函式庫載入執行環境，會先以這種方式重新建置）；隨附的題庫複製到 PREFIX/share/prep/content；bash、
            zsh 與 fish 的自動補全指令稿放到這些殼層在 PREFIX/share 底下尋找的位置。學習進度不受影響：安裝的 prep
            把進度存在 $XDG_DATA_HOME/prep（預設 ~/.local/share/prep）。
            'prep uninstall' 只會移除這裡安裝的檔案。
            """
        case .installationPrefix: "安裝位置（預設 ~/.local：bin/、share/）。"
        case .installationForce: "即使已安裝的檔案是唯讀的也取代它們。"
        case .uninstallDiscussion:
            """
            移除 PREFIX/share/prep/installed-files.txt 列出的檔案。你在 $XDG_DATA_HOME/prep（預設 ~/.local/share/prep）
            的學習進度與自己的文章會保留；若也要移除，請自行刪除該資料夾（先匯出：prep export -o progress.json）。
            """
        case .checksHeading: "檢驗項目："
        case .benchmarksHeading: "效能測試："
        case .benchImport: "儲存 10,000 張解析好的卡片；解析並匯入 5,000 題的題庫"
        case .benchPick: "從 100,000 張狀態擬真的卡片中挑出下一張"
        case .benchLaunch: "啟動 prep，直到第一題或第一張卡片出現在畫面上"
        case .benchExport: "把 100,000 筆複習紀錄匯出為進度 JSON"
        case .benchApkg: "把 100,000 張卡片與 100,000 筆複習匯出為 Anki 套件"
        case .benchApkgImport: "匯入含 50,000 張卡片與 200,000 筆 revlog 的 .apkg"
        case .benchServer: "同步與非同步模式在行程內負載下的 req/s 與 p99"
        case .benchOptimize: "以 2,500 與 100,000 筆合成複習擬合 FSRS 參數"
        case .configUsage:
            """
            prep config                 顯示每項設定，以及是否為預設值
            prep config KEY             顯示一項設定
            prep config KEY VALUE       變更它（會先檢查；值被拒絕時什麼都不變）
            prep config --unset KEY     恢復為預設值

            設定存在資料庫裡，所以 'prep export' 會把它們帶到另一台機器，測驗、複習、統計與面試規劃也都讀同一組值。
            變更目標保留率、學習步驟或最長間隔，會影響從今以後給出的間隔；卡片已排定的到期日不變。
            """
        }
    }
}
