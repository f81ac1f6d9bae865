@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// Positions in both texts, recorded once at analysis time: the compact map agrees with the cleaner's own map at
/// every offset, and every figure, finding and heading carries an offset that leads back to its original place.
@Suite("positions in the original and the cleaned text")
struct PositionMapTests {
    static func texts() throws -> [(String, [UInt8])] {
        let samples = try PackageRoot.sampleFiles.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
            .map { ($0, [UInt8](try Data(contentsOf: PackageRoot.samples.appendingPathComponent($0)))) }
        return try samples + DevCorpus.gold().map { ($0.file, try DevCorpus.bytes($0.file)) }
    }

    @Test("the map gives the cleaner's original line and column for every cleaned offset")
    func everyOffset() throws {
        for (name, bytes) in try Self.texts() {
            let cleaned = try Shared.analyzer.clean(bytes)
            let map = PositionMap(cleaned)
            var wrong = 0
            for offset in 0..<cleaned.text.count where map.location(ofCleaned: offset) != cleaned.location(ofCleaned: offset) {
                wrong += 1
            }
            #expect(wrong == 0, "\(name): \(wrong) of \(cleaned.text.count) offsets")
        }
    }

    @Test("figures, findings and headings carry offsets that lead back to their original line and column")
    func offsetsAgree() throws {
        for (name, bytes) in try Self.texts() {
            let report = try Shared.analyzer.analyze(bytes, source: name)
            let map = try #require(report.positions)
            for quantity in report.quantities {
                let offset = try #require(quantity.offset)
                #expect(map.location(ofCleaned: offset) == SourceLocation(line: quantity.line, column: quantity.column), "\(name) \(quantity.text)")
            }
            var headings = report.outline
            while let heading = headings.popLast() {
                headings += heading.children
                let offset = try #require(heading.offset)
                #expect(map.location(ofCleaned: offset)?.line == heading.line, "\(name) \(heading.title)")
            }
            // A finding in text the cleaner removed (a pasted repeat, chrome at the end) points at the next kept text, or none.
            for finding in report.findings {
                guard let offset = finding.offset else { continue }
                #expect(map.location(ofCleaned: offset)?.line ?? 0 >= finding.line, "\(name) \(finding.rule)")
            }
        }
    }

    @Test("the map survives JSON as one flat array")
    func codable() throws {
        let report = try Shared.analyze(Fixtures.countyReport)
        let map = try #require(report.positions)
        let data = try JSONEncoder().encode(map)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("[0,1,1"))
        #expect(try JSONDecoder().decode(PositionMap.self, from: data) == map)
        #expect(PositionMap().location(ofCleaned: 0) == nil)
        // The one-pass reader gives the same map, and refuses what is not a flat array of non-negative integers.
        #expect(PositionMap(json: data) == map)
        #expect(PositionMap(json: Array("[]".utf8)) == PositionMap())
        for bad in ["", "[", "]", "[1,]", "[,1]", "[1,,2]", "[-1]", "[1.5]", "[1]x", "[[1]]", "{}", "[99999999999999999999999]", "[1 2]"] {
            #expect(PositionMap(json: Array(bad.utf8)) == nil, "\(bad)")
        }
    }
}
