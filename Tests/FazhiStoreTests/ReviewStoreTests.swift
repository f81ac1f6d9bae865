import FazhiCore
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import GRDB
import Testing

@Suite("review decisions in the store: append-only, per path, carried to new versions")
struct ReviewStoreTests {
    @Test("decisions are recorded with id and time, read for every version of a path, and feed states and dismissals",
          arguments: StoreKind.allCases)
    func decisions(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try Items.item("a.txt", text: SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年4月15日"))
        _ = try await store.ingest([first])
        let v1 = try #require(try await store.reportID(path: "a.txt"))
        let stored = try #require(try await store.report(id: v1))
        let finding = try #require(stored.report.findings.first)
        let confirmed = try await store.recordDecision(ReviewDecision(reportID: v1, action: .dismiss, rule: finding.rule,
                                                                findingKey: finding.reviewKey, text: "已说明", author: "王审"))
        #expect(confirmed.id > 0 && confirmed.at.hasPrefix("20"))
        _ = try await store.recordDecision(ReviewDecision(reportID: v1, action: .state, text: "returned", author: "王审"))
        #expect(try await store.reviewRecord(reportID: v1)?.state == .returned)
        let record = try #require(try await store.reviewRecord(reportID: v1))
        #expect(record.findings.map(\.finding) == stored.report.findings && record.state == .returned)
        #expect(record.findings.first?.decision?.id == confirmed.id)
        #expect(try await store.reviewRecord(reportID: 999) == nil)
        #expect(try await store.dismissals() == [finding.rule: 1])
        #expect(try await store.statistics(ReportFilter()).findings.first { $0.rule == finding.rule }?.dismissed == 1)
        // A revised version under the same path: decisions stay with the path; its state starts over.
        let revised = try Items.item("a.txt", text: SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年3月15日"))
        _ = try await store.ingest([revised])
        let v2 = try #require(try await store.reportID(path: "a.txt"))
        #expect(v2 != v1)
        #expect(try await store.decisions(reportID: v2).map(\.id) == [confirmed.id, confirmed.id + 1])
        #expect(try await store.reviewRecord(reportID: v1)?.state == .returned)
        #expect(try await store.reviewRecord(reportID: v2)?.state == .pending)
        await #expect(throws: StoreError.self) { try await store.recordDecision(ReviewDecision(reportID: 999, action: .note, line: 1, text: "x", author: "王审")) }
    }

    @Test("a report whose only findings are about the whole document has them in its review record", arguments: StoreKind.allCases)
    func wholeDocumentFindings(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let text = SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年3月1日", firstResponsible: false)
        _ = try await store.ingest([try Items.item("b.txt", text: text)])
        let id = try #require(try await store.reportID(path: "b.txt"))
        let findings = try #require(try await store.report(id: id)?.report.findings)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.offset == nil }, "\(findings.map(\.rule))")
        #expect(try await store.reviewRecord(reportID: id)?.findings.map(\.finding) == findings)
    }

    @Test("the reviews of many reports read at once are each report's own; an id of no report is left out",
          arguments: StoreKind.allCases)
    func manyRecords(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        _ = try await store.ingest(try SupervisionFixtures.reports.map { try Items.item($0.name, text: $0.text) })
        let reports = try await store.list(ReportFilter(), limit: 100, offset: 0)
        #expect(reports.count >= 3)
        // The report with findings first, one decided on.
        let ids = reports.sorted { $0.findings > $1.findings }.map(\.id)
        let finding = try #require(try await store.report(id: ids[0])?.report.findings.first)
        _ = try await store.recordDecision(ReviewDecision(reportID: ids[0], action: .confirm, rule: finding.rule,
                                                          findingKey: finding.reviewKey, text: "", author: "王审"))
        let records = try await store.reviewRecords(reportIDs: ids + [999_999])
        #expect(Set(records.keys) == Set(ids))
        for id in ids {
            let single = try await store.reviewRecords(reportIDs: [id])[id]
            #expect(records[id] == single && single != nil)
        }
        #expect(records[ids[0]]?.history.count == 1 && records[ids[1]]?.history.isEmpty == true)
        #expect(try await store.reviewRecords(reportIDs: []).isEmpty)
    }

    @Test("the history cannot be changed or cut, even by SQL")
    func appendOnly() async throws {
        let url = try TestFiles.temporaryFile("review.sqlite")
        let store = try SQLiteReportStore(path: url.path)
        _ = try await store.ingest([try Items.item("a.txt", text: Fixtures.countyReport)])
        let id = try #require(try await store.reportID(path: "a.txt"))
        _ = try await store.recordDecision(ReviewDecision(reportID: id, action: .note, line: 3, text: "请核实", author: "王审"))
        let queue = try DatabaseQueue(path: url.path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "UPDATE review_decision SET text = 'x'") } }
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM review_decision") } }
        #expect(try await store.decisions(reportID: id).map(\.text) == ["请核实"])
    }
}
