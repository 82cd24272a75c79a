/// Every help text of the command line, `--help`'s abstracts, discussions, arguments and options: one key a
/// sentence, worded once per language in `HelpPhrase.english` and `HelpPhrase.traditionalChinese`, whose
/// switches make a key without its wording in either language a compile error.
package enum HelpPhrase: CaseIterable, Sendable {
    // prep and prep help
    case rootAbstract, rootDiscussion, helpAbstract, helpSubcommandArgument
    // The shared option groups (SharedOptions)
    case databaseOption, languageScreen, topicCards
    // The global options
    case contentOption, noColorOption, helpOption
    // QuizCommand
    case quizAbstract, quizDiscussion, quizCount, quizNew, languageAsk, quizInterview, quizSeed
    // FlashcardsCommand
    case flashcardsAbstract
    // StatsCommand
    case statsAbstract, statsDiscussion, languageHeadings, statsJson
    // ExportCommand
    case exportAbstract, exportDiscussion, exportOutput, exportForce, exportFormat, languageCardTextAndMessages,
        exportTopic, exportAnkiLang, exportNoScheduling
    // RestoreCommand
    case restoreAbstract, restoreDiscussion, restoreFileArgument
    // ImportCommand
    case importAbstract, languageMessages, importDiscussion, importPathArgument, importDryRun, importJson, importTopic,
        importMaxFileSize
    // CheckCommand
    case checkAbstract, checkNameArgument, checkList, checkPeers, checkScale, languageResults, checksHeading
    // ServeCommand
    case serveAbstract, serveDiscussion, serveMode, serveWorkers, servePort, serveHost, serveGrace, serveMaxWorkMs,
        serveAccessLog
    // BenchCommand
    case benchAbstract, jsonResults, benchNameArgument, benchmarksHeading
    // SchedulerCommand
    case schedulerAbstract, schedulerVerifyAbstract, schedulerOptimizeAbstract, schedulerEvaluateAbstract,
        schedulerVerifyDiscussion, schedulerVerifyFileArgument, schedulerOptimizeDiscussion, schedulerReviews,
        schedulerOptimizeApply, schedulerOptimizeForce, schedulerOptimizeJson, languageReport,
        schedulerEvaluateDiscussion, schedulerEvaluateJson
    // ConfigCommand
    case configAbstract, configKeyArgument, configValueArgument, configUnset, configJson, configUsage
    // DoctorCommand
    case doctorAbstract, doctorDiscussion, doctorJson
    // CompletionsCommand
    case completionsAbstract, completionsDiscussion, completionsShellArgument
    // InstallCommand
    case installAbstract, uninstallAbstract, installDiscussion, installationPrefix, installationForce,
        uninstallDiscussion
    // FlashcardsListCommand
    case flashcardsListAbstract, flashcardsListDue, flashcardsListState, languageCardsAndScreen, flashcardsListJson
    // FlashcardsReviewCommand
    case flashcardsReviewAbstract, flashcardsReviewDiscussion, flashcardsReviewLimit, flashcardsReviewNew,
        flashcardsReviewCram
    // FlashcardsShowCommand
    case flashcardsShowAbstract, flashcardsShowDiscussion, flashcardsShowIdArgument, languageCardAndScreen,
        flashcardsShowJson
    // FlashcardsManageCommands
    case flashcardsSuspendAbstract, flashcardsUnsuspendAbstract, flashcardsForgetAbstract, flashcardsRescheduleAbstract,
        flashcardsBuryAbstract, flashcardsUnburyAbstract, cardActionKeyArgument, cardActionJson,
        flashcardsForgetKeepHistory, flashcardsRescheduleDays
    // CardSelection
    case cardSelectionSearch
    // SchedulerSimulateCommand
    case schedulerSimulateAbstract, schedulerSimulateDiscussion, schedulerSimulateRetention, schedulerSimulateDays,
        schedulerSimulateNewPerDay, schedulerSimulateJson
    // The benchmarks
    case benchImport, benchPick, benchLaunch, benchExport,
        benchApkg, benchApkgImport, benchServer, benchOptimize
}
