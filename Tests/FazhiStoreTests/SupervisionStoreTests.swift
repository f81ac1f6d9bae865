import FazhiCore
import FazhiStore
import FazhiTesting
import Foundation
import Testing

@Suite("supervision: roster in the store, and who has reported")
struct SupervisionStoreTests {
    static let resources = try! AnalysisResources.bundled()
    static let builder = RosterBuilder(resources: resources)

    static func loaded(_ kind: StoreKind) async throws -> any ReportStore {
        let store = try await kind.make()
        _ = try await store.ingest(try SupervisionFixtures.reports.map { try Items.item($0.name, text: $0.text) })
        let roster = DepartmentRoster(csv: SupervisionFixtures.roster, gazetteer: resources.gazetteer, departments: resources.departments)
        #expect(try await store.importRoster(roster.entries, by: "李管") == 2)
        return store
    }

    @Test("the roster's departments are stored by government and sector; importing again replaces them", arguments: StoreKind.allCases)
    func roster(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let departments = try await store.rosterDepartments(divisionCode: "330800")
        #expect(departments.map(\.name).sorted() == ["衢州市公安局", "衢州市司法局"])
        let renamed = DepartmentRoster(csv: "名称,部门类别,所属政府\n衢州市司法局（新名）,justice,衢州市\n",
                                       gazetteer: Self.resources.gazetteer, departments: Self.resources.departments)
        _ = try await store.importRoster(renamed.entries, by: nil)
        #expect(try await store.rosterDepartments(divisionCode: "330800").map(\.name).sorted() == ["衢州市公安局", "衢州市司法局（新名）"])
        #expect(try await store.rosterDepartments(divisionCode: "330824") == [])
    }

    @Test("parts of reports, and a division-code prefix filter", arguments: StoreKind.allCases)
    func partsAndPrefix(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let all = try await store.list(ReportFilter(), limit: 50, offset: 0)
        let parts = try await store.parts(of: all.map(\.id))
        #expect(parts.count == all.count)
        let late = try #require(all.first { $0.name == "changshan-2022.txt" })
        #expect(parts[late.id]?.contains(.firstResponsible) == false && parts[late.id]?.contains(.achievements) == true)
        #expect(try await store.parts(of: []) == [:])
        let quzhou = try await store.list(ReportFilter(divisionCodePrefix: "3308"), limit: 50, offset: 0)
        #expect(quzhou.count == all.count && quzhou.allSatisfy { $0.regionCode?.hasPrefix("3308") == true })
        #expect(try await store.list(ReportFilter(divisionCodePrefix: "330824"), limit: 50, offset: 0).map(\.name) == ["kaihua-2022.txt"])
        #expect(try await store.count(ReportFilter(divisionCodePrefix: "4453")) == 0)
    }

    @Test("status: received on time or late, parts missing, not received; bodies matched across spellings; unlisted reports",
          arguments: StoreKind.allCases)
    func status(_ kind: StoreKind) async throws {
        let store = try await Self.loaded(kind)
        let quzhou = try #require(Self.builder.scope("衢州市").first)
        let status = try await SubmissionStatus.load(scope: quzhou, year: 2022, builder: Self.builder, store: store)
        #expect(status.expected == 8 && status.received == 3 && status.late == 0 && status.missing == 5, "\(status.rows.map { ($0.entry.name, $0.state) })")
        func row(_ name: String) -> SubmissionStatus.Row? { status.rows.first { $0.entry.name == name } }
        #expect(row("开化县人民政府")?.state == .onTime && row("开化县人民政府")?.missingParts == [])
        // Two reports of 常山县 (one signed by the Party committee too): the later stored counts, the other is noted.
        let changshan = try #require(row("常山县人民政府"))
        #expect(changshan.report?.name == "changshan-2022-joint.txt" && changshan.otherReports == 1 && changshan.state == .onTime)
        #expect(row("衢州市司法局")?.state == .onTime)
        #expect(row("衢州市公安局")?.state == .missing && row("衢州市公安局")?.deadline == "2023-03-01")
        #expect(row("江山市人民政府")?.state == .missing, "a report of another year does not count")
        #expect(status.unlisted.map(\.name) == ["education-2022.txt"])
        // Without the joint report, 常山县's own is late and lacks a part.
        let joint = try #require(try await store.reportID(path: "changshan-2022-joint.txt"))
        let alone = SubmissionStatus(scope: quzhou, year: 2022, roster: Self.builder.governments(under: quzhou),
                                     reports: try await store.list(ReportFilter(), limit: 50, offset: 0).filter { $0.id != joint },
                                     parts: try await store.parts(of: try await store.list(ReportFilter(), limit: 50, offset: 0).map(\.id)))
        let own = try #require(alone.rows.first { $0.entry.name == "常山县人民政府" })
        #expect(own.state == .late && own.missingParts == [.firstResponsible] && own.otherReports == 0)
        #expect(row("开化县人民政府")?.review == .pending && row("开化县人民政府")?.confirmed == 0 && row("柯城区人民政府")?.review == nil)
        // A reviewer's decisions show in the status (the 汇总 of the year).
        let kaihua = try #require(row("开化县人民政府")?.report?.id)
        let findings = try #require(try await store.report(id: kaihua)?.report.findings)
        if let finding = findings.first {
            _ = try await store.recordDecision(ReviewDecision(reportID: kaihua, action: .confirm, rule: finding.rule, findingKey: finding.reviewKey,
                                                        text: "", author: "王审"))
        }
        _ = try await store.recordDecision(ReviewDecision(reportID: kaihua, action: .state, text: "approved", author: "王审"))
        let reviewed = try await SubmissionStatus.load(scope: quzhou, year: 2022, builder: Self.builder, store: store)
        let decided = try #require(reviewed.rows.first { $0.entry.name == "开化县人民政府" })
        #expect(decided.review == .approved && decided.confirmed == (findings.isEmpty ? 0 : 1))
        let csv = SubmissionStatusCSV.render(status, sectorNames: ["justice": "司法行政"])
        #expect(csv.hasPrefix("名称,类型,部门类别") && csv.contains("衢州市司法局,部门,司法行政,330800,衢州市,按时报送,2023-03-01"))
        #expect(csv.split(separator: "\r\n").first?.hasSuffix("审核状态,确认问题,排除问题") == true)
        #expect(csv.contains("衢州市公安局,部门,publicSecurity,330800,衢州市,未报送"))
        #expect(csv.contains("名单外"))
    }
}
