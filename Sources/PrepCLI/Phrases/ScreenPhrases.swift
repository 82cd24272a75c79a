import Foundation
import PrepChecks
import PrepContent
import PrepCore
import PrepExchange
import PrepScheduling
import PrepStore
import PrepStudy

/// Every word the review and stats screens show, for one language. A language is one value of this type in
/// its own file (`ScreenPhrases+English.swift`, `ScreenPhrases+TraditionalChinese.swift`); the compiler
/// refuses a language that leaves a phrase out.
struct ScreenPhrases: Sendable {
    // Review: keys and grades.
    var gradeNames: [Rating: String]
    /// Interval units beside each grade, most compact first: seconds, minutes, hours, days, months, years.
    var intervalUnits: [String]
    /// How long something took, from whole seconds: "3m 12s", "3 分 12 秒".
    var duration: @Sendable (_ seconds: Int) -> String
    var lessThanAMinute: String
    var revealKey: @Sendable (_ interactive: Bool) -> String
    var gradeKey: String
    var undoKey: String
    var suspendKey: String
    var sourceKey: String
    var checkKey: String
    var quitKey: String
    var scrollKey: String
    var hintSeparator: String

    // Review: the card.
    var cardTitle: @Sendable (_ topic: String, _ kind: String, _ state: String, _ cram: Bool, _ done: Int, _ left: Int) -> String
    var pipedCardHeader: @Sendable (_ number: Int, _ topic: String, _ state: String) -> String
    var questionLabel: String
    var answerLabel: String
    var kindNames: [String: String]
    var stateNames: [String: String]
    var claimCue: String
    /// Said once, on a new learner's first screen, in the default language: how to get English screens.
    var switchToEnglish: String
    var moreBelow: @Sendable (_ lines: Int) -> String
    var sourceTitle: @Sendable (_ location: String) -> String
    var sourceUnreadable: @Sendable (_ location: String) -> String

    // Review: notices.
    var showAnswerFirst: @Sendable (_ interactive: Bool) -> String
    var undidGrade: String
    var unsuspended: String
    var nothingToUndo: String
    var becameLeech: @Sendable (_ front: String, _ lapses: Int) -> String
    var unknownKey: @Sendable (_ key: String) -> String

    // Review: the summary.
    var nothingToReview: String
    var noCardsReviewed: String
    var reviewedSummary: @Sendable (_ cards: Int, _ new: Int, _ againPercent: Int, _ minutes: Int, _ seconds: Int) -> String
    var leechSuspended: @Sendable (_ key: String) -> String
    var cramUnchanged: String
    var dueByTomorrow: @Sendable (_ cards: Int) -> String
    /// Study days in a row with a review, as the quiz summary and `prep stats` count them.
    var studyStreak: @Sendable (_ days: Int) -> String

    // Stats.
    var topicHeading: @Sendable (_ topic: String) -> String
    var forecastHeading: @Sendable (_ days: Int) -> String
    var forecastDetail: @Sendable (_ today: Int, _ overdue: Int, _ week: Int, _ days: Int, _ total: Int) -> String
    var today: String
    var reviewsHeading: @Sendable (_ days: Int) -> String
    var reviewsDetail: @Sendable (_ total: Int) -> String
    var retention: @Sendable (_ percent: String, _ recalled: Int, _ reviews: Int) -> String
    var noRetentionYet: String
    var calendarHeading: String
    var streakDetail: @Sendable (_ current: Int, _ longest: Int, _ studied: Int) -> String
    /// Weekday and month names of the study calendar come from this locale.
    var calendarLocale: String
    var heatmapLegend: (less: String, more: String)
    var readinessHeading: String
    var readinessDetail: String
    var readinessCounts: @Sendable (_ new: Int, _ learning: Int, _ young: Int, _ mature: Int, _ suspended: Int) -> String

    // MARK: import, check and serve (one nested value each)
    var imports: ImportPhrases
    var checks: CheckPhrases
    var serve: ServePhrases
    // MARK: end of import, check and serve
    // Cards, setup and progress files: `flashcards list/show`, `config`, `doctor`, `install`, `export`, `restore`.
    var cards: CardPhrases
    var manage: ManagePhrases
    var advice: AdvicePhrases
    var usage: UsagePhrases
    var errors: ErrorPhrases
    var setup: SetupPhrases
    var progress: ProgressPhrases
    var files: FilePhrases
    var quiz: QuizScreenPhrases
    var scheduler: SchedulerPhrases
    var vectors: VectorPhrases

    static func forLanguage(_ language: Language) -> ScreenPhrases {
        pick(language, english: .english, traditionalChinese: .traditionalChinese)
    }

