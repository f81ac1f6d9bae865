import FazhiCore
import Foundation

/// The five real reports in ../shared/corpus/dev and their gold annotations.
///
/// The project never copies their text: tests read them from the shared folder beside the
/// checkout (or from `FAZHI_DEV_CORPUS`).
public enum DevCorpus {
    /// The folder holding the dev corpus.
    public static var directory: URL {
        if let configured = ProcessInfo.processInfo.environment["FAZHI_DEV_CORPUS"] {
            return URL(fileURLWithPath: configured)
        }
        return PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    }

    /// The gold annotations, one per report.
    public static func gold() throws -> [GoldEntry] {
        try SharedCorpusMissing.check(directory, variable: "FAZHI_DEV_CORPUS")
        let data = try Data(contentsOf: directory.appendingPathComponent("gold.jsonl"))
        let decoder = JSONDecoder()
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try decoder.decode(GoldEntry.self, from: Data($0.utf8))
        }
    }

    /// The bytes of one corpus file.
    public static func bytes(_ file: String) throws -> [UInt8] {
        try SharedCorpusMissing.check(directory, variable: "FAZHI_DEV_CORPUS")
        return [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
    }
}

/// The root of the Fazhi package checkout.
public enum PackageRoot {
    /// The package root, found from this source file's path.
    public static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The bundled fictional sample reports.
    public static var samples: URL { url.appendingPathComponent("Samples") }

    /// The report files under Samples/ (its supervision demo included; not README.md, the roster CSVs or the demo
    /// users), as paths relative to it, sorted.
    public static var sampleFiles: [String] {
        let reports: Set<String> = ["txt", "html", "docx", "pdf"]
        return (FileManager.default.enumerator(atPath: samples.path)?.allObjects as? [String] ?? [])
            .filter { reports.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
    }

    /// How many report files there are under Samples/.
    public static var sampleCount: Int { sampleFiles.count }
}

/// What a careful reader found in one dev-corpus report (a line of gold.jsonl).
public struct GoldEntry: Decodable, Sendable, CustomStringConvertible {
    public struct GoldRegion: Decodable, Sendable {
        public var name: String
        public var level: String
        public var divisionType: String
        public var prefecture: String?
        public var province: String?
        public var code: String?
    }

    public struct KnownFinding: Decodable, Sendable {
        public var rule: String
        public var about: String
    }

    public var file: String
    public var isAnnualReport: Bool
    public var title: String?
    public var body: String?
    public var region: GoldRegion?
    public var reportYear: Int?
    public var recipients: [String]
    public var signedDate: String?
    public var publishedDate: String?
    public var docNumber: String?
    public var script: String
    public var noise: [String]
    public var firstLevelHeadings: [String]
    public var parts: [String]
    public var knownFindings: [KnownFinding]

    public var description: String { file }
}

extension String {
    /// The string in NFKC form, so ASCII and full-width punctuation compare equal.
    public var widthNormalized: String { precomposedStringWithCompatibilityMapping }
}
