import FazhiCore
import FazhiStore
import Foundation
import Hummingbird

extension FazhiApp {
    /// The REST API under /api/v1; see Resources/openapi.yaml.
    func addAPI(to router: Router<BasicRequestContext>) {
        let api = router.group("/api/v1")
        let store = store

        api.get("/reports") { request, _ -> Response in
            let parameters = try QueryParameters.api(request)
            let filter = try parameters.filter()
            let limit = try parameters.integer("limit", default: 50, range: 1...500)
            let offset = try parameters.integer("offset", default: 0, range: 0...10_000_000)
            let order = try parameters.order()
            let total = try await store.count(filter)
            let reports = try await store.list(filter, order: order, limit: limit, offset: offset)
            return JSONResponse.make(ReportListing(total: total, limit: limit, offset: offset, reports: reports))
        }

        api.get("/reports/{id}") { request, context -> Response in
            let id = try Self.reportID(context)
            return try await views.run {
                guard let stored = try await store.report(id: id) else { throw APIError.notFound("no report \(id)") }
                return try await Blocking.run {
                    JSONResponse.make(ReportRecord(summary: stored.summary, report: stored.report, text: stored.text))
                }
            }
        }

        api.get("/reports/{id}/original") { _, context -> Response in
            try await originalResponse(Self.reportID(context))
        }

        api.get("/search") { request, _ -> Response in
            let parameters = try QueryParameters.api(request)
            guard let text = parameters["q"] else { throw APIError.invalid("q", "the query is missing") }
            let filter = try parameters.filter(counting: true)
            let limit = try parameters.integer("limit", default: 20, range: 1...200)
            let offset = try parameters.integer("offset", default: 0, range: 0...100_000)
            let query = SearchQuery(text, simplify: loader.analyzer.simplifiedSpelling)
            let total: Int, hits: [SearchHit]
            do {
                total = try await store.searchCount(query, filter: filter)
                hits = try await store.search(query, filter: filter, limit: limit, offset: offset)
            } catch StoreError.invalidQuery(let reason) {
                throw APIError.invalid("q", reason)
            }
            return JSONResponse.make(SearchResults(query: text, total: total, limit: limit, offset: offset, hits: hits))
        }

        api.get("/compare") { request, _ -> Response in
            let parameters = try QueryParameters.api(request)
            let filter = try parameters.filter(counting: true)
            let indicators = try requestedIndicators(request)
            guard !indicators.isEmpty else { throw APIError.invalid("indicators", "name at least one indicator") }
            let grouping = try Self.grouping(parameters)
            let selection = try parameters.figureSelection()
            let comparison = try await store.compare(filter, indicators: indicators, grouping: grouping, figures: selection)
            switch parameters["format"] ?? "json" {
            case "json": return JSONResponse.make(comparison)
            case "csv":
                // A byte-order mark, so Excel on Chinese Windows reads the file as UTF-8.
                return DownloadResponse.make(Array(("\u{FEFF}" + ComparisonCSV.render(comparison, names: indicatorNames)).utf8), contentType: "text/csv; charset=utf-8",
                                             filename: "fazhi-compare.csv")
            default: throw APIError.invalid("format", "expected json or csv")
            }
        }

        api.get("/status") { request, _ -> Response in
            let parameters = try QueryParameters.api(request)
            let asked = try StatusRequest.api(scope: parameters["scope"], year: parameters["year"], requiringYear: true, roster: roster)
            let status = try await SubmissionStatus.load(scope: asked.scope, year: asked.year!, builder: roster, store: store)
            switch parameters["format"] ?? "json" {
            case "json": return JSONResponse.make(status)
            case "csv":
                return DownloadResponse.make(Array(("\u{FEFF}" + SubmissionStatusCSV.render(status, sectorNames: sectorNames)).utf8),
                                             contentType: "text/csv; charset=utf-8", filename: "fazhi-status-\(status.scopeCode)-\(status.year).csv")
            default: throw APIError.invalid("format", "expected json or csv")
            }
        }

        api.get("/roster") { request, _ -> Response in
            let parameters = try QueryParameters.api(request)
            let asked = try StatusRequest.api(scope: parameters["scope"], year: nil, requiringYear: false, roster: roster)
            let departments = try await store.rosterDepartments(divisionCode: asked.scope.code)
            return JSONResponse.make(roster.governments(under: asked.scope) + departments)
        }

        api.post("/roster") { request, _ -> Response in
            let user = try authorize(.admin)
            let body: ByteBuffer
            do { body = try await request.body.collect(upTo: 4 * 1_048_576) } catch {
                throw APIError(.contentTooLarge, code: "too_large", message: "a roster file is at most 4 MB")
            }
            guard let text = String(validating: body.readableBytesView, as: UTF8.self) else {
                throw APIError.invalid("body", "the roster must be UTF-8 CSV")
            }
            let read = roster.departments(csv: text)
            let stored = try await store.importRoster(read.entries, by: user.name)
            let problems = read.problems.map { RosterImport.Problem(line: $0.line, reason: $0.reason) }
            return JSONResponse.make(RosterImport(stored: stored, problems: problems),
                                     status: problems.isEmpty ? .ok : .init(code: 207, reasonPhrase: "Multi-Status"))
        }

        api.get("/stats") { request, _ -> Response in
            let filter = try QueryParameters.api(request).filter(counting: true)
            return JSONResponse.make(try await store.statistics(filter))
        }

        api.get("/indicators") { _, _ -> Response in
            JSONResponse.make(indicators.map { IndicatorInfo(id: $0.id, name: $0.name, area: $0.area, units: $0.units) })
        }

        api.post("/reports") { request, _ -> Response in
            let user = try authorize(.admin)
            let (files, _) = try await Uploads.read(request, maximumBytes: configuration.maximumUploadBytes,
                                                    maximumFiles: configuration.maximumUploadFiles)
            let loader = loader
            let results = try await Uploads.store(files, by: user.name, loader: loader, store: store)
            let failed = results.contains { $0.status == "failed" }
            let queued = results.allSatisfy { $0.status == "queued" }
            return JSONResponse.make(UploadResponse(results: results),
                                     status: failed ? .init(code: 207, reasonPhrase: "Multi-Status") : queued ? .accepted : .ok)
        }

        api.get("/jobs/{id}") { _, context -> Response in
            guard let id = context.parameters.get("id", as: Int64.self) else { throw APIError.invalid("id", "expected a job number") }
            guard let queue = store as? any IngestQueue, let status = try await queue.jobStatus(id: id) else {
                throw APIError.notFound("no ingest job \(id)")
            }
            return JSONResponse.make(status)
        }
    }

