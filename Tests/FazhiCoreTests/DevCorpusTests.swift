import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// End-to-end: every field of gold.jsonl that analysis covers matches on the five real reports.
@Suite("dev corpus against gold.jsonl")
struct DevCorpusTests {
    static let analyzer = try! Analyzer.bundled()

    static func analyzed(_ entry: GoldEntry) throws -> Report {
        try analyzer.analyze(DevCorpus.bytes(entry.file), source: entry.file)
    }

    @Test("metadata matches gold", arguments: try DevCorpus.gold())
    func metadata(entry: GoldEntry) throws {
        let report = try Self.analyzed(entry)
        let meta = report.metadata
        #expect(meta.isAnnualReport == entry.isAnnualReport)
        #expect(meta.title?.widthNormalized == entry.title?.widthNormalized)
        #expect(meta.body == entry.body)
        #expect(meta.reportYear == entry.reportYear)
        #expect(meta.recipients == entry.recipients)
        #expect(meta.signedDate == entry.signedDate)
        #expect(meta.publishedDate == entry.publishedDate)
        #expect(meta.docNumber == entry.docNumber)
        #expect(report.script.rawValue == entry.script)
    }

    @Test("region matches gold", arguments: try DevCorpus.gold())
    func region(entry: GoldEntry) throws {
        let region = try Self.analyzed(entry).metadata.region
        let gold = try #require(entry.region)
        #expect(region?.name == gold.name)
        #expect(region?.level.rawValue == gold.level)
        #expect(region?.divisionType == gold.divisionType)
        #expect(region?.prefecture == gold.prefecture)
        #expect(region?.province == gold.province)
        // The gold gives townships no code; Fazhi's township gazetteer gives its 9-digit code, under the gold's county.
        if gold.level == "township", gold.code == nil {
            #expect(region?.code?.utf8.count == 9)
        } else {
            #expect(region?.code == gold.code)
        }
    }

    @Test("first-level headings and mandated parts match gold", arguments: try DevCorpus.gold())
    func outline(entry: GoldEntry) throws {
        let report = try Self.analyzed(entry)
        #expect(report.outline.map(\.title.widthNormalized) == entry.firstLevelHeadings.map(\.widthNormalized))
        #expect(report.parts.map(\.rawValue) == entry.parts)
    }

    @Test("the noise gold names is found and cleaned", arguments: try DevCorpus.gold())
    func noise(entry: GoldEntry) throws {
        let report = try Self.analyzed(entry)
        let kinds = Set(report.edits.map(\.kind))
        for noise in entry.noise {
            switch noise {
            case "web-chrome": #expect(kinds.contains(.webChrome))
            case "repeated-body": #expect(kinds.contains(.repeatedPassage))
            case "pinyin-annotations": #expect(kinds.contains(.pinyinAnnotation))
            case "mojibake": #expect(!report.garbled.isEmpty)
            default: Issue.record("unknown noise kind \(noise)")
            }
        }
        if !entry.noise.contains("repeated-body") { #expect(!kinds.contains(.repeatedPassage)) }
        if !entry.noise.contains("pinyin-annotations") { #expect(!kinds.contains(.pinyinAnnotation)) }
    }
}
