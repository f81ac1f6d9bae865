/// Detects the encoding of a text file and decodes it, never failing on bad bytes.
///
/// Order: byte-order mark → declared charset → strict UTF-8 → GB18030 or Big5, whichever
/// yields more common CJK characters on a sample. Undecodable bytes become U+FFFD and are
/// counted, so a later stage can report them.
public enum EncodingDetector {
    /// The result of decoding.
    public struct Decoded: Sendable {
        /// The detected encoding.
        public var encoding: TextEncoding
        /// The decoded text's scalars.
        public var scalars: [Unicode.Scalar]
        /// How many bytes or sequences could not be decoded and became U+FFFD.
        public var replacements: Int

        /// The decoded text.
        public var text: String { scalars.string }
    }

    /// Decodes bytes, honouring a declared charset when the bytes agree with it.
    public static func decode(_ bytes: [UInt8], declared: TextEncoding? = nil) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes.dropFirst(3), as: .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: false) }
        if let endian = unmarkedUTF16(bytes) { return decodeUTF16(bytes[...], littleEndian: endian) }
        if let declared, declared == .gb18030 || declared == .big5 {
            let decoded = decodeLegacy(bytes, as: declared)
            if decoded.replacements == 0 { return decoded }
        }
        if let scalars = bytes.withUnsafeBufferPointer(Unicode.Scalar.array(validating:)) {
            return Decoded(encoding: .utf8, scalars: scalars, replacements: 0)
        }
        let end = sampleEnd(bytes)
        let sample = end == bytes.count ? bytes : Array(bytes.prefix(upTo: end))
        let gb = decodeLegacy(sample, as: .gb18030), big5 = decodeLegacy(sample, as: .big5)
        let gbScore = score(gb), big5Score = score(big5)
        // A CJK character takes at least three bytes in UTF-8, so UTF-8 scores at most a third of the sample's bytes:
        // when a legacy reading scores more, UTF-8 cannot win and is not tried.
        if max(gbScore, big5Score) * 3 <= sample.count {
            let utf8Score = score(decodeUTF8(sample[...], as: .utf8))
            if utf8Score >= gbScore, utf8Score >= big5Score {
                return decodeUTF8(bytes[...], as: .utf8)
            }
        }
        let winner = gbScore >= big5Score ? gb : big5
        // A sample that is the whole file is already decoded.
        return end == bytes.count ? winner : decodeLegacy(bytes, as: winner.encoding)
    }

    // MARK: Scoring

    /// The end of a sample of about 64 KB, cut at a line break so no character is split.
    private static func sampleEnd(_ bytes: [UInt8]) -> Int {
        let limit = 65_536
        guard bytes.count > limit else { return bytes.count }
        var index = limit
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    /// Common characters of a sample's decoding minus a heavy penalty for each undecodable sequence.
    private static func score(_ decoded: Decoded) -> Int {
        let common = CommonCharacters.shared
        var score = 0
        for scalar in decoded.scalars where scalar.value >= 0x3400 {
            if common.either.contains(scalar.value) { score += 1 }
        }
        return score - decoded.replacements * 20
    }

    // MARK: Decoders

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> Decoded {
        if let scalars = bytes.withUnsafeBufferPointer(Unicode.Scalar.array(validating:)) {
            return Decoded(encoding: encoding, scalars: scalars, replacements: 0)
        }
        let scalars = String(decoding: bytes, as: UTF8.self).scalarArray
        let replacements = scalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return Decoded(encoding: encoding, scalars: scalars, replacements: replacements)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var replacements = bytes.count % 2
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                replacements += 1
                scalars.append("\u{FFFD}")
            }
        }
        return Decoded(encoding: littleEndian ? .utf16LE : .utf16BE, scalars: scalars, replacements: replacements)
    }

    /// Decodes GB18030 or Big5; a byte that forms no code becomes one U+FFFD.
    private static func decodeLegacy(_ bytes: [UInt8], as encoding: TextEncoding) -> Decoded {
        let (scalars, replacements) = LegacyDecoder.of(encoding).decode(bytes)
        return Decoded(encoding: encoding, scalars: scalars, replacements: replacements)
    }

    /// Whether bytes look like UTF-16 without a byte-order mark, and if so which endianness.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros > half / 3, evenZeros < half / 20 { return true }
        if evenZeros > half / 3, oddZeros < half / 20 { return false }
        return nil
    }
}
