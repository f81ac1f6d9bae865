import Foundation

/// The 150 hand-labelled real report openings in ../shared/corpus/openings.
///
/// Like the dev corpus, the texts are read from the shared folder (or from
/// `FAZHI_OPENINGS_CORPUS`), never copied into the project.
public enum OpeningsCorpus {
    /// The folder holding `labels.jsonl` and `texts/`.
    public static var directory: URL {
        if let configured = ProcessInfo.processInfo.environment["FAZHI_OPENINGS_CORPUS"] {
            return URL(fileURLWithPath: configured)
        }
        return PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/corpus/openings")
    }

    /// The labels of the folder `directory`, one per text.
    public static func labels(in directory: URL = directory) throws -> [OpeningLabel] {
        try SharedCorpusMissing.check(directory, variable: "FAZHI_OPENINGS_CORPUS")
        let data = try Data(contentsOf: directory.appendingPathComponent("labels.jsonl"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try decoder.decode(OpeningLabel.self, from: Data($0.utf8))
        }
    }

    /// The bytes of the text labelled `label`.
    public static func bytes(of label: OpeningLabel, in directory: URL = directory) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent("texts/\(label.id).txt")))
    }
}

/// What a careful reader wrote down about one opening (a line of labels.jsonl).
public struct OpeningLabel: Decodable, Sendable, CustomStringConvertible {
    public var id: String
    public var url: String?
    public var isAnnualReport: Bool
    public var docKind: String
    public var body: String?
    public var region: String?
    /// province, city, district, county, township, department or unknown.
    public var level: String
    public var reportYear: Int?
    public var recipient: String?
    public var script: String
    public var garbledPinyin: Bool
    public var placeholders: Bool
    public var masked: Bool
    public var firstLevelHeadings: [String]
    public var notes: String?

    public var description: String { id }
}
