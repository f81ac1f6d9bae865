import Crypto
import FazhiCore
import FazhiStore
import Foundation

/// Reads report files (from disk or uploaded), turning PDFs into text with pdftotext, and
/// analyses them: the edge between files and the pure analyzer.
public struct FileLoader: Sendable {
    /// The analyzer every file goes through.
    public let analyzer: Analyzer
    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 200 * 1024 * 1024

    /// Creates a loader around an analyzer.
    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// Reads and analyses one file.
    public func analyze(_ path: String, includeText: Bool = false) -> Result<Report, FileFailure> {
        do {
            // No other reference to the bytes stays here, so the analyzer frees them once it has read them.
            let (bytes, format) = try analysisInput(path, original: Self.readOriginal(path))
            return .success(try analyzer.analyze(consume bytes, source: path, format: format, includeText: includeText))
        } catch {
            return .failure(Self.failure(error, path: path))
        }
    }

    /// Reads a file for storing: skipped as `nil` when `known` says the store has this path's content.
    public func prepare(_ path: String, key: String, known: [String: String]) -> Result<IngestItem?, FileFailure> {
        do {
            let original = try Self.readOriginal(path)
            let digest = Self.sha256(original)
            if known[key] == digest { return .success(nil) }
            return .success(try item(path, key: key, original: original, digest: digest))
        } catch {
            return .failure(Self.failure(error, path: path))
        }
    }

    /// Analyses uploaded bytes for storing under `name`.
    public func prepare(name: String, bytes: [UInt8]) -> Result<IngestItem, FileFailure> {
        do {
            return .success(try item(name, key: name, original: bytes, digest: Self.sha256(bytes), onDisk: false))
        } catch {
            return .failure(Self.failure(error, path: name))
        }
    }

    private func item(_ path: String, key: String, original: [UInt8], digest: String, onDisk: Bool = true) throws -> IngestItem {
        let (bytes, format) = try analysisInput(path, original: original, onDisk: onDisk)
        let report = try analyzer.analyze(bytes, source: path, format: format, includeText: true)
        var item = IngestItem(path: key, original: original, sha256: digest, report: report, sourceText: format == .pdf ? bytes : nil)
        // Here, on the core that analysed the file, not on the store's single writer.
        try item.prepareStoredForm()
        return item
    }

    /// The file's bytes exactly as stored on disk; refuses files over the size limit.
    public static func readOriginal(_ path: String) throws(FileFailure) -> [UInt8] {
        do {
            return try FileBytes.contents(of: path, limit: maximumFileSize)
        } catch {
            switch error {
            case .tooLarge(let size):
                throw FileFailure(path: path, reason: "the file is \(size) bytes, larger than the \(Self.maximumFileSize)-byte limit",
                                  chineseReason: "文件超过 \(Self.maximumFileSize / 1_048_576) MB 的大小上限")
            case .system(let message):
                throw FileFailure(path: path, reason: "cannot read the file (\(message))")
            }
        }
    }

    /// What the analyzer reads for a file's bytes: pdftotext's output for a PDF, else the bytes.
    /// A PDF on disk is read where it is; uploaded bytes go through a temporary file.
    public func analysisInput(_ path: String, original: [UInt8], onDisk: Bool = true) throws(FileFailure) -> ([UInt8], DocumentFormat?) {
        if original.starts(with: Array("%PDF".utf8)) {
            let text = onDisk ? try PDFText.extract(path: path, reportingAs: path) : try PDFText.extract(bytes: original, name: path)
            return (text, .pdf)
        }
        return (original, nil)
    }

    /// SHA-256 of bytes, as lower-case hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func failure(_ error: any Error, path: String) -> FileFailure {
        switch error {
        case let failure as FileFailure: failure
        case let error as ReadError: FileFailure(path: path, reason: error.description, chineseReason: error.chineseDescription)
        default: FileFailure(path: path, reason: "\(error)")
        }
    }
}
