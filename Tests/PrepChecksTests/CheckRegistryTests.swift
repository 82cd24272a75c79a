import PrepCore
import Testing
@testable import PrepChecks

@Suite struct CheckRegistryTests {
    @Test func twelveChecksInOrderWithUniqueSlugs() {
        #expect(CheckRegistry.all.map(\.id) == (1...12).map { $0 < 10 ? "C0\($0)" : "C\($0)" })
        #expect(Set(CheckRegistry.all.map(\.slug)).count == 12)
        #expect(CheckRegistry.all.allSatisfy { !$0.claimIDs.isEmpty && !$0.expectations(CheckParameters(cores: 2)).isEmpty })
    }

    @Test(arguments: ["C06", "c06", "c6", "gather-over-thread-sensitive-orm", "GATHER-over-thread-sensitive-orm", "c06-gather-over-thread-sensitive-orm"])
    func looksUpByIDOrSlugIgnoringCase(_ name: String) {
        #expect(CheckRegistry.check(named: name)?.id == "C06")
    }

    @Test(arguments: ["C13", "c0", "gather", ""])
    func unknownNamesFindNothing(_ name: String) {
        #expect(CheckRegistry.check(named: name) == nil)
    }

    @Test func verdictsMatchClaimsAudit() {
        let verdicts = Dictionary(uniqueKeysWithValues: CheckRegistry.all.map { ($0.id, $0.verdict) })
        #expect(verdicts["C01"] == .true)
        #expect(verdicts["C06"] == .false)
        #expect(verdicts["C09"] == .false)
        #expect(verdicts["C11"] == .depends)
    }
}
