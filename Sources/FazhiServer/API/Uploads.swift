import FazhiFiles
import FazhiStore
import Foundation
import Hummingbird

/// One file received in an upload.
struct UploadedFile: Sendable {
    /// The file's name as sent (its last path component).
    var name: String
    /// Its bytes.
    var bytes: [UInt8]
}

/// What became of one uploaded file.
public struct UploadResult: Codable, Sendable, Equatable {
    /// The file's name.
    public var name: String
    /// added, newVersion, unchanged, duplicate, failed, or queued (for a worker: see `job`).
    public var status: String
    /// The stored report, when there is one.
    public var id: Int64?
    /// Why the file failed.
    public var error: String?
    /// The same in Chinese, as the desk shows it, when the cause is known.
    public var chineseError: String?
    /// The ingest job a worker will take the file from (GET /api/v1/jobs/{job}), when the store has a queue.
    public var job: Int64?
}

/// Reads uploads (multipart/form-data from the page or API, or one raw file body with `?name=`)
/// within the configured limits.
enum Uploads {
    /// The files and the plain form fields of a request.
    static func read(_ request: Request, maximumBytes: Int, maximumFiles: Int) async throws -> (files: [UploadedFile], fields: [String: String]) {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maximumBytes)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, code: "too_large", message: "the upload is larger than the limit of \(maximumBytes) bytes")
        }
        let contentType = request.headers[.contentType] ?? ""
        var files: [UploadedFile] = []
        var fields: [String: String] = [:]
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", of: contentType) else {
                throw APIError(.badRequest, code: "bad_upload", message: "multipart/form-data without a boundary")
            }
            for part in try parts(body, boundary: boundary) {
                let disposition = part.headers["content-disposition"] ?? ""
                let fieldName = parameter("name", of: disposition) ?? ""
                if let filename = parameter("filename", of: disposition) {
                    guard !filename.isEmpty || !part.body.isEmpty else { continue }
                    files.append(UploadedFile(name: lastComponent(filename), bytes: part.body))
                } else {
                    fields[fieldName] = String(decoding: part.body, as: UTF8.self)
                }
            }
        } else if body.readableBytes > 0 {
            let name = request.uri.queryParameters.get("name").map { String($0).removingPercentEncoding ?? String($0) } ?? "upload"
            files.append(UploadedFile(name: lastComponent(name), bytes: Array(buffer: body)))
        }
        guard !files.isEmpty else { throw APIError(.badRequest, code: "no_files", message: "the upload holds no file") }
        guard files.count <= maximumFiles else {
            throw APIError(.contentTooLarge, code: "too_many_files", message: "\(files.count) files; at most \(maximumFiles) per upload")
        }
        return (files, fields)
    }

    /// Where an upload's report is kept: keyed by content and name, so two different files that happen to share a
    /// name (年度报告.pdf) never pass for versions of one report.
    static func key(name: String, sha256: String) -> String {
        "upload/\(sha256.prefix(12))/\(name)"
    }

    /// Stores the files: queued for workers when the store has a queue (the web process analyses nothing), else
    /// analysed on every core and stored in one transaction.
    static func store(_ files: [UploadedFile], by author: String, loader: FileLoader, store: any ReportStore) async throws -> [UploadResult] {
        if let queue = store as? any IngestQueue {
            let queued = files.map { file in
                QueuedFile(path: key(name: file.name, sha256: FileLoader.sha256(file.bytes)), name: file.name, bytes: file.bytes,
                           ingestedBy: author)
            }
            let jobs = try await queue.enqueue(queued)
            return zip(files, jobs).map { UploadResult(name: $0.name, status: "queued", id: nil, error: nil, job: $1) }
        }
        let prepared = try await Blocking.run {
            ParallelMap.map(files) { file in
                loader.prepare(name: file.name, bytes: file.bytes).map { item in
                    var keyed = item
                    keyed.path = key(name: file.name, sha256: item.sha256)
                    keyed.name = file.name
                    keyed.ingestedBy = author
                    return keyed
                }
            }
        }
        var results: [UploadResult?] = Array(repeating: nil, count: files.count)
        var items: [(Int, IngestItem)] = []
        for (index, result) in prepared.enumerated() {
            switch result {
            case .success(let item): items.append((index, item))
            case .failure(let failure):
                results[index] = UploadResult(name: files[index].name, status: "failed", id: nil, error: failure.reason,
                                              chineseError: failure.chineseReason)
            }
        }
        let outcomes = items.isEmpty ? [] : try await store.ingest(items.map(\.1))
        for ((index, _), outcome) in zip(items, outcomes) {
            let name = files[index].name
            results[index] = switch outcome {
            case .added(let id): UploadResult(name: name, status: "added", id: id, error: nil)
            case .newVersion(let id, _): UploadResult(name: name, status: "newVersion", id: id, error: nil)
            case .unchanged(let id): UploadResult(name: name, status: "unchanged", id: id, error: nil)
            case .duplicate(let id, _): UploadResult(name: name, status: "duplicate", id: id, error: nil)
            }
        }
        return results.compactMap { $0 }
    }

    static func parts(_ buffer: ByteBuffer, boundary: String) throws -> [MultipartBody.Part] {
        do {
            return try MultipartBody.parts(of: Array(buffer.readableBytesView), boundary: boundary)
        } catch {
            throw APIError(.badRequest, code: "bad_upload", message: "the multipart body could not be read: \(error)")
        }
    }

    /// A `key=value` or `key="value"` parameter of a header value.
    static func parameter(_ key: String, of header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key.lowercased() else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// The name's last path component, without control characters.
    /// The longest file name kept, in characters; a longer one keeps its start and its extension.
    static let longestName = 120

    private static func lastComponent(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        guard clean.count > longestName else { return clean.isEmpty ? "upload" : clean }
        let ext = (clean as NSString).pathExtension
        let keep = ext.isEmpty || ext.count > 10 ? "" : "." + ext
        return String(clean.prefix(longestName - keep.count - 1)) + "…" + keep
    }
}
