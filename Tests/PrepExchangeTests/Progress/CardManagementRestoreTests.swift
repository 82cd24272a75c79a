import Foundation
import PrepScheduling
import PrepStore
@testable import PrepExchange
import PrepStudy
import Testing

/// Card management survives export → restore: into a fresh database nothing is lost, and into another
/// device's database the actions are replayed with the reviews in time order.
@Suite struct CardManagementRestoreTests {
    typealias F = ProgressFixtures
    static let day: TimeInterval = 86_400

    /// The second card studied for a week, then `kind` done to it on day 10.
    static func managedStore(
        _ kind: StoredCardAction.Kind, until: Date? = nil, keepHistory: Bool = false
    ) throws -> (Store, String) {
        let store = try F.store()
        let key = F.keys[1]
        try F.grade(store, key, [(.good, 0), (.good, 1), (.again, 5)], prefix: "a")
        var counter = 0
        let manager = CardManager(store: store) {
            counter += 1
            return "act-\(counter)"
        }
        let results = try manager.perform(kind, keys: [key], at: F.start + 10 * day, until: until, keepHistory: keepHistory)
        #expect(results.map(\.outcome) == [.changed], "\(kind)")
        return (store, key)
    }

    static func snapshot(_ store: Store) throws -> [String] {
        try store.states().map { "\($0)" } + store.allReviews().map(\.id) + store.allActions().map { "\($0)" }
    }

    @Test(arguments: [
        (StoredCardAction.Kind.suspend, false), (.forget, false), (.forget, true), (.bury, false), (.reschedule, false),
    ])
    func eachActionSurvivesExportAndRestore(kind: StoredCardAction.Kind, keepHistory: Bool) throws {
        let until: Date? = kind == .bury || kind == .reschedule ? F.start + 12 * Self.day : nil
        let (store, key) = try Self.managedStore(kind, until: until, keepHistory: keepHistory)
        let fresh = try F.store()
        _ = try F.restore(try F.export(store, at: F.start + 11 * Self.day), into: fresh)
        #expect(try Self.snapshot(fresh) == Self.snapshot(store))
        switch kind {
        case .suspend: #expect(try fresh.state(for: key)?.suspended == true)
        case .forget:
            #expect(try fresh.state(for: key) == nil)
            #expect(try fresh.reviews(cardKey: key).count == (keepHistory ? 3 : 0))
        case .bury: #expect(try fresh.state(for: key)?.buriedUntil == until)
        case .reschedule: #expect(try fresh.state(for: key)?.due == until)
        default: break
        }
        // Restoring the same file again changes nothing.
        let again = try F.restore(try F.export(store, at: F.start + 11 * Self.day), into: fresh)
        #expect(again.actionsAdded == 0 && again.cardsUpdated == 0)
    }

    @Test func unsuspendAndUnburyOnOneDeviceReachTheOther() throws {
        let (deviceA, key) = try Self.managedStore(.suspend)
        let deviceB = try F.store()
        _ = try F.restore(try F.export(deviceA, at: F.start + 11 * Self.day), into: deviceB)
        #expect(try deviceB.state(for: key)?.suspended == true)
        _ = try CardManager(store: deviceA).perform(.unsuspend, keys: [key], at: F.start + 12 * Self.day)
        let summary = try F.restore(try F.export(deviceA, at: F.start + 13 * Self.day), into: deviceB)
        #expect(summary.actionsAdded == 1)
        // Flags used to be kept from either side; the action log now decides.
        #expect(try deviceB.state(for: key)?.suspended == false)
        #expect(try Self.snapshot(deviceB) == Self.snapshot(deviceA))
    }

    @Test func aForgetThatClearsHistoryClearsItOnTheOtherDevice() throws {
        let deviceB = try F.store()
        let key = F.keys[1]
        try F.grade(deviceB, key, [(.good, 0), (.good, 1), (.again, 5)], prefix: "a")
        let (deviceA, _) = try Self.managedStore(.forget)
        let summary = try F.restore(try F.export(deviceA, at: F.start + 11 * Self.day), into: deviceB)
        #expect(summary.reviewsCleared == 3)
        #expect(try deviceB.reviews(cardKey: key).isEmpty)
        #expect(try deviceB.state(for: key) == nil)
        // The other device's old file brings nothing back.
        _ = try F.restore(try F.export(deviceB, at: F.start + 11 * Self.day), into: deviceA)
        #expect(try deviceA.reviews(cardKey: key).isEmpty)
    }

