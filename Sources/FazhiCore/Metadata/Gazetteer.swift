import Foundation

/// One administrative division of the gazetteer.
public struct Division: Hashable, Sendable, Codable {
    /// The 6-digit administrative division code, e.g. 445381.
    public let code: String
    /// The full name, e.g. 罗定市.
    public let name: String
    /// Its tier: province, prefecture or county.
    public let level: RegionLevel
    /// Its type, e.g. 省, 自治州, 县级市, 区.
    public let divisionType: String
    /// The code of the division above it; nil for a province.
    public let parentCode: String?
    /// Names it (or a unit merged into it) had before, e.g. 莱芜市 for 莱芜区.
    public let formerNames: [String]

    /// Makes a division from its fields.
    public init(code: String, name: String, level: RegionLevel, divisionType: String,
                parentCode: String?, formerNames: [String] = []) {
        self.code = code
        self.name = name
        self.level = level
        self.divisionType = divisionType
        self.parentCode = parentCode
        self.formerNames = formerNames
    }
}

/// Outcome of resolving a name.
public enum Resolution: Equatable, Sendable {
    /// Exactly one division fits.
    case unique(Division)
    /// Several divisions fit equally well.
    case ambiguous([Division])
    /// No division has the name.
    case unknown
}

/// An occurrence of a division's full or former name in a text.
public struct Mention: Hashable, Sendable {
    /// The name as it occurs, e.g. 鼓楼区.
    public let name: String
    /// Offset of its first scalar in the text.
    public let offset: Int
    /// Every division with that full or former name, in code order.
    public let candidates: [Division]

    /// Makes a mention from its fields.
    public init(name: String, offset: Int, candidates: [Division]) {
        self.name = name
        self.offset = offset
        self.candidates = candidates
    }
}

/// Why gazetteer data could not be read.
public enum GazetteerError: Error, Equatable, Sendable {
    /// A row (1-based line number) is malformed.
    case malformedRow(line: Int, reason: String)
    /// The bundled resource is missing or unreadable.
    case missingResource
}

/// China's province-, prefecture- and county-level divisions, with lookups by code and name.
///
/// Names are found three ways: the full name (罗定市), a former name (莱芜市 → 莱芜区) and, in
/// `divisions(named:)` only, a short form without the type suffix (罗定, 临淄, 延边 for
/// 延边朝鲜族自治州) of at least two characters. `mentions(in:)` matches full and former names
/// only, since short forms (新华, 和平, 长安 …) hit too many ordinary words.
public struct Gazetteer: Sendable {
    /// Every division, in code order.
    public let divisions: [Division]
    private let byCode: [String: Int]
    /// Full, former and informal names → indexes into `divisions`, keyed by their bytes.
    private let byName: [UTF8Key: [Int]]
    /// Short forms (罗定 for 罗定市) → indexes into `divisions`.
    private let byShortName: [UTF8Key: [Int]]
    /// Full and former names keyed by their first two scalars, longest first.
    private let namesByPrefix: [UInt64: [[Unicode.Scalar]]]
    /// The two-scalar prefixes of `namesByPrefix` (65,536 bits for a few thousand): most places of a text start no
    /// name and are passed over without a dictionary lookup.
    private let prefixFilter: ScalarPairFilter
    /// Short forms of provinces and prefectures (安徽, 济宁) → index into `divisions`; `divisions.count` where shared.
    private let shortNames: ScalarTrie

    /// Parses the resource format: `#` comments, then code, name, level, divisionType, parentCode, formerNames.
    public init(tsv: String) throws(GazetteerError) {
        var divisions: [Division] = [], lines: [Int] = [], codes: Set<String> = []
        var lineNumber = 0
        // Split an array of the UTF-8 bytes: Character-wise splitting would dominate the load time, and splitting the
        // String's UTF-8 view takes several times as long as splitting an array.
        for rawLine in Array(tsv.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            func fail(_ reason: String) -> GazetteerError { .malformedRow(line: lineNumber, reason: reason) }
            guard fields.count == 6 else { throw fail("expected 6 tab-separated fields, found \(fields.count)") }
            guard Self.isCode(fields[0]) else { throw fail("code \(fields[0]) is not 6 digits") }
            guard codes.insert(fields[0]).inserted else { throw fail("code \(fields[0]) is repeated") }
            guard !fields[1].isEmpty, !fields[3].isEmpty else { throw fail("empty name or division type") }
            guard let level = RegionLevel(rawValue: fields[2]) else { throw fail("unknown level \(fields[2])") }
            guard fields[4].isEmpty || Self.isCode(fields[4]) else { throw fail("parent code \(fields[4]) is not 6 digits") }
            guard fields[4].isEmpty == (level == .province) else { throw fail("a province has no parent, others need one") }
            divisions.append(Division(
                code: fields[0], name: fields[1], level: level, divisionType: fields[3],
                parentCode: fields[4].isEmpty ? nil : fields[4],
                formerNames: fields[5].split(separator: "|").map(String.init)))
            lines.append(lineNumber)
        }
        for (division, line) in zip(divisions, lines) {
            if let parent = division.parentCode, !codes.contains(parent) {
                throw .malformedRow(line: line, reason: "unknown parent code \(parent)")
            }
        }
        self.init(sorted: divisions.sorted { $0.code < $1.code })
    }