    /// One group of phrases in `language`, for a screen that needs no other: the whole table builds
    /// every group, which was a fifth of `prep config`.
    static func pick<Phrases>(
        _ language: Language, english: @autoclosure () -> Phrases, traditionalChinese: @autoclosure () -> Phrases
    ) -> Phrases {
        switch language {
        case .zhHant: traditionalChinese()
        case .en: english()
        }
    }

    static let all = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, forLanguage($0)) })

    /// "45s", "5.5m", "10d" as Anki shows them beside the grades, with this language's units.
    func interval(_ seconds: TimeInterval) -> String {
        if seconds < 60 { return lessThanAMinute }
        let compact = intervalDescription(seconds)
        let number = compact.prefix { $0.isNumber || $0 == "." }
        let latinUnits = ["s", "m", "h", "d", "mo", "y"]
        let unit = latinUnits.firstIndex(of: String(compact.dropFirst(number.count))).map { intervalUnits[$0] } ?? ""
        return "\(number)\(unit)"
    }
}

// MARK: - import, check and serve phrases

/// `prep import`: file summaries, the totals, the `--dry-run` table. Diagnostic messages come from
/// PrepContent in English; only their severity word is this language's.
struct ImportPhrases: Sendable {
    var skipped: @Sendable (_ path: String) -> String
    var severityNames: [ContentDiagnostic.Severity: String]
    var notImported: String
    var unchanged: String
    var fileSummary: @Sendable (_ cards: Int, _ counts: ImportOutcome.Counts) -> String
    var leftOutOfFile: @Sendable (_ items: Int) -> String
    var totals: @Sendable (_ imported: Int, _ files: Int, _ leftOut: Int) -> String
    var dryRunColumns: DryRunColumns
    var dryRunTotals: @Sendable (_ cards: Int, _ leftOut: Int) -> String

    struct DryRunColumns: Sendable {
        var file, format, topic, qa, tables, cells, cloze, claims, errors, warnings: String
    }

    /// What an import found wrong, worded for the screen.
    var problem: @Sendable (_ problem: ContentDiagnostic.Problem) -> String
    var badFileSize: @Sendable (_ value: String) -> String
    /// A path argument that is empty.
    var emptyPath: String
    /// `--topic` given without a name.
    var emptyTopic: String

    /// "path:3:1: error: message", the location first so editors can jump to it.
    func line(_ diagnostic: ContentDiagnostic) -> String {
        "\(diagnostic.location): \(severityNames[diagnostic.severity] ?? diagnostic.severity.rawValue): \(problem(diagnostic.problem))"
    }
}

/// `prep check`, the check block after `c` in review and quiz, and `prep check --peers`.
struct CheckPhrases: Sendable {
    var verdictNames: [Verdict: String]
    /// The check's heading; Chinese shows the id alone, the slug being English words.
    var title: @Sendable (_ id: String, _ slug: String) -> String
    var claims: @Sendable (_ ids: String) -> String
    var held: String
    var didNotHold: String
    var scale: String
    var couldNotRun: String
    var why: String
    var runs: @Sendable (_ runs: Int) -> String
    var seconds: @Sendable (_ figure: String) -> String
    var measurementColumn: String
    var measuredColumn: String
    var expectedColumn: String
    var toleranceColumn: String
    var informational: String
    var rerun: @Sendable (_ run: Int, _ maximum: Int) -> String
    /// The line rewritten in place; `step` is the scenario's own English step name.
    var runningStep: @Sendable (_ title: String, _ rerun: String, _ step: String) -> String
    var running: @Sendable (_ title: String, _ rerun: String) -> String
    var summary: @Sendable (_ passed: Int, _ total: Int, _ seconds: String) -> String
    var unknownCheck: @Sendable (_ name: String) -> String
    var couldNotStore: @Sendable (_ error: String) -> String
    var peers: PeerPhrases

    func verdict(_ verdict: Verdict) -> String { verdictNames[verdict] ?? verdict.rawValue }
}

