/// A map from scalars to runs of small integers, as one open-addressed table over flat arrays: a lookup
/// is a multiply, a few loads and a compare — no hashing, no retain, no allocation.
struct ScalarMultimap: Sendable {
    /// The scalar value held by each slot; 0 marks an empty slot (U+0000 is never a key).
    private var keys: [UInt32]
    /// Where each slot's run starts and ends in `values`.
    private var starts: [Int32]
    private var ends: [Int32]
    /// The integers of every key, each key's run contiguous and in insertion order.
    private(set) var values: [Int32] = []
    private let shift: UInt32
    private let mask: Int

    /// A map holding each (scalar, value) pair; pairs of one scalar keep their order. U+0000 is ignored.
    init(_ pairs: [(scalar: Unicode.Scalar, value: Int)]) {
        var runs: [UInt32: [Int32]] = [:]
        var order: [UInt32] = []
        for (scalar, value) in pairs where scalar.value != 0 {
            if runs[scalar.value] == nil { order.append(scalar.value) }
            runs[scalar.value, default: []].append(Int32(value))
        }
        var bits: UInt32 = 4
        while 1 << bits < order.count * 2 { bits += 1 }
        shift = 32 - bits
        mask = (1 << Int(bits)) - 1
        keys = [UInt32](repeating: 0, count: 1 << Int(bits))
        starts = [Int32](repeating: 0, count: 1 << Int(bits))
        ends = starts
        for key in order {
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            starts[slot] = Int32(values.count)
            values += runs[key] ?? []
            ends[slot] = Int32(values.count)
        }
    }

    @inline(__always)
    private static func slot(of value: UInt32, shift: UInt32) -> Int {
        Int((value &* 0x9E37_79B1) >> shift)
    }

    /// The positions in `values` of the integers `scalar` maps to (empty when it maps to none).
    @inline(__always)
    func run(of scalar: Unicode.Scalar) -> Range<Int> {
        let value = scalar.value
        var slot = Self.slot(of: value, shift: shift)
        while true {
            let key = keys[slot]
            if key == value, key != 0 { return Int(starts[slot])..<Int(ends[slot]) }
            if key == 0 { return 0..<0 }
            slot = (slot + 1) & mask
        }
    }
}
