@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

@Suite("GB18030 and Big5 decode from tables as Foundation decodes them")
struct LegacyDecoderTests {
    static let encodings: [(TextEncoding, UInt)] = [(.gb18030, 0x8000_0632), (.big5, 0x8000_0A06)]

    /// What Foundation makes of the bytes, a line at a time: the whole line when it decodes; otherwise each code that
    /// decodes to one character (two bytes, then four, then one), and U+FFFD for a byte that starts none.
    static func foundationDecoding(_ bytes: [UInt8], encoding: UInt) -> (String, Int) {
        let nsEncoding = String.Encoding(rawValue: encoding)
        func one(_ code: ArraySlice<UInt8>) -> String? {
            guard let text = String(data: Data(code), encoding: nsEncoding), text.unicodeScalars.count == 1 else { return nil }
            return text
        }
        var lines: [String] = [], replacements = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if let decoded = String(data: Data(line), encoding: nsEncoding) {
                lines.append(decoded)
                continue
            }
            var text = ""
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] < 0x80 {
                    text.unicodeScalars.append(Unicode.Scalar(line[index]))
                    index += 1
                    continue
                }
                let width = [2, 4, 1].first { index + $0 <= line.endIndex && one(line[index..<index + $0]) != nil }
                if let width {
                    text += one(line[index..<index + width])!
                    index += width
                } else {
                    text += "\u{FFFD}"
                    replacements += 1
                    index += 1
                }
            }
            lines.append(text)
        }
        return (lines.joined(separator: "\n"), replacements)
    }

    /// Lines of random codes of every kind: ASCII, two-byte, GB18030's four-byte codes of both planes, stray bytes.
    static func randomCodes(_ generator: inout SplitMix64, lines: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<lines {
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator))
                case 1...5: bytes += [UInt8.random(in: 0x81...0xFE, using: &generator), UInt8.random(in: 0x40...0xFE, using: &generator)]
                case 6:
                    bytes += [UInt8.random(in: 0x81...0x84, using: &generator), UInt8.random(in: 0x30...0x39, using: &generator),
                              UInt8.random(in: 0x81...0xFE, using: &generator), UInt8.random(in: 0x30...0x39, using: &generator)]
                case 7:
                    bytes += [UInt8.random(in: 0x85...0xFE, using: &generator), UInt8.random(in: 0x30...0x39, using: &generator),
                              UInt8.random(in: 0x81...0xFE, using: &generator), UInt8.random(in: 0x30...0x39, using: &generator)]
                default: bytes.append(UInt8.random(in: 0...0xFF, using: &generator))
                }
            }
            bytes.append(0x0A)
        }
        return bytes
    }

    @Test("random codes and stray bytes decode as Foundation decodes them", arguments: [1, 2, 3, 4])
    func randomLines(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for (encoding, raw) in Self.encodings {
            let bytes = Self.randomCodes(&generator, lines: 300)
            let (text, replacements) = LegacyDecoder.of(encoding).decodedText(bytes)
            let (expected, expectedReplacements) = Self.foundationDecoding(bytes, encoding: raw)
            #expect(text == expected, "\(encoding)")
            #expect(replacements == expectedReplacements, "\(encoding)")
        }
    }

    @Test("every two-byte code, one row a line, decodes as Foundation decodes it")
    func everyTwoByteCode() {
        for (encoding, raw) in Self.encodings {
            var bytes: [UInt8] = []
            for lead in UInt8(0x81)...0xFE {
                for trail in UInt8(0x40)...0xFE { bytes += [lead, trail] }
                bytes.append(0x0A)
            }
            let (text, replacements) = LegacyDecoder.of(encoding).decodedText(bytes)
            let (expected, expectedReplacements) = Self.foundationDecoding(bytes, encoding: raw)
            #expect(text == expected, "\(encoding)")
            #expect(replacements == expectedReplacements && replacements > 0, "\(encoding)")
        }
    }

    @Test("GB18030's single byte, its four-byte codes at both ends of each plane, and the codes past them")
    func edges() {
        let decoder = LegacyDecoder.gb18030
        #expect(decoder.decodedText([0x80]) == ("€", 0))
        #expect(decoder.decodedText([0x81, 0x30, 0x81, 0x30]) == ("\u{80}", 0))
        #expect(decoder.decodedText([0x84, 0x31, 0xA4, 0x39]) == ("\u{FFFF}", 0))
        #expect(decoder.decodedText([0x90, 0x30, 0x81, 0x30]) == ("\u{10000}", 0))
        #expect(decoder.decodedText([0xE3, 0x32, 0x9A, 0x35]) == ("\u{10FFFF}", 0))
        #expect(decoder.decodedText([0xE3, 0x32, 0x9A, 0x36]) == ("\u{FFFD}2\u{FFFD}6", 2))
        #expect(decoder.decodedText([0x84, 0x31, 0xA5, 0x30]) == ("\u{FFFD}1\u{FFFD}0", 2))
        #expect(decoder.decodedText([0xFF, 0xC4]) == ("\u{FFFD}\u{FFFD}", 2))
        #expect(LegacyDecoder.big5.decodedText([0x80, 0xA4, 0x40]) == ("\u{FFFD}一", 1))
    }
}

extension LegacyDecoder {
    /// The decoding with its scalars as a string, to compare with Foundation's.
    fileprivate func decodedText(_ bytes: [UInt8]) -> (text: String, replacements: Int) {
        let (scalars, replacements) = decode(bytes)
        return (scalars.string, replacements)
    }
}
