/// How `fazhi serve` runs: where it listens, whether it accepts writes, and how much it accepts.
public struct ServerConfiguration: Sendable {
    /// Host or address to listen on.
    public var host: String
    /// Port to listen on (0: any free port).
    public var port: Int
    /// A token for one administrator (named admin), besides `users`; with neither the server is read-only.
    public var token: String?
    /// The named users and their roles (`--users FILE`).
    public var users: UserDirectory
    /// The reviewing office that signs the letters back (`--office 衢州市司法局`).
    public var office: String
    /// Largest request body accepted by an upload, in bytes.
    public var maximumUploadBytes: Int
    /// Most files accepted in one upload.
    public var maximumUploadFiles: Int
    /// Seconds a connection may stay idle (a request sent halfway and left) before it is closed.
    public var idleTimeoutSeconds: Int
    /// Host names requests may be addressed to besides the loopback names (a real deployment's name); with none, a
    /// server on loopback answers loopback names only and one on another address answers any.
    public var allowedHosts: [String]
    /// Whole reports (a report page, its JSON, its original) loaded at once; further views wait, bounding memory.
    public var concurrentReportViews: Int
    /// Whether each request is logged (method, path, status, its id) through swift-log.
    public var logsRequests = false

    /// Everyone who may sign in: the users, and the token's administrator (the token hashed each time: built once
    /// per app).
    public var directory: UserDirectory {
        UserDirectory(users.users + (token.map { [ServerUser(name: "admin", role: .admin, token: $0)] } ?? []))
    }

    /// Whether anyone may write (sign in with a token).
    public var acceptsWrites: Bool { token != nil || !users.users.isEmpty }

    /// Creates a configuration; by default loopback only, read-only, 50 MB and 200 files per upload, 30 s idle, two
    /// whole-report views at once.
    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                maximumUploadBytes: Int = 50 * 1024 * 1024, maximumUploadFiles: Int = 200, idleTimeoutSeconds: Int = 30,
                allowedHosts: [String] = [], concurrentReportViews: Int = 2, users: UserDirectory = UserDirectory([]),
                office: String = "审核机关") {
        self.host = host
        self.port = port
        self.token = token
        self.maximumUploadBytes = maximumUploadBytes
        self.maximumUploadFiles = maximumUploadFiles
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.allowedHosts = allowedHosts
        self.concurrentReportViews = concurrentReportViews
        self.users = users
        self.office = office
    }
}
