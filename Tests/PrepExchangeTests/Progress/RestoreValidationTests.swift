import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange
import PrepStudy

struct RestoreValidationTests {
    typealias F = ProgressFixtures

    /// A file graded through the real recorder, so every rule is checked against what prep writes.
    static func document() throws -> ProgressDocument {
        let store = try F.store()
        try F.grade(store, F.keys[0], [(.good, 0), (.again, 3), (.good, 4)], prefix: "a")
        try store.saveQuizSession(StoredQuizSession(
            id: "quiz-1", startedAt: F.start, finishedAt: F.start.addingTimeInterval(300), lang: "en",
            questionCount: 5, answeredCount: 4, correctCount: 3, seed: 42
        ))
        try store.insertCheckRun(StoredCheckRun(
            id: "run-1", checkName: "C01", cardKey: F.keys[0], ranAt: F.start, passed: true, measurements: #"{"ms":12}"#
        ))
        return try ProgressDocument.decode(F.export(store))
    }

    static let farFuture = "9999-12-31T23:59:59.000Z"

    /// (rule, change to a valid document, field named, part of the reason as the case reads)
    static let rules: [(String, @Sendable (inout ProgressDocument) -> Void, String, String)] = [
        ("negative duration", { $0.reviews[1].durationMs = -1 }, "reviews[1].duration_ms", "negative(-1"),
        ("duration over a day", { $0.reviews[0].durationMs = 86_400_001 }, "reviews[0].duration_ms", "moreThan("),
        ("rating 0", { $0.reviews[0].rating = 0 }, "reviews[0].rating", "ratingNot1To4("),
        ("rating 5", { $0.reviews[2].rating = 5 }, "reviews[2].rating", "ratingNot1To4("),
        ("review in 9999", { $0.reviews[0].reviewedAt = farFuture }, "reviews[0].reviewed_at", "after("),
        ("review before 2000", { $0.reviews[0].reviewedAt = "1999-12-31T23:59:59.000Z" }, "reviews[0].reviewed_at", "before("),
        ("review not a date", { $0.reviews[0].reviewedAt = "yesterday" }, "reviews[0].reviewed_at", "notTimestamp("),
        ("review on February 30", { $0.reviews[0].reviewedAt = "2026-02-30T10:00:00.000Z" }, "reviews[0].reviewed_at", "notTimestamp("),
        ("review on February 29 of 2025", { $0.reviews[0].reviewedAt = "2025-02-29T10:00:00Z" }, "reviews[0].reviewed_at", "notTimestamp("),
        ("due on April 31", { $0.cards[0].state?.due = "2026-04-31T00:00:00+08:00" }, "cards[0].state.due", "notTimestamp("),
        ("export in the future", { $0.exportedAt = farFuture }, "exported_at", "after("),
        ("empty review id", { $0.reviews[0].id = "" }, "reviews[0].id", "empty"),
        ("repeated review id", { $0.reviews[2].id = $0.reviews[0].id }, "reviews[2].id", "appearsTwice("),
        ("empty card key", { $0.reviews[0].cardKey = "" }, "reviews[0].card_key", "empty"),
        ("long card key", { $0.cards[0].key = String(repeating: "k", count: 600) }, "cards[0].key", "512"),
        ("repeated card key", { $0.cards[1].key = $0.cards[0].key }, "cards[1].key", "appearsTwice("),
        ("empty mode", { $0.reviews[0].mode = "" }, "reviews[0].mode", "empty"),
        ("unknown state", { $0.cards[0].state?.state = "forgotten" }, "cards[0].state.state", "notACardState("),
        ("stability zero", { $0.cards[0].state?.stability = 0 }, "cards[0].state.stability", "stabilityNotWithin("),
        ("stability huge", { $0.cards[0].state?.stability = 1e300 }, "cards[0].state.stability", "stabilityNotWithin("),
        ("difficulty 11", { $0.cards[0].state?.difficulty = 11 }, "cards[0].state.difficulty", "difficultyNotWithin1To10("),
        ("stability without difficulty", { $0.cards[0].state?.difficulty = nil }, "cards[0].state.difficulty", "missing"),
        ("reviewed card without stability", { $0.cards[0].state?.stability = nil; $0.cards[0].state?.difficulty = nil },
            "cards[0].state.stability", "missing"),
        ("negative step", { $0.cards[0].state?.state = "learning"; $0.cards[0].state?.step = -1 }, "cards[0].state.step", "negative("),
        ("step in review", { $0.cards[0].state?.state = "review"; $0.cards[0].state?.step = 0 }, "cards[0].state.step", "stepInReview("),
        ("negative reps", { $0.cards[0].state?.reps = -1 }, "cards[0].state.reps", "negative("),
        ("fewer reps than reviews", { $0.cards[0].state?.reps = 2 }, "cards[0].state.reps", "fewerRepsThanReviews(reps: 2, reviews: 3)"),
        ("more lapses than reps", { $0.cards[0].state?.lapses = 4 }, "cards[0].state.lapses", "maximum: 3)"),
        ("negative lapses", { $0.cards[0].state?.lapses = -2 }, "cards[0].state.lapses", "negative("),
        ("last review before the log's", { $0.cards[0].state?.lastReview = Timestamp.string(F.start) },
            "cards[0].state.last_review", "reviews[2].reviewed_at"),
        ("no last review after reviews", { $0.cards[0].state?.lastReview = nil }, "cards[0].state.last_review", "missing"),
        ("due before last review", { $0.cards[0].state?.due = Timestamp.string(F.start) }, "cards[0].state.due", "bound: \"last_review\""),
        ("due in 9999", { $0.cards[0].state?.due = farFuture }, "cards[0].state.due", "after("),
        ("quiz finished before start", { $0.quizSessions[0].finishedAt = "2020-01-01T00:00:00.000Z" },
            "quiz_sessions[0].finished_at", "bound: \"started_at\""),
        ("more correct than answered", { $0.quizSessions[0].correctCount = 5 }, "quiz_sessions[0].correct_count", "maximum: 4)"),
        ("negative question count", { $0.quizSessions[0].questionCount = -1 }, "quiz_sessions[0].question_count", "negative("),
        ("empty check name", { $0.checkRuns[0].check = "" }, "check_runs[0].check", "empty"),
        ("check run in 9999", { $0.checkRuns[0].ranAt = farFuture }, "check_runs[0].ran_at", "after("),
        ("another algorithm", { $0.scheduler.algorithm = "SM-2" }, "scheduler.algorithm", "notFSRS6("),
        ("20 weights", { $0.scheduler.parameters.removeLast() }, "scheduler.parameters", "wrongWeightCount(20)"),
        ("weight out of range", { $0.scheduler.parameters[4] = 50 }, "scheduler.parameters", "index: 4"),
        ("retention 1", { $0.scheduler.desiredRetention = 1 }, "scheduler.desired_retention", "retentionNotBetween0And1("),
        ("zero learning step", { $0.scheduler.learningStepsSeconds = [0] }, "scheduler.learning_steps_seconds[0]", "minimum: 1)"),
        ("interval of 0 days", { $0.scheduler.maximumIntervalDays = 0 }, "scheduler.maximum_interval_days", "minimum: 1)"),
        ("negative new cards", { $0.scheduler.newCardsPerDay = -5 }, "scheduler.new_cards_per_day", "negative("),
    ]

