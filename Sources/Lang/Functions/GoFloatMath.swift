/// Go's `math.Log`, `math.Exp` and `math.Pow` as Terraform's `log` and `pow` compute them on
/// amd64 (Log and Exp are assembly there, Exp using fused multiply-adds); the C library's
/// results can differ in the last bit, so the algorithms are reproduced step by step.
enum GoFloatMath {
    /// The natural logarithm (FreeBSD's `e_log.c` algorithm, taking the exponent bits as they
    /// are, as Go's assembly does).
    static func log(_ x: Double) -> Double {
        if x == 0 { return -.infinity }
        if x.sign == .minus { return .nan }
        if !x.isFinite { return x }
        let ln2High = 6.93147180369123816490e-01
        let ln2Low = 1.90821492927058770002e-10
        let l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01
        let l3 = 2.857142874366239149e-01, l4 = 2.222219843214978396e-01
        let l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01
        let l7 = 1.479819860511658591e-01

        let bits = x.bitPattern
        var fraction = Double(bitPattern: bits & 0x000F_FFFF_FFFF_FFFF | 0x3FE0_0000_0000_0000)
        var k = Double(Int(bits >> 52 & 0x7FF) - 0x3FE)
        if fraction <= 7.07106781186547524401e-01 {
            fraction *= 2
            k -= 1
        }
        let f = fraction - 1
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)))
        let t2 = s4 * (l2 + s4 * (l4 + s4 * l6))
        let r = t1 + t2
        let halfSquare = 0.5 * f * f
        return k * ln2High - ((halfSquare - (s * (halfSquare + r) + k * ln2Low)) - f)
    }

    /// e to the power `x` (Shibata's method: a Taylor series of x/16, squared four times).
    static func exp(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == -.infinity { return 0 }
        if x > 7.09782712893384e+02 { return .infinity }
        let scaled = (1.4426950408889634073599246810018920 * x).rounded(.toNearestOrEven)
        let k = Int32(exactly: scaled) ?? .min
        let kd = Double(k)
        var r = x.addingProduct(-kd, 0.69314718055966295651160180568695068359375)
        r = r.addingProduct(-kd, 0.28235290563031577122588448175013436025525412068e-12)
        r *= 0.0625
        var p = 2.4801587301587301587e-5
        for coefficient in [
            1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
            4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0,
        ] {
            p = coefficient.addingProduct(p, r)
        }
        r *= p
        for _ in 0..<3 { r *= r + 2 }
        r = 1.0.addingProduct(r, r + 2)
        let biased = Int(k) + 0x3FF
        if biased <= 0 { return 0 }
        if biased >= 0x7FF { return .infinity }
        return r * Double(bitPattern: UInt64(biased) << 52)
    }

    /// `x` to the power `y`: the integer part of `y` by repeated squaring, the fraction through
    /// `exp` and `log`, with Go's special cases.
    static func pow(_ x: Double, _ y: Double) -> Double {
        if let special = powSpecialCase(x, y) { return special }
        var whole = Swift.abs(y).rounded(.towardZero)
        var fraction = Swift.abs(y) - whole
        if fraction != 0 && x < 0 { return .nan }
        if whole >= 0x1p63 {
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y > 0) ? 0 : .infinity
        }
        var accumulated = 1.0
        var accumulatedExponent = 0
        if fraction != 0 {
            if fraction > 0.5 {
                fraction -= 1
                whole += 1
            }
            accumulated = exp(fraction * log(x))
        }
        var (base, baseExponent) = frexp(x)
        var remaining = Int64(whole)
        while remaining != 0 {
            if baseExponent < -(1 << 12) || baseExponent > 1 << 12 {
                accumulatedExponent += baseExponent
                break
            }
            if remaining & 1 == 1 {
                accumulated *= base
                accumulatedExponent += baseExponent
            }
            base *= base
            baseExponent <<= 1
            if base < 0.5 {
                base += base
                baseExponent -= 1
            }
            remaining >>= 1
        }
        if y < 0 {
            accumulated = 1 / accumulated
            accumulatedExponent = -accumulatedExponent
        }
        return ldexp(accumulated, accumulatedExponent)
    }

    private static func powSpecialCase(_ x: Double, _ y: Double) -> Double? {
        if y == 0 || x == 1 { return 1 }
        if y == 1 { return x }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 {
            let odd = x.sign == .minus && isOddInteger(y)
            if y < 0 { return odd ? -.infinity : .infinity }
            return odd ? x : 0
        }
        if y.isInfinite {
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y > 0) ? 0 : .infinity
        }
        if x.isInfinite {
            if x < 0 { return pow(1 / x, -y) }
            return y < 0 ? 0 : .infinity
        }
        if y == 0.5 { return x.squareRoot() }
        if y == -0.5 { return 1 / x.squareRoot() }
        return nil
    }

    private static func isOddInteger(_ value: Double) -> Bool {
        guard Swift.abs(value) < 0x1p53 else { return false }
        let whole = value.rounded(.towardZero)
        return whole == value && Int64(whole) & 1 == 1
    }

    /// The fraction in [½, 1) and the power of two that make up a finite, nonzero `x`.
    private static func frexp(_ x: Double) -> (Double, Int) {
        guard x.isFinite, x != 0 else { return (x, 0) }
        let fraction = x.significand / 2
        return (x.sign == .minus ? -fraction : fraction, Int(x.exponent) + 1)
    }

    /// `fraction × 2^exponent`, going to zero or infinity beyond the representable range.
    private static func ldexp(_ fraction: Double, _ exponent: Int) -> Double {
        guard fraction != 0, fraction.isFinite else { return fraction }
        let clamped = min(max(exponent, -2200), 2200)
        return Double(sign: .plus, exponent: clamped, significand: fraction)
    }
}
