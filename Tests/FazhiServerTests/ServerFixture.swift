import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting

/// A store loaded with the dev corpus and the fixture report, and the apps the tests run over it.
enum ServerFixture {
    static let resources = try! AnalysisResources.bundled()
    static let analyzer = Analyzer(resources: resources)

    /// The loaded store, built once per test run (or why it could not be: the shared corpus missing).
    private static let loaded = Task<SQLiteReportStore, any Error> {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("server.sqlite").path
        let store = try SQLiteReportStore(path: path)
        let loader = FileLoader(analyzer: analyzer)
        var items: [IngestItem] = []
        for entry in try DevCorpus.gold() {
            items.append(try loader.prepare(name: entry.file, bytes: DevCorpus.bytes(entry.file)).get())
        }
        items.append(try loader.prepare(name: "county.txt", bytes: Array(Fixtures.countyReport.utf8)).get())
        _ = try await store.ingest(items)
        return store
    }

    /// The loaded store.
    static var store: SQLiteReportStore {
        get async throws { try await loaded.value }
    }

    /// An app over the shared store (read-only unless a token is given).
    static func app(token: String? = nil, maximumUploadBytes: Int = 1_048_576, maximumUploadFiles: Int = 5,
                    store: (any ReportStore)? = nil, idleTimeoutSeconds: Int = 30,
                    allowedHosts: [String] = [], users: [ServerUser] = [], office: String = "审核机关") async throws -> some ApplicationProtocol {
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, token: token,
                                                maximumUploadBytes: maximumUploadBytes, maximumUploadFiles: maximumUploadFiles,
                                                idleTimeoutSeconds: idleTimeoutSeconds, allowedHosts: allowedHosts,
                                                users: UserDirectory(users), office: office)
        let store: any ReportStore = if let store { store } else { try await Self.store }
        return try FazhiApp(store: store, analyzer: analyzer, indicators: resources.indicators.indicators,
                            configuration: configuration, roster: RosterBuilder(resources: resources)).application()
    }

    /// A fresh, empty store for tests that write.
    static func emptyStore() throws -> SQLiteReportStore {
        try SQLiteReportStore(path: CommandRunner.temporaryDirectory().appendingPathComponent("upload.sqlite").path)
    }

    /// The id of a dev-corpus report by its file name's start (000, 003 …).
    static func id(_ prefix: String) async throws -> Int64 {
        try await Self.store.list(ReportFilter(), limit: 100, offset: 0).first { ($0.path as NSString).lastPathComponent.hasPrefix(prefix) }!.id
    }

    /// A multipart/form-data body of files and fields.
    static func multipart(files: [(String, [UInt8])], fields: [String: String] = [:]) -> (ByteBuffer, String) {
        let boundary = "fazhi-test-boundary-7d1"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, bytes) in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n")
            body.writeString("Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return (body, "multipart/form-data; boundary=\(boundary)")
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body decoded as JSON into a dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }

    /// The `error.code` of a JSON error body.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}
