import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import HummingbirdTesting
import Testing

/// One place, one line number: for the same figure or finding, analysis, the stored report (show, export, the API),
/// search and the report page give the original file's line and column; the page places figures from the offsets
/// recorded at analysis time, so a cleaner that has changed since ingest moves nothing.
@Suite("positions agree across analyze, show, search and the report page")
struct PositionAgreementTests {
    /// The original line number shown on the report page for the line holding the element with `id`.
    static func shownLine(of id: String, in page: String) -> Int? {
        guard let element = page.range(of: "id=\"\(id)\"") else { return nil }
        let before = page[..<element.lowerBound]
        guard let number = before.range(of: "<span class=\"no\">", options: .backwards) else { return nil }
        return Int(before[number.upperBound...].prefix { $0.isNumber })
    }

    @Test("every figure and finding of the dev reports: the same line and column everywhere")
    func devReports() async throws {
        let store = try await ServerFixture.store
        for entry in try DevCorpus.gold() {
            let analysed = try ServerFixture.analyzer.analyze(DevCorpus.bytes(entry.file), source: entry.file)
            let id = try await ServerFixture.id(String(entry.file.prefix(3)))
            let stored = try #require(try await store.report(id: id))
            #expect(stored.report.quantities.map { [$0.line, $0.column] } == analysed.quantities.map { [$0.line, $0.column] })
            #expect(stored.report.findings.map { [$0.line, $0.column] } == analysed.findings.map { [$0.line, $0.column] })
            try await ServerFixture.app().test(.router) { client in
                try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                    let page = response.text
                    for quantity in stored.report.quantities where quantity.offset != nil {
                        let shown = Self.shownLine(of: "F\(quantity.line)-\(quantity.column)", in: page)
                        #expect(shown == quantity.line, "\(entry.file) \(quantity.text)")
                    }
                }
            }
        }
    }

    @Test("a search match is shown at the original line and column where the file has it")
    func searchMatches() async throws {
        let store = try await ServerFixture.store
        let hits = try await store.search(SearchQuery("法治"), filter: ReportFilter(), limit: 50, offset: 0)
        #expect(!hits.isEmpty)
        for hit in hits where hit.report.path.contains("dev") || hit.report.path.hasSuffix(".txt") {
            guard let bytes = try await store.original(id: hit.report.id) else { continue }
            let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            for snippet in hit.snippets {
                let line = Array(lines[snippet.line - 1].unicodeScalars)
                #expect(line[(snippet.column - 1)...].starts(with: "法治".unicodeScalars), "\(hit.report.path) \(snippet.line):\(snippet.column)")
            }
        }
    }

    @Test("the page places every figure from the stored offsets, whatever the cleaner now does with the original")
    func newerCleaner() async throws {
        let store = try ServerFixture.emptyStore()
        var item = try FileLoader(analyzer: ServerFixture.analyzer)
            .prepare(name: "county.txt", bytes: Array(Fixtures.countyReport.utf8)).get()
        // As if analysed by another cleaner: the original kept now no longer cleans to the stored text.
        item.original = Array(("导航 首页 政务公开\n" + Fixtures.countyReport + "\n版权所有").utf8)
        _ = try await store.ingest([item])
        let id = try #require(try await store.reportID(path: "county.txt"))
        let stored = try #require(try await store.report(id: id))
        #expect(!stored.report.quantities.isEmpty)
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                for quantity in stored.report.quantities {
                    #expect(Self.shownLine(of: "F\(quantity.line)-\(quantity.column)", in: response.text) == quantity.line, "\(quantity.text)")
                }
                #expect(!response.text.contains("旧版本入库"))
            }
        }
    }
}
