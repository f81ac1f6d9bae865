import FazhiCore
import FazhiFiles
import FazhiStore
import Foundation
import Hummingbird
import Prometheus

/// The web server: a review desk in the browser (Simplified Chinese) and a REST API under
/// `/api/v1`, both over one `ReportStore`.
public struct FazhiApp: Sendable {
    let store: any ReportStore
    let loader: FileLoader
    let configuration: ServerConfiguration
    let indicators: [Indicator]
    let indicatorNames: [String: String]
    let sectors: [Sector]
    let sectorNames: [String: String]
    let openAPI: OpenAPIDocument
    let stylesheet: String
    let script: String
    /// Everyone who may sign in, hashed once.
    let directory: UserDirectory
    /// Signed-in desk sessions, kept in the store.
    let sessions: SessionStore
    /// Bounds how many whole reports are loaded at once.
    let views: ViewGate
    /// Who must report to a supervising office (governments from the gazetteers, departments from imported files).
    let roster: RosterBuilder
    /// Where request metrics are collected for `/metrics` (nil: only the store's counts are given there).
    let metrics: PrometheusCollectorRegistry?

    /// Creates the app; fails only when its bundled resources are missing.
    /// With `metrics`, requests are counted and timed by route into that registry (`MetricsSystem` must have been
    /// bootstrapped with a factory over it).
    public init(store: any ReportStore, analyzer: Analyzer, indicators: [Indicator], configuration: ServerConfiguration,
                roster: RosterBuilder, metrics: PrometheusCollectorRegistry? = nil) throws {
        self.roster = roster
        self.metrics = metrics
        self.store = store
        loader = FileLoader(analyzer: analyzer)
        self.configuration = configuration
        self.indicators = indicators
        indicatorNames = Dictionary(indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        sectors = analyzer.sectors
        sectorNames = Dictionary(sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        openAPI = try OpenAPIDocument(Self.resource("openapi.yaml"))
        stylesheet = try Self.resource("app.css")
        script = try Self.resource("desk.js")
        views = ViewGate(limit: configuration.concurrentReportViews)
        directory = configuration.directory
        sessions = SessionStore(store: store)
    }

    private static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") else {
            throw APIError(.internalServerError, code: "missing_resource", message: "FazhiServer resource \(name) is missing")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Every route: pages, API, OpenAPI document and stylesheet.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        // Each request's log lines carry its id (hb.request.id).
        if configuration.logsRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        if metrics != nil { router.add(middleware: MetricsMiddleware()) }
        router.add(middleware: SecurityMiddleware(configuration: configuration))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessMiddleware(directory: directory, sessions: sessions))
        router.add(middleware: AllowedMethodsMiddleware(allowed: openAPI.allowed))
        addPages(to: router)
        addAPI(to: router)
        addReview(to: router)
        addOperations(to: router)
        router.get("/api") { _, _ in
            HTMLResponse.make(Layout.page(title: "API", active: nil, body: openAPI.html))
        }
        router.get("/api/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: openAPI.text)))
        }
        router.get("/static/app.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: stylesheet)))
        }
        router.get("/static/desk.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: script)))
        }
        return router
    }

    /// The application listening where the configuration says.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        // A connection left idle (a request sent halfway and left) is closed: half-sent requests cannot hold the server.
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "fazhi"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) })
    }

    /// The user a write comes from, if their role allows it: the request's (bearer token or session), or the owner
    /// of a token a form sent. A read-only server (no users, no token) refuses with 403; no valid credentials is 401;
    /// a role below `role` is 403.
    func authorize(_ role: ServerUser.Role, formToken: String? = nil) throws -> ServerUser {
        guard configuration.acceptsWrites else {
            throw APIError(.forbidden, code: "read_only",
                           message: "this server is read-only: it was started without --token or --users, so it accepts no writes")
        }
        guard let user = formToken.flatMap({ directory.user(token: $0) }) ?? SignedIn.user else {
            throw APIError(.unauthorized, code: "unauthorized", message: "a valid token is required (Authorization: Bearer TOKEN)")
        }
        guard user.role >= role else {
            throw APIError(.forbidden, code: "forbidden", message: "\(user.name) is a \(user.role.rawValue); this needs a \(role.rawValue)")
        }
        return user
    }

    /// The bearer token of a request's Authorization header.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    /// The indicator ids of a request (`indicators=a,b` or repeated), each checked against the catalogue.
    func requestedIndicators(_ request: Request) throws -> [String] {
        let ids = request.uri.queryParameters.getAll("indicators").flatMap { value in
            (String(value).removingPercentEncoding ?? String(value)).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }.filter { !$0.isEmpty }
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        if let unknown = unique.first(where: { indicatorNames[$0] == nil }) {
            throw APIError.invalid("indicators", "unknown indicator \(unknown); GET /api/v1/indicators lists them")
        }
        return unique
    }
}