    @Test func reviewsAfterAForgetStartAFreshMemory() throws {
        let (store, key) = try Self.managedStore(.forget, keepHistory: true)
        try F.grade(store, key, [(.good, 11)], prefix: "b")
        let replayed = CardActionRule.replay(
            key: key, reviews: try store.reviews(cardKey: key), actions: try store.allActions(), scheduler: F.scheduler
        )
        #expect(replayed?.reps == 1)
        #expect(replayed == (try store.state(for: key)))
    }

    /// The file's state counts only the reviews after the forget; the history before it is still in the file.
    @Test func reviewsAfterAForgetThatKeptHistoryRestore() throws {
        let (store, key) = try Self.managedStore(.forget, keepHistory: true)
        try F.grade(store, key, [(.good, 11)], prefix: "b")
        let fresh = try F.store()
        _ = try F.restore(try F.export(store, at: F.start + 12 * Self.day), into: fresh)
        #expect(try fresh.state(for: key) == store.state(for: key))
        #expect(try fresh.reviews(cardKey: key).count == 4)
    }

    @Test func theOptimizerReadsOnlyReviewsAfterTheLastForget() throws {
        let (store, key) = try Self.managedStore(.forget, keepHistory: true)
        try F.grade(store, key, [(.good, 11)], prefix: "b")
        try F.grade(store, F.keys[0], [(.good, 1)], prefix: "c")
        let kept = CardActionRule.reviewsSinceLastForget(try store.allReviews(), actions: try store.allActions())
        #expect(kept.map(\.id) == ["c-1", "b-1"])
    }

    @Test func aVersionOneFileStillRestores() throws {
        let (store, key) = try Self.managedStore(.suspend)
        var json = try #require(try JSONSerialization.jsonObject(with: F.export(store, at: F.start + 11 * Self.day)) as? [String: Any])
        json["version"] = 1
        json.removeValue(forKey: "card_actions")
        let fresh = try F.store()
        _ = try F.restore(try JSONSerialization.data(withJSONObject: json), into: fresh)
        #expect(try fresh.state(for: key)?.suspended == true)
        #expect(try fresh.allActions().isEmpty)
    }

    @Test func aBadActionIsRefusedNamingItsField() throws {
        let (store, _) = try Self.managedStore(.bury, until: F.start + 11 * Self.day)
        let text = String(decoding: try F.export(store, at: F.start + 11 * Self.day), as: UTF8.self)
        let renamed = text.replacingOccurrences(of: #""action" : "bury""#, with: #""action" : "explode""#)
        #expect(throws: ProgressFileError.invalidValue(field: "card_actions[0].action", reason: .notOneOf("explode", ["suspend", "unsuspend", "forget", "bury", "unbury", "reschedule"]))) {
            try RestoreInput(ProgressDocument.decode(Data(renamed.utf8)), now: F.now)
        }
    }

    @Test func aBuriedNewCardComesBackTheNextDay() throws {
        let store = try F.store()
        let key = F.keys[0]
        let morning = F.start
        _ = try CardManager(store: store).perform(.bury, keys: [key], at: morning, until: morning + Self.day)
        #expect(try store.newCandidates(limit: 5, now: morning + 3600) == [F.keys[1], F.keys[2]])
        #expect(try store.newCandidates(limit: 5, now: morning + Self.day) == F.keys)
        _ = try CardManager(store: store).perform(.suspend, keys: [key], at: morning)
        #expect(try store.newCandidates(limit: 5, now: morning + 2 * Self.day) == [F.keys[1], F.keys[2]])
        _ = try CardManager(store: store).perform(.unsuspend, keys: [key], at: morning)
        _ = try CardManager(store: store).perform(.unbury, keys: [key], at: morning)
        #expect(try store.state(for: key) == nil, "a new card with nothing held against it has no row")
    }

    @Test func rescheduleLeavesNewCardsAndSameStateIsUnchanged() throws {
        let (store, key) = try Self.managedStore(.suspend)
        let results = try CardManager(store: store).perform(.suspend, keys: [key, F.keys[0]], at: F.start + 11 * Self.day)
        #expect(results.map(\.outcome) == [.unchanged, .changed])
        let rescheduled = try CardManager(store: store).perform(.reschedule, keys: [F.keys[2]], at: F.start, until: F.start)
        #expect(rescheduled.map(\.outcome) == [.newCard])
        #expect(try store.allActions().count == 2)
    }
}
