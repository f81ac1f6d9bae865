import Foundation
import Hummingbird

/// An error the API answers with: an HTTP status and a JSON body `{"error": {"code", "message"}}`.
public struct APIError: Error, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable, machine-readable code (not_found, invalid_parameter, unauthorized …).
    public var code: String
    /// What went wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not_found", message: what)
    }

    static func invalid(_ parameter: String, _ problem: String) -> APIError {
        APIError(.badRequest, code: "invalid_parameter", message: "\(parameter): \(problem)")
    }

    /// The error as a JSON response.
    var response: Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: String
                var message: String
            }
            var error: Detail
        }
        var response = JSONResponse.make(Body(error: .init(code: code, message: message)), status: status)
        // A 401 says how to authenticate (RFC 9110).
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"fazhi\"" }
        return response
    }
}

/// Turns every error a route throws into a JSON error (API) or an error page (pages).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return Self.respond(error, to: request)
        } catch let error as HTTPResponseError {
            let code = error.status == .contentTooLarge ? "too_large" : error.status == .notFound ? "not_found" : "http_error"
            let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            return Self.respond(APIError(error.status, code: code, message: message), to: request)
        } catch {
            context.logger.error("request failed: \(error)")
            return Self.respond(APIError(.internalServerError, code: "internal", message: "\(error)"), to: request)
        }
    }

    private static func respond(_ error: APIError, to request: Request) -> Response {
        if request.uri.path.hasPrefix("/api/") { return error.response }
        return HTMLResponse.make(Layout.page(title: "出错了", active: nil, body: """
            <h1>出错了（\(error.status.code)）</h1><p class="error">\(HTML.escape(chineseMessage(error)))</p><p><a href="/">返回概览</a></p>
            """), status: error.status)
    }

    /// What the desk tells a person, in Chinese; the API keeps its English message for programs.
    static func chineseMessage(_ error: APIError) -> String {
        // A message written in Chinese already (没有编号为 7 的报告) is kept.
        if error.message.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return error.message }
        return switch error.code {
        case "read_only": "此服务器为只读：启动时没有设置令牌（--token），不接受上传。"
        case "unauthorized": "需要有效的令牌才能上传。"
        case "too_large": "上传的内容超过了大小限制。"
        case "too_many_files": "一次上传的文件太多。"
        case "no_files": "没有选择要上传的文件。"
        case "bad_upload": "上传的内容无法读取。"
        case "not_found": "没有找到该页面或报告。"
        case "invalid_parameter": "请求参数有误：\(error.message)"
        case "method_not_allowed": "此地址不支持该请求方式。"
        default: "服务器出错：\(error.message)"
        }
    }
}
