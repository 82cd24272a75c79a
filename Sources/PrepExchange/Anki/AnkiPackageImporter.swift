import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy

/// Brings an Anki package into a store: notes as cards (one topic per deck), the review log as prep reviews,
/// and each card's state as Anki has it (due date, learning step, suspended, buried), with the memory state
/// prep's scheduler computes from the imported history.
///
/// The notes become cards as Anki's text notes files do (one notes file per topic, GUID column included), so a
/// note keys, renders and splits into cloze and reverse cards exactly as it would from Anki's text export.
/// Reviews are merged by id and, for cards prep exported itself, by the instant, so importing a package twice,
/// or prep's own package, adds nothing.
package struct AnkiPackageImporter {
    package struct Summary: Sendable {
        /// Cards of the package prep stores (new or already here).
        package var cards = 0
        /// Cards this database did not have before.
        package var cardsAdded = 0
        /// Cards whose notetype has a card prep cannot tell apart (a third template and beyond).
        package var cardsLeftOut = 0
        package var reviewsAdded = 0
        /// Grades already in the log (a second import, or prep's own review coming back).
        package var reviewsAlreadyHere = 0
        /// Revlog rows that are not grades: set due date, reset, reschedule, and cramming that did not
        /// reschedule, which Anki's FSRS leaves out too.
        package var notGrades = 0
        package var topics: [String] = []
        package var media: [String] = []
        /// Problems the notes raised (a cloze note without a deletion, an empty question).
        package var diagnostics: [ContentDiagnostic] = []
        /// Cards whose stored state changed.
        package var statesWritten = 0
    }

    package let store: Store
    package let scheduler: Scheduler
    package let calendar: Calendar

    package init(store: Store, scheduler: Scheduler, calendar: Calendar) {
        self.store = store
        self.scheduler = scheduler
        self.calendar = calendar
    }

    /// The notes as prep reads them, one notes file per topic, and each Anki card's prep key.
    package struct Plan {
        package var articles: [ParsedArticle]
        package var keys: [Int64: String]
        package var summary: Summary
    }

    /// What importing would store, without writing: `path` is the package as shown, and below it each topic's
    /// notes file is named. `topic` (`--topic`) puts every deck's cards in one topic.
    package static func plan(_ package: AnkiPackageReader, path: String, topic: String? = nil) -> Plan {
        var summary = Summary()
        summary.media = package.mediaNames
        var noteDeck: [Int64: Int64] = [:]
        var cardsByNote: [Int64: [AnkiPackageReader.Card]] = [:]
        for card in package.cards {
            // A card in a filtered deck belongs to the deck it came from.
            if noteDeck[card.noteID] == nil { noteDeck[card.noteID] = card.originalDeckID != 0 ? card.originalDeckID : card.deckID }
            cardsByNote[card.noteID, default: []].append(card)
        }
        var notesByTopic: [String: [AnkiPackageReader.Note]] = [:]
        let chosen = topic.flatMap(DeclaredTopic.normalized)
        // Each deck's topic name once, not once per note.
        var deckTopics: [String: String] = [:]
        for note in package.notes {
            let deck = noteDeck[note.id].flatMap { package.decks[$0] } ?? ""
            let name = chosen ?? deckTopics[deck] ?? DeclaredTopic.normalized(deck) ?? "anki"
            deckTopics[deck] = name
            notesByTopic[name, default: []].append(note)
        }
        var keys: [Int64: String] = [:]
        var articles: [ParsedArticle] = []
        for name in notesByTopic.keys.sorted() {
            let notes = notesByTopic[name]!
            let (result, noteLines) = ContentParser(topic: name).parse(
                ankiNotes: notes.map { note in
                    // The reader names what it makes by notetype: a cloze, a note asked both ways, or one way.
                    let ordinals = cardsByNote[note.id]?.map(\.ordinal) ?? [0]
                    let kind: AnkiNote.Kind =
                        package.notetypes[note.notetypeID]?.isCloze == true ? .cloze : ordinals.contains(1) ? .reversed : .basic
                    return AnkiNote(guid: note.guid, kind: kind, tags: note.tags, fields: note.fields)
                },
                path: "\(path)/\(name).tsv")
            let lineNotes = Dictionary(uniqueKeysWithValues: zip(noteLines, notes))
            summary.diagnostics += result.diagnostics
            guard let article = result.article else { continue }
            articles.append(article)
            for draft in article.cards {
                guard let note = lineNotes[draft.source.line], let ordinal = ordinal(of: draft, guid: note.guid),
                    let card = cardsByNote[note.id]?.first(where: { $0.ordinal == ordinal })
                else { continue }
                keys[card.id] = draft.key
            }
        }
        // Before anything is stored every grade is one to add, which is what a dry run reports.
        for entry in package.revlog where keys[entry.cardID] != nil {
            if kind(of: entry) == .grade { summary.reviewsAdded += 1 } else { summary.notGrades += 1 }
        }
        summary.topics = articles.map(\.topic)
        summary.cards = keys.count
        summary.cardsLeftOut = package.cards.count - keys.count
        return Plan(articles: articles, keys: keys, summary: summary)
    }

    /// Stores the package in one transaction.
    package func importPackage(_ package: AnkiPackageReader, path: String, topic: String? = nil, now: Date) throws -> Summary {
        var plan = Self.plan(package, path: path, topic: topic)
        plan.summary.reviewsAdded = 0
        plan.summary.notGrades = 0
        try store.database.transaction {
            for article in plan.articles {
                if case .imported(let counts) = try store.importArticle(article, now: now) { plan.summary.cardsAdded += counts.added }
            }
            let keys = plan.keys
            let wanted = Set(keys.values)
            // By Anki card id while the log streams by: hashing an integer per review, not a key string.
            var changedCards = Set<Int64>()
            // Each card's whole log for the replay: what was here, by key, and what arrives, by Anki card id; and
            // the instants of what was here, to know prep's own reviews coming back.
            var here: [String: [StoredReview]] = [:]
            for review in try store.allReviews() where wanted.contains(review.cardKey) {
                here[review.cardKey, default: []].append(review)
            }
            let known = here.mapValues { Set($0.map { Self.milliseconds($0.reviewedAt) }) }
            // The grades a former import brought; the new ones are added together at the end. Anki's revlog ids are
            // its primary key, so no grade arrives twice in one package.
            let present = try store.reviewIDs(startingWith: "anki-")
            var arriving: [StoredReview] = []
            var arrivingByCard: [Int64: [StoredReview]] = [:]
            for entry in package.revlog {
                guard let key = keys[entry.cardID] else { continue }
                let at = Date(timeIntervalSince1970: Double(entry.id) / 1000)
                switch Self.kind(of: entry) {
                case .reset:
                    if try store.insertActionIfAbsent(StoredCardAction(
                        id: "anki-\(entry.id)-\(entry.cardID)", cardKey: key, kind: .forget, actedAt: at, keepHistory: true))
                    {
                        changedCards.insert(entry.cardID)
                    }
                    plan.summary.notGrades += 1
                case .notGrade:
                    plan.summary.notGrades += 1
                case .grade:
                    // prep's own export bumps a review by a millisecond or two when two share one.
                    if !known.isEmpty, let instants = known[key], (0...3).contains(where: { instants.contains(entry.id - $0) }) {
                        plan.summary.reviewsAlreadyHere += 1
                        continue
                    }
                    let review = StoredReview(
                        id: "anki-\(entry.id)-\(entry.cardID)", cardKey: key, rating: entry.ease, reviewedAt: at,
                        durationMs: max(0, entry.milliseconds), mode: "anki")
                    if !present.isEmpty, present.contains(review.id) {
                        plan.summary.reviewsAlreadyHere += 1
                        continue
                    }
                    arriving.append(review)
                    arrivingByCard[entry.cardID, default: []].append(review)
                    plan.summary.reviewsAdded += 1
                    changedCards.insert(entry.cardID)
                }
            }
            try store.insertReviews(arriving)
            plan.summary.statesWritten = try saveStates(
                package, keys: keys, here: here, arriving: arrivingByCard, changed: changedCards, now: now)
        }
        return plan.summary
    }

    /// Each card's state as Anki has it, with S and D replayed from its whole log here. A card prep already
    /// schedules keeps its state unless the package brought it new history: as in Anki, only the import that
    /// first brings a card carries its progress, and prep's own package leaves prep's due times as they were.
    /// - Parameters:
    ///   - here: the log already stored, by key; `arriving`: the grades this import adds, by Anki card id.
    ///   - changed: the Anki cards this import brought new history.
    private func saveStates(
        _ package: AnkiPackageReader, keys: [Int64: String], here: [String: [StoredReview]],
        arriving: [Int64: [StoredReview]], changed: Set<Int64>, now: Date
    ) throws -> Int {
        let wanted = Set(keys.values)
        var states: [String: StoredCardState] = [:]
        for state in try store.states() where wanted.contains(state.key) {
            states[state.key] = state
        }
        let actions = Dictionary(grouping: try store.allActions().filter { wanted.contains($0.cardKey) }, by: \.cardKey)
        let leeches = Set(package.notes.filter { $0.tags.contains { $0.lowercased() == "leech" } }.map(\.id))
        let buriedUntil = StudyDay(containing: now, calendar: calendar).end
        var work: [(card: AnkiPackageReader.Card, key: String)] = []
        for card in package.cards {
            // An empty store answers without hashing every key.
            guard let key = keys[card.id], states.isEmpty || states[key] == nil || changed.contains(card.id) else { continue }
            work.append((card, key))
        }
        let scheduler = scheduler, collectionStart = package.collectionStart
        let computed = work.concurrentMap { card, key in
            let log = (here.isEmpty ? [] : here[key] ?? []) + (arriving[card.id] ?? [])
            let replayed = CardActionRule.replay(
                key: key, reviews: log, actions: actions.isEmpty ? [] : actions[key] ?? [], scheduler: scheduler)
            return Self.state(
                of: card, key: key, replayed: replayed, collectionStart: collectionStart,
                leech: leeches.contains(card.noteID), buriedUntil: buriedUntil, parameters: scheduler.parameters)
        }
        var saved: [StoredCardState] = []
        var written = 0
        for ((_, key), state) in zip(work, computed) where states.isEmpty ? state != nil : state != states[key] {
            if let state { saved.append(state) } else { try store.deleteState(for: key) }
            written += 1
        }
        try store.saveStates(saved)
        return written
    }

    /// prep's row for an Anki card: state, step, due and flags from Anki; S, D and the last review from the
    /// replayed log, else from the memory state Anki stored with the card.
    static func state(
        of card: AnkiPackageReader.Card, key: String, replayed: StoredCardState?, collectionStart: Int64, leech: Bool,
        buriedUntil: Date, parameters: SchedulerParameters
    ) -> StoredCardState? {
        let suspended = card.queue == AnkiCardSchedule.Code.suspendedQueue
        // -2: buried as a sibling, -3: buried by hand (schedulers v2 and v3 alike); both end with the day.
        let buried = card.queue == AnkiCardSchedule.Code.buriedQueue || card.queue == -3
        let cardState: CardState
        switch card.type {
        case AnkiCardSchedule.Code.learning: cardState = .learning
        case AnkiCardSchedule.Code.review: cardState = .review
        case AnkiCardSchedule.Code.relearning: cardState = .relearning
        default:
            guard suspended || buried || leech else { return nil }
            return StoredCardState(
                key: key, state: CardState.learning.rawValue, step: 0, due: buriedUntil, suspended: suspended, leech: leech,
                buriedUntil: buried ? buriedUntil : nil)
        }
        let memory = AnkiMemoryState(json: card.data)
        let steps = cardState == .learning ? parameters.learningSteps : parameters.relearningSteps
        // `left` counts the steps still to go (its thousands are v1's steps for today).
        let step = cardState == .review ? nil : max(0, steps.count - card.left % 1000)
        let due = card.originalDeckID != 0 && card.originalDue != 0 ? card.originalDue : card.due
        // Intraday learning is due at a moment (epoch seconds); review and day learning on a day counted from `crt`.
        let dueDate = due > 1_000_000_000
            ? Date(timeIntervalSince1970: Double(due))
            : Date(timeIntervalSince1970: Double(collectionStart + due * 86_400))
        return StoredCardState(
            key: key, state: cardState.rawValue, step: step,
            stability: replayed?.stability ?? memory?.stability, difficulty: replayed?.difficulty ?? memory?.difficulty,
            due: dueDate, lastReview: replayed?.lastReview ?? memory?.lastReview, reps: card.reps, lapses: card.lapses,
            suspended: suspended, leech: leech, buriedUntil: buried ? buriedUntil : nil)
    }

    enum RevlogKind { case grade, reset, notGrade }

    /// As Anki's FSRS reads the log: manual entries (set due date, reset; ease 0), rescheduling, and cramming
    /// that did not reschedule (filtered, factor 0) are not grades; a reset (manual, interval and factor 0)
    /// starts the card's memory afresh.
    static func kind(of entry: AnkiPackageReader.RevlogEntry) -> RevlogKind {
        if entry.type == 4 || entry.ease == 0 {
            return entry.type == 4 && entry.interval == 0 && entry.factor == 0 ? .reset : .notGrade
        }
        if entry.type == 5 || (entry.type == 3 && entry.factor == 0) || !(1...4).contains(entry.ease) { return .notGrade }
        return .grade
    }

    /// Which Anki card (its ordinal) a prep card stands for: a note prep exported itself (keyed by its GUID) is
    /// one card, ordinal 0; a cloze deletion `…/cN` is ordinal N−1, a reverse card 1, any other card 0.
    static func ordinal(of draft: CardDraft, guid: String) -> Int? {
        if draft.key == guid { return 0 }
        if draft.kind == .cloze {
            guard let last = draft.key.split(separator: "/").last, last.first == "c", let number = Int(last.dropFirst()) else { return nil }
            return number - 1
        }
        return draft.key.hasSuffix("/reverse") ? 1 : 0
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