    private init(sorted divisions: [Division]) {
        self.divisions = divisions
        var byCode: [String: Int] = [:], byName: [UTF8Key: [Int]] = [:], byShortName: [UTF8Key: [Int]] = [:]
        var names: [UInt64: [[Unicode.Scalar]]] = [:]
        let fullNames = Set(divisions.map { UTF8Key($0.name) })
        for (index, division) in divisions.enumerated() {
            byCode[division.code] = index
            let informal = Self.informalName(of: division).flatMap { fullNames.contains(UTF8Key($0)) ? nil : $0 }
            for name in [division.name] + division.formerNames + (informal.map { [$0] } ?? []) {
                let key = UTF8Key(name)
                let known = byName[key]
                guard known?.last != index else { continue }
                let scalars = name.scalarArray
                if known == nil, scalars.count >= 2 {
                    names[ScalarPairFilter.key(scalars[0], scalars[1]), default: []].append(scalars)
                }
                byName[key, default: []].append(index)
                if let short = Self.shortForm(of: scalars).map(UTF8Key.init), byShortName[short]?.last != index {
                    byShortName[short, default: []].append(index)
                }
            }
        }
        self.byCode = byCode
        self.byName = byName
        self.byShortName = byShortName
        self.namesByPrefix = names.mapValues { $0.sorted { $0.count > $1.count } }
        self.prefixFilter = ScalarPairFilter(names.keys, bitCount: 16)
        var shortNames = ScalarTrie()
        // In any order: each short form is one word of the trie, its value the same whichever comes first.
        for (short, indices) in byShortName {
            let upper = indices.filter { divisions[$0].level != .county }
            guard !upper.isEmpty, byName[short] == nil else { continue }
            shortNames.insert(short.string, upper.count == 1 && indices.count == 1 ? upper[0] : divisions.count)
        }
        self.shortNames = shortNames
    }

