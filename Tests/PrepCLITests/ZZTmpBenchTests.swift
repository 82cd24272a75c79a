import Foundation
import PrepStudy
import Testing

@Test func zzPrintReviewBenchmarks() throws {
    var all = try ReviewBenchmarks.pickNextCard()
    all.merge(try ReviewBenchmarks.pickNextCardFromStore()) { a, _ in a }
    all.merge(try ReviewBenchmarks.launchToFirstCard(executable: FlashcardsReviewKillTests.executable)) { a, _ in a }
    for (key, value) in all.sorted(by: { $0.key < $1.key }) { print("BENCH \(key) \(value)") }
}
