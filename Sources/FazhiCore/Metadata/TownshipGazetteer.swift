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
    /// Names and short names; the value indexes `names` and `holderStarts`.
    private let trie: ScalarTrie
    private let names: [String]
    /// The townships (indexes into `townships`) each name stands for: name `n`'s are
    /// `holderList[holderStarts[n]..<holderStarts[n + 1]]`.
    private let holderStarts: [Int]
    private let holderList: [Int]
    /// The names' first two scalars (262,144 bits for some 22,000 pairs): most places of a text start no name and are
    /// passed over without walking the trie, whose table is megabytes and costs a cache miss a step.
    private let pairFilter: ScalarPairFilter

    /// Parses the resource format: `#` comments, then name, type, countyCode, code.
    public init(tsv: String) throws(GazetteerError) {
        var tsv = tsv
        let rows = try tsv.withUTF8 { Self.rows(of: $0) }.get()
        // Names are found through the trie, scalar by scalar: a dictionary keyed by String would hash and compare
        // every name with Unicode normalization, several times the cost of loading the file.
        var trie = ScalarTrie(scalarCount: rows.nameScalars.count), names: [String] = []
        var holdings: [(name: Int, holder: Int)] = []
        holdings.reserveCapacity(rows.townships.count + rows.townships.count / 4)
        func add(_ scalars: ArraySlice<Unicode.Scalar>, name: @autoclosure () -> String, holder: Int) {
            if let match = trie.longestMatch(in: scalars, from: scalars.startIndex), match.length == scalars.count {
                holdings.append((match.value, holder))
            } else {
                trie.insert(scalars: scalars, names.count)
                holdings.append((names.count, holder))
                names.append(name())
            }
        }
        for holder in rows.townships.indices {
            let full = rows.nameScalars[rows.nameStarts[holder]..<rows.nameStarts[holder + 1]]
            add(full, name: rows.townships[holder].name, holder: holder)
            if rows.isStreet[holder] {
                let short = full.dropLast()
                add(short, name: short.string, holder: holder)
            }
        }
        self.townships = rows.townships
        // A street office's short name starts as its full name does.
        pairFilter = ScalarPairFilter(rows.townships.indices.lazy.compactMap { holder -> UInt64? in
            let start = rows.nameStarts[holder]
            guard rows.nameStarts[holder + 1] - start >= 2 else { return nil }
            return ScalarPairFilter.key(rows.nameScalars[start], rows.nameScalars[start + 1])
        }, bitCount: 18)
        self.trie = trie
        self.names = names
        (holderStarts, holderList) = Self.grouped(holdings, count: names.count)
    }

    /// The rows of the file, each name's scalars laid end to end.
    private struct Rows {
        var townships: [Township] = [], isStreet: [Bool] = []
        var nameScalars: [Unicode.Scalar] = [], nameStarts: [Int] = [0]
    }

    /// One pass over the file's bytes: each name is decoded straight into scalars, and the types and county codes,
    /// repeated on thousands of rows, are made into strings once each. Splitting into lines and fields and making a
    /// `String` of every field were most of the CLI's start-up.
    private static func rows(of bytes: UnsafeBufferPointer<UInt8>) -> Result<Rows, GazetteerError> {
        var rows = Rows()
        var types: [(bytes: [UInt8], string: String, isStreet: Bool)] = []
        var county: (value: Int, string: String) = (-1, "")
        var lineNumber = 0, start = 0
        rows.townships.reserveCapacity(bytes.count / 32)
        while start < bytes.count {
            // The line's end and its tabs, in one pass.
            var end = start, tabs = (0, 0, 0), tabCount = 0
            while end < bytes.count {
                let byte = bytes[end]
                if byte == 0x0A { break }
                if byte == 0x09 {
                    switch tabCount {
                    case 0: tabs.0 = end
                    case 1: tabs.1 = end
                    case 2: tabs.2 = end
                    default: break
                    }
                    tabCount += 1
                }
                end += 1
            }
            lineNumber += 1
            let lineStart = start
            var lineEnd = end
            start = end + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            guard tabCount == 3 else {
                return .failure(.malformedRow(line: lineNumber, reason: "expected 4 tab-separated fields, found \(tabCount + 1)"))
            }
            let name = lineStart..<tabs.0, type = tabs.0 + 1..<tabs.1, countyField = tabs.1 + 1..<tabs.2, code = tabs.2 + 1..<lineEnd
            guard !name.isEmpty, !type.isEmpty, let countyValue = Self.sixDigits(bytes[countyField]) else {
                return .failure(.malformedRow(line: lineNumber, reason: "empty name or type, or a county code that is not 6 digits"))
            }
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            let typeIndex = types.firstIndex { $0.bytes.elementsEqual(bytes[type]) } ?? {
                types.append((Array(bytes[type]), text(type), bytes[type].elementsEqual("街道".utf8)))
                return types.count - 1
            }()
            // Rows come by county, so a county's code is made once for all its townships.
            if county.value != countyValue { county = (countyValue, text(countyField)) }
            rows.townships.append(Township(name: text(name), type: types[typeIndex].string, countyCode: county.string,
                                           code: code.isEmpty ? nil : text(code)))
            rows.isStreet.append(types[typeIndex].isStreet)
            var position = name.lowerBound
            while position < name.upperBound {
                let (value, width) = bytes.scalarValue(at: position)
                rows.nameScalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
                position += width
            }
            rows.nameStarts.append(rows.nameScalars.count)
        }
        return .success(rows)
    }

    /// The value of six ASCII digits; nil for anything else.
    private static func sixDigits(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard field.count == 6 else { return nil }
        var value = 0
        for byte in field {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Each name's holders, in file order, as one list with each name's start in it (a stable counting sort).
    private static func grouped(_ holdings: [(name: Int, holder: Int)], count: Int) -> (starts: [Int], list: [Int]) {
        var starts = [Int](repeating: 0, count: count + 1)
        for holding in holdings { starts[holding.name + 1] += 1 }
        for name in 0..<count { starts[name + 1] += starts[name] }
        var next = starts, list = [Int](repeating: 0, count: holdings.count)
        for holding in holdings {
            list[next[holding.name]] = holding.holder
            next[holding.name] += 1
        }
        return (starts, list)
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
        return holderList[holderStarts[match.value]..<holderStarts[match.value + 1]].map { townships[$0] }
    }

    /// The longest township name starting at `start`, at least three scalars long (石门街, 东溪镇).
    public func name(in text: [Unicode.Scalar], at start: Int) -> String? {
        guard start >= 0, start + 1 < text.count,
              pairFilter.mayContain(ScalarPairFilter.key(text[start], text[start + 1])),
              let match = trie.longestMatch(in: text, from: start), match.length >= 3 else { return nil }
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
