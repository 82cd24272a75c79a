import Testing
@testable import PrepChecks

/// One short check end to end on the real servers: C05 takes about 0.4 s and its tolerances are one-sided
/// in the direction a loaded machine cannot fake.
@Suite struct CheckRealRunTests {
    @Test func sequentialAwaitVsGatherRunsEndToEnd() throws {
        let check = try #require(CheckRegistry.check(named: "C05"))
        let result = CheckRunner().run(check)
        #expect(result.error == nil)
        #expect(result.passed, "\(result.measurements)")
        #expect(try #require(result.measurements["sequential_ms"]) >= 280)
        #expect((1...3).contains(result.runs))
    }
}