    /// The original file of a report, for download.
    func originalResponse(_ id: Int64) async throws -> Response {
        let store = store
        return try await views.run {
            guard let stored = try await store.report(id: id), let bytes = try await store.original(id: id) else {
                throw APIError.notFound("no report \(id)")
            }
            let name = (stored.summary.name as NSString).lastPathComponent
            return DownloadResponse.make(bytes, contentType: Self.contentType(stored.report.format), filename: name)
        }
    }

    static func reportID(_ context: BasicRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw APIError.invalid("id", "expected a report number") }
        return id
    }

    static func grouping(_ parameters: QueryParameters) throws -> Comparison.Grouping {
        guard let raw = parameters["by"] else { return .report }
        guard let grouping = Comparison.Grouping(rawValue: raw) else { throw APIError.invalid("by", "expected report or year") }
        return grouping
    }

    private static func contentType(_ format: DocumentFormat) -> String {
        switch format {
        case .html: "text/html"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        default: "text/plain"
        }
    }
}

/// `GET /api/v1/indicators`: the catalogue, briefly.
struct IndicatorInfo: Encodable {
    var id: String
    var name: String
    var area: String
    var units: [String]
}

/// `POST /api/v1/reports`: one result per file.
struct UploadResponse: Encodable {
    var results: [UploadResult]
}
