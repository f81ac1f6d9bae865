import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// Reports nobody here has read: 600 generated ones across provinces, levels, years and forms,
/// each compared with the generator's own record of what it wrote.
@Suite("generated reports against their ground truth")
struct SyntheticCorpusTests {
    static let generator = SyntheticReports(seed: UInt64(ProcessInfo.processInfo.environment["FAZHI_SYNTHETIC_SEED"] ?? "7") ?? 7)
    static let count = Int(ProcessInfo.processInfo.environment["FAZHI_SYNTHETIC_COUNT"] ?? "600") ?? 600

    @Test("metadata, first-level headings and parts match what was generated")
    func groundTruth() throws {
        let analyzer = try Analyzer.bundled()
        var mismatches: [String] = []
        for index in 0..<Self.count {
            let (name, text) = Self.generator.report(index)
            let expected = Self.generator.expected(index)
            let report = try analyzer.analyze(Array(text.utf8), source: name)
            let meta = report.metadata
            var fields: [String] = []
            if meta.title != expected.title { fields.append("title \(meta.title ?? "nil") ≠ \(expected.title)") }
            if meta.body != expected.body { fields.append("body \(meta.body ?? "nil") ≠ \(expected.body)") }
            if meta.region?.name != expected.regionName { fields.append("region \(meta.region?.name ?? "nil") ≠ \(expected.regionName)") }
            if expected.level != "department", meta.region?.level.rawValue != expected.level {
                fields.append("level \(meta.region?.level.rawValue ?? "nil") ≠ \(expected.level)")
            }
            if expected.level == "department", meta.bodyKind != .department { fields.append("bodyKind \(String(describing: meta.bodyKind))") }
            // A township is not in the gazetteer: when its report names no division above it, the
            // place above is unknown and must stay nil rather than be guessed.
            let unplacedTownship = expected.level == "township" && meta.region?.prefecture == nil && meta.region?.province == nil
            if !unplacedTownship, meta.region?.prefecture != expected.prefecture { fields.append("prefecture \(meta.region?.prefecture ?? "nil") ≠ \(expected.prefecture)") }
            if !unplacedTownship, meta.region?.province != expected.province { fields.append("province \(meta.region?.province ?? "nil") ≠ \(expected.province)") }
            if meta.reportYear != expected.reportYear { fields.append("year \(meta.reportYear.map(String.init) ?? "nil") ≠ \(expected.reportYear)") }
            if meta.recipients != expected.recipients { fields.append("recipients \(meta.recipients) ≠ \(expected.recipients)") }
            if meta.signedDate != expected.signedDate { fields.append("signed \(meta.signedDate ?? "nil") ≠ \(expected.signedDate)") }
            if meta.publishedDate != expected.publishedDate { fields.append("published \(meta.publishedDate ?? "nil") ≠ \(expected.publishedDate ?? "nil")") }
            if meta.docNumber != expected.docNumber { fields.append("docNumber \(meta.docNumber ?? "nil") ≠ \(expected.docNumber ?? "nil")") }
            let headings = report.outline.map(\.title)
            if headings != expected.firstLevelHeadings { fields.append("headings \(headings) ≠ \(expected.firstLevelHeadings)") }
            if report.parts.map(\.rawValue) != expected.parts { fields.append("parts \(report.parts.map(\.rawValue)) ≠ \(expected.parts)") }
            if !fields.isEmpty { mismatches.append("\(name): " + fields.joined(separator: "; ")) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.count) reports differ:\n\(mismatches.prefix(30).joined(separator: "\n"))")
    }
}

@Suite("the realistic mix: generated reports in the forms users feed them")
struct RealisticMixTests {
    @Test("each form reads as the same report: its body and year, and the text of its first heading")
    func sameReport() throws {
        let analyzer = try Analyzer.bundled()
        let plain = SyntheticReports(seed: 7)
        let mix = RealisticMix(seed: 7)
        var formats: [DocumentFormat] = []
        for index in 0..<12 {
            let file = try mix.file(index)
            let expected = try analyzer.analyze(Array(plain.report(index).text.utf8), source: "plain")
            let report = try analyzer.analyze(file.bytes, source: file.name)
            formats.append(report.format)
            #expect(report.metadata.body == expected.metadata.body, "\(file.name)")
            #expect(report.metadata.reportYear == expected.metadata.reportYear, "\(file.name)")
            #expect(report.statistics.characters > expected.statistics.characters / 2, "\(file.name)")
            if index % 4 == 1 { #expect(report.script == .traditional, "\(file.name)") }
        }
        #expect(Set(formats) == [.text, .html, .docx])
    }

    @Test("the legacy files read as GB18030 and Big5, as the same report")
    func legacyFiles() throws {
        let analyzer = try Analyzer.bundled()
        let plain = SyntheticReports(seed: 7)
        let mix = RealisticMix(seed: 7)
        for index in 0..<6 {
            let file = mix.legacyFile(index)
            let expected = try analyzer.analyze(Array(plain.report(index).text.utf8), source: "plain")
            let report = try analyzer.analyze(file.bytes, source: file.name)
            #expect(report.encoding == (index % 2 == 0 ? .gb18030 : .big5), "\(file.name)")
            #expect(report.metadata.body == expected.metadata.body, "\(file.name)")
            #expect(report.metadata.reportYear == expected.metadata.reportYear, "\(file.name)")
            if index % 2 == 0 { #expect(report.statistics.characters == expected.statistics.characters, "\(file.name)") }
        }
    }
}
