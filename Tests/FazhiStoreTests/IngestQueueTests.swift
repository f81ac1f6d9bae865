import FazhiCore
import FazhiPostgres
import FazhiStore
import FazhiTesting
import Foundation
import Testing

/// The PostgreSQL store's ingest queue: jobs taken once at a time, leases that expire, no report stored twice.
@Suite("ingest jobs for workers")
struct IngestQueueTests {
    static func queue() async throws -> any IngestQueue & ReportStore {
        try #require(try await StoreKind.postgres.make() as? any IngestQueue & ReportStore)
    }

    static func file(_ name: String, _ text: String) -> QueuedFile {
        QueuedFile(path: "queue/" + name, name: name, bytes: Array(text.utf8), ingestedBy: "李管")
    }

    static func item(for job: IngestJob) throws -> IngestItem {
        var item = try Items.item(job.file.path, job.file.bytes)
        item.name = job.file.name
        item.ingestedBy = job.file.ingestedBy
        return item
    }

    @Test("each job is taken by one worker, finished once, and stores its report with its author")
    func takenOnce() async throws {
        let store = try await Self.queue()
        let ids = try await store.enqueue([Self.file("a.txt", Fixtures.countyReport), Self.file("b.txt", Fixtures.traditionalReport)])
        #expect(ids.count == 2 && ids[0] < ids[1])
        let first = try #require(try await store.claim(worker: "w1", lease: .seconds(60)))
        let second = try #require(try await store.claim(worker: "w2", lease: .seconds(60)))
        #expect(try await store.claim(worker: "w3", lease: .seconds(60)) == nil)
        #expect(Set([first.id, second.id]) == Set(ids))
        #expect(try await store.jobCounts()[.running] == 2)
        guard case .added(let reportID) = try await store.finish(first, worker: "w1", item: try Self.item(for: first)) else {
            Issue.record("not added")
            return
        }
        let stored = try #require(try await store.report(id: reportID))
        #expect(stored.summary.ingestedBy == "李管" && stored.summary.name == first.file.name)
        try await store.fail(second, worker: "w2", reason: "unreadable")
        let status = try #require(try await store.jobStatus(id: second.id))
        #expect(status.state == .failed && status.error == "unreadable")
        #expect(try await store.jobStatus(id: first.id)?.reportID == reportID)
        #expect(try await store.jobCounts() == [.queued: 0, .running: 0, .done: 1, .failed: 1])
    }

    @Test("a job whose lease ran out is taken again; the worker that lost it stores nothing")
    func expiredLease() async throws {
        let store = try await Self.queue()
        _ = try await store.enqueue([Self.file("a.txt", Fixtures.countyReport)])
        let lost = try #require(try await store.claim(worker: "slow", lease: .seconds(1)))
        #expect(try await store.claim(worker: "other", lease: .seconds(60)) == nil)
        try await Task.sleep(for: .milliseconds(1_300))
        let retaken = try #require(try await store.claim(worker: "other", lease: .seconds(60)))
        #expect(retaken.id == lost.id && retaken.attempt == 2)
        await #expect(throws: StoreError.lostLease(job: lost.id)) {
            try await store.finish(lost, worker: "slow", item: try Self.item(for: lost))
        }
        #expect(try await store.count(ReportFilter()) == 0)
        _ = try await store.finish(retaken, worker: "other", item: try Self.item(for: retaken))
        #expect(try await store.count(ReportFilter()) == 1)
    }

    @Test("a job that keeps stopping its workers ends as failed")
    func poisonJob() async throws {
        let store = try await Self.queue()
        let id = try #require(try await store.enqueue([Self.file("a.txt", Fixtures.countyReport)]).first)
        for attempt in 1...IngestJob.maximumAttempts {
            #expect(try await store.claim(worker: "w\(attempt)", lease: .seconds(1))?.attempt == attempt)
            try await Task.sleep(for: .milliseconds(1_100))
        }
        #expect(try await store.claim(worker: "last", lease: .seconds(60)) == nil)
        #expect(try await store.jobStatus(id: id)?.state == .failed)
    }
}
