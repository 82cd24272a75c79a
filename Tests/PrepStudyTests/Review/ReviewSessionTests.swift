import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

@Suite struct ReviewSessionTests {
    let start = ReviewFixtures.start
    let minute: TimeInterval = 60

    @Test func newCardsComeInDeckOrderUpToTheNewCardLimit() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3))
        let session = try ReviewFixtures.session(qa, store: store, limits: DailyLimits(newCards: 2, reviews: 200))
        var shown: [String] = []
        while let card = session.next(now: start) {
            shown.append(card.key)
            try session.grade(card, rating: .easy, now: start, durationMs: 1000)
        }
        #expect(shown == ["t/deck/q1", "t/deck/q2"])
        #expect(session.summary.newCards == 2)
    }

    @Test func dueCardsComeBeforeNewOnesLowestRetrievabilityFirst() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3))
        let setup = try ReviewFixtures.session(qa, store: store)
        // q1 and q2 graduate on day 0; q2 on an older review, so it is more forgotten on day 30.
        let weekEarlier = start - 7 * 86400
        try setup.grade(StudyCard(card: qa[1], state: nil), rating: .easy, now: weekEarlier, durationMs: nil)
        try setup.grade(StudyCard(card: qa[0], state: nil), rating: .easy, now: start, durationMs: nil)
        let later = start + 30 * 86400
        let session = try ReviewFixtures.session(qa, store: store, now: later)
        #expect(session.next(now: later)?.key == "t/deck/q2")
        try session.grade(session.next(now: later)!, rating: .good, now: later, durationMs: nil)
        #expect(session.next(now: later)?.key == "t/deck/q1")
        try session.grade(session.next(now: later)!, rating: .good, now: later, durationMs: nil)
        #expect(session.next(now: later)?.key == "t/deck/q3")
    }

    @Test func oneReviewedSiblingBuriesTheOthersUntilTomorrow() throws {
        let store = try ReviewFixtures.store()
        let row = Array(ReviewFixtures.deck.prefix(3))
        let session = try ReviewFixtures.session(row, store: store)
        let first = try #require(session.next(now: start))
        #expect(first.key == "t/deck/row/a")
        try session.grade(first, rating: .easy, now: start, durationMs: nil)
        #expect(session.next(now: start) == nil)

        // A session opened later the same day still buries them; the next study day frees them.
        let later = try ReviewFixtures.session(row, store: store, buriedGroups: ["t/deck/row"])
        #expect(later.next(now: start + 3600) == nil)
        let tomorrow = start + 86400
        let nextDay = try ReviewFixtures.session(row, store: store, now: tomorrow)
        #expect(nextDay.next(now: tomorrow)?.key == "t/deck/row/b")
    }

    @Test func theSiblingInLearningStepsStillComesBack() throws {
        let store = try ReviewFixtures.store()
        let row = Array(ReviewFixtures.deck.prefix(3))
        let session = try ReviewFixtures.session(row, store: store)
        try session.grade(try #require(session.next(now: start)), rating: .again, now: start, durationMs: nil)
        #expect(session.next(now: start + 2 * minute)?.key == "t/deck/row/a")
    }

    @Test func learningStepsReturnWithinTheSessionWhenDue() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3).prefix(2))
        let session = try ReviewFixtures.session(qa, store: store)
        let first = try #require(session.next(now: start))
        try session.grade(first, rating: .again, now: start, durationMs: nil)
        // Not yet due: the new card comes first.
        #expect(session.next(now: start)?.key == "t/deck/q2")
        // Once its 1-minute step is due, the learning card comes before the new one.
        #expect(session.next(now: start + 2 * minute)?.key == "t/deck/q1")
        try session.grade(try #require(session.next(now: start + 2 * minute)), rating: .good, now: start + 2 * minute, durationMs: nil)
        try session.grade(try #require(session.next(now: start + 2 * minute)), rating: .easy, now: start + 2 * minute, durationMs: nil)
        // Nothing else left: the 10-minute step is learned ahead rather than ending the session.
        let ahead = try #require(session.next(now: start + 3 * minute))
        #expect(ahead.key == "t/deck/q1")
        try session.grade(ahead, rating: .good, now: start + 3 * minute, durationMs: nil)
        #expect(session.next(now: start + 3 * minute) == nil)
        #expect(session.summary.reviewed == 4)
        #expect(session.summary.again == 1)
    }

    @Test func undoRestoresTheStateRemovesTheLogRowAndUnburiesSiblings() throws {
        let store = try ReviewFixtures.store()
        let session = try ReviewFixtures.session(store: store)
        let first = try #require(session.next(now: start))
        try session.grade(first, rating: .easy, now: start, durationMs: 800)
        #expect(try store.reviews(cardKey: first.key).count == 1)
        #expect(session.next(now: start)?.key == "t/deck/q1")

        let undone = try #require(try session.undo())
        #expect(undone == .grade(first))
        #expect(try store.state(for: first.key) == nil)
        #expect(try store.reviews(cardKey: first.key).isEmpty)
        #expect(session.summary.reviewed == 0)
        #expect(session.next(now: start)?.key == "t/deck/row/a")
        #expect(try session.undo() == nil)
    }

    @Test func undoOfAReviewPutsBackThePreviousState() throws {
        let store = try ReviewFixtures.store()
        let qa = [ReviewFixtures.deck[3]]
        try ReviewFixtures.session(qa, store: store).grade(StudyCard(card: qa[0], state: nil), rating: .good, now: start, durationMs: nil)
        let before = try #require(try store.state(for: qa[0].key))
        let session = try ReviewFixtures.session(qa, store: store)
        let card = try #require(session.next(now: start + 10 * minute))
        try session.grade(card, rating: .again, now: start + 10 * minute, durationMs: nil)
        #expect(try store.state(for: qa[0].key) != before)
        _ = try session.undo()
        #expect(try store.state(for: qa[0].key) == before)
        #expect(try store.reviews(cardKey: qa[0].key).count == 1)
    }

    @Test func suspendedCardsLeaveTheSessionAndStaySuspended() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3))
        let session = try ReviewFixtures.session(qa, store: store)
        try session.suspend(try #require(session.next(now: start)), now: start)
        #expect(session.next(now: start)?.key == "t/deck/q2")
        #expect(try store.state(for: "t/deck/q1")?.suspended == true)
        #expect(try store.reviews(cardKey: "t/deck/q1").isEmpty)
        let reopened = try ReviewFixtures.session(qa, store: store)
        #expect(reopened.next(now: start)?.key == "t/deck/q2")
    }

    @Test func undoTakesBackASuspension() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3))
        let session = try ReviewFixtures.session(qa, store: store)
        let first = try #require(session.next(now: start))
        try session.grade(first, rating: .good, now: start, durationMs: nil)
        let graded = try #require(try store.state(for: first.key))
        let again = try #require(session.next(now: start + 3600))
        #expect(again.key == first.key)
        try session.suspend(again, now: start + 3600)
        #expect(try session.undo() == .suspension(again))
        #expect(try store.state(for: first.key) == graded)
        let second = try #require(session.next(now: start))
        try session.suspend(second, now: start)
        #expect(try session.undo() == .suspension(second))
        #expect(try store.state(for: second.key) == nil, "a new card's row goes away again")
        #expect(try session.undo() == .grade(first))
    }

    @Test func theEighthLapseTagsTheCardALeechAndSuspendsIt() throws {
        let store = try ReviewFixtures.store()
        let qa = [ReviewFixtures.deck[3]]
        let session = try ReviewFixtures.session(qa, store: store)
        var now = start
        try session.grade(try #require(session.next(now: now)), rating: .easy, now: now, durationMs: nil)
        var leechResults: [Bool] = []
        for _ in 1...8 {
            now = try #require(try store.state(for: qa[0].key)).due + 1
            let lapsing = try #require(session.next(now: now))
            leechResults.append(try #require(try session.grade(lapsing, rating: .again, now: now, durationMs: nil)).becameLeech)
            guard let relearning = session.next(now: now) else { break }
            now += 10 * minute
            try session.grade(relearning, rating: .good, now: now, durationMs: nil)
        }
        #expect(leechResults == Array(repeating: false, count: 7) + [true])
        let state = try #require(try store.state(for: qa[0].key))
        #expect(state.lapses == 8 && state.leech && state.suspended)
        #expect(session.summary.leeches == [qa[0].key])
        #expect(session.next(now: now + 86400 * 365) == nil)
    }

    @Test func cramChangesNothingInTheStore() throws {
        let store = try ReviewFixtures.store()
        let session = try ReviewFixtures.session(store: store, cram: true)
        var shown: [String] = []
        while let card = session.next(now: start) {
            shown.append(card.key)
            #expect(try session.grade(card, rating: .again, now: start, durationMs: nil) == nil)
        }
        // Cram ignores burying and new-card limits: every card once, in deck order.
        #expect(shown == ReviewFixtures.deck.map(\.key))
        #expect(try store.states().isEmpty)
        #expect(try store.allReviews().isEmpty)
        #expect(try session.undo()?.card.key == "t/deck/q3")
        #expect(session.next(now: start)?.key == "t/deck/q3")
    }

    @Test func theLimitCountsEveryCardShown() throws {
        let store = try ReviewFixtures.store()
        let session = try ReviewFixtures.session(store: store, limit: 2)
        #expect(session.remainingCount(now: start) == 2)
        try session.grade(try #require(session.next(now: start)), rating: .again, now: start, durationMs: nil)
        try session.grade(try #require(session.next(now: start)), rating: .again, now: start, durationMs: nil)
        #expect(session.next(now: start + 3600) == nil)
    }

    @Test func dueTomorrowCountsReviewedCardsDueBeforeTomorrowEnds() throws {
        let store = try ReviewFixtures.store()
        let qa = Array(ReviewFixtures.deck.dropFirst(3))
        let session = try ReviewFixtures.session(qa, store: store)
        try session.grade(try #require(session.next(now: start)), rating: .good, now: start, durationMs: nil)
        #expect(try session.dueTomorrowCount(now: start) == 1)
        try session.grade(try #require(session.next(now: start)), rating: .easy, now: start, durationMs: nil)
        // An Easy first grade is due in days, beyond tomorrow.
        #expect(try session.dueTomorrowCount(now: start) == 1)
    }

    @Test func reviewActivitySeparatesTodaysNewCardsFromReviews() throws {
        let store = try ReviewFixtures.store()
        let dayStart = StudyDay(containing: start, calendar: ReviewFixtures.calendar).start
        func review(_ id: String, _ key: String, at date: Date) throws {
            try store.appendReview(StoredReview(id: id, cardKey: key, rating: 3, reviewedAt: date, durationMs: nil, mode: "review"))
        }
        try review("1", "old", at: dayStart - 86400)
        try review("2", "old", at: dayStart + 60)
        try review("3", "fresh", at: dayStart + 120)
        try review("4", "fresh", at: dayStart + 180)
        try review("5", "yesterday-only", at: dayStart - 60)
        let activity = try store.reviewActivity(since: dayStart)
        #expect(activity.reviewedKeys == ["old", "fresh"])
        #expect(activity.introducedKeys == ["fresh"])
        #expect(activity.reviewedCount == 1)
    }
}
