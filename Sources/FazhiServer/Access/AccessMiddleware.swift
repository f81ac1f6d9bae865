import HTTPTypes
import Hummingbird

/// Finds who a request comes from — a bearer token, or the desk's session cookie — and binds them for the request.
/// A cookie-borne write from another origin is refused (the cookie is SameSite=Strict as well).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let directory: UserDirectory
    let sessions: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var user: ServerUser?
        if let token = FazhiApp.bearerToken(request) {
            user = directory.user(token: token)
        } else if let id = Self.cookie(SessionStore.cookie, in: request) {
            user = await sessions.user(id, in: directory)
            if user != nil, request.method == .post, let origin = request.headers[.origin],
               let authority = request.head.authority, !Self.sameHost(origin, authority) {
                return APIError(.forbidden, code: "cross_origin", message: "a signed-in write must come from this server's own pages").response
            }
        }
        return try await SignedIn.$user.withValue(user) { try await next(request, context) }
    }

    /// A cookie's value from the Cookie header.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// Whether an Origin (http://host:port) names the host a request was addressed to.
    private static func sameHost(_ origin: String, _ authority: String) -> Bool {
        let stripped = origin.split(separator: "/").dropFirst().first.map(String.init) ?? origin
        return stripped.lowercased() == authority.lowercased()
    }
}
