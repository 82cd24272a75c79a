import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepStudy

struct TopicReadinessTests {
    typealias F = StatsFixtures

    @Test func countsEachCardOnceAndAveragesRetrievability() throws {
        let cards = ["new", "learning", "young", "mature", "suspended"].map { F.card($0) } + [F.card("other", topic: "asyncio")]
        let states = [
            F.reviewed("learning", state: .learning, stability: 1),
            F.reviewed("young", stability: 20.9),
            F.reviewed("mature", stability: 21),
            F.reviewed("suspended", stability: 40, suspended: true),
        ]
        let scheduler = Scheduler(.default)
        let readiness = TopicReadiness.byTopic(
            cards: cards, states: Dictionary(uniqueKeysWithValues: states.map { ($0.key, $0) }), now: F.now, scheduler: scheduler
        )
        #expect(readiness.map(\.topic) == ["asyncio", "django"])
        let django = readiness[1]
        let counts: [Int] = [django.new, django.learning, django.young, django.mature, django.suspended, django.total]
        #expect(counts == [1, 1, 1, 1, 1, 5])
        #expect(django.reviewed == 4)
        let expected = states.map { scheduler.retrievability(of: $0.schedulingCard!, at: F.now) }.reduce(0, +) / 4
        #expect(abs(try #require(django.averageRetrievability) - expected) < 1e-12)
        #expect(readiness[0].averageRetrievability == nil)
        #expect(readiness[0].new == 1)
    }
}
