import PrepCore

/// Bounded picks and shuffles for quizzes, reproducible from a seed on any platform.
///
/// Done here rather than with the standard library's `shuffle(using:)`, whose algorithm is not promised
/// to stay the same across Swift versions.
extension SplitMix64 {
    /// A uniform index in `0..<count` (Lemire's multiply-shift with rejection, so no modulo bias).
    package mutating func index(below count: Int) -> Int {
        precondition(count > 0, "index(below:) needs a positive count")
        let bound = UInt64(count)
        let threshold = (0 &- bound) % bound
        while true {
            let product = next().multipliedFullWidth(by: bound)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// Fisher–Yates.
    package mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(i, index(below: i + 1))
        }
    }

    /// True with probability `numerator / denominator`.
    package mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        index(below: denominator) < numerator
    }
}
