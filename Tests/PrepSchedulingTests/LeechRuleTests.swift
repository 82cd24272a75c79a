import Testing

@testable import PrepScheduling

@Suite struct LeechRuleTests {
    @Test func eightLapsesMakeALeech() {
        #expect(!LeechRule.isLeech(lapses: 7))
        #expect(LeechRule.isLeech(lapses: 8))
        #expect(LeechRule.isLeech(lapses: 9))
    }

    @Test func onlyForgettingAReviewCardIsALapse() {
        #expect(LeechRule.isLapse(from: .review, rating: .again))
        #expect(!LeechRule.isLapse(from: .relearning, rating: .again))
        #expect(!LeechRule.isLapse(from: .learning, rating: .again))
        #expect(!LeechRule.isLapse(from: .review, rating: .hard))
    }
}
