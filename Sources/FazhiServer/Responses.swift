import FazhiStore
import Foundation
import Hummingbird

/// JSON responses: pretty, sorted keys, slashes unescaped, UTF-8.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data: Data
        do {
            let encoder = JSONFormat.encoder(pretty: true)
            encoder.userInfo[ReportSummary.omitsPath] = true
            data = try encoder.encode(value)
        } catch {
            return Response(status: .internalServerError, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: Data(#"{"error":"the response could not be encoded"}"#.utf8))))
        }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// HTML pages.
enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Files for download.
enum DownloadResponse {
    static func make(_ bytes: [UInt8], contentType: String, filename: String) -> Response {
        let ascii = filename.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) && $0 != "\"" && $0 != "\\" }
            ? filename : "download"
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        // A file a client uploaded is never run as a page, whatever it holds.
        return Response(status: .ok, headers: [
            .contentType: contentType,
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
            .contentSecurityPolicy: "sandbox; default-src 'none'",
        ], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
