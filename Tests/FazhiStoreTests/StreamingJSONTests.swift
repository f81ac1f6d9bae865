import FazhiCore
@testable import FazhiStore
import FazhiTesting
import Foundation
import Testing

@Suite("JSON written straight into bytes")
struct StreamingJSONTests {
    /// Every analysed report the tests have: the dev corpus, the samples, the fixtures.
    static let reports: [Report] = {
        (try? Items.mixed().map(\.report)) ?? []
    }()

    @Test("a report's JSON is Foundation's, byte for byte, pretty and on one line, with and without its text",
          arguments: [false, true])
    func reportsAsFoundation(_ pretty: Bool) throws {
        #expect(Self.reports.count >= 9)
        for var report in Self.reports {
            for withText in [true, false] {
                if !withText { report.text = nil }
                let ours = try StreamingJSONEncoder(pretty: pretty).encode(report)
                let foundation = Array(try JSONFormat.encoder(pretty: pretty).encode(report))
                #expect(ours == foundation, "\(report.source)")
            }
            // Findings and figures on their own (as the API and `check` write them) take the same direct writers.
            #expect(try StreamingJSONEncoder(pretty: pretty).encode(report.findings)
                    == Array(try JSONFormat.encoder(pretty: pretty).encode(report.findings)), "\(report.source)")
            #expect(try StreamingJSONEncoder(pretty: pretty).encode(report.quantities)
                    == Array(try JSONFormat.encoder(pretty: pretty).encode(report.quantities)), "\(report.source)")
            #expect(try StreamingJSONEncoder(pretty: pretty).encode(report.edits)
                    == Array(try JSONFormat.encoder(pretty: pretty).encode(report.edits)), "\(report.source)")
        }
        #expect(Self.reports.contains { $0.findings.contains { $0.expected != nil } && $0.findings.contains { $0.expected == nil } })
        #expect(Self.reports.contains { !$0.edits.isEmpty })
    }

    @Test("written in pieces, a report's JSON is the same bytes; a small one goes out whole, and a Double through Foundation",
          arguments: [false, true])
    func piecesAsWhole(_ pretty: Bool) throws {
        for report in Self.reports {
            let whole = try StreamingJSONEncoder(pretty: pretty).encode(report)
            nonisolated(unsafe) var pieces: [[UInt8]] = []
            try StreamingJSONEncoder(pretty: pretty).encode(report, chunk: 256) { pieces.append($0) }
            #expect(Array(pieces.joined()) == whole, "\(report.source)")
            #expect(pieces.count > 1 || whole.count < 256, "\(report.source)")
            // A piece handed over inside an open object would have moved its members' offsets: the joined bytes
            // would differ.
        }
        nonisolated(unsafe) var single: [[UInt8]] = []
        try JSONFormat.write(Self.reports[0], pretty: pretty) { single.append($0) }
        #expect(single.count == 1)
        #expect(single.first == (try StreamingJSONEncoder(pretty: pretty).encode(Self.reports[0])))
        nonisolated(unsafe) var fallback: [[UInt8]] = []
        try JSONFormat.write(WithDouble(), pretty: pretty) { fallback.append($0) }
        #expect(fallback == [Array(try JSONFormat.encoder(pretty: pretty).encode(WithDouble()))])
    }

    /// An element with a Double only when it is the last: Foundation's number spelling is met after pieces went out.
    struct LateDouble: Encodable {
        var index: Int
        var last: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(String(repeating: "法", count: 400), forKey: .text)  // 2,000 of them pass a megabyte
            if last { try container.encode(0.5, forKey: .share) }
        }

        enum CodingKeys: CodingKey { case index, share, text }
    }

    @Test("a value only Foundation can write, met after pieces went out, is an error, not a second copy of the start")
    func unsupportedAfterPieces() throws {
        let items = (0..<2_000).map { LateDouble(index: $0, last: $0 == 1_999) }
        nonisolated(unsafe) var pieces: [[UInt8]] = []
        #expect(throws: StreamingJSONEncoder.Unsupported.self) {
            try StreamingJSONEncoder(pretty: false).encode(items, chunk: 256) { pieces.append($0) }
        }
        #expect(pieces.count > 1)
        #expect(pieces.first?.first == UInt8(ascii: "["))
        nonisolated(unsafe) var written: [[UInt8]] = []
        #expect(throws: StreamingJSONEncoder.Unsupported.self) {
            try JSONFormat.write(items, pretty: false) { written.append($0) }
        }
        #expect(!written.isEmpty)
    }

    struct Edge: Codable {
        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} escape \u{1B} \u{7F} 法治 🙂"
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var keys = ["b": 1, "B": 2, "a_": 3, "aa": 4, "Ab": 5, "": 6]
        var numbers: [Decimal] = [Decimal(string: "-12.500")!, 0, Decimal(string: "1e30")!, Decimal(string: "0.000001")!,
                                  Decimal(string: "5240.84")! * 10_000, Decimal(string: "12e18")!, Decimal(string: "2e19")!,
                                  Decimal(UInt64.max), -Decimal(UInt64.max), Decimal(string: "-0")!, Decimal(string: "-7e3")!,
                                  Decimal(65_536), Decimal(4_294_967_296), Decimal(string: "99.50")!, 1_000_000]
        var counts: [Int] = [0, -1, 9, 10, Int.min, Int.max]
        var sizes: [Int32] = [Int32.min, 0, Int32.max]
        var flags = [true, false]
        var missing: String? = nil
        var nested: [[String: [Int]]] = [["x": [1, 2]], [:]]
        var integers: [Int64] = [Int64.min, Int64.max]
    }

    struct ExplicitNull: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(String?.none, forKey: .zeta)
            try container.encode("first", forKey: .alpha)
            try container.encode("again", forKey: .alpha)
        }

        enum CodingKeys: CodingKey { case zeta, alpha }
    }

    struct WithDouble: Encodable {
        var share = 0.1
        var name = "fallback"
    }

    @Test("escapes, empty containers, key order, decimals, nulls, a key given twice, and a Double (Foundation's own)",
          arguments: [false, true])
    func edgesAsFoundation(_ pretty: Bool) throws {
        let foundation = JSONFormat.encoder(pretty: pretty)
        let streaming = StreamingJSONEncoder(pretty: pretty)
        #expect(try streaming.encode(Edge()) == Array(try foundation.encode(Edge())))
        #expect(try streaming.encode(ExplicitNull()) == Array(try foundation.encode(ExplicitNull())))
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try streaming.encode(WithDouble()) }
        #expect(try JSONFormat.encode(WithDouble(), pretty: pretty) == Array(try foundation.encode(WithDouble())))
        #expect(try JSONFormat.encode([Edge(), Edge()], pretty: pretty) == Array(try foundation.encode([Edge(), Edge()])))
    }

    @Test("integers of every width and sign, at both ends of Int, are Foundation's")
    func integersAsFoundation() throws {
        var numbers = [0, 1, 9, 10, 99, 100, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, -power, 1 - power]
        }
        var generator = SystemRandomNumberGenerator()
        numbers += (0..<200).map { _ in Int.random(in: Int.min...Int.max, using: &generator) }
        for pretty in [false, true] {
            let foundation = JSONFormat.encoder(pretty: pretty)
            #expect(try StreamingJSONEncoder(pretty: pretty).encode(numbers) == Array(try foundation.encode(numbers)))
        }
    }

    @Test("strings of every length and mix, the marks that need escapes at every place of an eight-byte word, are Foundation's")
    func escapesAtEveryPlace() throws {
        let foundation = JSONFormat.encoder(pretty: false)
        let streaming = StreamingJSONEncoder(pretty: false)
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "法", "\"", "\\", "\n", "\u{01}", "\u{1F}", " ", "!", "#", "[", "]", "\u{7F}", "é", "𠀀", "/"]
        for length in 0..<40 {
            for _ in 0..<20 {
                let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                #expect(try streaming.encode([text]) == Array(try foundation.encode([text])), "\(text.debugDescription)")
            }
        }
        for place in 0..<24 {
            for mark in ["\"", "\\", "\u{0}", "\u{1F}", "\t"] {
                let text = String(repeating: "x", count: place) + mark + String(repeating: "法", count: 3)
                #expect(try streaming.encode([text]) == Array(try foundation.encode([text])))
            }
        }
    }
}
