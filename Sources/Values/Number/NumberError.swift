/// An operation on numbers that has no numeric result (Go's `big.ErrNaN`); the description is
/// Terraform's wording.
public enum NumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// +∞ + -∞.
    case sumOfOpposingInfinities
    /// ∞ - ∞ with equal signs.
    case differenceOfEqualInfinities
    /// 0 × ∞.
    case productOfZeroAndInfinity
    /// 0 ÷ 0 or ∞ ÷ ∞.
    case quotientOfZerosOrInfinities
    /// A modulo that needs 0 × ∞ or ∞ ÷ ∞.
    case moduloOfZeroAndInfinity
    /// ∞ modulo a finite nonzero number, which makes Terraform itself panic.
    case moduloOfInfinity

    public var description: String {
        switch self {
        case .sumOfOpposingInfinities: "can't compute sum of opposing infinities"
        case .differenceOfEqualInfinities: "can't subtract infinity from itself"
        case .productOfZeroAndInfinity: "can't multiply zero by infinity"
        case .quotientOfZerosOrInfinities: "can't divide zero by zero or infinity by infinity"
        case .moduloOfZeroAndInfinity: "can't use modulo with zero and infinity"
        case .moduloOfInfinity: "can't use modulo with an infinite dividend"
        }
    }
}
