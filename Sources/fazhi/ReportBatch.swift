import ArgumentParser
import FazhiCore
import FazhiFiles
import FazhiStore
import Foundation

/// Reads the reports named on the command line on every core, reporting bad files and going on.
struct ReportBatch {
    let files: [String]
    let missing: [String]
    let loader: FileLoader

    /// Expands paths and loads the analyzer; a usage error when nothing is left to read.
    init(paths: [String]) throws {
        let expansion = InputFiles.expand(paths)
        (files, missing) = (expansion.files, expansion.missing)
        InputFiles.reportSkipped(expansion.skipped)
        if files.isEmpty, missing.isEmpty {
            throw ValidationError("no report files found in \(paths.joined(separator: ", "))")
        }
        loader = FileLoader(analyzer: try Bundled.analyzer())
    }

    /// Whether more than one file (or a missing one) was named, so output is a list.
    var isMany: Bool { files.count != 1 || !missing.isEmpty }

    /// Analyses every file, calling `deliver` in input order; returns whether any file failed.
    func run(includeText: Bool = false, deliver: (Report) -> Void) -> Bool {
        run(includeText: includeText, prepare: { $0 }, deliver: deliver)
    }

    /// Analyses every file and `prepare`s its report on the core that analysed it, calling `deliver` with each in input
    /// order; returns whether any file failed.
    func run<Prepared: Sendable>(includeText: Bool = false, prepare: @escaping @Sendable (Report) -> Prepared,
                                 deliver: (Prepared) -> Void) -> Bool {
        var failed = !missing.isEmpty
        for path in missing { Diagnostics.report(FileFailure(path: path, reason: "no such file or directory")) }
        let loader = loader
        ParallelBatch.run(files, work: { loader.analyze($0, includeText: includeText).map(prepare) }) { _, result in
            switch result {
            case .success(let prepared): deliver(prepared)
            case .failure(let failure):
                failed = true
                Diagnostics.report(failure)
            }
        }
        return failed
    }
}

/// Writes to standard output and standard error.
enum Output {
    /// Writes text to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes (UTF-8 already) to standard output, without copying them (a huge report's JSON is tens of MB).
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                                                 deallocator: .none))
        }
    }
}

/// Writes errors to standard error.
enum Diagnostics {
    /// Prints a failure as `fazhi: error: path: reason`.
    static func report(_ failure: FileFailure) {
        report(failure.description)
    }

    /// Prints a message as `fazhi: error: message`.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("fazhi: error: \(message)\n".utf8))
    }
}
