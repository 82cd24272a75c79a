import Foundation
import PrepCore
import PrepScheduling
import PrepStudy
import Testing

@testable import PrepCLI

@Suite struct QuizScreenTextTests {
    let chinese = QuizScreenText(language: .zhHant)
    let english = QuizScreenText(language: .en)

    @Test func chineseSpellsOutIntervalUnits() {
        #expect(chinese.inInterval(600) == "10 分鐘後")
        #expect(chinese.inInterval(9 * 86400) == "9 天後")
        #expect(chinese.inInterval(63 * 86400) == "2.1 個月後")
        #expect(chinese.rated(.good, nextIn: 3 * 3600) == "評分：良好 · 3 小時後再複習")
        #expect(english.rated(.easy, nextIn: 6 * 86400) == "Rated Easy · next review in 6d")
    }

    @Test func laterTodayIsListedOnlyWhenSomethingComesBack() {
        let quiet = QuizSummary(answered: 5, correct: 5, questionCount: 5, duration: 75, streak: 2, dueLaterToday: 0, dueTomorrow: 3)
        #expect(english.summaryLines(quiet, interview: nil).map(\.0) == ["Score", "Time", "Streak", "Due tomorrow"])
        var busy = quiet
        busy.dueLaterToday = 2
        let rows = chinese.summaryLines(busy, interview: nil)
        #expect(rows.map(\.0) == ["得分", "用時", "連續", "今天稍後", "明天到期"])
        #expect(rows[3].1 == "2 張卡片要再複習")
    }

    @Test func aSessionLeftBeforeAnyAnswerHasNoScoreRow() {
        let empty = QuizSummary(answered: 0, correct: 0, questionCount: 5, duration: 4, streak: 0, dueLaterToday: 0, dueTomorrow: 3)
        #expect(chinese.summaryLines(empty, interview: nil).map(\.0) == ["用時", "連續", "明天到期"])
        #expect(!chinese.summaryLines(empty, interview: nil).contains { $0.1.contains("0/0") })
    }
}
