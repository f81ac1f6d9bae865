import ArgumentParser
import FazhiCore
import FazhiFiles
import FazhiStore
import Foundation

/// `fazhi ingest`: analyse report files and store them in the database.
struct IngestCommand: AsyncParsableCommand {
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
    var batch = 256

    @Flag(name: .long, help: "Queue the files for `fazhi worker` processes instead of analysing them here (PostgreSQL only).")
    var queue = false

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch must be positive") }
    }

    func run() async throws {
        let expansion = InputFiles.expand(paths)
        let (files, missing) = (expansion.files, expansion.missing)
        InputFiles.reportSkipped(expansion.skipped)
        if files.isEmpty, missing.isEmpty { throw ValidationError("no report files found in \(paths.joined(separator: ", "))") }
        let queued = queue ? try await store.openQueue() : nil
        let database: any ReportStore = if let queued { queued } else { try await store.open() }
        for path in missing { Diagnostics.report(FileFailure(path: path, reason: "no such file or directory")) }
        if let queued {
            try await Self.enqueue(files, names: expansion.names, into: queued, batch: batch, missing: missing.count)
            return
        }
        let loader = FileLoader(analyzer: try Bundled.analyzer())
        let known = try await StoreOptions.reporting { try await database.currentVersions() }
        let tally = IngestTally(failed: missing.count)
        let progress = IngestProgress(total: files.count)
        let interrupt = InterruptFlag()
        // Each chunk is analysed on every core while the chunk before is written.
        let priority = AnalysisPriority()
        var writing: Task<Void, Never>?
        var start = 0
        while start < files.count, !interrupt.isRaised, !tally.writeFailed {
            let chunk = Array(files[start..<min(start + batch, files.count)])
            start += chunk.count
            let results = ParallelMap.map(chunk) { path in
                priority.apply()
                return Self.prepare(path, name: expansion.names[path], loader: loader, known: known)
            }
            await writing?.value
            writing = Task {
                await tally.store(results, in: database)
                progress.advance(by: chunk.count)
            }
        }
        await writing?.value
        progress.finish()
        FileHandle.standardError.write(Data(tally.summary(database: database.location, notStarted: files.count - tally.handled).utf8))
        if tally.writeFailed { throw ExitCode(1) }
        if interrupt.isRaised { throw ExitCode(130) }
        if tally.failed > 0 { throw ExitCode(1) }
    }

    /// Queues the files with their bytes for workers, a batch per transaction; unreadable files are reported.
    private static func enqueue(_ files: [String], names: [String: String], into queue: any ReportStore & IngestQueue, batch: Int,
                                missing: Int) async throws {
        var queued = 0, failed = missing
        for start in stride(from: 0, to: files.count, by: batch) {
            var chunk: [QueuedFile] = []
            for path in files[start..<min(start + batch, files.count)] {
                do {
                    let bytes = try FileLoader.readOriginal(path)
                    let key = URL(fileURLWithPath: path).standardizedFileURL.path
                    chunk.append(QueuedFile(path: key, name: names[path] ?? (path as NSString).lastPathComponent, bytes: bytes,
                                            ingestedBy: nil))
                } catch {
                    Diagnostics.report(error)
                    failed += 1
                }
            }
            queued += try await StoreOptions.reporting { try await queue.enqueue(chunk) }.count
        }
        FileHandle.standardError.write(Data("ingest: \(queued) files queued for workers, \(failed) failed → \(queue.location)\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    /// Reads, fingerprints and (unless unchanged) analyses one file.
    private static func prepare(_ path: String, name: String?, loader: FileLoader, known: [String: String]) -> PreparedFile {
        switch loader.prepare(path, key: URL(fileURLWithPath: path).standardizedFileURL.path, known: known) {
        case .success(var item?):
            if let name { item.name = name }
            return .analysed(item)
        case .success(nil): return .unchanged
        case .failure(let failure): return .failed(failure)
        }
    }
}

/// One file after the parallel step: ready to store, known unchanged, or failed.
enum PreparedFile: Sendable {
    case analysed(IngestItem)
    case unchanged
    case failed(FileFailure)
}
