import Foundation

/// A forward-mode dual number: a value together with its partial derivatives with respect to the 21 FSRS
/// weights, so one pass of the model yields the loss and its exact gradient.
package struct WeightDual: MemoryScalar {
    package typealias Gradient = WeightGradient

    package var value: Double
    package var gradient: Gradient

    @inline(__always) package init(value: Double, gradient: Gradient) {
        self.value = value
        self.gradient = gradient
    }

    /// A constant: every derivative is zero.
    @inline(__always) package init(_ constant: Double) {
        self.init(value: constant, gradient: .zero)
    }

    /// Weight `index` itself, whose derivative with respect to itself is one.
    package init(weight value: Double, index: Int) {
        var gradient = Gradient.zero
        gradient[index] = 1
        self.init(value: value, gradient: gradient)
    }

    package init(floatLiteral value: Double) { self.init(value) }

    package init(integerLiteral value: Int) { self.init(Double(value)) }

    /// The 21 weights as independent variables.
    package static func variables(_ weights: [Double]) -> [WeightDual] {
        weights.indices.map { WeightDual(weight: weights[$0], index: $0) }
    }

    @inline(__always) package static func + (lhs: WeightDual, rhs: WeightDual) -> WeightDual {
        WeightDual(value: lhs.value + rhs.value, gradient: lhs.gradient + rhs.gradient)
    }

    @inline(__always) package static func - (lhs: WeightDual, rhs: WeightDual) -> WeightDual {
        WeightDual(value: lhs.value - rhs.value, gradient: lhs.gradient - rhs.gradient)
    }

    @inline(__always) package static func * (lhs: WeightDual, rhs: WeightDual) -> WeightDual {
        WeightDual(value: lhs.value * rhs.value, gradient: lhs.gradient * rhs.value + rhs.gradient * lhs.value)
    }

    @inline(__always) package static func / (lhs: WeightDual, rhs: WeightDual) -> WeightDual {
        let quotient = lhs.value / rhs.value
        return WeightDual(value: quotient, gradient: (lhs.gradient - rhs.gradient * quotient) / rhs.value)
    }

    package static prefix func - (operand: WeightDual) -> WeightDual {
        WeightDual(value: -operand.value, gradient: -operand.gradient)
    }

    @inline(__always) package static func exponential(_ exponent: WeightDual) -> WeightDual {
        let result = exp(exponent.value)
        return WeightDual(value: result, gradient: exponent.gradient * result)
    }

    /// d(b^x) = b^x · (x′·ln b + x·b′/b).
    @inline(__always) package func raised(to exponent: WeightDual) -> WeightDual {
        let result = pow(value, exponent.value)
        return WeightDual(
            value: result,
            gradient: (exponent.gradient * log(value) + gradient * (exponent.value / value)) * result
        )
    }

    @inline(__always) package func logarithm() -> WeightDual {
        WeightDual(value: log(value), gradient: gradient / value)
    }

    /// Ordered by value alone, so `min` and `max` pass on the derivatives of the branch they pick.
    @inline(__always) package static func < (lhs: WeightDual, rhs: WeightDual) -> Bool { lhs.value < rhs.value }

    @inline(__always) package static func == (lhs: WeightDual, rhs: WeightDual) -> Bool { lhs.value == rhs.value }
}
