/// A reporting body's name read at one place of a text: its places, and what organ of them it is.
struct BodyName: Sendable {
    /// What organ the name ends in.
    enum Organ: Sendable {
        /// 人民政府, 政府, 街道办事处.
        case government
        /// A party committee with its government (省委、省政府).
        case partyAndGovernment
        /// A department of the given sector.
        case department(Sector)
        /// No organ: the name is a place (渝中区, 东溪镇).
        case none
    }

    /// The name as written.
    var written: String
    /// Its end offset in the text it was read from.
    var end: Int
    /// The place names as written, outermost first (北京市, 西城区, 广安门内街道).
    var places: [String]
    /// Whether the last place is a township (镇, 乡, 街道 …).
    var endsInTownship: Bool
    /// The level word standing for the body's own division when no place is named (省 in 省政府, 区 in 区审计局).
    var levelWord: String?
    var organ: Organ

    /// The department's own name without places and level word (水务局 in 武汉市水务局).
    var organName: String

    /// Whether the name ends in an organ, not only a place.
    var hasOrgan: Bool {
        if case .none = organ { return false }
        return true
    }
}

/// Reads body names (河北省委、省政府, 龙岩市永定区卫生健康局, 沙园街道办事处, 司法部) from text.
struct BodyNameParser: Sendable {
    let gazetteer: Gazetteer
    let townships: TownshipGazetteer
    let departments: DepartmentCatalogue

    private static let levelWords: [String] = ["街道", "省", "市", "区", "县", "州", "旗", "镇", "乡"]
    /// Scalars after a bare place that show it is part of a longer word, not a body (广州市民, 县委).
    private static let placeContinuations: Set<Unicode.Scalar> = ["民", "的", "委", "域", "级", "内", "外", "直", "属", "人"]

    /// The body name starting at `start`; `bare` allows a level word in place of a place name (区政府, 市商务局).
    /// With `placesOnly`, the places are read and no organ is required after them.
    func parse(_ text: [Unicode.Scalar], at start: Int, bare: Bool = true, placesOnly: Bool = false) -> BodyName? {
        var index = start
        if text.hasPrefix("中共", at: index) { index += 2 }
        var places: [String] = [], endsInTownship = false
        while places.count < 4, index < text.count {
            let division = gazetteer.name(in: text, at: index)
            let township = townships.name(in: text, at: index)
            let divisionLength = division?.unicodeScalars.count ?? 0, townshipLength = township?.unicodeScalars.count ?? 0
            guard let name = townshipLength > divisionLength ? township : division ?? Self.placeholderPlace(text, at: index) else {
                // A development zone ends the places: 武汉市经开区, or a city's short form before it (武汉经开区).
                let host = places.isEmpty ? gazetteer.shortName(in: text, at: index) : nil
                let zoneStart = index + (host?.unicodeScalars.count ?? 0)
                if places.isEmpty == (host != nil), let zone = Self.developmentZones.first(where: { text.hasPrefix($0.written, at: zoneStart) }) {
                    places += [host, zone.written].compactMap { $0 }
                    endsInTownship = false
                    index = zoneStart + zone.written.unicodeScalars.count
                }
                break
            }
            places.append(name)
            endsInTownship = townshipLength > divisionLength
            index += name.unicodeScalars.count
        }
        var levelWord: String?
        if places.isEmpty, bare, let word = Self.levelWords.first(where: { text.hasPrefix($0, at: index) }) {
            levelWord = word
            index += word.unicodeScalars.count
        }
        let organStart = index
        var organ = BodyName.Organ.none
        if placesOnly {
            return places.isEmpty ? nil : BodyName(written: text[start..<index].string, end: index, places: places,
                                                   endsInTownship: endsInTownship, levelWord: nil, organ: .none, organName: "")
        }
        if let department = departments.name(in: text, at: index) {
            // A ministry stands alone (司法部, 应急管理部); other departments need their place or level.
            let national = ["部", "署", "总局"].contains { text.hasSuffix($0, before: index + department.length) }
                || text.hasPrefix("国家", at: index) || text.hasPrefix("国务院", at: index)
            if !places.isEmpty || levelWord != nil || national {
                organ = .department(department.sector)
                index += department.length
            }
            // A vertically managed bureau under its national head: 国家税务总局杭州市税务局.
            if national, places.isEmpty, let local = parse(text, at: index, bare: false), !local.places.isEmpty,
               case .department(let sector) = local.organ, sector == department.sector {
                places = local.places
                endsInTownship = local.endsInTownship
                index = local.end
            }
        } else if let length = Self.government(text, at: index) {
            index += length
            organ = .government
            // A department named after its government: 绍兴市人民政府法制办公室.
            if let department = departments.name(in: text, at: index) {
                organ = .department(department.sector)
                index += department.length
            }
            // A street office named after its district's government: 西城区人民政府广安门内街道办事处.
            if let street = townships.name(in: text, at: index), text.hasPrefix("办事处", at: index + street.unicodeScalars.count) {
                places.append(street)
                endsInTownship = true
                index += street.unicodeScalars.count + 3
            }
        } else if endsInTownship, text.hasPrefix("办事处", at: index) {
            index += 3
            organ = .government
        } else if let length = partyAndGovernment(text, at: index, place: places.last, levelWord: levelWord) {
            index += length
            organ = .partyAndGovernment
        }
        if case .none = organ {
            guard !places.isEmpty, levelWord == nil else { return nil }
            if index < text.count, Self.placeContinuations.contains(text[index]) { return nil }
        }
        return BodyName(written: text[start..<index].string, end: index, places: places, endsInTownship: endsInTownship,
                        levelWord: levelWord, organ: organ, organName: text[organStart..<index].string)
    }

