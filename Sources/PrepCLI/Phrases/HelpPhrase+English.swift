extension HelpPhrase {
    /// The help text as an English screen shows it.
    var english: String {
        switch self {
        case .rootAbstract: "Interview preparation: flashcards, daily quizzes and runnable checks of what you learn."
        case .rootDiscussion:
            """
            Start with 'prep quiz'. The bundled articles are imported on first use. In a checkout progress is
            kept in data/prep.sqlite; installed ('prep install'), in ~/.local/share/prep. 'prep doctor' shows
            which database and folders are in use, 'prep config' the settings.
            """
        case .databaseOption: "The progress database."
        case .contentOption: "The folder of articles to study."
        case .languageScreen: "Screen in zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .noColorOption: "Plain output, no colours (also NO_COLOR)."
        case .helpOption: "Show help information."
        case .quizAbstract: "Today's quiz: due cards first, then new ones, graded as you answer."
        case .flashcardsAbstract: "Review, list, inspect and manage flashcards."
        case .statsAbstract: "Show the due forecast, retention, study streak and readiness per topic."
        case .exportAbstract: "Export progress as JSON (for prep restore) or cards for Anki."
        case .restoreAbstract: "Restore or merge progress from a prep export file."
        case .importAbstract: "Add or update articles and question collections: markdown, or text copied from the web."
        case .checkAbstract: "Run the article's claims about WSGI and ASGI on prep's own servers."
        case .serveAbstract: "Run the embedded server in sync (WSGI-like) or async (ASGI-like) mode."
        case .benchAbstract: "Measure prep's own speed: import, card picking, launch, export, server."
        case .schedulerAbstract: "Inspect, verify and fit the FSRS-6 scheduler."
        case .configAbstract: "Show or change settings: daily limits, desired retention, steps, language, colour."
        case .doctorAbstract: "Show which database, content folders and settings are in use, and why."
        case .completionsAbstract: "Print a shell completion script (bash, zsh or fish)."
        case .installAbstract: "Install prep, its bundled deck and shell completions (default below ~/.local)."
        case .uninstallAbstract: "Remove what 'prep install' installed; your progress and articles stay."
        case .helpAbstract: "Show help for prep or one of its subcommands."
        case .helpSubcommandArgument: "The subcommand to explain."
        case .quizDiscussion:
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
            """
        case .quizCount: "Number of questions (default: the quiz_length setting, 20)."
        case .quizNew: "Introduce at most N new cards (default: what is left of the new_cards_per_day setting)."
        case .topicCards: "Only cards of this topic."
        case .languageAsk: "Ask in zh-Hant or en (default zh-Hant); cards missing in it use the other."
        case .quizInterview: "Plan toward an interview on DATE (YYYY-MM-DD): no review after it, weakest cards first."
        case .quizSeed: "Seed for the question mix, to repeat a quiz exactly."
        case .flashcardsListAbstract: "List cards and their scheduling state."
        case .flashcardsReviewAbstract: "Review due cards, then new ones, grading each 1-4."
        case .flashcardsShowAbstract: "Show one card, its scheduling state and review history."
        case .flashcardsSuspendAbstract: "Suspend cards: never shown until unsuspended; their history stays."
        case .flashcardsUnsuspendAbstract: "Unsuspend cards (leeches included; they keep the leech mark)."
        case .flashcardsForgetAbstract: "Reset cards to new, clearing their review history unless --keep-history."
        case .flashcardsRescheduleAbstract: "Set studied cards' due date to N days from today (0: due now), as Anki's Set Due Date."
        case .flashcardsBuryAbstract: "Hide cards until the next study day (4 am)."
        case .flashcardsUnburyAbstract: "Show buried cards again today."
        case .flashcardsListDue: "Only the cards due now that a session would show today, with what is held back and why."
        case .cardSelectionSearch: "Only cards whose key (as list shows it), front, back or tags contain TEXT (either language, any case)."
        case .flashcardsListState:
            "Only cards in this state: \(FlashcardsListCommand.stateFilters.joined(separator: ", ")) (suspended includes suspended leeches)."
        case .languageCardsAndScreen: "Cards and screen in zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .flashcardsListJson: "Print the cards as JSON."
        case .flashcardsReviewDiscussion:
            """
            Space or Enter reveals the answer; 1 Again, 2 Hard, 3 Good, 4 Easy grade it (the next interval is
            shown beside each); u undoes the last grade or suspension, s suspends the card, e shows the source
            lines around it, q quits; c runs the card's check (prep check) when it has one. A card taller than
            the terminal scrolls with ↑/↓ (or j/k) and PgUp/PgDn; the screen follows the terminal's size.
            With piped input every key is a line (an empty line reveals) and the session ends at end of input.
            Daily limits come from the settings new_cards_per_day (20) and reviews_per_day (200).
            """
        case .flashcardsReviewLimit: "Show at most N cards."
        case .flashcardsReviewNew: "Introduce at most N new cards (default: what is left of today's limit)."
        case .flashcardsReviewCram: "Go through the cards without changing their schedule."
        case .flashcardsShowDiscussion: "ID is a card's full key or any unique ending of it, e.g. 'claim-four-workers'."
        case .flashcardsShowIdArgument: "The card's key or a unique suffix of it."
        case .languageCardAndScreen: "Card and screen in zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .flashcardsShowJson: "Print the card as JSON."
        case .cardActionKeyArgument: "A card's key or a unique ending of it."
        case .cardActionJson: "Print what changed as JSON."
        case .flashcardsForgetKeepHistory: "Keep the cards' reviews in the history (they no longer shape the schedule)."
        case .flashcardsRescheduleDays: "Days from today, 0–36500 (required)."
        case .statsDiscussion:
            """
            Study days start at 4 am local time (TZ). Retention is the share of reviews of cards in the
            Review state that were not rated Again. A card is mature once its stability reaches 21 days.
            Readiness is the share of a topic's cards you would recall now, a card never studied counting as not
            recalled: the measure prep quiz --interview DATE reports for the interview day.
            """
        case .languageHeadings: "Headings in zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .statsJson: "Print the numbers as JSON."
        case .exportDiscussion:
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
            """
        case .exportOutput: "Write to FILE (atomically; a FIFO or device is written to, - is standard output)."
        case .exportForce: "Replace FILE even when it is read-only."
        case .exportFormat: "json, anki (text) or apkg (default json)."
        case .languageCardTextAndMessages: "Language of card text and messages: zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .exportTopic: "anki and apkg: only the cards of TOPIC."
        case .exportAnkiLang: "anki: the importing Anki's language, zh-TW or en (default from --lang)."
        case .exportNoScheduling: "apkg: notes only; every card arrives new, without reviews."
        case .restoreDiscussion:
            """
            Into an empty database the file's state is reproduced exactly. Into a live one reviews are merged
            by id (those already present are skipped) and each card whose log grew gets the state its merged
            log produces. Progress of cards whose content is not imported here is kept. A file of another
            format, a newer version, or a truncated or incomplete file is refused and nothing is changed.
            """
        case .restoreFileArgument: "A JSON file written by 'prep export'."
        case .languageMessages: "Messages in zh-Hant or en (default: the lang setting, else zh-Hant)."
        case .importDiscussion:
            """
            Folders are searched recursively for .md, .markdown, .txt, .html, .htm, .tsv and .csv files; other
            files are reported as skipped. A .md/.markdown file is markdown; any other file is markdown when its
            content is (## headings, ``` fences, <details>), else a plain article copied from the web. A web page
            saved as HTML, or a post whose body is HTML, is read by its headings, paragraphs, lists, code,
            <details> and definition lists, without the page's head, scripts, navigation and footer.

            Every markdown or copied file is read into one outline (headings, paragraphs, list items with
            their children, quotes, code, <details>, tables, label lines such as Q: / Answer: / 答：), and a
            question is found from signals taken together:
              its form        it ends in ? / ？, starts like a question (What, Why, How, 什麼, 如何…) or an
                              exam task (Explain, Write, Compare, 說明, 实现, …的區別)
              its siblings    a run of the same shape (heading level, list, bold line) that mostly asks: its
                              numbered members are questions even without a question mark
              its labels      Q: … A: …, 問：… 答：…, Question #3) …, **Answer: B**, <summary>Answer</summary>,
                              a line holding only ? between question and answer (Obsidian), - #card (Logseq)
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
            """
        case .importPathArgument: "Files or folders to import."
        case .importDryRun: "Parse only and write nothing; print what each file holds."
        case .importJson: "With --dry-run, print the parse report as JSON (always in English); for an Anki package, its summary."
        case .importTopic: "Put every file's cards in this topic (default: what the file names, else its folder)."
        case .importMaxFileSize: "Larger files are refused unread: bytes, or with K, M or G (default 16M)."
        case .checkNameArgument: "Checks to run, by id (C06) or slug (default: all)."
        case .checkList: "List the checks without running them."
        case .checkPeers:
            "Run C01, C02 and C04 on real gunicorn and uvicorn and C05–C08 on Django 5.2, beside prep's model (needs Python 3 and the network)."
        case .jsonResults: "Print the results as JSON."
        case .checkScale: "Multiply every scenario's durations by X (0.5–4, default 1)."
        case .languageResults: "Results in zh-Hant or en (default: the lang setting, else zh-Hant); --json stays English."
        case .serveDiscussion:
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
            """
        case .serveMode: "sync or async (default async)."
        case .serveWorkers: "Worker threads (sync, default 4) or event loops (async, default 1)."
        case .servePort: "Port to listen on (default 8000; 0 picks a free one)."
        case .serveHost: "Address to bind (default 127.0.0.1, loopback only)."
        case .serveGrace: "On Ctrl-C or SIGTERM, how long in-flight requests may take to finish (default 10)."
        case .serveMaxWorkMs: "Cap on every route's ms, waits and CPU work alike (default 60000 and 10000)."
        case .serveAccessLog: "Log one line per request."
        case .benchNameArgument: "Benchmarks to run (default: all)."
        case .schedulerVerifyAbstract: "Replay FSRS reference vectors through prep's scheduler."
        case .schedulerOptimizeAbstract: "Fit the FSRS weights to your review history (as Anki's Optimize does)."
        case .schedulerEvaluateAbstract: "Score the weights in use on your review history (log loss, RMSE in bins)."
        case .schedulerSimulateAbstract: "Compare desired retentions: reviews per day and cards remembered (like Anki's Help me decide)."
        case .schedulerVerifyDiscussion:
            """
            FILE uses the schema of py-fsrs reference vectors (schema_version 1). Prints one line per
            mismatching review and a last line 'N/M cases match'; exits 0 only when every case matches.
            """
        case .schedulerVerifyFileArgument: "A JSON file of reference cases."
        case .schedulerOptimizeDiscussion:
            """
            Uses fsrs-rs's method: one training item per review made a day or more after the card's
            previous one, w0-w3 pre-trained from first ratings, then Adam on the log loss within the
            weights' bounds. Deterministic for a given log. Without --apply nothing is saved; with it the
            weights are used by quizzes and reviews from then on, and appear in 'prep export'.
            Before/after figures score the weights in use now (the defaults if none were saved) and the
            fitted ones on the same items; --apply saves the fitted weights only when they are better
            (lower log loss, RMSE no higher), unless --force.
            """
        case .schedulerReviews:
            "Read the review log from a JSON Lines file (card_id, review_time, rating, optional elapsed_days) instead of the database."
        case .schedulerOptimizeApply: "Save the fitted weights as your scheduler parameters, when they are better than the ones in use."
        case .schedulerOptimizeForce: "With --apply, save the fitted weights even when they are not better."
        case .schedulerOptimizeJson: "Print parameters, log loss and RMSE before/after, items and seconds as JSON."
        case .languageReport: "Report in zh-Hant or en (default zh-Hant)."
        case .schedulerEvaluateDiscussion:
            """
            Log loss and RMSE (bins) as fsrs-rs's evaluate computes them: recent reviews weigh more, and
            RMSE compares predicted with actual recall within bins of similar reviews. Lower is better.
            Needs at least 64 reviews made a day or more after the card's previous review.
            """
        case .schedulerEvaluateJson: "Print log_loss, rmse_bins and items as JSON."
        case .schedulerSimulateDiscussion:
            """
            Simulates the next N days with your weights (the fitted ones once applied): the cards you have
            studied keep their memory state, new cards arrive at your daily limit until none are left, and
            each review is recalled with the probability FSRS predicts. Every retention sees the same random
            draws. Higher retention costs more reviews; past some point it stops paying off. The
            recommended retention is the one with the fewest reviews per card remembered at the end, as
            Anki's Help me decide reports.
            """
        case .schedulerSimulateRetention: "Desired retentions to compare, comma-separated (default 0.80,0.85,0.90,0.95)."
        case .schedulerSimulateDays: "Days to simulate (default 365)."
        case .schedulerSimulateNewPerDay: "New cards introduced per day (default: your daily limit)."
        case .schedulerSimulateJson: "Print one object per retention as JSON."
        case .configKeyArgument: "A setting, e.g. new_cards_per_day."
        case .configValueArgument: "Its new value."
        case .configUnset: "Return KEY to its default."
        case .configJson: "Print the settings as JSON."
        case .doctorDiscussion:
            """
            Inside a checkout (the working directory, or a folder above the executable, holds Package.swift and
            content/) prep uses content/ and data/prep.sqlite there. Anywhere else it uses the deck installed
            by 'prep install' and keeps progress in $XDG_DATA_HOME/prep (default ~/.local/share/prep), with
            your own articles in its content/ folder. --db/PREP_DB and --content/PREP_CONTENT override both.
            """
        case .doctorJson: "Print the paths as JSON."
        case .completionsDiscussion:
            """
            'prep install' puts these where the shells look. By hand:
              bash:  prep completions bash > ~/.local/share/bash-completion/completions/prep
              zsh:   prep completions zsh > ~/.zfunc/_prep   (with fpath+=~/.zfunc before compinit)
              fish:  prep completions fish > ~/.config/fish/completions/prep.fish
            The scripts complete option values too: languages, formats, modes, states, and the topics of the
            database in use, which they read with 'prep completions topics'.
            """
        case .completionsShellArgument: "bash, zsh or fish; or 'topics' to print the database's topics, one a line."
        case .installDiscussion:
            """
            From a checkout: swift build -c release && .build/release/prep install
            Copies prep to PREFIX/bin/prep, with the Swift runtime linked in and stripped, so it starts quickly
            (from a checkout, a binary that loads the runtime as shared libraries is rebuilt that way first); the
            bundled deck to PREFIX/share/prep/content; completion scripts for bash, zsh and fish to where those
            shells look below PREFIX/share. Progress is not
            touched: an installed prep keeps it in $XDG_DATA_HOME/prep (default ~/.local/share/prep).
            'prep uninstall' removes exactly the files installed here.
            """
        case .installationPrefix: "Where to install (default ~/.local: bin/, share/)."
        case .installationForce: "Replace installed files even when they are read-only."
        case .uninstallDiscussion:
            """
            Removes the files listed in PREFIX/share/prep/installed-files.txt. Your progress and own articles
            in $XDG_DATA_HOME/prep (default ~/.local/share/prep) are kept; delete that folder yourself to
            remove them too (export first: prep export -o progress.json).
            """
        case .checksHeading: "Checks:"
        case .benchmarksHeading: "Benchmarks:"
        case .benchImport: "store 10,000 parsed cards; parse and import a 5,000-question collection"
        case .benchPick: "pick the next card among 100,000 with realistic states"
        case .benchLaunch: "launch prep until the first question or card is on screen"
        case .benchExport: "export 100,000 review logs as progress JSON"
        case .benchApkg: "export 100,000 cards with 100,000 reviews as an Anki package"
        case .benchApkgImport: "import an .apkg of 50,000 cards and 200,000 revlog rows"
        case .benchServer: "req/s and p99 of sync and async mode under in-process load"
        case .benchOptimize: "fit the FSRS weights to 2,500 and 100,000 synthetic reviews"
        case .configUsage:
            """
            prep config                 show every setting and whether it is the default
            prep config KEY             show one setting
            prep config KEY VALUE       change it (checked; nothing changes when the value is refused)
            prep config --unset KEY     back to the default

            Settings live in the database, so 'prep export' carries them to another machine and quiz,
            review, stats and interview planning all read the same values. Changing desired retention,
            steps or the maximum interval affects the intervals given from now on; cards keep the due
            dates they have.
            """
        }
    }
}
