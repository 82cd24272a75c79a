import Testing

@testable import PrepTerminal

struct ProgressBarTests {
    @Test func lines() {
        #expect(ProgressBar(completed: 3, total: 20, width: 10).render() == "[█▌        ] 3/20")
        #expect(ProgressBar(completed: 20, total: 20, width: 10).render() == "[██████████] 20/20")
        #expect(ProgressBar(completed: 0, total: 0, width: 4).render() == "[    ] 0/0")
    }
}
