extension Number {
    /// The remainder as Terraform computes it: `lhs - rhs × trunc(lhs ÷ rhs)`, each step rounded
    /// to the dividend's precision, so it takes the dividend's sign; modulo zero is the dividend.
    public static func % (lhs: Number, rhs: Number) throws(NumberError) -> Number {
        if rhs.isZero { return lhs }
        if rhs.isInfinite { throw .moduloOfZeroAndInfinity }
        if case .integer(let x) = lhs.storage, case .integer(let y) = rhs.storage, lhs.precision >= 64 {
            return Number(storage: .integer(x % y), precision: lhs.precision)
        }
        let ratio = quotient(lhs, rhs, precision: max(lhs.precision, rhs.precision))
        if ratio.isInfinite { throw .moduloOfInfinity }
        let multiple = ratio.truncated(toPrecision: lhs.precision)
        return sum(lhs, -product(rhs, multiple, precision: lhs.precision), precision: lhs.precision)
    }
}
