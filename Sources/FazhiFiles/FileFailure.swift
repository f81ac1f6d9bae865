/// Why a file could not be loaded or analysed; names the file and the cause.
public struct FileFailure: Error, CustomStringConvertible, Equatable {
    /// The file's path (or an uploaded file's name).
    public let path: String
    /// What went wrong, in words a user can act on.
    public let reason: String
    /// The same in Chinese, for the review desk, when the cause is known.
    public let chineseReason: String?

    /// Creates a failure for a file.
    public init(path: String, reason: String, chineseReason: String? = nil) {
        self.path = path
        self.reason = reason
        self.chineseReason = chineseReason
    }

    public var description: String { "\(path): \(reason)" }
}
