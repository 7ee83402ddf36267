/// The 607 words every Go `math/rand` source is xor-ed with when seeded: the state of the lagged
/// Fibonacci generator y(t) = y(t−273) + y(t−607), started from seed 1, after 7.8·10^12 steps.
/// Rather than step that often, the state is reached by computing x^N modulo the recurrence's
/// characteristic polynomial x^607 − x^334 − 1, whose coefficients combine the starting words.
enum GoRandomCookedState {
    static let values: [UInt64] = compute()

    private static let length = 607
    private static let tap = 273
    private static let steps: UInt64 = 7_800_000_000_000

    private static func compute() -> [UInt64] {
        let start = GoRandomSource.seedWords(from: 1, shifts: (20, 10))
        // Step t writes position (334 − t) mod 607, so the words before step 1, in the order of
        // the sequence they start, are read from the vector backwards.
        let initialTerms = (0..<length).map { index in start[modulo(length - tap + length - 1 - index, length)] }
        var power = polynomialPower(steps)
        var result = [UInt64](repeating: 0, count: length)
        for offset in 0..<length {
            let step = steps - UInt64(length - 1) + UInt64(offset)
            let position = modulo(length - tap - Int(step % UInt64(length)), length)
            result[position] = zip(power, initialTerms).reduce(0) { $0 &+ $1.0 &* $1.1 }
            power = timesX(power)
        }
        return result
    }

    private static func modulo(_ value: Int, _ modulus: Int) -> Int {
        (value % modulus + modulus) % modulus
    }

    /// x^exponent modulo the characteristic polynomial, by squaring.
    private static func polynomialPower(_ exponent: UInt64) -> [UInt64] {
        var result = [UInt64](repeating: 0, count: length)
        result[0] = 1
        for bit in (0..<64).reversed() {
            result = square(result)
            if exponent >> UInt64(bit) & 1 == 1 {
                result = timesX(result)
            }
        }
        return result
    }

    private static func timesX(_ polynomial: [UInt64]) -> [UInt64] {
        let top = polynomial[length - 1]
        var result = [0] + polynomial.dropLast()
        result[length - tap] &+= top
        result[0] &+= top
        return result
    }

    private static func square(_ polynomial: [UInt64]) -> [UInt64] {
        var product = [UInt64](repeating: 0, count: 2 * length - 1)
        polynomial.withUnsafeBufferPointer { terms in
            product.withUnsafeMutableBufferPointer { output in
                for i in 0..<length where terms[i] != 0 {
                    let coefficient = terms[i]
                    for j in 0..<length {
                        output[i + j] &+= coefficient &* terms[j]
                    }
                }
            }
        }
        // x^607 = x^334 + 1, so a term of degree d ≥ 607 moves to degrees d − 273 and d − 607.
        for degree in stride(from: 2 * length - 2, through: length, by: -1) where product[degree] != 0 {
            let coefficient = product[degree]
            product[degree - tap] &+= coefficient
            product[degree - length] &+= coefficient
        }
        return Array(product[0..<length])
    }
}
