import Foundation
import PrepChecks
import PrepContent
import PrepCore
import PrepExchange
import PrepScheduling
import PrepStore
import PrepStudy

extension ScreenPhrases {
    static let english = ScreenPhrases(
        gradeNames: [.again: "Again", .hard: "Hard", .good: "Good", .easy: "Easy"],
        intervalUnits: ["s", "m", "h", "d", "mo", "y"],
        duration: { seconds in seconds >= 60 ? "\(seconds / 60)m \(seconds % 60)s" : "\(seconds)s" },
        lessThanAMinute: "<1m",
        revealKey: { interactive in interactive ? "space reveal" : "empty line reveals" },
        gradeKey: "1-4 grade",
        undoKey: "u undo",
        suspendKey: "s suspend",
        sourceKey: "e source",
        checkKey: "c check",
        quitKey: "q quit",
        scrollKey: "↑↓ scroll",
        hintSeparator: " · ",

        cardTitle: { topic, kind, state, cram, done, left in
            "\(topic) · \(kind) · \(state)\(cram ? " · cram" : "") · \(done) done · \(left) left"
        },
        pipedCardHeader: { number, topic, state in "Card \(number) · \(topic) · \(state)" },
        questionLabel: "Q: ",
        answerLabel: "A: ",
        kindNames: ["qa": "Q&A", "cell": "table", "claim": "claim", "cloze": "cloze"],
        stateNames: [
            "new": "new", "learning": "learning", "review": "review", "relearning": "relearning",
            "suspended": "suspended", "leech": "leech",
        ],
        claimCue: "True, false, misleading or depends?",
        switchToEnglish: "English screens: --lang en (or: prep config lang en)",
        moreBelow: { lines in "↓ \(counted(lines, "more line"))" },
        sourceTitle: { location in "Source: \(location)" },
        sourceUnreadable: { location in "Source: \(location) (the file cannot be read here)" },

        showAnswerFirst: { interactive in "Show the answer first (\(interactive ? "space" : "an empty line")), then grade it." },
        undidGrade: "Undid the last grade.",
        unsuspended: "Unsuspended.",
        nothingToUndo: "Nothing to undo yet.",
        becameLeech: { front, lapses in "Leech: \"\(front)\" lapsed \(lapses) times; tagged leech and suspended." },
        unknownKey: { key in "Unknown key '\(key)'." },

        nothingToReview: "Nothing to review right now.",
        noCardsReviewed: "No cards reviewed.",
        reviewedSummary: { cards, new, again, minutes, seconds in
            "Reviewed \(counted(cards, "card")) (\(new) new) · again \(again)% · \(minutes)m \(seconds < 10 ? "0" : "")\(seconds)s"
        },
        leechSuspended: { key in "Leech suspended: \(key)" },
        cramUnchanged: "Cram session: schedules unchanged.",
        dueByTomorrow: { cards in "Due by tomorrow: \(counted(cards, "card"))." },
        studyStreak: { days in "Streak: \(counted(days, "day"))." },

        topicHeading: { topic in "Topic: \(topic)" },
        forecastHeading: { days in "Due forecast, next \(days) days" },
        forecastDetail: { today, overdue, week, days, total in
            "today \(today)\(overdue > 0 ? " (\(overdue) overdue)" : "") · next 7 days \(week) · \(days) days \(total)"
        },
        today: "today",
        reviewsHeading: { days in "Reviews, last \(days) days" },
        reviewsDetail: { total in counted(total, "review") },
        retention: { percent, recalled, reviews in "retention \(percent) (\(recalled) of \(counted(reviews, "review")) of cards in review recalled)" },
        noRetentionYet: "retention - (no reviews of cards in review yet)",
        calendarHeading: "Study calendar",
        streakDetail: { current, longest, studied in
            func days(_ count: Int) -> String { counted(count, "day") }
            return "streak \(days(current)) · longest \(days(longest)) · \(days(studied)) studied"
        },
        calendarLocale: "en_US",
        heatmapLegend: ("Less", "More"),
        readinessHeading: "Readiness by topic",
        readinessDetail: "share of cards you would recall now (unseen cards count as not)",
        readinessCounts: { new, learning, young, mature, suspended in
            "new \(new) · learning \(learning) · young \(young) · mature \(mature)" + (suspended > 0 ? " · suspended \(suspended)" : "")
        },
        // MARK: import, check and serve
        imports: ImportPhrases(
            skipped: { path in "\(path): skipped (prep reads .md, .markdown, .txt, .html, .htm, .tsv and .csv files)" },
            severityNames: [.error: "error", .warning: "warning", .note: "note"],
            notImported: "not imported (errors above)",
            unchanged: "unchanged",
            fileSummary: { cards, counts in
                "\(counted(cards, "card")): \(counts.added) added, \(counts.updated) updated, \(counts.restored) restored, \(counts.archived) archived, \(counts.unchanged) unchanged"
                    + (counts.reworded > 0 ? ", \(counts.reworded) reworded (progress kept)" : "")
                    + (counts.keptElsewhere > 0 ? ", \(counts.keptElsewhere) already in another file (left as they are)" : "")
            },
            leftOutOfFile: { items in "; \(items) left out (errors above)" },
            totals: { imported, files, leftOut in
                "\(counted(imported, "item")) imported from \(counted(files, "file")), \(leftOut) left out"
            },
            dryRunColumns: .init(
                file: "file", format: "format", topic: "topic", qa: "Q&A", tables: "tables", cells: "cells", cloze: "cloze", claims: "claims",
                errors: "errors", warnings: "warnings"),
            dryRunTotals: { cards, leftOut in
                "\(counted(cards, "card")) would be imported, \(counted(leftOut, "item")) left out"
            },
            // PrepContent holds the English wording, since `--json` and scripts read it too.
            problem: { problem in problem.english },
            badFileSize: { value in "'--max-file-size' takes a size such as 16M, 512K, 1G or a number of bytes, not '\(value)'" },
            emptyPath: "an empty path names no file; give a file or folder to import",
            emptyTopic: "'--topic' needs a name with at least one letter or digit"
        ),
        checks: CheckPhrases(
            verdictNames: [.true: "TRUE", .false: "FALSE", .misleading: "MISLEADING", .depends: "DEPENDS"],
            title: { id, slug in "\(id) \(slug)" },
            claims: { ids in "claims \(ids)" },
            held: "✔ held",
            didNotHold: "✘ did not hold",
            scale: "scale: ",
            couldNotRun: "could not run: ",
            why: "Why: ",
            runs: { runs in runs == 1 ? "1 run" : "\(runs) runs, median judged (the first fell outside tolerance)" },
            seconds: { figure in "\(figure) s" },
            measurementColumn: "measurement",
            measuredColumn: "measured",
            expectedColumn: "expected",
            toleranceColumn: "tolerance",
            informational: "✘ informational",
            rerun: { run, maximum in " (run \(run)/\(maximum))" },
            runningStep: { title, rerun, step in "⏳ \(title)\(rerun): \(step)" },
            running: { title, rerun in "running \(title)\(rerun)…" },
            summary: { passed, total, seconds in "\(passed) of \(counted(total, "check")) held, in \(seconds) s" },
            unknownCheck: { name in "Unknown check '\(name)'." },
            couldNotStore: { error in "Could not store the check run: \(error)" },
            peers: PeerPhrases(
                skipping: { reason in "\(reason); skipping the peers." },
                installNeeds: "--peers needs Python 3 with venv and pip, and network access to the package index to install gunicorn, uvicorn and Django 5.2:",
                orPlatformPackage: "(or your platform's Python 3 package)",
                pythonMissing: "python3 was not found",
                venvFailed: "python3 could not create a virtual environment (is python3-venv installed?):",
                pipFailed: "pip could not install the packages (no network to the package index?):",
                commandFailed: { command in "`\(command)` failed:" },
                couldNotStart: { command, error in "\(command) could not start: \(error)" },
                noMeasurement: "no measurement",
                installing: { packages, folder in "installing \(packages) in a virtual environment under \(folder)…" },
                writingDjango: "writing the Django project and creating its SQLite database…",
                runningOn: { id, server in "running \(id) on prep's model, then on \(server)…" },
                modelVersus: { server in "prep's model vs \(server)" },
                heldOn: { peer in "✔ held on \(peer)" },
                didNotHoldOn: { peer in "✘ did not hold on \(peer)" },
                notMeasured: { peer in "✘ \(peer) could not be measured, so nothing to compare." },
                agree: { peer in "✔ prep's model and \(peer) agree on every measurement." },
                disagreeItem: { label, model, peer, peerFigure in "\(label): model \(model), \(peer) \(peerFigure)" },
                disagree: { peer, items in "✘ prep's model and \(peer) DISAGREE on: " + items.joined(separator: "; ") },
                runs: { modelRuns, peer, peerRuns in
                    "prep's model: \(modelRuns) run(s) · \(peer): \(peerRuns) run(s), median judged when the first fell outside tolerance"
                },
                modelColumn: "prep's model",
                agreeCell: "agree",
                disagreeCell: "DISAGREE",
                threadsHeading: { peer in "Threads, as \(peer)'s views reported them:" },
                request: { number, threads in "request \(number): \(threads)" },
                listSeparator: "; ",
                summary: { held, total, disagreements, seconds in
                    "\(held) of \(total) checks held on the real peers; prep's model and the peer disagree on \(disagreements); \(seconds) s"
                }
            )
        ),
        serve: ServePhrases(
            listening: { url, mode, workers in "listening on \(url) (\(mode), \(counted(workers, "worker")))" },
            draining: { signal, grace in "received \(signal), finishing in-flight requests (up to \(grace) s; signal again to stop at once)" },
            stopped: "stopped",
            graceOver: "grace period over, exiting with requests unfinished",
            stoppingNow: { signal in "received \(signal) while stopping, stopping now" },
            cannotServe: { address, error in "cannot serve on \(address): \(error)" }
        ),
        // MARK: end of import, check and serve

        cards: .english,
        manage: .english,
        advice: .english,
        usage: .english,
        errors: .english,
        setup: .english,
        progress: .english,
        files: .english,
        quiz: .english,
        scheduler: .english,
        vectors: .english
    )
}

