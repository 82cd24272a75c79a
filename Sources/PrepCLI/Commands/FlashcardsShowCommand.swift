import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep flashcards show ID`: one card with its memory state and every review it has had.
enum FlashcardsShowCommand: Command {
    static let name = "show"
    static let abstract = HelpPhrase.flashcardsShowAbstract
    static let discussion: HelpPhrase? = .flashcardsShowDiscussion
    static let arguments = [ArgumentSpec("id", help: .flashcardsShowIdArgument)]
    static let options: [OptionSpec] = [
        .language(help: .languageCardAndScreen),
        .json(help: .flashcardsShowJson),
    ]

    struct Report: Encodable {
        var key: String
        var lang: String
        var kind: String
        var topic: String
        var front: String
        var back: String
        var source: String
        var check: String?
        var verdict: String?
        var verdictReason: String?
        var tags: [String]
        var archived: Bool
        var state: String
        var stability: Double?
        var difficulty: Double?
        var retrievability: Double?
        var due: String?
        var reps: Int
        var lapses: Int
        var reviews: [Review]

        // snake_case like the export, so scripts see one spelling.
        enum CodingKeys: String, CodingKey {
            case key, lang, kind, topic, front, back, source, check, verdict, tags, archived, state, stability, difficulty
            case retrievability, due, reps, lapses, reviews
            case verdictReason = "verdict_reason"
        }
    }

    struct Review: Encodable {
        var id: String
        var reviewedAt: String
        var rating: Int
        var ratingName: String
        var durationMs: Int?
        var mode: String

        enum CodingKeys: String, CodingKey {
            case id, rating, mode
            case reviewedAt = "reviewed_at"
            case ratingName = "rating_name"
            case durationMs = "duration_ms"
        }
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<id>")
        let lang = context.language
        let phrases = ScreenPhrases.forLanguage(lang)
        let store = try Workspace(context: context).openStore()
        let key = try resolve(arguments.positionals[0], among: try store.cardKeys(includeArchived: true), phrases: phrases.cards)
        guard let card = try store.card(key: key, preferring: lang) else { throw CLIError.failure(phrases.cards.noCardWithKey(key)) }
        let report = try makeReport(card: card, store: store, scheduler: context.scheduler, now: context.now())
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(report))
        } else {
            let lines = text(report, card: card, lang: lang, style: Style(enabled: context.colorEnabled), now: context.now())
            for line in lines { context.out.line(line) }
        }
        return 0
    }

    /// The key `id` names: itself when it is a key, else the one key ending with it.
    static func resolve(_ id: String, among keys: [String], phrases: CardPhrases = .english) throws -> String {
        if keys.contains(id) { return id }
        let matches = keys.filter { $0.hasSuffix(id) }
        // "workers" should not be ambiguous with "four-workers" when one key ends in a whole segment.
        let wholeSegment = matches.filter { $0.hasSuffix("/" + id) }
        if matches.count == 1 { return matches[0] }
        if wholeSegment.count == 1 { return wholeSegment[0] }
        if matches.isEmpty { throw CLIError.failure(phrases.noCardMatches(id)) }
        let shown = matches.prefix(20).map { "  " + $0 }.joined(separator: "\n")
        let more = matches.count > 20 ? "\n  " + phrases.andMore(matches.count - 20) : ""
        throw CLIError.failure("\(phrases.ambiguousID(id, matches.count))\n\(shown)\(more)")
    }

    private static func makeReport(card: StoredCard, store: Store, scheduler: Scheduler, now: Date) throws -> Report {
        let state = try store.state(for: card.key)
        let scheduling = state?.schedulingCard
        return Report(
            key: card.key, lang: card.lang, kind: card.kind.rawValue, topic: card.topic, front: card.front, back: card.back,
            source: card.sourceLocation, check: card.check, verdict: card.verdict?.rawValue, verdictReason: card.verdictReason,
            tags: card.tags, archived: card.archived, state: CardStateLabel.label(for: state),
            stability: scheduling?.stability, difficulty: scheduling?.difficulty,
            retrievability: scheduling.map { scheduler.retrievability(of: $0, at: now) },
            due: scheduling.map { Timestamp.string($0.due) }, reps: state?.reps ?? 0, lapses: state?.lapses ?? 0,
            reviews: try store.reviews(cardKey: card.key).map { review in
                Review(
                    id: review.id, reviewedAt: Timestamp.string(review.reviewedAt), rating: review.rating,
                    ratingName: Rating(rawValue: review.rating).map(QuizLanguage.en.ratingName) ?? "?",
                    durationMs: review.durationMs, mode: review.mode
                )
            }
        )
    }

    private static func text(_ report: Report, card: StoredCard, lang: Language, style: Style, now: Date) -> [String] {
        let phrases = ScreenPhrases.forLanguage(lang)
        let words = phrases.cards
        var lines = [style.bold(report.key)]
        var facts = words.facts(phrases.kindNames[report.kind] ?? report.kind, report.topic, report.source)
        if report.archived { facts += " · " + words.archived }
        lines.append(facts)
        if let check = report.check { lines.append(words.checkLabel + check) }
        if let verdict = card.verdict {
            lines.append(words.verdictLabel + lang.verdictOption(verdict) + (report.verdictReason.map { " — \($0)" } ?? ""))
        }
        if !report.tags.isEmpty { lines.append(words.tagsLabel + report.tags.joined(separator: " ")) }
        let wording = MarkdownDisplay.render(card.questionWording, style: style)
        let front = card.kind == .claim ? [phrases.claimCue, wording] : [wording]
        lines += ["", style.bold(words.frontHeading)] + front + ["", style.bold(words.backHeading), MarkdownDisplay.render(report.back, style: style), ""]
        lines.append(words.stateLine(phrases.stateNames[report.state] ?? report.state, report.reps, report.lapses))
        if let stability = report.stability, let difficulty = report.difficulty, let retrievability = report.retrievability {
            lines.append(words.memoryLine(stability, difficulty, retrievability * 100))
        }
        if let due = report.due, let date = Timestamp.date(due) {
            let span = date.timeIntervalSince(now)
            lines.append(words.dueLine(localTime(date), phrases.interval(abs(span)), span >= 0))
        }
        lines += ["", style.bold(words.historyHeading) + (report.reviews.isEmpty ? words.neverReviewed : "")]
        let gradeWidth = phrases.gradeNames.values.map { DisplayWidth.of($0) }.max() ?? 5
        for review in report.reviews {
            let when = Timestamp.date(review.reviewedAt).map(localTime) ?? review.reviewedAt
            let duration = review.durationMs.map { String(format: "%.1fs", Double($0) / 1000) } ?? "-"
            let grade = Rating(rawValue: review.rating).flatMap { phrases.gradeNames[$0] } ?? "?"
            let mode = words.modeNames[review.mode] ?? review.mode
            lines.append("  \(when)  \(DisplayWidth.pad(grade, to: gradeWidth))  \(DisplayWidth.pad(duration, to: 7, alignment: .right))  \(mode)")
        }
        return lines
    }

    /// `2026-09-21 16:13` in the learner's time zone: history is read by day and hour, not to the millisecond.
    private static func localTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
