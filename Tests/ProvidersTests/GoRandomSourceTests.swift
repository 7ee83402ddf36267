import Testing
@testable import RandomProvider

@Suite("Go's math/rand, as hashicorp/random draws seeded results")
struct GoRandomSourceTests {
    @Test("seed 1 gives Go's well-known first numbers")
    func seedOne() {
        var source = GoRandomSource(seed: 1)
        #expect([source.int63(), source.int63(), source.int63()] == [5_577_006_791_947_779_410, 8_674_665_223_082_153_551, 6_129_484_611_666_145_821])
    }

    @Test("a negative seed is reduced as Go reduces it")
    func negativeSeed() {
        var source = GoRandomSource(seed: -42)
        #expect([source.nextWord(), source.nextWord()] == [5_782_451_830_478_893_995, 8_611_643_025_839_646_947])
    }

    @Test("CRC-64 ISO matches Go's hash/crc64")
    func crc() {
        #expect(CRC64.iso(Array("abc".utf8)) == 3_996_597_361_055_891_456)
        #expect(CRC64.iso(Array("hello world".utf8)) == 13_388_989_860_809_387_070)
    }

    @Test("a seed string draws the numbers random_integer draws")
    func seededIntegers() {
        var source = integerSource(seed: "abc")
        #expect(source.integer(below: 100) + 1 == 45)
        source = integerSource(seed: "12345")
        #expect(source.integer(below: 6) + 5 == 10)
        source = integerSource(seed: "big")
        #expect(source.integer(below: 5_000_000_000) == 4_125_496_633)
    }

    @Test("permutations follow Go's Rand.Perm")
    func permutations() {
        var source = integerSource(seed: "shuffle")
        #expect(source.permutation(of: 5) == [4, 3, 1, 0, 2])
        #expect(source.permutation(of: 5) == [1, 2, 3, 4, 0])
    }
}
