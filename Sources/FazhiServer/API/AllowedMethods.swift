import Hummingbird

/// Which HTTP methods each API path takes, read from the OpenAPI document (`OpenAPIDocument`) — the one place that
/// says so — so a method the document does not declare gets 405 with `Allow`, not 404.
struct AllowedMethods: Sendable {
    /// Path templates split into segments (`{id}` matches any one segment), with their methods.
    private let routes: [(segments: [Substring], methods: [String])]

    /// Routes from the document's paths and the methods each declares.
    init(_ paths: [(path: String, methods: [String])]) {
        routes = paths.map { ($0.path.split(separator: "/"), $0.methods) }
    }

    /// The methods a path takes, or nil when the document has no such path.
    func methods(for path: String) -> [String]? {
        let segments = path.split(separator: "/")
        return routes.first { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { template, actual in template.hasPrefix("{") || template == actual }
        }?.methods
    }
}

/// Answers a method a documented path does not take with 405 and `Allow`, and OPTIONS with 204 and
/// `Allow`. (HEAD goes to the router, which answers it as GET without the body.)
struct AllowedMethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The document holds the API and the operations endpoints (/healthz, /metrics), not the desk's pages.
        guard let methods = allowed.methods(for: request.uri.path) else {
            return try await next(request, context)
        }
        let method = request.method.rawValue
        if methods.contains(method) || (method == "HEAD" && methods.contains("GET")) {
            return try await next(request, context)
        }
        let allow = (methods + (methods.contains("GET") ? ["HEAD"] : []) + ["OPTIONS"]).joined(separator: ", ")
        if method == "OPTIONS" {
            return Response(status: .noContent, headers: [.allow: allow])
        }
        var response = APIError(.methodNotAllowed, code: "method_not_allowed",
                                message: "\(method) is not allowed here; this path takes \(allow)").response
        response.headers[.allow] = allow
        return response
    }
}
