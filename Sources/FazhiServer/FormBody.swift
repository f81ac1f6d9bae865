import Foundation
import Hummingbird

/// The fields of a form the desk posts (application/x-www-form-urlencoded), read with a size limit.
enum FormBody {
    /// The largest form accepted: notes and reasons are short.
    static let maximumBytes = 64 * 1024

    /// The fields; a body that is too large is 413, a missing or other content type 400.
    static func read(_ request: Request) async throws -> [String: String] {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw APIError(.badRequest, code: "bad_form", message: "expected a form (application/x-www-form-urlencoded)")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBytes)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "the form is larger than \(maximumBytes) bytes")
        }
        var components = URLComponents()
        components.percentEncodedQuery = String(buffer: buffer).replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        for item in components.queryItems ?? [] where fields[item.name] == nil {
            fields[item.name] = item.value ?? ""
        }
        return fields
    }
}