// MARK: - Cards, setup and progress files

extension CardPhrases {
    static let english = CardPhrases(
        listHeaders: ("key", "state", "due", "front"),
        cardCount: { cards in counted(cards, "card") },
        facts: { kind, topic, source in "kind \(kind) · topic \(topic) · source \(source)" },
        archived: "archived",
        checkLabel: "check: ",
        verdictLabel: "verdict: ",
        tagsLabel: "tags: ",
        frontHeading: "Front",
        backHeading: "Back",
        historyHeading: "History",
        neverReviewed: ": never reviewed",
        stateLine: { state, reps, lapses in "state \(state) · reps \(reps) · lapses \(lapses)" },
        memoryLine: { stability, difficulty, retrievability in
            String(format: "stability %.2f d · difficulty %.2f · retrievability now %.0f%%", stability, difficulty, retrievability)
        },
        dueLine: { when, interval, future in "due \(when) (\(future ? "in \(interval)" : "\(interval) ago"))" },
        modeNames: ["review": "review", "quiz": "quiz"],
        noCardWithKey: { key in "no card with key \(key)" },
        noCardMatches: { id in "no card matches '\(id)'; see 'prep flashcards list' for keys" },
        ambiguousID: { id, matches in "'\(id)' matches \(matches) cards:" },
        andMore: { count in "… and \(count) more" },
        noCardsInTopic: { topic, topics in
            "No cards in topic '\(topic)'. Topics: \(topics.isEmpty ? "none" : topics.joined(separator: ", "))"
        }
    )
}

