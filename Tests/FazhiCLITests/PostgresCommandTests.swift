import FazhiCore
import FazhiStore
import FazhiTesting
import Foundation
import Testing

/// The commands on a PostgreSQL store (`--db postgres://…` or `FAZHI_DB`), the queue and its workers.
@Suite("commands on PostgreSQL: --db postgres://, ingest --queue and fazhi worker")
struct PostgresCommandTests {
    @Test("files queued by ingest --queue are stored by workers; list, search and stats read them; FAZHI_DB names the server")
    func queueAndWorkers() throws {
        let db = try TestPostgres.schema("cli").url
        let missing = try CommandRunner.run(["list", "--db", db])
        #expect(missing.status == 1 && missing.stderr.contains("fazhi ingest"), "\(missing.stderr)")
        let queued = try CommandRunner.run(["ingest", "--queue", "--db", db, PackageRoot.samples.path])
        #expect(queued.status == 0, "\(queued.stderr)")
        #expect(queued.stderr.contains("13 files queued"), "\(queued.stderr)")
        #expect(try CommandRunner.run(["list", "--format", "json", "--db", db]).stdout.contains("\"total\" : 0"),
                "nothing is stored before a worker runs")
        // Two workers at once share the queue; --drain stops each when it is empty.
        let outcomes = try Self.concurrently([["worker", "--drain", "--jobs", "2", "--db", db], ["worker", "--drain", "--jobs", "2", "--db", db]])
        #expect(outcomes.allSatisfy { $0.status == 0 }, "\(outcomes.map(\.stderr))")
        let stored = outcomes.map { outcome in
            Int(outcome.stderr.split(separator: "\n").last { $0.contains(" stored, ") }?.split(separator: ":").last?
                .split(separator: " ").first ?? "0") ?? 0
        }
        #expect(stored.reduce(0, +) == 13, "\(outcomes.map(\.stderr))")
        let list = try CommandRunner.run(["list", "--format", "json"], environment: ["FAZHI_DB": db])
        #expect(list.status == 0 && list.stdout.contains("\"total\" : 13"), "\(list.stderr)")
        let search = try CommandRunner.run(["search", "行政复议", "--db", db])
        #expect(search.status == 0 && search.stdout.contains("【行政复议】"), "\(search.stderr)")
        #expect(try CommandRunner.run(["stats", "--db", db]).stdout.contains("报告总数"))
    }

    @Test("a SQLite file keeps no queue: ingest --queue and worker refuse it without creating it")
    func noQueueOnSQLite() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("x.sqlite").path
        for arguments in [["ingest", "--queue", "--db", db, PackageRoot.samples.path], ["worker", "--drain", "--db", db]] {
            let outcome = try CommandRunner.run(arguments)
            #expect(outcome.status == 1 && outcome.stderr.contains("PostgreSQL"), "\(outcome.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// Runs the commands at once, each in a thread of its own; their outcomes in order.
    static func concurrently(_ commands: [[String]]) throws -> [CommandRunner.Outcome] {
        let results = Results(count: commands.count)
        let group = DispatchGroup()
        for (index, arguments) in commands.enumerated() {
            group.enter()
            Thread {
                results.set(index, Result { try CommandRunner.run(arguments) })
                group.leave()
            }.start()
        }
        group.wait()
        return try results.all.map { try $0!.get() }
    }

    final class Results: @unchecked Sendable {
        private var values: [Result<CommandRunner.Outcome, any Error>?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<CommandRunner.Outcome, any Error>) { lock.withLock { values[index] = value } }
        var all: [Result<CommandRunner.Outcome, any Error>?] { lock.withLock { values } }
    }

    @Test("a bad server URL or an unreachable server is a clear error naming it")
    func badServer() throws {
        let unreachable = try CommandRunner.run(["list", "--db", "postgres://fazhi@127.0.0.1:1/fazhi"])
        #expect(unreachable.status == 1 && unreachable.stderr.contains("postgres://fazhi@127.0.0.1:1/fazhi"), "\(unreachable.stderr)")
        let noDatabase = try CommandRunner.run(["list", "--db", "postgres://fazhi@127.0.0.1:5432"])
        #expect(noDatabase.status == 1 && noDatabase.stderr.contains("names no database"), "\(noDatabase.stderr)")
        let password = try CommandRunner.run(["list", "--db", "postgres://fazhi:secret@127.0.0.1:1/fazhi"])
        #expect(!password.stderr.contains("secret"), "the password is never shown")
    }
}
