import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

@Suite struct QuizCardPickerTests {
    typealias F = QuizSessionFixtures
    let picker = QuizCardPicker(scheduler: F.scheduler, calendar: F.calendar)
    let now = F.local(2026, 11, 25, 9)

    @Test func dueCardsComeFirstLowestRetrievabilityFirstThenNewOnes() {
        let cards = [
            F.newCard("new-b", position: 2),
            F.reviewed("due-strong", stability: 30, lastReview: now - 10 * F.day, due: now - F.day),
            F.newCard("new-a", position: 1),
            F.reviewed("due-weak", stability: 2, lastReview: now - 10 * F.day, due: now - 8 * F.day),
            F.reviewed("not-due", stability: 30, lastReview: now - F.day, due: now + 20 * F.day),
        ]
        let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, seed: 1)
        #expect(keys.prefix(2) == ["due-weak", "due-strong"])
        #expect(Set(keys.dropFirst(2)) == ["new-a", "new-b"])
    }

    @Test func newCardsStopAtTheDailyLimitAndCountCapsTheSession() {
        let cards = (0..<6).map { F.newCard("new-\($0)", position: $0) }
        let limited = picker.pick(cards, now: now, limits: DailyLimits(newCards: 2, reviews: 200), reviewedToday: [], count: 10, seed: 1)
        #expect(limited.count == 2 && Set(limited).count == 2)
        let capped = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 3, seed: 1)
        #expect(capped.count == 3 && Set(capped).count == 3)
        #expect(picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 0, seed: 1).isEmpty)
    }

    /// Whether a question asks a card is decided as the session reaches it: a card no question asks takes
    /// neither a place nor one of the day's reviews, and a large deck is not decided card by card at launch.
    @Test func cardsNoQuestionAsksAreSkippedAndOnlyTheReachedOnesAreDecided() {
        let due = [
            F.reviewed("due-unasked", stability: 2, lastReview: now - 10 * F.day, due: now - 8 * F.day),
            F.reviewed("due-asked", stability: 30, lastReview: now - 10 * F.day, due: now - F.day),
        ]
        let cards = due + (0..<500).map { F.newCard("new-\($0)", position: $0) }
        var decided: [String] = []
        let keys = picker.pick(
            cards, now: now, limits: DailyLimits(newCards: 3, reviews: 1), reviewedToday: [], count: 4, seed: 1,
            isAsked: { key in
                decided.append(key)
                return key != "due-unasked" && key != "new-0"
            })
        #expect(keys.first == "due-asked")
        #expect(keys.count == 4 && !keys.contains("due-unasked") && !keys.contains("new-0"))
        #expect(decided.count < 20)
    }

    /// Two collections asking the same question (spacing and punctuation aside) give one question a session.
    @Test func theSameQuestionFromTwoCardsIsAskedOnce() {
        var copy = F.newCard("copy", position: 2)
        copy.card.front = "question  ORIGINAL"
        let cards = [F.newCard("original", position: 1), copy, F.newCard("other", position: 3)]
        for seed in UInt64(0)..<6 {
            let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, seed: seed)
            #expect(keys.count == 2 && keys.contains("other"))
        }
    }

    @Test func suspendedCardsAndSiblingsOfCardsSeenTodayWait() {
        let cards = [
            F.reviewed("suspended", stability: 2, lastReview: now - 10 * F.day, due: now - F.day, suspended: true),
            F.newCard("row1-a", position: 1, siblingGroup: "row1"),
            F.newCard("row1-b", position: 2, siblingGroup: "row1"),
            F.newCard("row2-a", position: 3, siblingGroup: "row2"),
            F.newCard("row2-b", position: 4, siblingGroup: "row2"),
        ]
        // One sibling per row per day, whichever the spread reaches first.
        for seed in UInt64(0)..<8 {
            let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, seed: seed)
            #expect(keys.map { $0.prefix(4) }.sorted() == ["row1", "row2"])
        }
        // None of a row already reviewed today: row2-b was graded an hour ago and waits for its next step.
        var seenToday = cards
        seenToday[4] = F.reviewed("row2-b", position: 4, stability: 1, lastReview: now - 3600, due: now + 600, siblingGroup: "row2")
        #expect(picker.pick(seenToday, now: now, limits: .default, reviewedToday: ["row2-b"], count: 10, seed: 1) == ["row1-a"])
    }

    @Test func anInterviewRanksByRetrievabilityOnTheDayAndTakesWeakCardsBeforeTheyAreDue() {
        let interview = F.local(2026, 12, 5, 0)
        let cards = [
            // Due later, but at 2 days of stability it will be mostly forgotten by the interview.
            F.reviewed("weak-not-due", stability: 2, lastReview: now - F.day, due: now + F.day),
            F.reviewed("due-middling", stability: 8, lastReview: now - 8 * F.day, due: now - F.day),
            // Strong enough to stay above 90% on the day: left alone.
            F.reviewed("strong", stability: 400, lastReview: now - F.day, due: now + 300 * F.day),
            F.newCard("new-a", position: 1),
        ]
        let limits = DailyLimits(newCards: 1, reviews: 200)
        let withInterview = picker.pick(cards, now: now, limits: limits, reviewedToday: [], count: 10, interview: interview, seed: 1)
        // 10 days at a stability of 2 is further gone than 18 days at a stability of 8.
        #expect(withInterview == ["new-a", "weak-not-due", "due-middling"])
        let without = picker.pick(cards, now: now, limits: limits, reviewedToday: [], count: 10, seed: 1)
        #expect(without == ["due-middling", "new-a"])
    }

    @Test func aPastInterviewPlansLikeAnOrdinaryDay() {
        let cards = [
            F.reviewed("weak-not-due", stability: 2, lastReview: now - F.day, due: now + F.day),
            F.newCard("new-a", position: 1),
        ]
        let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, interview: now - F.day, seed: 1)
        #expect(keys == ["new-a"])
    }

    /// Two tables of three rows and three claims, in article order: table A, then table B, then the claims.
    private func deck() -> [StudyCard] {
        func cell(_ table: String, _ row: Int, position: Int) -> StudyCard {
            var card = F.storedCard("\(table)/r\(row)/c2", position: position, siblingGroup: "\(table)/r\(row)", kind: .cell)
            card.cell = TableCellRef(
                tableKey: table, tableTitle: table, columns: ["Row", "WSGI", "ASGI"], rowLabel: "\(table) row \(row)", column: "WSGI",
                columnIndex: 2, value: "\(table)\(row)", mark: nil
            )
            return StudyCard(card: card, state: nil)
        }
        let tableA = (0..<3).map { cell("A", $0, position: $0) }
        let tableB = (0..<3).map { cell("B", $0, position: 3 + $0) }
        let claims = (0..<3).map { StudyCard(card: F.storedCard("claim-\($0)", position: 6 + $0, kind: .claim), state: nil) }
        return tableA + tableB + claims
    }

    /// Two tables that both compare WSGI and ASGI on "Speed" would ask the same comparison twice.
    @Test func theSameRowOfTwoTablesIsAskedOnce() {
        func cell(_ table: String, position: Int) -> StudyCard {
            var card = F.storedCard("\(table)/speed/c2", position: position, siblingGroup: "\(table)/speed", kind: .cell)
            card.cell = TableCellRef(
                tableKey: table, tableTitle: table, columns: ["Aspect", "WSGI", "ASGI"], rowLabel: "Speed", column: "WSGI",
                columnIndex: 2, value: "value in \(table)", mark: nil
            )
            return StudyCard(card: card, state: nil)
        }
        let cards = [cell("summary", position: 0), cell("details", position: 1), F.newCard("qa", position: 2), F.newCard("qb", position: 3)]
        for seed in UInt64(0)..<6 {
            let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, seed: seed)
            #expect(keys.count(where: { $0.hasSuffix("/speed/c2") }) == 1, "seed \(seed): \(keys)")
        }
    }

    @Test func newCardsAreSpreadAcrossTablesAndKindsNotTakenInArticleOrder() {
        let cards = deck()
        for seed in UInt64(0)..<20 {
            let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 4, seed: seed)
            // Four questions: one from each table and two claims (cells are at most half), whatever the seed.
            #expect(keys.map { $0.prefix(1) }.sorted() == ["A", "B", "c", "c"], "seed \(seed): \(keys)")
        }
    }

    /// `cells` cell cards in tables of five rows, then `others` Q&A, all new, in article order.
    private func mixedDeck(cells: Int, others: Int) -> [StudyCard] {
        let cellCards = (0..<cells).map { number in
            let table = "T\(number / 5)"
            var card = F.storedCard("\(table)/r\(number)/c2", position: number, siblingGroup: "\(table)/r\(number)", kind: .cell)
            card.cell = TableCellRef(
                tableKey: table, tableTitle: table, columns: ["Row", "Value"], rowLabel: "r\(number)", column: "Value",
                columnIndex: 2, value: "value \(number)", mark: nil
            )
            return StudyCard(card: card, state: nil)
        }
        return cellCards + (0..<others).map { F.newCard("qa-\($0)", position: cells + $0) }
    }

    @Test func cellsAreAtMostHalfASessionWhileOtherCardsAreLeft() {
        for seed in UInt64(0)..<10 {
            let keys = picker.pick(mixedDeck(cells: 40, others: 10), now: now, limits: .default, reviewedToday: [], count: 20, seed: seed)
            #expect(keys.count == 20)
            #expect(keys.count(where: { $0.hasPrefix("T") }) == 10)
        }
        // With nothing else left, cells fill the session.
        let onlyCells = picker.pick(mixedDeck(cells: 40, others: 2), now: now, limits: .default, reviewedToday: [], count: 20, seed: 1)
        #expect(onlyCells.count == 20 && onlyCells.count(where: { $0.hasPrefix("qa") }) == 2)
    }

    @Test func otherCardsComeInAtLeastInProportionToTheirShare() {
        // A fifth of the deck is Q&A spread over one strand, against eight tables: still about a fifth of a session.
        for seed in UInt64(0)..<10 {
            let keys = picker.pick(mixedDeck(cells: 40, others: 10), now: now, limits: DailyLimits(newCards: 10, reviews: 200), reviewedToday: [], count: 10, seed: seed)
            #expect(keys.count(where: { $0.hasPrefix("qa") }) >= 2, "seed \(seed): \(keys)")
        }
    }

    @Test func aFactIsAskedOnceAndAConstantColumnThroughOneCell() {
        func cell(_ table: String, row: String, column: String, columnIndex: Int, value: String, position: Int) -> StudyCard {
            var card = F.storedCard("\(table)/\(row)/c\(columnIndex)", position: position, siblingGroup: "\(table)/\(row)", kind: .cell)
            card.cell = TableCellRef(
                tableKey: table, tableTitle: table, columns: ["Version", "WSGI", "ASGI"], rowLabel: row, column: column,
                columnIndex: columnIndex, value: value, mark: nil
            )
            return StudyCard(card: card, state: nil)
        }
        let versions = ["3.0", "3.1", "4.0", "5.0"].enumerated().flatMap { number, row in
            [cell("V", row: row, column: "WSGI", columnIndex: 2, value: "yes", position: 2 * number),
             cell("V", row: row, column: "ASGI", columnIndex: 3, value: "ASGI \(row)", position: 2 * number + 1)]
        }
        let repeated = [cell("W", row: "3.0", column: "ASGI", columnIndex: 3, value: "ASGI 3.0", position: 20),
                        cell("W", row: "2.0", column: "ASGI", columnIndex: 3, value: "no", position: 21)]
        for seed in UInt64(0)..<10 {
            let keys = picker.pick(versions + repeated, now: now, limits: .default, reviewedToday: [], count: 20, seed: seed)
            #expect(keys.count(where: { $0.hasSuffix("c2") }) <= 1, "the WSGI column is one fact: \(keys)")
            #expect(keys.count(where: { $0 == "V/3.0/c3" || $0 == "W/3.0/c3" }) <= 1, "one fact in two tables: \(keys)")
        }
    }

    @Test func theSpreadIsFixedBySeedAndVariesBetweenSeeds() {
        let cards = deck()
        let pick = { (seed: UInt64) in self.picker.pick(cards, now: self.now, limits: .default, reviewedToday: [], count: 9, seed: seed) }
        #expect(pick(5) == pick(5))
        #expect(pick(5).count == 9)
        #expect(Set((0..<10).map(pick)).count > 1)
    }

    @Test func dueCardsStillComeBeforeTheSpreadNewOnes() {
        let due = F.reviewed("due", position: 99, stability: 2, lastReview: now - 10 * F.day, due: now - F.day)
        for seed in UInt64(0)..<5 {
            let keys = picker.pick(deck() + [due], now: now, limits: .default, reviewedToday: [], count: 4, seed: seed)
            #expect(keys.first == "due")
        }
    }
}