extension SetupPhrases {
    static let english = SetupPhrases(
        settingSummaries: [
            .newCardsPerDay: "New cards introduced per study day (0–9999).",
            .reviewsPerDay: "Reviews per study day (0–99999).",
            .desiredRetention: "Chance of remembering a card when it comes due (0.70–0.99).",
            .learningSteps: "Steps of a new card before it graduates, e.g. \"1m 10m\" (s, m, h, d); \"none\" for no steps.",
            .relearningSteps: "Steps after a lapse, e.g. \"10m\"; \"none\" keeps a lapsed card in review.",
            .maximumInterval: "Longest interval in days (1–36500).",
            .leechThreshold: "Lapses after which a card is tagged a leech and suspended (1–99).",
            .language: "Language of the screens and cards: zh-Hant or en.",
            .quizLength: "Questions in a quiz without --count (1–1000).",
            .color: "Colours: auto (on a terminal), always or never.",
            .buryNewSiblings: "Once a card is studied, its new siblings (cells of one table row) wait for tomorrow: on or off.",
            .buryReviewSiblings: "Once a card is studied, its siblings due for review wait for tomorrow: on or off.",
        ],
        defaultMark: "  (default)",
        notSet: "(not set)",
        schedulingNote: "Intervals given from now on use the new value; cards keep the due dates they already have.",
        unknownSetting: { name, known in "Unknown setting '\(name)'. Settings: \(known)" },
        refusedValue: { error in
            let expected = switch error.expected {
            case .wholeNumber(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
            case .retention: "a number from 0.70 to 0.99"
            case .steps: "steps such as \"1m 10m\" (each a number with s, m, h or d, at most 365d), or none"
            case .tooManySteps: "at most 20 steps"
            case .language: "zh-Hant or en"
            case .color: "auto, always or never"
            case .onOff: "on or off"
            }
            return "\(error.setting) takes \(expected), not '\(error.value)'"
        },

        doctorLabels: ("mode", "executable", "database", "content", "language", "settings"),
        checkoutMode: { root in "checkout \(root)" },
        installedMode: "installed",
        createdOnFirstUse: " (created on first use)",
        because: { reason in "because: \(reason)" },
        workspaceReason: { reason in
            switch reason {
            case .named(let name): name
            case .insideCheckout(let root): "inside the checkout \(root)"
            case .checkoutDeck: "the checkout's bundled deck"
            case .installedData(let dataHome): "installed: \(dataHome)/prep"
            case .ownArticles(let dataHome): "your own articles (\(dataHome)/prep/content)"
            case .installedDeckAndOwnArticles(let dataHome): "the installed bundled deck and your own articles (\(dataHome)/prep/content)"
            case .installedDeck: "the installed bundled deck"
            }
        },
        articleFiles: { count in counted(count, "article file") },
        notThereYet: "not there yet",
        parenthesized: { text in " (\(text))" },
        noArticlesFound: "no articles found: run 'prep install' from a checkout, or 'prep import FILE'",
        noCardsYet: "No cards yet: import your notes with 'prep import FILE', or run 'prep install' from a checkout for the bundled decks ('prep doctor' shows where prep looks).",
        languageReason: { source in
            switch source {
            case .option: "--lang"
            case .setting: "the lang setting"
            case .environment: "PREP_LANG"
            case .fallback: "default; switch with --lang en or 'prep config lang en'"
            }
        },
        changedSettings: { changed in "\(changed.isEmpty ? "all defaults" : changed.joined(separator: ", ")) — see 'prep config'" },

        installed: { binary in "Installed \(binary)" },
        buildingStaticBinary: { command in "Building prep with the Swift runtime linked in, so it starts quickly: \(command)" },
        buildFailed: { command, status in "\(command) failed with status \(status)" },
        bundledDeck: { folder in "Bundled deck in \(folder)" },
        noBundledDeck: "No bundled deck found to install (run this from a checkout).",
        completions: { folder in "Completions for bash, zsh and fish below \(folder)" },
        addToPath: { folder in "Add \(folder) to PATH to run 'prep' from anywhere, e.g. export PATH=\"\(folder):$PATH\"" },
        installFailed: { prefix, reason in "install into \(prefix) failed: \(reason)" },
        cannotRead: { path, reason in "cannot read \(path): \(reason)" },
        nothingInstalled: { prefix, manifest in "nothing installed below \(prefix) (no \(manifest))" },
        removed: { files, prefix in "Removed \(counted(files, "file")) installed below \(prefix)." },
        progressKept: "Progress and your own articles are kept in $XDG_DATA_HOME/prep (default ~/.local/share/prep)."
    )
}

extension ProgressPhrases {
    static let english = ProgressPhrases(
        exported: { cards, reviews, path in
            "Exported \(counted(cards, "card"))\(reviews.map { ", " + counted($0, "review") } ?? "") to \(path)"
        },
        topicNeedsAnki: "'--topic' and '--no-scheduling' are for --format anki or apkg",
        apkgNeedsOutput: "--format apkg writes a binary file: give it -o FILE",
        restored: { path, added, skipped, updated in
            "Restored \(path): \(counted(added, "review")) added, \(skipped) already present, \(counted(updated, "card")) updated"
        },
        sessionsAdded: { quizSessions, checkRuns in "\(counted(quizSessions, "quiz session")) and \(counted(checkRuns, "check run")) added" },
        dailyLimitsRestored: { newCards, reviews in "Daily limits restored: \(counted(newCards, "new card")), \(counted(reviews, "review"))" },
        parametersNotRestored: "Some of the file's scheduler settings are outside what 'prep config' accepts and were not restored; "
            + "cards are scheduled with this prep's settings",
        unknownCards: { count in "\(count == 1 ? "1 card is" : "\(count) cards are") not in this database's content; their progress was kept:" },
        cannotRestore: { path, error in
            let reason = switch error {
            case .notJSON(let line, let column, let problem):
                "not valid JSON, perhaps truncated (line \(line), column \(column): \(Self.englishSyntaxProblems[problem] ?? ""))"
            case .invalidJSON(let detail): "not valid JSON, perhaps truncated (\(detail))"
            case .ankiExport(let package):
                "this is \(package ? "an Anki package (.apkg)" : "an Anki text export"), written for Anki; prep restore reads"
                    + " the progress file that 'prep export -o progress.json' writes"
            case .wrongFormat(let format?): "not a prep progress file (its format is '\(format)', expected '\(ProgressDocument.formatName)')"
            case .wrongFormat(nil): "not a prep progress file (no 'format': \"\(ProgressDocument.formatName)\" field)"
            case .newerVersion(let version):
                "written by a newer prep (format version \(version); this prep reads up to version \(ProgressDocument.currentVersion))"
            case .missingField(let field): "missing field '\(field)'"
            case .invalidValue(let field, let reason): "\(field): \(ValueProblemPhrases.english(reason))"
            }
            return "cannot restore \(path): \(reason); the database was not changed"
        },
        cannotRead: { path, reason in "cannot read \(path): \(reason)" }
    )

