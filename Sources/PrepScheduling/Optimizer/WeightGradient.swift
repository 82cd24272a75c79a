/// Partial derivatives with respect to w0…w20, in 24 vector lanes (the last three stay zero): small enough to
/// stay in registers on a plain x86-64 target, where 32 lanes would spill on every operation.
package struct WeightGradient: Sendable, Equatable {
    private var low: SIMD16<Double>
    private var high: SIMD8<Double>

    @inline(__always) private init(low: SIMD16<Double>, high: SIMD8<Double>) {
        self.low = low
        self.high = high
    }

    package static var zero: WeightGradient { WeightGradient(low: .zero, high: .zero) }

    package subscript(index: Int) -> Double {
        get { index < 16 ? low[index] : high[index - 16] }
        set {
            if index < 16 { low[index] = newValue } else { high[index - 16] = newValue }
        }
    }

    @inline(__always) package static func + (lhs: WeightGradient, rhs: WeightGradient) -> WeightGradient {
        WeightGradient(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    @inline(__always) package static func - (lhs: WeightGradient, rhs: WeightGradient) -> WeightGradient {
        WeightGradient(low: lhs.low - rhs.low, high: lhs.high - rhs.high)
    }

    @inline(__always) package static prefix func - (operand: WeightGradient) -> WeightGradient {
        WeightGradient(low: -operand.low, high: -operand.high)
    }

    @inline(__always) package static func * (lhs: WeightGradient, rhs: Double) -> WeightGradient {
        WeightGradient(low: lhs.low * rhs, high: lhs.high * rhs)
    }

    @inline(__always) package static func / (lhs: WeightGradient, rhs: Double) -> WeightGradient {
        WeightGradient(low: lhs.low / rhs, high: lhs.high / rhs)
    }
}
