/// Why a file could not be loaded or analysed; names the file and the cause.
public struct FileFailure: Error, CustomStringConvertible, Equatable {
    /// The file's path (or an uploaded file's name).
    public let path: String
    /// What went wrong, in words a user can act on.
    public let reason: String

    /// Creates a failure for a file.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
