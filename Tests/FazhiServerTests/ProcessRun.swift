import Foundation

/// Runs a helper program (Chromium, schemathesis) on a thread of its own, off Swift's cooperative pool and
/// Dispatch's global threads, so a live server in the same process keeps answering while the test waits.
enum ProcessRun {
    /// Whether standard error joins the output or is thrown away.
    enum Errors {
        case merged
        case discarded
    }

    /// Runs `executable` with `arguments`, in `directory` when given (where it may leave caches);
    /// its exit status and its output.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                    errors: Errors = .merged) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: executable)
                    process.arguments = arguments
                    if let directory { process.currentDirectoryURL = directory }
                    let output = Pipe()
                    process.standardOutput = output
                    process.standardError = errors == .merged ? output : FileHandle.nullDevice
                    try process.run()
                    let data = output.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }
}
