/// Decodes GB18030 or Big5 (as Big5-HKSCS, its superset) through tables indexed by code, in one pass over the bytes.
///
/// The tables are built once, from what Foundation's decoder gives each code, so a file decodes as Foundation decodes
/// it, without a converter opened for every line. Bytes that form no code become U+FFFD, one byte at a time, and are
/// counted: one bad byte costs one character, not the line.
struct LegacyDecoder: Sendable {
    /// The character of each single byte from 0x80 (GB18030 gives 0x80 the euro sign, as GBK did); 0 where none.
    private let singles: [UInt32]
    /// The character of each two-byte code, at `(lead - 0x80) << 8 | trail`; 0 where none.
    private let pairs: [UInt32]
    /// GB18030's four-byte codes of the Basic Multilingual Plane, in code order from 0x81308130; empty for Big5.
    private let quadruples: [UInt16]

    /// GB18030, which GB2312 and GBK files are read as.
    static let gb18030 = LegacyDecoder(encoding: 0x8000_0632, trails: Array(0x40...0x7E) + Array(0x80...0xFE), fourByte: true)
    /// Big5-HKSCS: tone-marked pinyin and Hong Kong characters live there.
    static let big5 = LegacyDecoder(encoding: 0x8000_0A06, trails: Array(0x40...0x7E) + Array(0xA1...0xFE), fourByte: false)

    /// The decoder of `encoding`, which must be GB18030 or Big5.
    static func of(_ encoding: TextEncoding) -> LegacyDecoder {
        encoding == .big5 ? big5 : gb18030
    }

    private static let fourByteRow = 1260
    /// How many four-byte codes GB18030 gives to characters of the Basic Multilingual Plane.
    private static let fourByteBMPCount = 39_420
    /// The index of four-byte code 0x90308130, U+10000; the planes above follow in code order.
    private static let supplementaryStart = (0x90 - 0x81) * 10 * fourByteRow

    /// The tables of `encoding`, whose two-byte codes end in one of `trails`.
    private init(encoding: UInt, trails: [UInt8], fourByte: Bool) {
        var singles = [UInt32](repeating: 0, count: 128)
        for byte in UInt8(0x80)...0xFF {
            if let scalar = LegacyCodes.scalars(of: [[byte]], encoding: encoding)[0] { singles[Int(byte - 0x80)] = scalar.value }
        }
        var pairs = [UInt32](repeating: 0, count: 128 << 8)
        LegacyCodes.decode(leads: 0x81...0xFE, trails: trails, encoding: encoding) { lead, trail, scalar in
            pairs[Int(lead - 0x80) << 8 | Int(trail)] = scalar.value
        }
        var quadruples: [UInt16] = []
        if fourByte {
            quadruples.reserveCapacity(Self.fourByteBMPCount)
            var first: UInt8 = 0x81, second: UInt8 = 0x30
            while quadruples.count < Self.fourByteBMPCount {
                var row: [[UInt8]] = []
                for third in UInt8(0x81)...0xFE {
                    for fourth in UInt8(0x30)...0x39 { row.append([first, second, third, fourth]) }
                }
                let scalars = LegacyCodes.scalars(of: row[...], encoding: encoding).prefix(Self.fourByteBMPCount - quadruples.count)
                quadruples += scalars.map { scalar in scalar.flatMap { UInt16(exactly: $0.value) } ?? 0 }
                if second == 0x39 { (first, second) = (first + 1, 0x30) } else { second += 1 }
            }
        }
        self.singles = singles
        self.pairs = pairs
        self.quadruples = quadruples
    }

    /// Calls `body` with each two-byte code and the character it decodes to.
    func forEachTwoByteCode(_ body: (_ code: UInt16, _ scalar: UInt32) -> Void) {
        for (index, value) in pairs.enumerated() where value != 0 {
            body(UInt16(index + 0x8000), value)
        }
    }

    /// The scalars of `bytes` and how many bytes formed no code and became U+FFFD.
    func decode(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], replacements: Int) {
        var replacements = 0
        let scalars = bytes.withUnsafeBufferPointer { decode($0, replacements: &replacements) }
        return (scalars, replacements)
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, replacements: inout Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            let (scalar, width) = character(at: index, in: bytes)
            if width == 0 {
                scalars.append("\u{FFFD}")
                replacements += 1
                index += 1
            } else {
                // The tables hold only scalars, and the planes above the first end at U+10FFFF.
                scalars.append(Unicode.Scalar(scalar).unsafelyUnwrapped)
                index += width
            }
        }
        // Room was made for a scalar a byte; Chinese takes two bytes a scalar, so most texts are copied to their size
        // rather than kept in twice the memory through the whole analysis.
        return scalars.capacity - scalars.count > scalars.count / 4 ? Array(scalars[...]) : scalars
    }

    /// The character of the code at `index` (a byte from 0x80) and its width in bytes; width 0 when no code starts there.
    private func character(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: UInt32, width: Int) {
        let lead = bytes[index]
        if index + 1 < bytes.count {
            let pair = pairs[Int(lead - 0x80) << 8 | Int(bytes[index + 1])]
            if pair != 0 { return (pair, 2) }
            if !quadruples.isEmpty, index + 3 < bytes.count, let scalar = fourByteCharacter(bytes[index..<index + 4]) {
                return (scalar, 4)
            }
        }
        let single = singles[Int(lead - 0x80)]
        return (single, single == 0 ? 0 : 1)
    }

    /// The character of a GB18030 four-byte code, if it is one.
    private func fourByteCharacter(_ code: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        let first = code[code.startIndex], second = code[code.startIndex + 1]
        let third = code[code.startIndex + 2], fourth = code[code.startIndex + 3]
        guard (0x81...0xFE).contains(first), (0x30...0x39).contains(second),
              (0x81...0xFE).contains(third), (0x30...0x39).contains(fourth) else { return nil }
        let linear = ((Int(first) - 0x81) * 10 + Int(second) - 0x30) * Self.fourByteRow + (Int(third) - 0x81) * 10
            + Int(fourth) - 0x30
        if linear < quadruples.count {
            let value = quadruples[linear]
            return value == 0 ? nil : UInt32(value)
        }
        let plane = linear - Self.supplementaryStart
        guard plane >= 0, plane <= 0xF_FFFF else { return nil }
        return UInt32(0x1_0000 + plane)
    }
}
