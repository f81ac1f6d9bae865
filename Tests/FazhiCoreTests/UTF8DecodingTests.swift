@testable import FazhiCore
import FazhiTesting
import Testing

@Suite("bytes checked and decoded as UTF-8 in one pass, as String(validating:) judges them")
struct UTF8DecodingTests {
    /// The one-pass decoding and Swift's own, which must agree on whether the bytes are valid and on their scalars.
    private static func agree(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer(Unicode.Scalar.array(validating:))
        let swift = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
        return ours == swift
    }

    @Test("every lead byte with every second byte, alone, cut short and completed")
    func everyLeadAndSecondByte() {
        for lead in UInt8(0)...0xFF {
            #expect(Self.agree([lead]), "\(lead)")
            for second in UInt8(0)...0xFF {
                for tail in [[], [0x80], [0xBF, 0x80], [0x41], [0x80, 0x41, 0xBF]] as [[UInt8]] {
                    let bytes = [0x61, lead, second] + tail
                    #expect(Self.agree(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test("the edges: overlong forms, surrogates, the last scalar and past it")
    func edges() {
        let valid: [[UInt8]] = [[0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
                                [0xF4, 0x8F, 0xBF, 0xBF], [0xE6, 0xB3, 0x95]]
        let invalid: [[UInt8]] = [[0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE6, 0xB3], [0x80], [0xFF]]
        for bytes in valid {
            #expect(bytes.withUnsafeBufferPointer(Unicode.Scalar.array(validating:)) != nil, "\(bytes)")
            #expect(Self.agree(bytes), "\(bytes)")
        }
        for bytes in invalid {
            #expect(bytes.withUnsafeBufferPointer(Unicode.Scalar.array(validating:)) == nil, "\(bytes)")
            #expect(Self.agree(bytes), "\(bytes)")
        }
        #expect([UInt8]().withUnsafeBufferPointer(Unicode.Scalar.array(validating:)) == [])
    }

    @Test("random runs of Chinese, ASCII and stray bytes", arguments: [1, 2, 3])
    func random(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let pieces: [[UInt8]] = [Array("法治政府".utf8), Array("2023年".utf8), Array("𠀀".utf8), Array("é".utf8),
                                 [0x80], [0xE6], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC3]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                // Mostly valid pieces, so that valid texts come up as often as invalid ones.
                let piece = Int.random(in: 0..<(Bool.random(using: &generator) ? 4 : pieces.count), using: &generator)
                bytes += pieces[piece]
            }
            #expect(Self.agree(bytes), "\(bytes)")
        }
    }
}

@Suite("strings keyed by their UTF-8 bytes")
struct UTF8KeyTests {
    @Test("equal strings are equal keys with one hash; different bytes, or another normalization, are other keys")
    func equality() {
        let words = ["法治", "法治政府", "政府法治", "", "a", "é", "e\u{301}", "法治 "]
        for left in words {
            for right in words {
                #expect((UTF8Key(left) == UTF8Key(right)) == (Array(left.utf8) == Array(right.utf8)), "\(left) \(right)")
            }
            #expect(UTF8Key(left).hashValue == UTF8Key(String(left.unicodeScalars)).hashValue)
        }
        var index: [UTF8Key: Int] = [:]
        for (position, word) in words.enumerated() { index[UTF8Key(word)] = position }
        #expect(index.count == words.count)
        #expect(index[UTF8Key("法治政府")] == 1)
        #expect(index[UTF8Key("e\u{301}")] == 6)
        #expect(index[UTF8Key("法")] == nil)
    }
}
