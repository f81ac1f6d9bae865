import FazhiCore
import FazhiStore
import FazhiTesting
import Foundation
import Testing

/// What every `ReportStore` must do, checked against oracles computed from the analyses directly.
@Suite("Store contract")
struct StoreContractTests {
    private static let loadedItems = Result { try Items.mixed() }
    /// The mixed items (or why they could not be read: the shared corpus missing).
    static var items: [IngestItem] {
        get throws { try loadedItems.get() }
    }

    static func loaded(_ kind: StoreKind) async throws -> any ReportStore {
        let store = try await kind.make()
        _ = try await store.ingest(items)
        return store
    }

    @Test("ingesting the dev corpus stores every report, whole", arguments: StoreKind.allCases)
    func ingestDevCorpus(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let items = try Items.devCorpus()
        let outcomes = try await store.ingest(items)
        #expect(outcomes.allSatisfy { if case .added = $0 { true } else { false } })
        #expect(try await store.count(ReportFilter()) == items.count)
        let gold = try DevCorpus.gold()
        for (item, entry) in zip(items, gold) {
            let id = try #require(try await store.reportID(path: item.path))
            let stored = try #require(try await store.report(id: id))
            #expect(stored.summary.body == entry.body, "\(entry.file)")
            #expect(stored.summary.year == entry.reportYear, "\(entry.file)")
            #expect(stored.summary.region == entry.region?.name, "\(entry.file)")
            #expect(stored.text == item.report.text)
            #expect(stored.report.quantities == item.report.quantities)
            #expect(stored.report.findings == item.report.findings)
            #expect(stored.report.outline.count == item.report.outline.count)
            #expect(try await store.original(id: id) == item.original)
        }
    }

    @Test("a page of a report holds exactly the figures and findings placed on it", arguments: StoreKind.allCases)
    func reportPages(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let items = try Items.devCorpus()
        _ = try await store.ingest(items)
        for item in items {
            let id = try #require(try await store.reportID(path: item.path))
            let budget = 1_500
            let first = try #require(try await store.reportPage(id: id, page: 0, charactersPerPage: budget))
            let pages = first.pages
            #expect(pages.count > 1, "\(item.path)")
            var figures: [Quantity] = [], findings: [Finding] = []
            for page in 0..<pages.count {
                let (stored, _) = try #require(try await store.reportPage(id: id, page: page, charactersPerPage: budget))
                let range = pages.range(of: page)
                #expect(stored.report.quantities.allSatisfy { range.contains($0.offset ?? -1) })
                #expect(stored.report.findings.allSatisfy { $0.offset.map { range.contains($0) || page == pages.count - 1 } ?? true })
                figures += stored.report.quantities
                findings += stored.report.findings.filter { $0.offset != nil }
            }
            #expect(figures == item.report.quantities.filter { $0.offset != nil })
            #expect(Set(findings) == Set(item.report.findings.filter { $0.offset != nil }))
            #expect(try await store.reportPage(id: id, page: pages.count, charactersPerPage: budget)?.report.report.quantities == [])
        }
        #expect(try await store.reportPage(id: 999_999, page: 0, charactersPerPage: 100) == nil)
    }

    @Test("re-ingesting the same content changes nothing", arguments: StoreKind.allCases)
    func idempotent(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let before = try await store.list(ReportFilter(), limit: 100, offset: 0)
        let outcomes = try await store.ingest((try Self.items))
        #expect(outcomes.allSatisfy { if case .unchanged = $0 { true } else { false } })
        #expect(try await store.list(ReportFilter(), limit: 100, offset: 0) == before)
    }

    @Test("a changed file under the same path becomes the current version", arguments: StoreKind.allCases)
    func versions(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try Items.item("a.txt", text: Fixtures.countyReport + "\n旧版本独有的句子甲乙丙。\n")
        let second = try Items.item("a.txt", text: Fixtures.countyReport + "\n新版本独有的句子丁戊己。\n")
        guard case .added(let oldID) = try await store.ingest([first])[0] else { Issue.record("not added"); return }
        guard case .newVersion(let newID, let version) = try await store.ingest([second])[0] else { Issue.record("not a version"); return }
        #expect(version == 2)
        #expect(try await store.count(ReportFilter()) == 1)
        #expect(try await store.reportID(path: "a.txt") == newID)
        #expect(try await store.report(id: oldID)?.summary.version == 1)
        #expect(try await store.search(SearchQuery("甲乙丙"), filter: ReportFilter(), limit: 10, offset: 0).isEmpty)
        #expect(try await store.search(SearchQuery("丁戊己"), filter: ReportFilter(), limit: 10, offset: 0).map(\.report.id) == [newID])
    }

