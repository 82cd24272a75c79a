import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange

struct AnkiCardScheduleTests {
    static let crt = Date(timeIntervalSince1970: 20_601 * 86_400)
    static let now = crt.addingTimeInterval(10 * 86_400 + 3600)

    static func schedule(_ state: StoredCardState?) -> AnkiCardSchedule {
        AnkiCardSchedule(state: state, position: 7, collectionStart: crt, parameters: .default, now: now)
    }

    static func state(
        _ cardState: CardState, step: Int? = nil, lastReview: Double, due: Double, suspended: Bool = false
    ) -> StoredCardState {
        StoredCardState(
            key: "k", state: cardState.rawValue, step: step, stability: 3.25, difficulty: 6.5,
            due: now.addingTimeInterval(due), lastReview: now.addingTimeInterval(lastReview), reps: 3, lapses: 1,
            suspended: suspended
        )
    }

    @Test func newCardsKeepTheirPosition() {
        #expect(Self.schedule(nil) == AnkiCardSchedule(type: 0, queue: 0, due: 7, interval: 0, factor: 0, left: 0, data: "{}"))
        let suspendedNew = StoredCardState(key: "k", state: 1, due: Self.now, suspended: true)
        #expect(Self.schedule(suspendedNew).queue == -1)
        #expect(Self.schedule(suspendedNew).type == 0)
    }

    @Test func learningWithinADayIsDueInEpochSeconds() {
        let state = Self.state(.learning, step: 1, lastReview: -60, due: 540)
        let schedule = Self.schedule(state)
        #expect(schedule.type == 1 && schedule.queue == 1)
        #expect(schedule.due == Int64(Self.now.timeIntervalSince1970) + 540)
        #expect(schedule.left == 1)  // step 1 of [1 min, 10 min]
        #expect(schedule.interval == 0 && schedule.factor == 0)
        let lrt = Int64(Self.now.timeIntervalSince1970) - 60
        #expect(schedule.data == "{\"s\":3.25,\"d\":6.5,\"dr\":0.9,\"decay\":0.1542,\"lrt\":\(lrt)}")
    }

    @Test func learningOverADayIsDueOnADay() {
        let schedule = Self.schedule(Self.state(.learning, step: 0, lastReview: -60, due: 2 * 86_400))
        #expect(schedule.type == 1 && schedule.queue == 3 && schedule.due == 12)
    }

    @Test func relearningKeepsAnIntervalToReturnTo() {
        let schedule = Self.schedule(Self.state(.relearning, step: 0, lastReview: -60, due: 540))
        #expect(schedule.type == 3 && schedule.queue == 1)
        #expect(schedule.left == 1 && schedule.interval == 3 && schedule.factor == 2500)
    }

    @Test func reviewIsDueOnADayCountedFromTheCollectionStart() {
        let schedule = Self.schedule(Self.state(.review, lastReview: -86_400, due: 4 * 86_400))
        #expect(schedule.type == 2 && schedule.queue == 2)
        #expect(schedule.due == 14)
        #expect(schedule.interval == 5 && schedule.factor == 2500 && schedule.left == 0)
    }

    @Test func suspendedAndBuriedCardsKeepTheirType() {
        let suspended = Self.schedule(Self.state(.review, lastReview: -86_400, due: 4 * 86_400, suspended: true))
        #expect(suspended.type == 2 && suspended.queue == -1 && suspended.due == 14)
        var buried = Self.state(.review, lastReview: -86_400, due: 4 * 86_400)
        buried.buriedUntil = Self.now.addingTimeInterval(3600)
        #expect(Self.schedule(buried).queue == -2)
    }
}
