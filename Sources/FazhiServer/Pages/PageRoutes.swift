import FazhiCore
import FazhiStore
import Foundation
import Hummingbird

extension FazhiApp {
    /// The pages of the review desk.
    func addPages(to router: Router<BasicRequestContext>) {
        let store = store

        router.get("/") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let filter = try parameters.filter(counting: true)
            let stats = try await store.statistics(filter)
            return HTMLResponse.make(OverviewPage.render(stats, parameters: parameters, sectors: sectors))
        }

        router.get("/reports") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let filter = try parameters.filter()
            let page = try parameters.integer("page", default: 0, range: 0...100_000)
            let order = try parameters.order()
            let size = ReportsPage.pageSize
            if let text = parameters["q"] {
                let query = SearchQuery(text, simplify: loader.analyzer.simplifiedSpelling)
                let counting = try parameters.filter(counting: true)
                let total: Int, hits: [SearchHit]
                do {
                    total = try await store.searchCount(query, filter: counting)
                    hits = try await store.search(query, filter: counting, limit: size, offset: page * size)
                } catch StoreError.invalidQuery(let reason) {
                    throw APIError.invalid("q", reason)
                }
                return HTMLResponse.make(ReportsPage.search(hits, total: total, query: text, page: page, parameters: parameters,
                                                            sectors: sectors))
            }
            let total = try await store.count(filter)
            let reports = try await store.list(filter, order: order, limit: size, offset: page * size)
            return HTMLResponse.make(ReportsPage.list(reports, total: total, page: page, order: order, parameters: parameters,
                                                      sectors: sectors))
        }

        router.get("/reports/{id}") { request, context -> Response in
            let id = try Self.reportID(context)
            let parameters = QueryParameters(request)
            let text = parameters["q"]
            let marker = TermMarker(text.map { SearchQuery($0, simplify: loader.analyzer.simplifiedSpelling).terms.flatMap { $0 } } ?? [])
            let page = try parameters.integer("page", default: 0, range: 0...1_000_000)
            let (indicatorNames, sectorNames) = (indicatorNames, sectorNames)
            return try await views.run {
                guard let (stored, pages) = try await store.reportPage(id: id, page: page, charactersPerPage: ReportPage.charactersPerPage)
                else { throw APIError.notFound("没有编号为 \(id) 的报告") }
                guard page < pages.count else {
                    throw APIError.notFound("报告 \(id) 只有 \(pages.count) 页")
                }
                // The page's findings: on a paged report, what earlier versions had elsewhere is not "resolved".
                var record = ReviewRecord(reportID: id, findings: stored.report.findings, history: try await store.decisions(reportID: id))
                if pages.count > 1 { record.resolved = [] }
                let review = ReviewPanel(reportID: id, record: record, canReview: (SignedIn.user?.role ?? .viewer) >= .reviewer)
                return try await Blocking.run {
                    HTMLResponse.make(ReportPage.render(stored, pages: pages, page: page, indicatorNames: indicatorNames,
                                                        sectorNames: sectorNames, query: text, marker: marker, review: review))
                }
            }
        }

        router.get("/reports/{id}/original") { _, context -> Response in
            try await originalResponse(Self.reportID(context))
        }

        router.get("/compare") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let filter = try parameters.filter(counting: true)
            let chosen = try requestedIndicators(request)
            let grouping = try Self.grouping(parameters)
            let selection = try parameters.figureSelection()
            let comparison = chosen.isEmpty ? nil
                : try await store.compare(filter, indicators: chosen, grouping: grouping, figures: selection)
            return HTMLResponse.make(ComparePage.render(comparison, chosen: chosen, grouping: grouping,
                                                        catalogue: indicators, parameters: parameters, sectors: sectors))
        }

        router.get("/status") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let (scope, year) = (parameters["scope"], parameters["year"])
            guard scope != nil || year != nil else {
                return HTMLResponse.make(StatusPage.render(nil, scope: nil, year: nil, problem: nil, sectorNames: sectorNames))
            }
            let asked: StatusRequest
            do throws(StatusRequest.Problem) {
                asked = try StatusRequest(scope: scope, year: year, requiringYear: true, roster: roster)
            } catch {
                return HTMLResponse.make(StatusPage.render(nil, scope: scope, year: year, problem: error.chinese, sectorNames: sectorNames),
                                         status: .badRequest)
            }
            let status = try await SubmissionStatus.load(scope: asked.scope, year: asked.year!, builder: roster, store: store)
            return HTMLResponse.make(StatusPage.render(status, scope: scope, year: year, problem: nil, sectorNames: sectorNames))
        }

        router.get("/signin") { request, _ -> Response in
            HTMLResponse.make(SignInPage.render(next: SignInPage.safeNext(QueryParameters(request)["next"]),
                                                readOnly: !configuration.acceptsWrites))
        }

        router.post("/signin") { request, _ -> Response in
            let fields = try await FormBody.read(request)
            let next = SignInPage.safeNext(fields["next"])
            guard configuration.acceptsWrites, let user = fields["token"].flatMap({ directory.user(token: $0) }) else {
                return HTMLResponse.make(SignInPage.render(next: next, problem: "令牌无效。", readOnly: !configuration.acceptsWrites),
                                         status: .unauthorized)
            }
            let id = try await sessions.open(for: user)
            return Response(status: .seeOther, headers: [
                .location: next,
                .setCookie: "\(SessionStore.cookie)=\(id); Path=/; HttpOnly; SameSite=Strict; Max-Age=43200",
            ])
        }

        router.post("/signout") { request, _ -> Response in
            if let id = AccessMiddleware.cookie(SessionStore.cookie, in: request) { try await sessions.close(id) }
            return Response(status: .seeOther, headers: [
                .location: "/", .setCookie: "\(SessionStore.cookie)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
            ])
        }

        router.get("/upload") { _, _ -> Response in
            HTMLResponse.make(UploadPage.form(readOnly: !configuration.acceptsWrites, maximumBytes: configuration.maximumUploadBytes,
                                              maximumFiles: configuration.maximumUploadFiles))
        }

        router.post("/upload") { request, _ -> Response in
            if !configuration.acceptsWrites { _ = try authorize(.admin) }
            let (files, fields) = try await Uploads.read(request, maximumBytes: configuration.maximumUploadBytes,
                                                         maximumFiles: configuration.maximumUploadFiles)
            let user = try authorize(.admin, formToken: fields["token"].flatMap { $0.isEmpty ? nil : $0 })
            let loader = loader
            let results = try await Uploads.store(files, by: user.name, loader: loader, store: store)
            return HTMLResponse.make(UploadPage.results(results))
        }
    }
}
