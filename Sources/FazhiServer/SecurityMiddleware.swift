import HTTPTypes
import Hummingbird

/// What every response carries against a hostile page or client, and the Host check against DNS rebinding.
///
/// Pages run only the desk's own script file (/static/desk.js): the policy allows no inline script and no other
/// origin; styles from the server (and style attributes), images inline, no framing. A server listening on loopback answers only requests addressed to a loopback name, so a web page
/// elsewhere that rebinds its own name to 127.0.0.1 cannot read the corpus.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    /// The host names requests may be addressed to; nil when the server listens on a public address.
    let allowedHosts: Set<String>?

    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    init(configuration: ServerConfiguration) {
        let loopback: Set<String> = ["127.0.0.1", "localhost", "::1"]
        let named = Set(configuration.allowedHosts.map { Self.hostName($0) })
        if !named.isEmpty {
            allowedHosts = loopback.union(named)
        } else {
            allowedHosts = loopback.contains(configuration.host.lowercased()) ? loopback : nil
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let allowedHosts, let authority = request.head.authority, !allowedHosts.contains(Self.hostName(authority)) {
            response = APIError(.misdirectedRequest, code: "unknown_host",
                                message: "this server answers only requests addressed to its own names (see --allowed-host)").response
        } else {
            response = try await next(request, context)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "same-origin"
        return response
    }

    private static let frameOptions = HTTPField.Name("X-Frame-Options")!
    private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    /// The host name of an authority, without port or brackets: [::1]:8080 → ::1, localhost:8080 → localhost.
    static func hostName(_ authority: String) -> String {
        let lowered = authority.lowercased()
        if lowered.hasPrefix("["), let close = lowered.firstIndex(of: "]") {
            return String(lowered[lowered.index(after: lowered.startIndex)..<close])
        }
        return String(lowered.prefix { $0 != ":" })
    }
}
