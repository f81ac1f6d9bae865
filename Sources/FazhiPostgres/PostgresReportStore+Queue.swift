import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore: IngestQueue {
    public func enqueue(_ files: [QueuedFile]) async throws -> [Int64] {
        guard !files.isEmpty else { return [] }
        return try await transaction { connection in
            var ids: [Int64] = []
            for file in files {
                var sql = SQLBuilder()
                sql.append("""
                    INSERT INTO ingest_job (path, name, bytes, ingested_by)
                    VALUES (\(sql.bind(file.path)), \(sql.bind(file.name)), \(sql.bind(ByteBuffer(bytes: file.bytes))), \(sql.bind(file.ingestedBy)))
                    RETURNING id
                    """)
                ids.append(try await rows(sql, on: connection)[0].decode(Int64.self))
            }
            return ids
        }
    }

    public func claim(worker: String, lease: Duration) async throws -> IngestJob? {
        try await transaction { connection in
            // A job taken too often without finishing (its file kills the worker) ends as failed.
            var give = SQLBuilder()
            give.append("""
                UPDATE ingest_job SET state = 'failed', bytes = NULL, finished_at = now(),
                    error = 'its worker stopped \(IngestJob.maximumAttempts) times while analysing it'
                WHERE state = 'running' AND lease_until < now() AND attempts >= \(give.bind(IngestJob.maximumAttempts))
                """)
            _ = try await rows(give, on: connection)
            var sql = SQLBuilder()
            sql.append("""
                UPDATE ingest_job SET state = 'running', attempts = attempts + 1, worker = \(sql.bind(worker)),
                    lease_until = now() + make_interval(secs => \(sql.bind(Double(lease.components.seconds))))
                WHERE id = (
                    SELECT id FROM ingest_job
                    WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                    ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1
                )
                RETURNING id, path, name, bytes, ingested_by, attempts
                """)
            guard let row = try await rows(sql, on: connection).first else { return nil }
            let (id, path, name, bytes, author, attempt) = try row.decode((Int64, String, String, ByteBuffer, String?, Int).self)
            return IngestJob(id: id, file: QueuedFile(path: path, name: name, bytes: [UInt8](bytes.readableBytesView), ingestedBy: author),
                             attempt: attempt)
        }
    }

    public func finish(_ job: IngestJob, worker: String, item: IngestItem) async throws -> IngestOutcome {
        let now = ISO8601DateFormatter().string(from: Date())
        return try await transaction { connection in
            // The lease first: a worker that lost its job stores nothing.
            var held = SQLBuilder()
            held.append("""
                SELECT 1 FROM ingest_job WHERE id = \(held.bind(job.id)) AND state = 'running' AND worker = \(held.bind(worker))
                FOR UPDATE
                """)
            guard try await !rows(held, on: connection).isEmpty else { throw StoreError.lostLease(job: job.id) }
            let outcome = try await ingest(item, at: now, connection)
            let (id, word): (Int64, String) = switch outcome {
            case .added(let id): (id, "added")
            case .newVersion(let id, _): (id, "newVersion")
            case .unchanged(let id): (id, "unchanged")
            case .duplicate(let id, _): (id, "duplicate")
            }
            var done = SQLBuilder()
            done.append("""
                UPDATE ingest_job SET state = 'done', bytes = NULL, finished_at = now(), report_id = \(done.bind(id)),
                    outcome = \(done.bind(word))
                WHERE id = \(done.bind(job.id))
                """)
            _ = try await rows(done, on: connection)
            return outcome
        }
    }

    public func fail(_ job: IngestJob, worker: String, reason: String) async throws {
        var sql = SQLBuilder()
        sql.append("""
            UPDATE ingest_job SET state = 'failed', bytes = NULL, finished_at = now(), error = \(sql.bind(reason))
            WHERE id = \(sql.bind(job.id)) AND state = 'running' AND worker = \(sql.bind(worker))
            """)
        _ = try await rows(sql)
    }

    public func jobStatus(id: Int64) async throws -> IngestJob.Status? {
        var sql = SQLBuilder()
        sql.append("SELECT id, name, state, attempts, report_id, outcome, error FROM ingest_job WHERE id = \(sql.bind(id))")
        guard let row = try await rows(sql).first else { return nil }
        let (job, name, state, attempts, report, outcome, error) = try row.decode((Int64, String, String, Int, Int64?, String?, String?).self)
        return IngestJob.Status(id: job, name: name, state: IngestJob.State(rawValue: state) ?? .queued, attempts: attempts,
                                reportID: report, outcome: outcome, error: error)
    }

    public func jobCounts() async throws -> [IngestJob.State: Int] {
        var counts = Dictionary(uniqueKeysWithValues: IngestJob.State.allCases.map { ($0, 0) })
        for row in try await rows(SQLBuilder("SELECT state, count(*) FROM ingest_job GROUP BY state")) {
            let (state, n) = try row.decode((String, Int).self)
            if let state = IngestJob.State(rawValue: state) { counts[state] = n }
        }
        return counts
    }
}