    private static let englishSyntaxProblems: [JSONSyntaxProblem: String] = [
        .controlCharacter: "a control character inside a string", .unclosedString: "a string is not closed",
        .invalidEscape: "an invalid escape in a string", .expectedCommaOrBracket: "expected ',' or ']'",
        .expectedCommaOrBrace: "expected ',' or '}'", .expectedColon: "expected ':' after a key", .expectedKey: "expected a quoted key",
        .expectedValue: "expected a value", .expectedFractionDigits: "expected digits after '.'",
        .expectedExponentDigits: "expected digits in an exponent", .expectedDigits: "expected digits",
        .endsEarly: "the document ends where a value is expected", .textAfterEnd: "unexpected text after the end of the document",
    ]
}

extension QuizScreenPhrases {
    static let english = QuizScreenPhrases(
        header: { number, total in "prep quiz · \(number)/\(total)" },
        typeName: { type in
            switch type {
            case .multipleChoice: "multiple choice"
            case .whichOne: "which one"
            case .trueFalse: "true or false"
            case .recallTyped: "type the answer"
            case .recallSelfGraded: "recall"
            }
        },
        choiceHint: { last, count in "a–\(last) or 1–\(count) to answer · q quit" },
        trueFalseHint: "t true · f false · q quit",
        typedHint: { interactive in
            interactive
                ? "type the answer, Enter · Enter alone shows it · q Enter or Ctrl-C quits"
                : "type the answer · an empty line shows it · q quit"
        },
        revealHint: { interactive in
            interactive ? "answer in your head, then Enter to reveal · q quit" : "answer in your head, then an empty line reveals · q quit"
        },
        selfGradeHint: "1 Again · 2 Hard · 3 Good · 4 Easy · q quit",
        answerLabel: "Answer",
        answerHeading: "Answer:",
        continueHint: { canRunCheck in
            canRunCheck ? "c run the check · u undo · any key to go on · q quit" : "u undo · any key to go on · q quit"
        },
        unrecognized: { hint in "Not an answer here; try again: " + hint },
        ratingWithReason: { rating, reason in "\(rating) (\(reason))" },
        rated: { rating, when in "Rated \(rating) · next review \(when)" },
        nextReview: { when in "Next review \(when)" },
        inInterval: { compact in "in \(compact)" },
        nothingToDo: "Nothing to quiz right now: no card is due and today's new cards are done.",
        nextCardDue: { date in "Next card due: \(date)" },

        summaryTitle: "Quiz done",
        scoreRow: { correct, answered, percent in ("Score", "\(correct)/\(answered) correct (\(percent)%)") },
        timeLabel: "Time",
        streakRow: { days in ("Streak", counted(days, "day")) },
        dueTomorrowRow: { cards in ("Due tomorrow", counted(cards, "card")) },
        laterTodayRow: { cards in ("Later today", counted(cards, "card") + " to review again") },
        interviewRow: { date, expected, total, percent in
            ("Interview", "on \(date) you would recall about \(expected) of \(total) cards (\(percent)%)")
        },

        shortfall: { picked, asked in "Only \(picked) of the \(asked) questions asked for: " },
        shortfallReason: { left, fromNewOption in
            fromNewOption
                ? "--new \(left) allowed \(counted(left, "new card")). "
                : "today's new-card allowance had \(counted(left, "card")) left. "
        },
        allowMoreNewCards: { waiting, toFill in
            "\(waiting) new " + (waiting == 1 ? "card waits" : "cards wait") + "; "
                + (toFill.map { "--new \($0) would fill this quiz (--new N introduces N)." } ?? "--new N lets this quiz introduce N new cards.")
        }
    )
}

extension SchedulerPhrases {
    static let english = SchedulerPhrases(
        notEnoughData: { have, need in
            "not enough review history: fitting or judging the weights needs at least \(need) reviews made a day or more after the card's previous review (same-day repeats do not count); there are \(have), so \(need - have) more are needed. Keep reviewing for a few more days and try again."
        },
        fitted: { items, reviews, seconds in "Fitted the FSRS weights to \(counted(reviews, "review")) (\(counted(items, "training item"))) in \(seconds) s." },
        evaluated: { items, reviews, saved in
            "Scoring \(saved ? "your applied weights" : "the default weights") on \(counted(reviews, "review")) (\(counted(items, "item"))):"
        },
        logLossColumn: "log loss",
        rmseColumn: "RMSE (bins)",
        before: "before",
        after: "after",
        current: "current",
        weightsLabel: "weights: ",
        applied: "Applied: quizzes and reviews schedule with these weights from now on.",
        notApplied: "Nothing was saved; add --apply to use these weights.",
        simulationIntro: { days, studied, newCards, perDay in
            "Simulating the next \(days) days: \(counted(studied, "card")) studied, \(counted(newCards, "new card")) at up to \(perDay) a day."
        },
        retentionColumn: "retention",
        reviewsPerDayColumn: "reviews/day",
        totalReviewsColumn: "total reviews",
        rememberedColumn: "remembered"
    )
}