/// `prep check --peers`: prep's model beside a real server.
struct PeerPhrases: Sendable {
    var skipping: @Sendable (_ reason: String) -> String
    /// Before the install commands, which are the same in every language.
    var installNeeds: String
    var orPlatformPackage: String
    var pythonMissing: String
    var venvFailed: String
    var pipFailed: String
    var commandFailed: @Sendable (_ command: String) -> String
    var couldNotStart: @Sendable (_ command: String, _ error: String) -> String
    var noMeasurement: String
    var installing: @Sendable (_ packages: String, _ folder: String) -> String
    var writingDjango: String
    var runningOn: @Sendable (_ id: String, _ server: String) -> String
    var modelVersus: @Sendable (_ server: String) -> String
    var heldOn: @Sendable (_ peer: String) -> String
    var didNotHoldOn: @Sendable (_ peer: String) -> String
    var notMeasured: @Sendable (_ peer: String) -> String
    var agree: @Sendable (_ peer: String) -> String
    var disagreeItem: @Sendable (_ label: String, _ model: String, _ peer: String, _ peerFigure: String) -> String
    var disagree: @Sendable (_ peer: String, _ items: [String]) -> String
    var runs: @Sendable (_ modelRuns: Int, _ peer: String, _ peerRuns: Int) -> String
    var modelColumn: String
    var agreeCell: String
    var disagreeCell: String
    var threadsHeading: @Sendable (_ peer: String) -> String
    var request: @Sendable (_ number: Int, _ threads: String) -> String
    var listSeparator: String
    var summary: @Sendable (_ held: Int, _ total: Int, _ disagreements: Int, _ seconds: String) -> String
}

/// `prep serve`: what the server says while starting and stopping.
struct ServePhrases: Sendable {
    var listening: @Sendable (_ url: String, _ mode: String, _ workers: Int) -> String
    var draining: @Sendable (_ signal: String, _ graceSeconds: Int64) -> String
    var stopped: String
    var graceOver: String
    var stoppingNow: @Sendable (_ signal: String) -> String
    var cannotServe: @Sendable (_ address: String, _ error: String) -> String
}

// MARK: end of import, check and serve phrases
// MARK: - Cards, setup and progress files

/// `prep flashcards list` and `prep flashcards show`, and the errors of naming a card or topic.
struct CardPhrases: Sendable {
    var listHeaders: (key: String, state: String, due: String, front: String)
    var cardCount: @Sendable (_ cards: Int) -> String
    var facts: @Sendable (_ kind: String, _ topic: String, _ source: String) -> String
    var archived: String
    var checkLabel: String
    var verdictLabel: String
    var tagsLabel: String
    var frontHeading: String
    var backHeading: String
    var historyHeading: String
    var neverReviewed: String
    var stateLine: @Sendable (_ state: String, _ reps: Int, _ lapses: Int) -> String
    var memoryLine: @Sendable (_ stability: Double, _ difficulty: Double, _ retrievabilityPercent: Double) -> String
    /// `when` is a local date and time, `interval` a compact span such as "3d".
    var dueLine: @Sendable (_ when: String, _ interval: String, _ future: Bool) -> String
    /// What a review was part of, by its stored mode (`review`, `quiz`).
    var modeNames: [String: String]
    var noCardWithKey: @Sendable (_ key: String) -> String
    var noCardMatches: @Sendable (_ id: String) -> String
    var ambiguousID: @Sendable (_ id: String, _ matches: Int) -> String
    var andMore: @Sendable (_ count: Int) -> String
    var noCardsInTopic: @Sendable (_ topic: String, _ topics: [String]) -> String
}

/// `prep config`, `prep doctor`, `prep install` and `prep uninstall`.
struct SetupPhrases: Sendable {
    /// What each setting means, as `prep config` and its help describe it.
    var settingSummaries: [LearnerSetting: String]
    var defaultMark: String
    var notSet: String
    var schedulingNote: String
    var unknownSetting: @Sendable (_ name: String, _ known: String) -> String
    var refusedValue: @Sendable (_ error: LearnerSettingError) -> String

    /// Doctor's left column: mode, executable, database, content, language, settings.
    var doctorLabels: (mode: String, executable: String, database: String, content: String, language: String, settings: String)
    var checkoutMode: @Sendable (_ root: String) -> String
    var installedMode: String
    var createdOnFirstUse: String
    var because: @Sendable (_ reason: String) -> String
    var workspaceReason: @Sendable (_ reason: WorkspaceLayout.Reason) -> String
    var articleFiles: @Sendable (_ count: Int) -> String
    var notThereYet: String
    /// An aside after a path, in this language's brackets.
    var parenthesized: @Sendable (_ text: String) -> String
    var noArticlesFound: String
    /// A quiz or review on a database without a card: where cards come from.
    var noCardsYet: String
    var languageReason: @Sendable (_ source: LanguageSource) -> String
    var changedSettings: @Sendable (_ changed: [String]) -> String

    var installed: @Sendable (_ binary: String) -> String
    var buildingStaticBinary: @Sendable (_ command: String) -> String
    var buildFailed: @Sendable (_ command: String, _ status: Int32) -> String
    var bundledDeck: @Sendable (_ folder: String) -> String
    var noBundledDeck: String
    var completions: @Sendable (_ folder: String) -> String
    var addToPath: @Sendable (_ folder: String) -> String
    var installFailed: @Sendable (_ prefix: String, _ reason: String) -> String
    var cannotRead: @Sendable (_ path: String, _ reason: String) -> String
    var nothingInstalled: @Sendable (_ prefix: String, _ manifest: String) -> String
    var removed: @Sendable (_ files: Int, _ prefix: String) -> String
    var progressKept: String