    /// Development zones, written and formal, longest first: a zone is a place after its city's name (武汉经开区).
    static let developmentZones: [(written: String, formal: String)] = [
        ("高新技术产业开发区", "高新技术产业开发区"), ("经济技术开发区", "经济技术开发区"), ("经济开发区", "经济开发区"),
        ("工业园区", "工业园区"), ("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"), ("开发区", "开发区"), ("新区", "新区"),
    ]

    /// Whether a scalar fills a template's slot: __县, XX市, ××镇, 某县.
    static func isPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        "_＿Xx×＊*某".unicodeScalars.contains(scalar)
    }

    /// A template's place slot with its unit at `index` (__县, XX市, 某某镇), which no gazetteer resolves.
    private static func placeholderPlace(_ text: [Unicode.Scalar], at index: Int) -> String? {
        var end = index
        while end < text.count, end - index < 6, isPlaceholder(text[end]) { end += 1 }
        guard end > index, let unit = levelWords.first(where: { text.hasPrefix($0, at: end) }) else { return nil }
        return text[index..<(end + unit.unicodeScalars.count)].string
    }

    /// The length of 人民政府, 政府 or 街道办事处 at `index`.
    private static func government(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        for word in ["人民政府", "政府", "街道办事处", "办事处"] where text.hasPrefix(word, at: index) {
            return word.unicodeScalars.count
        }
        return nil
    }

    /// The length of 委、省政府 / 党委、镇人民政府 / 委 X县人民政府 / 党委、政府 at `index`.
    private func partyAndGovernment(_ text: [Unicode.Scalar], at index: Int, place: String?, levelWord: String?) -> Int? {
        var cursor = index
        if text.hasPrefix("党委", at: cursor) { cursor += 2 } else if text.hasPrefix("委", at: cursor) { cursor += 1 } else { return nil }
        guard cursor < text.count, "、 \u{3000}，".unicodeScalars.contains(text[cursor]) else { return nil }
        cursor += 1
        if let place, text.hasPrefix(place, at: cursor) {
            cursor += place.unicodeScalars.count
        } else if let word = Self.levelWords.first(where: { text.hasPrefix($0, at: cursor) }) {
            cursor += word.unicodeScalars.count
        } else if let named = gazetteer.name(in: text, at: cursor) {
            cursor += named.unicodeScalars.count
        } else if Self.government(text, at: cursor) == nil {
            return nil  // else 党委、政府: the government without its place again
        }
        guard let length = Self.government(text, at: cursor) else { return nil }
        return cursor + length - index
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `word` occurs at `index`.
    func hasPrefix(_ word: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var cursor = index
        for scalar in word.unicodeScalars {
            guard cursor < count, self[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// Whether `word` ends just before `end`.
    func hasSuffix(_ word: String, before end: Int) -> Bool {
        let length = word.unicodeScalars.count
        return end - length >= 0 && hasPrefix(word, at: end - length)
    }
}
