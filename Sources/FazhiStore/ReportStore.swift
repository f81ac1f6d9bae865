import FazhiCore
import Foundation

/// Where analysed reports live: the contract every store (the embedded SQLite file, a team's PostgreSQL server) keeps.
///
/// Only current versions are listed, searched, compared and counted; older versions stay
/// reachable by id.
public protocol ReportStore: Sendable {
    /// Where the store lives, as users are shown it: a file's path, or a server's URL without its password.
    var location: String { get }

    /// Checks that the store answers and holds every migration this Fazhi knows; throws a `StoreError` saying why not.
    func ping() async throws

    /// The path → SHA-256 of every current version, so unchanged files can be skipped unread.
    func currentVersions() async throws -> [String: String]

    /// Stores analysed files in one transaction: all of them or none.
    func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome]

    /// How many current reports pass the filter.
    func count(_ filter: ReportFilter) async throws -> Int

    /// Current reports passing the filter, in `order`.
    func list(_ filter: ReportFilter, order: ReportOrder, limit: Int, offset: Int) async throws -> [ReportSummary]

    /// One report by id (any version), with its analysis and text.
    func report(id: Int64) async throws -> StoredReport?

    /// Page `page` (from 0) of a report cut into pages of `charactersPerPage`: the report with only the figures and
    /// findings placed on that page (and those placed nowhere), its text, and the pages; nil when there is no such
    /// report. A page past the last has no figures or findings.
    func reportPage(id: Int64, page: Int, charactersPerPage: Int) async throws -> (report: StoredReport, pages: TextPages)?

    /// The mandated parts each of these reports has.
    func parts(of ids: [Int64]) async throws -> [Int64: Set<MandatedPart>]

    /// Stores departments of a supervising office's roster in one transaction, as imported by `author` (nil: the
    /// command line); one already there (same government and sector) is replaced. Returns how many were stored.
    func importRoster(_ departments: [RosterEntry], by author: String?) async throws -> Int

    /// The roster's departments of the government of this division, by sector.
    func rosterDepartments(divisionCode: String) async throws -> [RosterEntry]

    /// Appends a reviewer's decision on report version `decision.reportID` to the history; returns it with its id
    /// and time. Nothing in the history is ever changed or removed.
    func recordDecision(_ decision: ReviewDecision) async throws -> ReviewDecision

    /// Every decision on every version of the report `reportID` is a version of, oldest first.
    func decisions(reportID: Int64) async throws -> [ReviewDecision]

    /// The reviews of these report versions, by id: each one's findings with their decisions (carried from earlier
    /// versions), resolved findings, notes, state and history; ids of no report are left out. Read in a few queries,
    /// however many reports a province's status holds.
    func reviewRecords(reportIDs: [Int64]) async throws -> [Int64: ReviewRecord]

    /// How many findings reviewers dismissed (their latest decision: 不是问题), by rule, over current reports.
    func dismissals() async throws -> [String: Int]

    /// Keeps a desk session (the SHA-256 of its secret id) for `user` until `expires`; expired sessions go.
    func openSession(idHash: String, user: String, expires: Date) async throws

    /// The user of a live session, by the SHA-256 of its id.
    func sessionUser(idHash: String) async throws -> String?

    /// Ends a session.
    func closeSession(idHash: String) async throws

    /// The current report ingested from this path.
    func reportID(path: String) async throws -> Int64?

    /// The original file's bytes.
    func original(id: Int64) async throws -> [UInt8]?

    /// Current reports matching the query, best first, with matching lines.
    func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) async throws -> [SearchHit]

    /// How many current reports match the query and pass the filter (all pages of `search`).
    func searchCount(_ query: SearchQuery, filter: ReportFilter) async throws -> Int

    /// Indicator values side by side for the reports passing the filter, from the figures `figures` selects.
    func compare(_ filter: ReportFilter, indicators: [String], grouping: Comparison.Grouping,
                 figures: FigureSelection) async throws -> Comparison

    /// Counts and distributions over the reports passing the filter.
    func statistics(_ filter: ReportFilter) async throws -> CorpusStatistics

    /// Up to `limit` current reports passing the filter with ids above `afterID`, in id order, with the original
    /// file's bytes when asked: one page of `forEachReport`.
    func reports(_ filter: ReportFilter, withOriginals: Bool, afterID: Int64, limit: Int) async throws -> [StoredReport.WithOriginal]
}

extension ReportStore {
    /// Current reports passing the filter, by division code and year.
    public func list(_ filter: ReportFilter, limit: Int, offset: Int) async throws -> [ReportSummary] {
        try await list(filter, order: .division, limit: limit, offset: offset)
    }

    /// The review of report version `reportID`; nil when there is no such report.
    public func reviewRecord(reportID: Int64) async throws -> ReviewRecord? {
        try await reviewRecords(reportIDs: [reportID])[reportID]
    }

    /// Indicator values side by side, from the bodies' own results of the report year.
    public func compare(_ filter: ReportFilter, indicators: [String], grouping: Comparison.Grouping) async throws -> Comparison {
        try await compare(filter, indicators: indicators, grouping: grouping, figures: .ownResults)
    }

    /// Calls `body` for every current report passing the filter, in id order, with the original file's bytes when
    /// asked, reading them a page at a time.
    public func forEachReport(_ filter: ReportFilter, withOriginals: Bool,
                              _ body: (StoredReport, [UInt8]?) async throws -> Void) async throws {
        var last: Int64 = 0
        while true {
            let page = try await reports(filter, withOriginals: withOriginals, afterID: last, limit: 32)
            for item in page { try await body(item.report, item.original) }
            guard page.count == 32, let next = page.last?.report.summary.id else { return }
            last = next
        }
    }
}
