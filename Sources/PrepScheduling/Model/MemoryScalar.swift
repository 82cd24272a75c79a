import Foundation

/// A number the FSRS memory formulas can run on: `Double` to schedule, `WeightDual` to fit the weights.
///
/// The formulas are written once against this protocol, so the optimizer differentiates exactly the model the
/// scheduler uses.
package protocol MemoryScalar: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, Comparable, Sendable {
    init(_ constant: Double)
    /// The plain number, without anything the type carries alongside it.
    var value: Double { get }
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    static prefix func - (operand: Self) -> Self
    /// e^x, evaluated as the reference library does for `Double`.
    static func exponential(_ exponent: Self) -> Self
    /// self^exponent, for a positive base.
    func raised(to exponent: Self) -> Self
    /// The natural logarithm.
    func logarithm() -> Self
}

/// The reference library writes every e^x as pow(e, x); matching it keeps interval rounding ties identical.
private let e = 2.718281828459045

extension Double: MemoryScalar {
    package var value: Double { self }

    package static func exponential(_ exponent: Double) -> Double { pow(e, exponent) }

    package func raised(to exponent: Double) -> Double { pow(self, exponent) }

    package func logarithm() -> Double { log(self) }
}
