import Foundation

/// One township-level division: a town (镇), township (乡), ethnic township (民族乡), sumu (苏木) or street office (街道).
public struct Township: Hashable, Sendable {
    /// The full name, e.g. 东溪镇.
    public let name: String
    /// 镇, 乡, 民族乡, 苏木, 民族苏木 or 街道.
    public let type: String
    /// The 6-digit code of the county-level division (or prefecture) it belongs to.
    public let countyCode: String
    /// Its own 9-digit code, where known.
    public let code: String?
}

/// China's township-level divisions (Resources/townships.tsv), found by name.
///
/// Street offices are also found by their everyday short name (石门街 for 石门街道).
public struct TownshipGazetteer: Sendable {
    /// Every township, in file order (by county code).
    public let townships: [Township]
    /// Names and short names; the value indexes `names` and `holders`.
    private let trie: ScalarTrie
    private let names: [String]
    /// The townships (indexes into `townships`) each name stands for.
    private let holders: [[Int]]

    /// Parses the resource format: `#` comments, then name, type, countyCode, code.
    public init(tsv: String) throws(GazetteerError) {
        var townships: [Township] = [], lineNumber = 0
        // Split an array of the bytes: splitting the String's UTF-8 view itself takes several times as long.
        for rawLine in Array(tsv.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 4 else {
                throw .malformedRow(line: lineNumber, reason: "expected 4 tab-separated fields, found \(fields.count)")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty, fields[2].utf8.count == 6 else {
                throw .malformedRow(line: lineNumber, reason: "empty name or type, or a county code that is not 6 digits")
            }
            townships.append(Township(name: fields[0], type: fields[1], countyCode: fields[2], code: fields[3].isEmpty ? nil : fields[3]))
        }
        // Names are found through the trie, scalar by scalar: a dictionary keyed by String would hash and compare
        // every name with Unicode normalization, several times the cost of loading the file.
        var trie = ScalarTrie(), names: [String] = [], holders: [[Int]] = []
        func add(_ name: String, _ index: Int) {
            let scalars = name.scalarArray
            if let match = trie.longestMatch(in: scalars, from: 0), match.length == scalars.count {
                holders[match.value].append(index)
            } else {
                trie.insert(scalars: scalars, names.count)
                names.append(name)
                holders.append([index])
            }
        }
        for (index, township) in townships.enumerated() {
            add(township.name, index)
            if township.type == "街道" { add(String(township.name.dropLast()), index) }
        }
        self.townships = townships
        self.trie = trie
        self.names = names
        self.holders = holders
    }

    #if SWIFT_PACKAGE
    /// The township gazetteer bundled with FazhiCore, loaded once.
    public static let embedded: TownshipGazetteer = {
        do {
            return try TownshipGazetteer(tsv: AnalysisResources.resourceText("townships", extension: "tsv"))
        } catch {
            fatalError("FazhiCore's bundled townships.tsv cannot be read: \(error)")
        }
    }()
    #endif

    /// Townships with this full name (or street offices with this short name).
    public func townships(named name: String) -> [Township] {
        let scalars = name.scalarArray
        guard let match = trie.longestMatch(in: scalars, from: 0), match.length == scalars.count else { return [] }
        return holders[match.value].map { townships[$0] }
    }

    /// The longest township name starting at `start`, at least three scalars long (石门街, 东溪镇).
    public func name(in text: [Unicode.Scalar], at start: Int) -> String? {
        guard let match = trie.longestMatch(in: text, from: start), match.length >= 3 else { return nil }
        return names[match.value]
    }

    /// The townships named `name` that lie in one of `context` (county or prefecture codes, nearest first);
    /// all of them when none does.
    public func resolve(_ name: String, within context: [String]) -> [Township] {
        let candidates = townships(named: name)
        guard candidates.count > 1 else { return candidates }
        // The most specific place decides: a county named in the text before its prefecture, before its province.
        for prefix in context.map(\.trimmingSuffixZeros).sorted(by: { $0.count > $1.count }) {
            let fitting = candidates.filter { $0.countyCode.hasPrefix(prefix) }
            if !fitting.isEmpty { return fitting }
        }
        return candidates
    }
}

extension String {
    /// The code without its trailing pairs of zeros (440100 → 4401, 440000 → 44): a prefix its subdivisions share.
    var trimmingSuffixZeros: String {
        var code = self
        while code.count > 2, code.hasSuffix("00") { code.removeLast(2) }
        return code
    }
}
