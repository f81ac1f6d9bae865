@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

@Suite("encodings are detected, never asked for")
struct EncodingTests {
    static let text = Fixtures.traditionalReport

    static func encodings() -> [(String, [UInt8], TextEncoding)] {
        var utf16LE: [UInt8] = [0xFF, 0xFE]
        var utf16BE: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            utf16LE += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            utf16BE += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        return [
            ("UTF-8", Array(text.utf8), .utf8),
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8BOM),
            ("UTF-16LE", utf16LE, .utf16LE),
            ("UTF-16BE", utf16BE, .utf16BE),
            ("GB18030", Shared.encode(text, 0x8000_0632), .gb18030),
            ("Big5", Shared.encode(text, 0x8000_0A03), .big5),
        ]
    }

    @Test("the same report in six encodings gives the same result")
    func sameResult() throws {
        let reference = try Shared.analyzer.analyze(Array(Self.text.utf8), source: "x", includeText: true)
        for (name, bytes, encoding) in Self.encodings() {
            let report = try Shared.analyzer.analyze(bytes, source: "x", includeText: true)
            #expect(report.encoding == encoding, "\(name)")
            #expect(report.text == reference.text, "\(name)")
            #expect(report.metadata == reference.metadata, "\(name)")
            #expect(report.outline == reference.outline, "\(name)")
            #expect(report.parts == reference.parts, "\(name)")
        }
    }

    @Test("simplified text in GB18030 decodes as GB18030, not Big5")
    func simplifiedGB18030() {
        let decoded = EncodingDetector.decode(Shared.encode(Fixtures.countyReport, 0x8000_0632))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == Fixtures.countyReport)
        #expect(decoded.replacements == 0)
    }

    @Test("a rare name character outside GBK survives GB18030")
    func rareCharacter() {
        let text = "本报告由㙟头镇人民政府编写，全年办理行政复议案件12件，均依法按时办结。"
        let decoded = EncodingDetector.decode(Shared.encode(text, 0x8000_0632))
        #expect(decoded.text == text)
    }

    @Test("one bad byte costs one character, not the file")
    func badByte() {
        var bytes = Shared.encode(Fixtures.countyReport, 0x8000_0632)
        bytes.insert(0xFF, at: 200)
        let decoded = EncodingDetector.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.replacements >= 1)
        #expect(decoded.text.contains("法治政府建设的主要举措和成效"))
    }

    @Test("an HTML charset label maps GB2312 and GBK to GB18030")
    func labels() {
        #expect(TextEncoding(label: "GB2312") == .gb18030)
        #expect(TextEncoding(label: "gbk") == .gb18030)
        #expect(TextEncoding(label: "\"utf-8\"") == .utf8)
        #expect(TextEncoding(label: "big5") == .big5)
        #expect(TextEncoding(label: "koi8-r") == nil)
    }

    @Test("hostile bytes decode without crashing", arguments: [0, 1, 2, 3, 4, 5, 6, 7])
    func randomBytes(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = generator.bytes(20_000)
        _ = EncodingDetector.decode(bytes)
        _ = try? Shared.analyzer.analyze(bytes, source: "random", format: .text)
    }
}
