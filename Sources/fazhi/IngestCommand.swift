import ArgumentParser
import Crypto
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi ingest`: analyse report files and store them in the database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "分析报告并存入数据库（重复内容不重复存储，文件变化时保存新版本）。",
        discussion: """
            Analyses every file (directories are walked) on all cores and stores the original, the cleaned \
            text, metadata, outline, figures and findings. Unchanged files are skipped without being analysed; \
            a changed file under a known path becomes a new version. A bad file is reported and skipped. \
            Interrupting (Ctrl-C) stops after the files in hand; running the command again completes the work.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "Report files or directories.")
    var paths: [String]

    @Option(help: "Files analysed and stored per transaction.")
    var batch = 128

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch must be positive") }
    }

    func run() throws {
        let (files, missing) = InputFiles.expand(paths)
        if files.isEmpty, missing.isEmpty { throw ValidationError("no report files found in \(paths.joined(separator: ", "))") }
        let database = try store.open()
        let loader: FileLoader
        do {
            loader = FileLoader(analyzer: try Analyzer.bundled())
        } catch {
            throw ValidationError("cannot load Fazhi's bundled resources: \(error)")
        }
        for path in missing { Diagnostics.report(FileFailure(path: path, reason: "no such file or directory")) }
        let known = try StoreOptions.reporting { try database.currentVersions() }
        let tally = IngestTally(failed: missing.count)
        let progress = IngestProgress(total: files.count)
        let interrupt = InterruptFlag()
        let writer = DispatchQueue(label: "fazhi.ingest.writer")
        let slots = DispatchSemaphore(value: 2)
        var start = 0
        while start < files.count, !interrupt.isRaised, !tally.writeFailed {
            let chunk = Array(files[start..<min(start + batch, files.count)])
            start += chunk.count
            let results = IngestSlots(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, Self.prepare(chunk[index], loader: loader, known: known))
            }
            slots.wait()
            writer.async {
                defer { slots.signal() }
                tally.store(results.all, in: database)
                progress.advance(by: chunk.count)
            }
        }
        writer.sync {}
        progress.finish()
        FileHandle.standardError.write(Data(tally.summary(database: database.path, notStarted: files.count - tally.handled).utf8))
        if tally.writeFailed { throw ExitCode(1) }
        if interrupt.isRaised { throw ExitCode(130) }
        if tally.failed > 0 { throw ExitCode(1) }
    }

    /// Reads, fingerprints and (unless unchanged) analyses one file.
    private static func prepare(_ path: String, loader: FileLoader, known: [String: String]) -> PreparedFile {
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        let original: [UInt8]
        do {
            original = try loader.readOriginal(path)
        } catch {
            return .failed(error as? FileFailure ?? FileFailure(path: path, reason: "\(error)"))
        }
        let digest = SHA256.hash(data: original).map { String(format: "%02x", $0) }.joined()
        if known[key] == digest { return .unchanged }
        switch loader.analyze(path, original: original, includeText: true) {
        case .success(let report):
            return .analysed(IngestItem(path: key, original: original, sha256: digest, report: report))
        case .failure(let failure):
            return .failed(failure)
        }
    }
}

/// One file after the parallel step: ready to store, known unchanged, or failed.
enum PreparedFile: Sendable {
    case analysed(IngestItem)
    case unchanged
    case failed(FileFailure)
}

/// Slots the parallel step fills, one per file of a chunk.
private final class IngestSlots: @unchecked Sendable {
    private var slots: [PreparedFile?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: PreparedFile) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [PreparedFile] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
