import PrepCore
import Testing

struct ConcurrentMapTests {
    /// Large arrays are split across cores; whichever slice finishes first, each result lands at its own index.
    @Test(arguments: [0, 1, 999, 1_000, 4_099])
    func keepsTheOrderOfItsElements(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.concurrentMap { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
    }
}
