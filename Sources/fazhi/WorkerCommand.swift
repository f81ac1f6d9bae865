import ArgumentParser
import FazhiCore
import FazhiFiles
import FazhiStore
import Foundation

/// `fazhi worker --db postgres://…`: takes ingest jobs from the store's queue and stores their reports, until stopped.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "从 PostgreSQL 队列领取入库任务并分析入库（可在多台机器上运行任意多个）。",
        discussion: """
            Takes ingest jobs queued by `fazhi ingest --queue` and by uploads, analyses each file and stores its report \
            and the job's end in one transaction. Any number of workers on any machines share one queue; a worker killed \
            mid-job leaves the job to be taken again when its lease runs out. Ctrl-C or SIGTERM finishes the jobs in hand, \
            then stops.
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Jobs analysed at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Seconds a job stays this worker's before another may take it.")
    var lease = 600

    @Flag(name: .long, help: "Stop when the queue is empty instead of waiting for more jobs.")
    var drain = false

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        guard lease >= 10 else { throw ValidationError("--lease must be at least 10 seconds") }
    }

    func run() async throws {
        let queue = try await store.openQueue()
        let loader = FileLoader(analyzer: try Bundled.analyzer())
        let interrupt = InterruptFlag()
        let name = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        FileHandle.standardError.write(Data("worker \(name): taking jobs from \(queue.location) (\(jobs) at once)\n".utf8))
        let counts = await withTaskGroup(of: WorkerTally.self) { group in
            for slot in 0..<jobs {
                group.addTask {
                    await Self.work(queue, worker: "\(name)/\(slot)", loader: loader, lease: .seconds(lease), drain: drain,
                                    interrupt: interrupt)
                }
            }
            var total = WorkerTally()
            for await tally in group { total.add(tally) }
            return total
        }
        FileHandle.standardError.write(Data("worker \(name): \(counts.stored) stored, \(counts.failed) failed\n".utf8))
        if counts.storeFailed { throw ExitCode(1) }
    }

    /// One slot's loop: take a job, analyse it off the cooperative pool, store it; wait a little when the queue is empty.
    private static func work(_ queue: any IngestQueue, worker: String, loader: FileLoader, lease: Duration, drain: Bool,
                             interrupt: InterruptFlag) async -> WorkerTally {
        var tally = WorkerTally()
        var idle: Duration = .milliseconds(100)
        while !interrupt.isRaised {
            do {
                guard let job = try await queue.claim(worker: worker, lease: lease) else {
                    if drain { break }
                    try await Task.sleep(for: idle)
                    idle = min(idle * 2, .seconds(2))
                    continue
                }
                idle = .milliseconds(100)
                let prepared = await Self.analyse(job.file, loader: loader)
                switch prepared {
                case .success(var item):
                    item.path = job.file.path
                    item.name = job.file.name
                    item.ingestedBy = job.file.ingestedBy
                    _ = try await queue.finish(job, worker: worker, item: item)
                    tally.stored += 1
                case .failure(let failure):
                    Diagnostics.report(failure)
                    try await queue.fail(job, worker: worker, reason: failure.reason)
                    tally.failed += 1
                }
            } catch StoreError.lostLease(let job) {
                Diagnostics.report(StoreError.lostLease(job: job).description)
            } catch {
                Diagnostics.report((error as? StoreError)?.description ?? "\(error)")
                tally.storeFailed = true
                break
            }
        }
        return tally
    }

    /// Analyses a file on a thread of its own, leaving the cooperative pool to the store's connections.
    private static func analyse(_ file: QueuedFile, loader: FileLoader) async -> Result<IngestItem, FileFailure> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: loader.prepare(name: file.name, bytes: file.bytes)) }
        }
    }
}

/// What one worker slot did.
struct WorkerTally: Sendable {
    var stored = 0
    var failed = 0
    var storeFailed = false

    mutating func add(_ other: WorkerTally) {
        stored += other.stored
        failed += other.failed
        storeFailed = storeFailed || other.storeFailed
    }
}
