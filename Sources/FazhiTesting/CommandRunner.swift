import Foundation

/// Runs the built `fazhi` executable as a user would, capturing its output and exit code.
public enum CommandRunner {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `fazhi` executable: `FAZHI_BIN`, else the debug build beside the package.
    public static var executable: URL {
        if let configured = ProcessInfo.processInfo.environment["FAZHI_BIN"] {
            return URL(fileURLWithPath: configured)
        }
        let root = PackageRoot.url
        for configuration in ["debug", "release"] {
            let candidate = root.appendingPathComponent(".build/\(configuration)/fazhi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/fazhi")
    }

    /// Runs `fazhi` with arguments and extra environment variables, in `directory` if given.
    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           in directory: URL? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh temporary directory for a test's files, removed with the others when the test process exits.
    public static func temporaryDirectory() throws -> URL {
        let url = scratchRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder holding this process's temporary directories; registered for removal at exit on first use.
    private static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fazhi-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        atexit { CommandRunner.removeScratchRoot() }
        return url
    }()

    private static func removeScratchRoot() {
        try? FileManager.default.removeItem(at: scratchRoot)
    }
}
