import PrepCore
/// One runnable check of claims.md §2: the claim, its verdict, and a scenario on the embedded server whose
/// measurements the expectations judge. The data and the judging are pure; only `scenario` does I/O.
package struct Check: Sendable {
    package var id: String
    package var slug: String
    /// Claim numbers of claims.md §1.
    package var claimIDs: [Int]
    package var verdict: Verdict
    /// The article's words (`zh`) and their translation (`en`).
    package var claim: Bilingual
    /// Why the measurements come out as they do, two or three sentences.
    package var explanation: Bilingual
    /// The scale used against the article's: "250 ms here = the article's 1 s".
    package var scaleNote: @Sendable (CheckParameters) -> Bilingual
    package var expectations: @Sendable (CheckParameters) -> [Expectation]
    /// Lines printed under the table: figures that are context, not pass/fail.
    package var notes: @Sendable (Measurements, CheckParameters) -> [Bilingual]
    package var charts: @Sendable (Measurements) -> [ChartSeries]
    package var scenario: @Sendable (ScenarioContext) throws -> Measurements

    package init(
        id: String, slug: String, claimIDs: [Int], verdict: Verdict, claim: Bilingual, explanation: Bilingual,
        scaleNote: @escaping @Sendable (CheckParameters) -> Bilingual,
        expectations: @escaping @Sendable (CheckParameters) -> [Expectation],
        notes: @escaping @Sendable (Measurements, CheckParameters) -> [Bilingual] = { _, _ in [] },
        charts: @escaping @Sendable (Measurements) -> [ChartSeries] = { _ in [] },
        scenario: @escaping @Sendable (ScenarioContext) throws -> Measurements
    ) {
        self.id = id
        self.slug = slug
        self.claimIDs = claimIDs
        self.verdict = verdict
        self.claim = claim
        self.explanation = explanation
        self.scaleNote = scaleNote
        self.expectations = expectations
        self.notes = notes
        self.charts = charts
        self.scenario = scenario
    }

    /// `C06 gather-over-thread-sensitive-orm`.
    package var title: String { "\(id) \(slug)" }
}
