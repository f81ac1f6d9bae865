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
        // One pass over the bytes with index arithmetic: splitting into arrays of lines and fields, and Strings
        // compared and cut by Character, were most of the CLI's start-up.
        let bytes = Array(tsv.utf8), street = Array("街道".utf8)
        var townships: [Township] = [], isStreet: [Bool] = []
        var tabs: [Int] = [], lineNumber = 0, start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let lineStart = start
            var lineEnd = end
            start = end + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            tabs.removeAll(keepingCapacity: true)
            for index in lineStart..<lineEnd where bytes[index] == 0x09 { tabs.append(index) }
            guard tabs.count == 3 else {
                throw .malformedRow(line: lineNumber, reason: "expected 4 tab-separated fields, found \(tabs.count + 1)")
            }
            let name = lineStart..<tabs[0], type = tabs[0] + 1..<tabs[1], county = tabs[1] + 1..<tabs[2], code = tabs[2] + 1..<lineEnd
            guard !name.isEmpty, !type.isEmpty, county.count == 6 else {
                throw .malformedRow(line: lineNumber, reason: "empty name or type, or a county code that is not 6 digits")
            }
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            townships.append(Township(name: text(name), type: text(type), countyCode: text(county), code: code.isEmpty ? nil : text(code)))
            isStreet.append(bytes[type].elementsEqual(street))
        }
        // Names are found through the trie, scalar by scalar: a dictionary keyed by String would hash and compare
        // every name with Unicode normalization, several times the cost of loading the file.
        var index = NameIndex()
        for (position, township) in townships.enumerated() {
            let scalars = township.name.scalarArray
            index.add(scalars, name: township.name, holder: position)
            if isStreet[position] {
                let short = Array(scalars.dropLast())
                index.add(short, name: short.string, holder: position)
            }
        }
        self.townships = townships
        self.trie = index.trie
        self.names = index.names
        self.holders = index.holders
    }

    /// The names being indexed: a struct's mutating method rather than a closure over local variables, whose every
    /// use was checked for exclusive access at run time.
    private struct NameIndex {
        var trie = ScalarTrie(), names: [String] = [], holders: [[Int]] = []

        /// Adds `holder` under the name, spelled by `scalars`; `name` is made only for a name not seen before.
        mutating func add(_ scalars: [Unicode.Scalar], name: @autoclosure () -> String, holder: Int) {
            if let match = trie.longestMatch(in: scalars, from: 0), match.length == scalars.count {
                holders[match.value].append(holder)
            } else {
                trie.insert(scalars: scalars, names.count)
                names.append(name())
                holders.append([holder])
            }
        }
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
