import FazhiCore
import Foundation

/// One analysed file ready to be stored: where it came from, its original bytes and its analysis.
public struct IngestItem: Sendable {
    /// The path the file was read from; versions are kept per path.
    public var path: String
    /// What readers are shown for the file: its path under the folder ingested (报告/2023/开化.txt) or the upload's
    /// name, never where it lies on the server.
    public var name: String
    /// Who stored it: the signed-in user of an upload; nil for the command line.
    public var ingestedBy: String?
    /// The file's bytes exactly as read (the PDF itself for a PDF).
    public var original: [UInt8]
    /// SHA-256 of `original`, hex: the identity of the content.
    public var sha256: String
    /// The analysis, with its cleaned text (`Report.text`).
    public var report: Report {
        didSet { preparedStoredForm = nil }
    }
    /// The bytes the analyzer read when they are not the original: pdftotext's output for a PDF.
    /// Positions in the analysis point into these.
    public var sourceText: [UInt8]?
    /// The stored form made ahead by ``prepareStoredForm()``; nil until then, and again once `report` changes.
    public internal(set) var preparedStoredForm: StoredForm?

    /// Whether the report came late, as every store counts it: a `late-report` finding (signed or published after
    /// the deadline for its kind of body).
    public var isLate: Bool { report.findings.contains { $0.rule == "late-report" } }

    /// Error-level findings, as every store counts them.
    public var errorCount: Int { report.findings.filter { $0.severity == .error }.count }

    /// Creates an item; `report.text` must hold the cleaned text. The name is the path's last part unless given.
    public init(path: String, name: String? = nil, original: [UInt8], sha256: String, report: Report,
                sourceText: [UInt8]? = nil) {
        self.path = path
        self.name = name ?? (path as NSString).lastPathComponent
        self.original = original
        self.sha256 = sha256
        self.report = report
        self.sourceText = sourceText
    }
}

/// What storing one item did.
public enum IngestOutcome: Sendable, Equatable {
    /// First content seen under this path: stored as version 1.
    case added(id: Int64)
    /// Changed content under a known path: stored as a new version, now the current one.
    case newVersion(id: Int64, version: Int)
    /// The path's current version already has this content: nothing changed.
    case unchanged(id: Int64)
    /// Another path's current version has the same content: not stored twice.
    case duplicate(of: Int64, path: String)
}