    /// Where the language on screen came from, for `prep doctor`.
    enum LanguageSource: Sendable {
        case option, setting, environment, fallback
    }
}

/// `prep export` and `prep restore`.
struct ProgressPhrases: Sendable {
    /// `reviews` is nil for the Anki text export, which carries none.
    var exported: @Sendable (_ cards: Int, _ reviews: Int?, _ path: String) -> String
    var topicNeedsAnki: String
    var apkgNeedsOutput: String
    var restored: @Sendable (_ path: String, _ added: Int, _ skipped: Int, _ updated: Int) -> String
    var sessionsAdded: @Sendable (_ quizSessions: Int, _ checkRuns: Int) -> String
    var dailyLimitsRestored: @Sendable (_ newCards: Int, _ reviews: Int) -> String
    var parametersNotRestored: String
    var unknownCards: @Sendable (_ count: Int) -> String
    var cannotRestore: @Sendable (_ path: String, _ error: ProgressFileError) -> String
    var cannotRead: @Sendable (_ path: String, _ reason: String) -> String
}

/// The words around the quiz's questions: headers, key hints, ratings and the summary. The questions and
/// their feedback follow the card's language through PrepStudy's `QuizPhrases`.
struct QuizScreenPhrases: Sendable {
    var header: @Sendable (_ number: Int, _ total: Int) -> String
    var typeName: @Sendable (_ type: QuizQuestionType) -> String
    /// `last` is the last option's letter.
    var choiceHint: @Sendable (_ last: String, _ optionCount: Int) -> String
    var trueFalseHint: String
    var typedHint: @Sendable (_ interactive: Bool) -> String
    var revealHint: @Sendable (_ interactive: Bool) -> String
    var selfGradeHint: String
    var answerLabel: String
    /// The label as it heads a line: Chinese takes the full-width colon.
    var answerHeading: String
    var continueHint: @Sendable (_ canRunCheck: Bool) -> String
    var unrecognized: @Sendable (_ hint: String) -> String
    var ratingWithReason: @Sendable (_ rating: String, _ reason: String) -> String
    /// `when` comes from `inInterval`.
    var rated: @Sendable (_ rating: String, _ when: String) -> String
    var nextReview: @Sendable (_ when: String) -> String
    /// "in 3d", "3 天後", from Anki's compact interval ("3d").
    var inInterval: @Sendable (_ compact: String) -> String
    var nothingToDo: String
    var nextCardDue: @Sendable (_ date: String) -> String

    // The summary: one (label, value) row each.
    var summaryTitle: String
    var scoreRow: @Sendable (_ correct: Int, _ answered: Int, _ percent: Int) -> (String, String)
    var timeLabel: String
    var streakRow: @Sendable (_ days: Int) -> (String, String)
    var dueTomorrowRow: @Sendable (_ cards: Int) -> (String, String)
    var laterTodayRow: @Sendable (_ cards: Int) -> (String, String)
    var interviewRow: @Sendable (_ date: String, _ expected: Int, _ total: Int, _ percent: Int) -> (String, String)

    /// Why `--count` got fewer questions: the opening, the reason, and how to allow more.
    var shortfall: @Sendable (_ picked: Int, _ asked: Int) -> String
    var shortfallReason: @Sendable (_ newCardsLeft: Int, _ fromNewOption: Bool) -> String
    /// "217 new cards wait; --new 30 would fill this quiz (--new N introduces N)."
    var allowMoreNewCards: @Sendable (_ waiting: Int, _ toFill: Int?) -> String
}

/// `prep scheduler optimize`, `evaluate` and `simulate`.
struct SchedulerPhrases: Sendable {
    var notEnoughData: @Sendable (_ have: Int, _ need: Int) -> String
    /// `seconds` comes formatted ("0.42").
    var fitted: @Sendable (_ items: Int, _ reviews: Int, _ seconds: String) -> String
    var evaluated: @Sendable (_ items: Int, _ reviews: Int, _ savedWeights: Bool) -> String
    var logLossColumn: String
    var rmseColumn: String
    var before: String
    var after: String
    var current: String
    var weightsLabel: String
    var applied: String
    var notApplied: String
    var simulationIntro: @Sendable (_ days: Int, _ studied: Int, _ newCards: Int, _ perDay: Int) -> String
    var retentionColumn: String
    var reviewsPerDayColumn: String
    var totalReviewsColumn: String
    var rememberedColumn: String
}
