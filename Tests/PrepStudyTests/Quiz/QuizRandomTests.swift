import PrepCore
import PrepStudy
import Testing

struct SplitMix64Tests {
    @Test func sameSeedGivesSameSequence() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        var other = SplitMix64(seed: 43)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    /// SplitMix64's published first output for seed 0, so the generator is the standard one.
    @Test func matchesReferenceSplitMix64() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func indexStaysInRangeAndCoversIt() {
        var random = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<500 {
            let index = random.index(below: 5)
            #expect((0..<5).contains(index))
            seen.insert(index)
        }
        #expect(seen == Set(0..<5))
    }

    @Test func shuffleIsAPermutation() {
        var random = SplitMix64(seed: 9)
        var values = Array(0..<20)
        random.shuffle(&values)
        #expect(values.sorted() == Array(0..<20))
        #expect(values != Array(0..<20))
    }
}