    /// Provinces and prefectures named by their short forms in `text` (来安徽考察, 法治济宁), each occurrence, left to right.
    ///
    /// Only short forms no county shares and no full name spells are counted; for a level word's
    /// fallback when the text names its place no other way.
    public func shortNameMentions(in text: [Unicode.Scalar]) -> [Division] {
        var found: [Division] = []
        var index = 0
        while index < text.count {
            if let match = shortNames.longestMatch(in: text, from: index) {
                if match.value < divisions.count { found.append(divisions[match.value]) }
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }

    #if SWIFT_PACKAGE
    /// The gazetteer bundled with FazhiCore (Resources/gazetteer.tsv), loaded once.
    public static let embedded: Gazetteer = {
        do {
            guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
                    ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
                  let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
            else { throw GazetteerError.missingResource }
            return try Gazetteer(tsv: text)
        } catch {
            fatalError("FazhiCore's bundled gazetteer.tsv cannot be read: \(error)")
        }
    }()
    #endif

    /// The division with this 6-digit code.
    public func division(code: String) -> Division? {
        byCode[code].map { divisions[$0] }
    }

    /// The division directly above (the province for a county directly under it).
    public func parent(of division: Division) -> Division? {
        division.parentCode.flatMap { self.division(code: $0) }
    }

    /// The prefecture-level division: itself for a prefecture, the municipality for a municipal district, nil for a province or a county directly under a province.
    public func prefecture(of division: Division) -> Division? {
        switch division.level {
        case .prefecture: return division
        case .county, .township:
            guard let parent = parent(of: division) else { return nil }
            if parent.level == .province { return parent.divisionType == "直辖市" ? parent : nil }
            return prefecture(of: parent)
        case .province: return nil
        }
    }

    /// The province-level division: itself for a province.
    public func province(of division: Division) -> Division? {
        var current = division
        while current.level != .province {
            guard let parent = parent(of: current) else { return nil }
            current = parent
        }
        return current
    }

    /// A province's or prefecture's short form starting at `start` (武汉 in 武汉经开区) that no county shares.
    public func shortName(in text: [Unicode.Scalar], at start: Int) -> String? {
        guard let match = shortNames.longestMatch(in: text, from: start), match.value < divisions.count else { return nil }
        return text[start..<(start + match.length)].string
    }

    /// The longest full, former or informal name starting at `start` in `text`.
    public func name(in text: [Unicode.Scalar], at start: Int) -> String? {
        guard start + 1 < text.count else { return nil }
        let key = ScalarPairFilter.key(text[start], text[start + 1])
        guard prefixFilter.mayContain(key),
              let match = (namesByPrefix[key] ?? []).first(where: { Self.occurs($0, in: text, at: start) })
        else { return nil }
        var name = ""
        name.unicodeScalars.append(contentsOf: match)
        return name
    }

    /// Divisions whose full or former name is `name`; failing that, those whose short form (罗定 for 罗定市) it is.
    public func divisions(named name: String) -> [Division] {
        let key = UTF8Key(name)
        return (byName[key] ?? byShortName[key] ?? []).map { divisions[$0] }
    }

    /// Resolves a name, preferring candidates that are, or descend from, a context division, then candidates with a sibling in context.
    public func resolve(_ name: String, near context: [Division] = []) -> Resolution {
        let candidates = divisions(named: name)
        guard candidates.count > 1 else { return candidates.first.map(Resolution.unique) ?? .unknown }
        let contextCodes = Set(context.map(\.code))
        let contextParents = Set(context.compactMap(\.parentCode))
        let tiers: [(Division) -> Bool] = [
            { candidate in self.lineage(of: candidate).contains { contextCodes.contains($0.code) } },
            { candidate in candidate.parentCode.map(contextParents.contains) ?? false },
        ]
        for fits in tiers {
            let fitting = candidates.filter(fits)
            if fitting.count == 1 { return .unique(fitting[0]) }
            if fitting.count > 1 { return .ambiguous(fitting) }
        }
        return .ambiguous(candidates)
    }

    /// Every occurrence of a full or former name in `text`, left to right, the longest name winning at each offset, non-overlapping.
    ///
    /// Short forms are not matched, and the generic two-character districts (城区, 郊区, 矿区, 东区,
    /// 西区) only right after their prefecture's name (阳泉市矿区, not 主城区 or 广西区域).
    public func mentions(in text: [Unicode.Scalar]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index + 1 < text.count {
            let key = ScalarPairFilter.key(text[index], text[index + 1])
            guard prefixFilter.mayContain(key) else {
                index += 1
                continue
            }
            let names = namesByPrefix[key] ?? []
            if let match = names.first(where: { Self.occurs($0, in: text, at: index) }) {
                var name = ""
                name.unicodeScalars.append(contentsOf: match)
                let candidates = divisions(named: name)
                // Two-character names (赵县, 城区) stand after a non-Han scalar or their parent's name, not
                // inside words (召开县委, 主城区).
                let standsAlone = index == 0 || !text[index - 1].isHan
                if match.count > 2 || (match[1] != "区" && standsAlone) || followsParent(candidates, previous: found.last, at: index) {
                    found.append(Mention(name: name, offset: index, candidates: candidates))
                    index += match.count
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// The division as a `Region`, with its prefecture and province names.
    public func region(for division: Division) -> Region {
        Region(name: division.name, level: division.level, divisionType: division.divisionType,
               prefecture: prefecture(of: division)?.name, province: province(of: division)?.name,
               code: division.code)
    }

    // MARK: - Helpers

    /// Whether `previous` ends at `offset` and names the parent of one of `candidates`.
    private func followsParent(_ candidates: [Division], previous: Mention?, at offset: Int) -> Bool {
        guard let previous, previous.offset + previous.name.unicodeScalars.count == offset else { return false }
        return candidates.contains { candidate in previous.candidates.contains { $0.code == candidate.parentCode } }
    }

    /// The division and everything above it.
    private func lineage(of division: Division) -> [Division] {
        var chain = [division]
        while let parent = parent(of: chain[chain.count - 1]) { chain.append(parent) }
        return chain
    }

    private static func isCode(_ field: String) -> Bool {
        field.utf8.count == 6 && field.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func occurs(_ name: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + name.count <= text.count else { return false }
        for offset in name.indices where text[start + offset] != name[offset] { return false }
        return true
    }

    /// Type suffixes, longest first, and the minority names that 自治 names carry before them.
    private static let suffixes: [[Unicode.Scalar]] = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
                                                      "省", "市", "区", "县", "盟", "旗"].map { $0.scalarArray }
    private static let peoples: [[Unicode.Scalar]] = """
        各 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 \
        达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 保安 裕固 京 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 阿昌 德昂
        """.split(separator: " ").map { $0.scalarArray }.sorted { $0.count > $1.count }

    /// The everyday name of an autonomous division: its short form and the plain type (楚雄州, 金平县, 东乌旗).
    static func informalName(of division: Division) -> String? {
        let type: String
        switch division.divisionType {
        case "自治州": type = "州"
        case "自治县": type = "县"
        case "自治旗": type = "旗"
        default: return nil
        }
        guard let short = shortForm(of: division.name.scalarArray),
              !short.hasSuffix(type) else { return nil }
        return short + type
    }

    /// The name without its type suffix (and, for 自治 names, the peoples before it), if at least two scalars remain.
    static func shortForm(of name: [Unicode.Scalar]) -> String? {
        guard let suffix = suffixes.first(where: { name.count > $0.count && occurs($0, in: name, at: name.count - $0.count) })
        else { return nil }
        var end = name.count - suffix.count
        if suffix.starts(with: "自治".unicodeScalars) {
            while true {
                let withoutZu = name[end - 1] == "族" ? end - 1 : end
                guard let people = peoples.first(where: { withoutZu >= $0.count + 2 && occurs($0, in: name, at: withoutZu - $0.count) })
                else { break }
                end = withoutZu - people.count
            }
            if end > 2, name[end - 1] == "族" { end -= 1 }
        }
        return end >= 2 ? name[..<end].string : nil
    }
}
