@testable import FazhiCore
import FazhiTesting
import Testing

@Suite("origin runs: every lookup agrees with one integer a scalar")
struct OriginRunsTests {
    /// Origins as cleaning makes them: copied stretches, repeated origins, jumps back and forth, single scalars.
    private static func randomOrigins(_ generator: inout SplitMix64, count: Int) -> [Int32] {
        var origins: [Int32] = []
        var next: Int32 = 0
        while origins.count < count {
            let length = Int.random(in: 1...6, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: origins += (0..<length).map { next + Int32($0) }; next += Int32(length)
            case 1: origins += Array(repeating: next, count: length)
            case 2: next = Int32.random(in: 0...40, using: &generator)
            case 3: next += Int32(length)
            default: origins.append(next); next += 1
            }
        }
        return Array(origins.prefix(count))
    }

    private static func runs(_ origins: [Int32]) -> OriginRuns {
        var runs = OriginRuns()
        for origin in origins { runs.append(origin) }
        return runs
    }

    @Test("appended one by one: each origin, the last, the walk in order and the count")
    func oneByOne() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<300 {
            let origins = Self.randomOrigins(&generator, count: round % 40)
            let runs = Self.runs(origins)
            #expect(runs.count == origins.count)
            #expect(runs.isEmpty == origins.isEmpty)
            #expect(Array(runs) == origins)
            #expect(origins.indices.map { runs[$0] } == origins)
            #expect(runs.last == origins.last)
        }
    }

    @Test("copied by ranges: the same origins and the same runs as appending one by one")
    func ranges() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let first = Self.randomOrigins(&generator, count: 30), second = Self.randomOrigins(&generator, count: 30)
            let firstRuns = Self.runs(first), secondRuns = Self.runs(second)
            var combined = OriginRuns(), expected: [Int32] = []
            for _ in 0..<4 {
                let (source, sourceRuns) = Bool.random(using: &generator) ? (first, firstRuns) : (second, secondRuns)
                let lower = Int.random(in: 0...source.count, using: &generator)
                let upper = Int.random(in: lower...source.count, using: &generator)
                combined.append(sourceRuns, range: lower..<upper)
                expected += source[lower..<upper]
                if Bool.random(using: &generator) {
                    let origin = Int32.random(in: 0...40, using: &generator)
                    combined.append(origin)
                    expected.append(origin)
                }
            }
            #expect(Array(combined) == expected)
            // Equal origins give equal runs however they were built, so mapped texts compare by their origins.
            #expect(combined == Self.runs(expected))
        }
    }

    @Test("stretches copied as they stood take one run, not one integer a scalar")
    func compact() {
        let identity = OriginRuns(identity: 1_000_000)
        #expect(identity.runCount == 1)
        #expect(identity[999_999] == 999_999)
        var copied = OriginRuns()
        copied.append(identity, range: 10..<500_000)
        copied.append(7)
        copied.append(7)
        copied.append(7)
        copied.append(identity, range: 600_000..<700_000)
        #expect(copied.runCount == 3)
        #expect(copied.run(at: 1) == (499_990..<499_993, 7, true))
        #expect(copied.run(at: 2) == (499_993..<599_993, 600_000, false))
        #expect(copied.count == 500_000 - 10 + 3 + 100_000)
        #expect(copied[499_989] == 499_999)
        #expect(copied[499_991] == 7)
        #expect(copied[499_993] == 600_000)
        #expect(copied.last == 699_999)
        var grown = OriginRuns(identity: 3)
        for origin: Int32 in [3, 3, 9, 10] { grown.append(origin) }
        #expect(Array(grown) == [0, 1, 2, 3, 3, 9, 10])
        #expect(grown == Self.runs([0, 1, 2, 3, 3, 9, 10]))
    }

    @Test("non-decreasing origins: the first offset at or past each origin, as a search of every origin finds it")
    func firstOffset() {
        var generator = SplitMix64(seed: 13)
        for _ in 0..<300 {
            let origins = Self.randomOrigins(&generator, count: 25)
            let runs = Self.runs(origins)
            let nonDecreasing = zip(origins, origins.dropFirst()).allSatisfy { $0 <= $1 }
            #expect(runs.isNonDecreasing == nonDecreasing)
            guard nonDecreasing else { continue }
            for target in Int32(0)...50 {
                #expect(runs.firstOffset(notBelow: target) == origins.firstIndex { $0 >= target })
            }
        }
    }
}