    @Test(arguments: 0..<rules.count)
    func eachRuleNamesTheFieldAndTheEntry(_ index: Int) throws {
        let (rule, change, field, words) = Self.rules[index]
        var document = try Self.document()
        change(&document)
        let error = #expect(throws: ProgressFileError.self, "\(rule)") { try RestoreInput(document, now: F.now) }
        guard case .invalidValue(let named, let reason)? = error else {
            Issue.record("\(rule): expected an invalid value, got \(String(describing: error))")
            return
        }
        #expect(named == field, "\(rule)")
        #expect(String(describing: reason).contains(words), "\(rule): \(reason)")
    }

    @Test func theUnchangedFileIsAccepted() throws {
        let input = try RestoreInput(Self.document(), now: F.now)
        #expect(input.reviews.count == 3)
        #expect(input.limits == .default)
    }

    @Test(arguments: 0..<HostileProgressFiles.cases.count)
    func hostileFilesAreRefusedWithTheirField(_ index: Int) {
        let (name, text, field) = HostileProgressFiles.cases[index]
        let error = #expect(throws: ProgressFileError.self, "\(name)") {
            try RestoreInput(ProgressDocument.decode(Data(text.utf8)), now: F.now)
        }
        if let field {
            guard case .invalidValue(let named, _)? = error else {
                Issue.record("\(name): expected an invalid value, got \(String(describing: error))")
                return
            }
            #expect(named == field, "\(name)")
        }
    }

    @Test func theHostileFilesBaseIsValid() throws {
        let input = try RestoreInput(ProgressDocument.decode(Data(HostileProgressFiles.valid.utf8)), now: F.now)
        #expect(input.reviews.count == 1)
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        #expect(throws: ProgressFileError.notJSON(line: 2, column: 6, problem: .expectedCommaOrBrace)) {
            try ProgressDocument.decode(Data("{\"format\":\n  \"a\": ]}".utf8))
        }
    }

    /// prep's own Anki exports are the files a learner most likely mistakes for a progress file.
    @Test func anAnkiExportIsNamedAsOneNotAsBrokenJSON() {
        let package = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) + Data("collection.anki2".utf8)
        #expect(throws: ProgressFileError.ankiExport(package: true)) { try ProgressDocument.decode(package) }
        let text = Data("#separator:tab\n#html:false\n#guid column:1\n".utf8)
        #expect(throws: ProgressFileError.ankiExport(package: false)) { try ProgressDocument.decode(text) }
    }

    /// Every table in the database is the same after a refused restore as before it.
    @Test func aRefusedFileChangesNothing() throws {
        let store = try F.store()
        try F.grade(store, F.keys[1], [(.hard, 2)], prefix: "live")
        try store.setSetting(LearnerSetting.newCardsPerDay.rawValue, to: 7)
        let before = try Self.contents(of: store)
        var document = try Self.document()
        document.scheduler.newCardsPerDay = 50
        // The bad value comes last, after everything a naive restore would already have written.
        document.checkRuns[0].ranAt = Self.farFuture
        let data = try ProgressExporter.encode(document)
        #expect(throws: ProgressFileError.self) { try F.restore(data, into: store) }
        #expect(try Self.contents(of: store) == before)
    }

    @Test func dailyLimitsAreRestoredAndDifferentParametersReported() throws {
        var document = try Self.document()
        document.scheduler.newCardsPerDay = 7
        document.scheduler.reviewsPerDay = 70
        let store = try F.store()
        let same = try F.restore(ProgressExporter.encode(document), into: store)
        #expect(same.parametersMatch)
        #expect(same.dailyLimits == DailyLimits(newCards: 7, reviews: 70))
        #expect(try store.dailyLimits() == DailyLimits(newCards: 7, reviews: 70))

        document.scheduler.desiredRetention = 0.85
        document.scheduler.learningStepsSeconds = [30, 300]
        let settings = try F.restore(ProgressExporter.encode(document), into: store)
        #expect(settings.parametersMatch, "retention and steps are settings: restored")
        #expect(try LearnerSettings.load(from: store).desiredRetention == 0.85)
        #expect(try LearnerSettings.load(from: store).learningSteps == [30, 300])

        document.scheduler.parameters[4] += 0.5
        let fitted = try F.restore(ProgressExporter.encode(document), into: store)
        #expect(fitted.parametersMatch, "weights fitted elsewhere are restored")
        #expect(try store.schedulerWeights() == document.scheduler.parameters)

        document.scheduler.desiredRetention = 0.5
        let other = try F.restore(ProgressExporter.encode(document), into: store)
        #expect(!other.parametersMatch, "a retention outside prep config's range is kept out and reported")
    }

    static func contents(of store: Store) throws -> [String] {
        var rows: [String] = []
        let tables = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            try $0.column(0, as: String.self)
        }
        for table in tables {
            rows.append("table \(table)")
            rows += try store.database.rows("SELECT * FROM \"\(table)\" ORDER BY 1") { row in
                (0..<row.columnCount).map { "\(row.value(at: $0))" }.joined(separator: "|")
            }
        }
        return rows
    }
}