    @Test("the same content under another path is not stored twice", arguments: StoreKind.allCases)
    func duplicates(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let item = try Items.item("one.txt", text: Fixtures.countyReport)
        guard case .added(let id) = try await store.ingest([item])[0] else { Issue.record("not added"); return }
        var copy = item
        copy.path = "two.txt"
        #expect(try await store.ingest([copy]) == [.duplicate(of: id, path: "one.txt")])
        #expect(try await store.count(ReportFilter()) == 1)
    }

    /// Queries of 1–8 characters; each must find exactly the reports whose text contains it.
    static let queries = ["法", "复议", "调解", "行政复议", "政务服务", "法治政府建设", "行政执法三项制度", "第一责任人", "12345"]

    @Test("search finds exactly the reports containing the query", arguments: StoreKind.allCases, queries)
    func searchOracle(_ kind: StoreKind, _ query: String) async throws {
        let store = try await Self.loaded(kind)
        let hits = try await store.search(SearchQuery(query), filter: ReportFilter(), limit: 100, offset: 0)
        let expected = Set((try Self.items).filter { $0.report.text!.contains(query) }.map(\.path))
        #expect(Set(hits.map(\.report.path)) == expected)
        let needle = Array(query.unicodeScalars)
        for hit in hits {
            let report = (try Self.items).first { $0.path == hit.report.path }!.report
            let text = Array(report.text!.unicodeScalars)
            // Every place the query occurs in the cleaned text, located in the original: each snippet names one.
            let places = Set(text.indices.filter { text[$0...].starts(with: needle) }.compactMap { report.positions?.location(ofCleaned: $0) })
            #expect(!hit.snippets.isEmpty)
            for snippet in hit.snippets {
                #expect(places.contains(SourceLocation(line: snippet.line, column: snippet.column)), "\(hit.report.path) \(snippet.line):\(snippet.column)")
                let offset = try #require(snippet.offset)
                #expect(text[offset...].starts(with: needle) && report.positions?.location(ofCleaned: offset)?.line == snippet.line)
            }
        }
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test("a query matching more reports than it ranks ranks the newest of them, and its count stays exact",
          arguments: StoreKind.allCases)
    func boundedRanking(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let matching = (try Self.items).filter { $0.report.text!.contains("法") }
        var ids: [Int64] = []
        for item in matching { ids.append(try #require(try await store.reportID(path: item.path))) }
        #expect(ids.count > 4)
        var query = SearchQuery("法")
        query.rankedCandidates = 3
        let newest = Set(ids.sorted().suffix(3))
        let first = try await store.search(query, filter: ReportFilter(), limit: 2, offset: 0)
        let second = try await store.search(query, filter: ReportFilter(), limit: 1, offset: 2)
        #expect(first.count == 2 && second.count == 1)
        #expect(Set((first + second).map(\.report.id)) == newest)
        // A page beyond the bound widens it: every match is ranked.
        let all = try await store.search(query, filter: ReportFilter(), limit: ids.count, offset: 0)
        #expect(Set(all.map(\.report.id)) == Set(ids))
        #expect(try await store.searchCount(query, filter: ReportFilter()) == ids.count)
    }

    @Test("lists come by division code unless another order is asked for", arguments: StoreKind.allCases)
    func listOrders(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let total = try await store.count(ReportFilter())
        let byCode = try await store.list(ReportFilter(), limit: 100, offset: 0)
        let codes = byCode.compactMap(\.regionCode)
        #expect(byCode.count == total && codes == codes.sorted())
        let byYear = try await store.list(ReportFilter(), order: .year, limit: 100, offset: 0).compactMap(\.year)
        #expect(byYear == byYear.sorted(by: >))
        let byErrors = try await store.list(ReportFilter(), order: .errors, limit: 100, offset: 0).map(\.errors)
        #expect(byErrors == byErrors.sorted(by: >))
        let byFigures = try await store.list(ReportFilter(), order: .figures, limit: 100, offset: 0).map(\.figures)
        #expect(byFigures == byFigures.sorted(by: >) && byFigures.count == total)
    }

    @Test("a traditional query finds the simplified text", arguments: StoreKind.allCases)
    func traditionalQuery(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let simplify = Items.analyzer.simplifiedSpelling
        let simplified = try await store.search(SearchQuery("复议"), filter: ReportFilter(), limit: 100, offset: 0)
        let traditional = try await store.search(SearchQuery("復議", simplify: simplify), filter: ReportFilter(), limit: 100, offset: 0)
        #expect(!simplified.isEmpty)
        #expect(Set(traditional.map(\.report.id)) == Set(simplified.map(\.report.id)))
        // The traditional-script fixture is stored simplified; either spelling finds it.
        for spelling in ["开化县", "開化縣"] {
            let hits = try await store.search(SearchQuery(spelling, simplify: simplify), filter: ReportFilter(), limit: 100, offset: 0)
            #expect(hits.contains { $0.report.path == "fixtures/traditional.txt" }, "\(spelling)")
        }
    }

    @Test("a query with nothing to search for is refused", arguments: StoreKind.allCases)
    func emptyQuery(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        await #expect(throws: StoreError.self) { try await store.search(SearchQuery("，。"), filter: ReportFilter(), limit: 10, offset: 0) }
    }

    /// Every filter, with the predicate it must equal on the stored analyses.
    static let filters: [(String, ReportFilter, @Sendable (Report) -> Bool)] = [
        ("province", ReportFilter(province: "广东"), { province($0) == "广东省" }),
        ("prefecture", ReportFilter(prefecture: "衢州市"), { prefecture($0) == "衢州市" }),
        ("level", ReportFilter(level: .county), { $0.metadata.region?.level == .county }),
        ("year", ReportFilter(years: 2019...2021), { (2019...2021).contains($0.metadata.reportYear ?? 0) }),
        ("body kind", ReportFilter(bodyKind: .government), { $0.metadata.bodyKind == .government }),
        ("body", ReportFilter(body: "人民政府"), { $0.metadata.body?.contains("人民政府") == true }),
        ("finding", ReportFilter(findingRule: "percentage-mismatch"), { $0.findings.contains { $0.rule == "percentage-mismatch" } }),
        ("missing part", ReportFilter(missingPart: .firstResponsible), { !$0.parts.contains(.firstResponsible) }),
        ("document kind", ReportFilter(kinds: [.annualReport]), { $0.metadata.documentKind == .annualReport }),
        ("look-alikes", ReportFilter(kinds: [.workPlan, .other]), { [.workPlan, .other].contains($0.metadata.documentKind) }),
        ("sector", ReportFilter(sector: "justice"), { $0.metadata.sector == "justice" }),
        ("two at once", ReportFilter(level: .county, missingPart: .firstResponsible),
         { $0.metadata.region?.level == .county && !$0.parts.contains(.firstResponsible) }),
    ]

    static func province(_ report: Report) -> String? {
        report.metadata.region?.level == .province ? report.metadata.region?.name : report.metadata.region?.province
    }

    static func prefecture(_ report: Report) -> String? {
        report.metadata.region?.level == .prefecture ? report.metadata.region?.name : report.metadata.region?.prefecture
    }

    @Test("each filter lets through exactly the reports it describes", arguments: StoreKind.allCases, filters.indices)
    func filter(_ kind: StoreKind, _ index: Int) async throws {
        let (name, filter, predicate) = Self.filters[index]
        let store = try await Self.loaded(kind)
        let expected = Set((try Self.items).filter { predicate($0.report) }.map(\.path))
        let total = try Self.items.count
        #expect(!expected.isEmpty && expected.count < total, "\(name): the oracle must split the corpus")
        #expect(Set(try await store.list(filter, limit: 100, offset: 0).map(\.path)) == expected, "\(name)")
        #expect(try await store.count(filter) == expected.count, "\(name)")
        let searched = try await store.search(SearchQuery("法治"), filter: filter, limit: 100, offset: 0)
        #expect(Set(searched.map(\.report.path)) == expected, "\(name): search")
        #expect(try await store.statistics(filter).reports == expected.count, "\(name): stats")
        #expect(try await store.compare(filter, indicators: [], grouping: .report).rows.count == expected.count, "\(name): compare")
    }

    @Test("picked ids let through exactly those reports, with other filters too", arguments: StoreKind.allCases)
    func pickedIDs(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let all = try await store.list(ReportFilter(), limit: 100, offset: 0)
        let picked = [all[1].id, all[3].id, all[4].id]
        #expect(Set(try await store.list(ReportFilter(ids: picked), limit: 100, offset: 0).map(\.id)) == Set(picked))
        #expect(try await store.compare(ReportFilter(ids: picked), indicators: [], grouping: .report).rows.count == 3)
        #expect(try await store.count(ReportFilter(ids: [])) == 0)
        let county = try await store.list(ReportFilter(level: .county, ids: picked), limit: 100, offset: 0)
        #expect(county.allSatisfy { picked.contains($0.id) && $0.level == .county })
    }

    @Test("list pages through reports without overlap", arguments: StoreKind.allCases)
    func paging(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let all = try await store.list(ReportFilter(), limit: 100, offset: 0)
        let pages = try await store.list(ReportFilter(), limit: 3, offset: 0) + store.list(ReportFilter(), limit: 3, offset: 3)
            + store.list(ReportFilter(), limit: 3, offset: 6)
        #expect(pages.map(\.id) == all.map(\.id))
    }

    @Test("compare gives each report's first selected figure per indicator: its own results unless asked otherwise",
          arguments: StoreKind.allCases)
    func compare(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let indicators = Array(Set((try Self.items).flatMap { $0.report.quantities.compactMap(\.indicator) })).sorted().prefix(12)
        #expect(indicators.count >= 5)
        let everything = try FigureSelection(statuses: "all", scopes: "all")
        for selection in [FigureSelection.ownResults, everything] {
            let comparison = try await store.compare(ReportFilter(), indicators: Array(indicators), grouping: .report, figures: selection)
            #expect(comparison.rows.count == (try Self.items).count)
            for row in comparison.rows {
                let report = (try Self.items).first { $0.path == row.report.path }!.report
                for (column, indicator) in comparison.indicators.enumerated() {
                    let figures = report.quantities.filter {
                        $0.indicator == indicator && selection.statuses.contains($0.status) && selection.scopes.contains($0.scope)
                    }
                    let cell = row.cells[column]
                    #expect(cell?.value == figures.first?.value, "\(row.report.path) \(indicator)")
                    #expect(cell?.unit == figures.first?.unit)
                    #expect(cell?.qualifier == figures.first?.qualifier.rawValue)
                    #expect(cell?.status == figures.first?.status)
                    #expect((cell?.occurrences ?? 0) == figures.count)
                }
            }
        }
        // The samples state targets, baselines and changes that the default leaves out.
        let all = (try Self.items).flatMap { $0.report.quantities.filter { $0.indicator != nil } }
        #expect(all.contains { $0.status != .achieved })
    }

    @Test("compare by year gives one row per body and year, the latest stored", arguments: StoreKind.allCases)
    func compareByYear(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let year2022 = Fixtures.countyReport
        let year2023 = Fixtures.countyReport.replacingOccurrences(of: "2022", with: "2023")
            .replacingOccurrences(of: "2021", with: "2022")
        _ = try await store.ingest([
            Items.item("2022.txt", text: year2022), Items.item("2023.txt", text: year2023),
            Items.item("2023-copy.txt", text: year2023 + "\n"),
        ])
        let comparison = try await store.compare(ReportFilter(body: "开化县"), indicators: ["reconsiderationReceived"], grouping: .year)
        #expect(comparison.rows.map { $0.report.year } == [2022, 2023])
        #expect(comparison.rows.last?.report.path == "2023-copy.txt")
    }

    @Test("stats agree with the analyses", arguments: StoreKind.allCases)
    func statistics(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let stats = try await store.statistics(ReportFilter())
        let reports = (try Self.items).map(\.report)
        #expect(stats.reports == reports.count)
        for counts in [stats.byProvince, stats.byLevel, stats.byYear, stats.byBodyKind] {
            #expect(counts.map(\.reports).reduce(0, +) == reports.count)
        }
        #expect(stats.byProvince.first { $0.key == "广东省" }?.reports == reports.filter { Self.province($0) == "广东省" }.count)
        for count in stats.parts {
            #expect(count.reports == reports.filter { $0.parts.contains(MandatedPart(rawValue: count.key)!) }.count, "\(count.key)")
        }
        #expect(stats.late == reports.filter { $0.findings.contains { $0.rule == "late-report" } }.count)
        for finding in stats.findings {
            #expect(finding.reports == reports.filter { $0.findings.contains { $0.rule == finding.rule } }.count)
            #expect(finding.findings == reports.flatMap(\.findings).filter { $0.rule == finding.rule }.count)
        }
        #expect(stats.findings.map(\.reports) == stats.findings.map(\.reports).sorted(by: >))
        let lengths = reports.map { Double($0.statistics.characters) }
        #expect(stats.length?.min == lengths.min() && stats.length?.max == lengths.max())
        #expect(stats.length.map { $0.min <= $0.p25 && $0.p25 <= $0.median && $0.median <= $0.p75 && $0.p75 <= $0.max } == true)
    }

    @Test("every report can be read back in id order", arguments: StoreKind.allCases)
    func forEach(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        var seen: [Int64] = []
        let items = try Self.items
        try await store.forEachReport(ReportFilter(), withOriginals: true) { stored, original in
            seen.append(stored.summary.id)
            #expect(original == items.first { $0.path == stored.summary.path }?.original)
        }
        #expect(seen.count == (try Self.items).count && seen == seen.sorted())
    }
}

/// Desk sessions in the store: every server over it knows them.
@Suite("Store contract: desk sessions")
struct SessionContractTests {
    @Test("a session is known until it expires or is closed", arguments: StoreKind.allCases)
    func sessions(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.openSession(idHash: "live", user: "王审", expires: Date().addingTimeInterval(3600))
        try await store.openSession(idHash: "old", user: "李管", expires: Date().addingTimeInterval(-1))
        #expect(try await store.sessionUser(idHash: "live") == "王审")
        #expect(try await store.sessionUser(idHash: "old") == nil)
        #expect(try await store.sessionUser(idHash: "never") == nil)
        try await store.closeSession(idHash: "live")
        #expect(try await store.sessionUser(idHash: "live") == nil)
    }
}
