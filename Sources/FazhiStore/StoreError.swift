/// Why a store could not be opened or used; names the database (a file, or a server's URL).
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not an SQLite database (or is damaged beyond reading).
    case notADatabase(path: String, reason: String)
    /// The database belongs to some other program.
    case foreignDatabase(path: String)
    /// The database was written by a newer Fazhi, with migrations this one does not know.
    case newerSchema(path: String, unknown: [String])
    /// A query could not be run.
    case invalidQuery(String)
    /// The database failed while reading or writing.
    case failed(path: String, reason: String)
    /// A command that only reads found no database at the path.
    case missing(path: String)
    /// An ingest job's lease ran out and another worker took it; this worker's result was not stored.
    case lostLease(job: Int64)
    /// The store keeps no ingest queue (the embedded SQLite file: workers need a PostgreSQL server).
    case noQueue(path: String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path): not a Fazhi database: the file is not a readable SQLite database (\(reason)); it was left untouched"
        case .foreignDatabase(let path):
            "\(path): not a Fazhi database: it holds another program's data; it was left untouched"
        case .newerSchema(let path, let unknown):
            "\(path): written by a newer Fazhi (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Fazhi to use it"
        case .invalidQuery(let reason):
            "invalid query: \(reason)"
        case .failed(let path, let reason):
            "\(path): database error: \(reason)"
        case .missing(let path):
            "\(path): no Fazhi database here; `fazhi ingest FILES --db \(path)` creates one"
        case .lostLease(let job):
            "ingest job \(job) was taken by another worker after its lease ran out; this result was not stored"
        case .noQueue(let path):
            "\(path): ingest jobs need a PostgreSQL store (--db postgres://…); a SQLite file is ingested directly"
        }
    }
}
