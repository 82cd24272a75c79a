import PrepScheduling

extension ScreenPhrases {
    static let english = ScreenPhrases(
        gradeNames: [.again: "Again", .hard: "Hard", .good: "Good", .easy: "Easy"],
        intervalUnits: ["s", "m", "h", "d", "mo", "y"],
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
        moreBelow: { lines in "↓ \(lines) more line\(lines == 1 ? "" : "s")" },
        sourceTitle: { location in "Source: \(location)" },
        sourceUnreadable: { location in "Source: \(location) (the file cannot be read here)" },

        showAnswerFirst: { interactive in "Show the answer first (\(interactive ? "space" : "an empty line")), then grade it." },
        undidGrade: "Undid the last grade.",
        unsuspended: "Unsuspended.",
        nothingToUndo: "Nothing to undo yet.",
        suspended: { front in "Suspended \"\(front)\"." },
        becameLeech: { front, lapses in "Leech: \"\(front)\" lapsed \(lapses) times; tagged leech and suspended." },
        unknownKey: { key in "Unknown key '\(key)'." },

        nothingToReview: "Nothing to review right now.",
        noCardsReviewed: "No cards reviewed.",
        reviewedSummary: { cards, new, again, minutes, seconds in
            "Reviewed \(cards == 1 ? "1 card" : "\(cards) cards") (\(new) new) · again \(again)% · \(minutes)m \(seconds < 10 ? "0" : "")\(seconds)s"
        },
        leechSuspended: { key in "Leech suspended: \(key)" },
        cramUnchanged: "Cram session: schedules unchanged.",
        dueByTomorrow: { cards in "Due by tomorrow: \(cards == 1 ? "1 card" : "\(cards) cards")." },

        topicHeading: { topic in "Topic: \(topic)" },
        forecastHeading: { days in "Due forecast, next \(days) days" },
        forecastDetail: { today, overdue, week, days, total in
            "today \(today)\(overdue > 0 ? " (\(overdue) overdue)" : "") · next 7 days \(week) · \(days) days \(total)"
        },
        today: "today",
        reviewsHeading: { days in "Reviews, last \(days) days" },
        reviewsDetail: { total in "\(total) reviews" },
        retention: { percent, recalled, reviews in "retention \(percent) (\(recalled) of \(reviews) reviews of cards in review recalled)" },
        noRetentionYet: "retention - (no reviews of cards in review yet)",
        calendarHeading: "Study calendar",
        streakDetail: { current, longest, studied in
            func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
            return "streak \(days(current)) · longest \(days(longest)) · \(days(studied)) studied"
        },
        calendarLocale: "en_US",
        heatmapLegend: ("Less", "More"),
        readinessHeading: "Readiness by topic",
        readinessDetail: "share of cards you would recall now (unseen cards count as not)",
        readinessCounts: { new, learning, young, mature, suspended in
            "new \(new) · learning \(learning) · young \(young) · mature \(mature)" + (suspended > 0 ? " · suspended \(suspended)" : "")
        }
    )
}
