import FazhiCore
import Foundation

/// Why a file could not be loaded or analysed; names the file and the cause.
struct FileFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "\(path): \(reason)" }
}

/// Reads report files from disk, turning PDFs into text with pdftotext, and analyses them.
struct FileLoader: Sendable {
    let analyzer: Analyzer
    /// Files larger than this are refused rather than read into memory.
    static let maximumFileSize = 200 * 1024 * 1024

    /// Reads and analyses one file.
    func analyze(_ path: String, includeText: Bool = false) -> Result<Report, FileFailure> {
        do {
            return analyze(path, original: try readOriginal(path), includeText: includeText)
        } catch {
            return .failure(error as? FileFailure ?? FileFailure(path: path, reason: "\(error)"))
        }
    }

    /// Analyses a file whose bytes were already read.
    func analyze(_ path: String, original: [UInt8], includeText: Bool) -> Result<Report, FileFailure> {
        do {
            let (bytes, format) = try analysisInput(path, original: original)
            return .success(try analyzer.analyze(bytes, source: path, format: format, includeText: includeText))
        } catch let error as FileFailure {
            return .failure(error)
        } catch let error as ReadError {
            return .failure(FileFailure(path: path, reason: error.description))
        } catch {
            return .failure(FileFailure(path: path, reason: "\(error)"))
        }
    }

    /// The file's bytes exactly as stored on disk; refuses files over the size limit.
    func readOriginal(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FileFailure(path: path, reason: "cannot read the file (\(Self.describe(error)))")
        }
        if let size = attributes[.size] as? Int, size > Self.maximumFileSize {
            throw FileFailure(path: path, reason: "the file is \(size) bytes, larger than the \(Self.maximumFileSize)-byte limit")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw FileFailure(path: path, reason: "cannot read the file (\(Self.describe(error)))")
        }
    }

    /// What the analyzer reads for a file's bytes: pdftotext's output for a PDF, else the bytes.
    func analysisInput(_ path: String, original: [UInt8]) throws -> ([UInt8], DocumentFormat?) {
        if original.starts(with: Array("%PDF".utf8)) {
            return (try PDFText.extract(path: path), .pdf)
        }
        return (original, nil)
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
