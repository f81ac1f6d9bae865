import FazhiCore

/// Ingest jobs shared by any number of worker processes on any machines (`fazhi worker`): files are queued with their
/// bytes, a worker takes one under a lease, analyses it and stores the report and the job's end in one transaction.
///
/// A worker that dies mid-job leaves its lease to expire; the job is then taken again. A job whose lease was lost
/// cannot be finished by the worker that lost it, so no report is written twice.
public protocol IngestQueue: Sendable {
    /// Queues files; returns their job ids, in order.
    func enqueue(_ files: [QueuedFile]) async throws -> [Int64]

    /// Takes the oldest job that is queued, or running with an expired lease, for `worker` until `lease` from now;
    /// nil when there is none. A job taken `IngestJob.maximumAttempts` times without finishing is failed instead.
    func claim(worker: String, lease: Duration) async throws -> IngestJob?

    /// Stores the job's analysed file and marks the job done, in one transaction; fails with `lostLease` (storing
    /// nothing) when the job is no longer this worker's.
    func finish(_ job: IngestJob, worker: String, item: IngestItem) async throws -> IngestOutcome

    /// Marks the job failed (the file could not be read), when it is still this worker's.
    func fail(_ job: IngestJob, worker: String, reason: String) async throws

    /// A job's state, by id.
    func jobStatus(id: Int64) async throws -> IngestJob.Status?

    /// How many jobs are in each state.
    func jobCounts() async throws -> [IngestJob.State: Int]
}

/// A file to ingest, with the key its report is stored under and what readers are shown.
public struct QueuedFile: Sendable, Equatable {
    /// The report's key (a path under the folder ingested, or an upload's key).
    public var path: String
    /// What readers are shown for the file.
    public var name: String
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Who queued it (nil: the command line).
    public var ingestedBy: String?

    /// A file to queue.
    public init(path: String, name: String, bytes: [UInt8], ingestedBy: String?) {
        self.path = path
        self.name = name
        self.bytes = bytes
        self.ingestedBy = ingestedBy
    }
}

/// One ingest job as a worker holds it.
public struct IngestJob: Sendable, Equatable {
    /// Times a job is taken before it counts as failed (a file that kills its worker each time).
    public static let maximumAttempts = 3

    /// The job's id.
    public var id: Int64
    /// The file.
    public var file: QueuedFile
    /// How many times the job has been taken, this time included.
    public var attempt: Int

    /// A job.
    public init(id: Int64, file: QueuedFile, attempt: Int) {
        self.id = id
        self.file = file
        self.attempt = attempt
    }

    /// Where a job stands.
    public enum State: String, Sendable, Codable, CaseIterable {
        case queued, running, done, failed
    }

    /// A job's state and, once done, its report; once failed, why.
    public struct Status: Sendable, Codable, Equatable {
        public var id: Int64
        public var name: String
        public var state: State
        public var attempts: Int
        public var reportID: Int64?
        public var outcome: String?
        public var error: String?

        /// A job's status.
        public init(id: Int64, name: String, state: State, attempts: Int, reportID: Int64?, outcome: String?, error: String?) {
            self.id = id
            self.name = name
            self.state = state
            self.attempts = attempts
            self.reportID = reportID
            self.outcome = outcome
            self.error = error
        }
    }
}
