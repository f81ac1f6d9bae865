/// Places a reporting body in the administrative divisions, using the gazetteers and the report's own words.
///
/// A name's places are read outermost first (大连市长海县 → 长海县, with 大连市 as context). A
/// township name shared by several counties (城关镇) is resolved by the county or prefecture the
/// text names, or left ambiguous. A level word (区 in 区审计局) takes the text's most mentioned
/// division of that level.
struct RegionFinder {
    let gazetteer: Gazetteer
    let townships: TownshipGazetteer

    struct Found {
        var region: Region?
        var ambiguous: Bool
    }

    /// The region of a body whose name gives `places`, outermost first.
    func region(of places: [String], townshipLast: Bool, text: [Unicode.Scalar]) -> Found {
        let outer = townshipLast ? places.dropLast() : places[...]
        let nameContext = outer.compactMap { resolveUnique($0, near: []) }
        // The divisions the text names, read only when a name is shared.
        func textContext() -> [Division] {
            gazetteer.mentions(in: text).compactMap { $0.candidates.count == 1 ? $0.candidates[0] : nil }
        }
        if townshipLast, let township = places.last {
            let shared = townships.townships(named: township).count > 1
            let context = nameContext.reversed() + (shared ? textContext() : [])
            let candidates = townships.resolve(township, within: context.map(\.code))
            let codes = Set(candidates.map(\.countyCode))
            if candidates.isEmpty { return Found(region: nil, ambiguous: false) }
            let chosen = candidates[0]
            let county = codes.count == 1 ? gazetteer.division(code: chosen.countyCode) : nil
            let name = chosen.type == "街道" && !township.hasSuffix("街道") ? township + "道" : township
            let region = Region(name: name, level: .township, divisionType: chosen.type,
                                prefecture: county.flatMap { gazetteer.prefecture(of: $0)?.name },
                                province: county.flatMap { gazetteer.province(of: $0)?.name },
                                code: codes.count == 1 ? chosen.code : nil)
            return Found(region: region, ambiguous: codes.count > 1)
        }
        guard let deepest = places.last else { return Found(region: nil, ambiguous: false) }
        if places.count >= 2, let zone = BodyNameParser.developmentZones.first(where: { $0.written == deepest }) {
            return Found(region: zoneRegion(zone.formal, host: places[places.count - 2], near: nameContext + textContext()), ambiguous: false)
        }
        let shared = gazetteer.divisions(named: deepest).count > 1
        switch gazetteer.resolve(deepest, near: nameContext + (shared ? textContext() : [])) {
        case .unique(let division): return Found(region: gazetteer.region(for: division), ambiguous: false)
        case .ambiguous(let options): return Found(region: options.count == 1 ? gazetteer.region(for: options[0]) : nil, ambiguous: true)
        case .unknown: return Found(region: nil, ambiguous: false)
        }
    }

    /// A development zone named after its host division (武汉 + 经济技术开发区); it has no division code.
    private func zoneRegion(_ zone: String, host: String, near context: [Division]) -> Region? {
        guard case .unique(let division) = gazetteer.resolve(host, near: context) else { return nil }
        let hostName = Gazetteer.shortForm(of: division.name.scalarArray) ?? division.name
        let region = gazetteer.region(for: division)
        return Region(name: hostName + zone, level: division.level == .province ? .prefecture : .county, divisionType: "开发区",
                      prefecture: division.level == .province ? nil : region.prefecture, province: region.province, code: nil)
    }

    /// The division a level word (省, 市, 区 …) stands for: one of `places` of that level, else the text's most mentioned.
    func region(atLevel level: String, places: [String], text: [Unicode.Scalar]) -> Region? {
        if level == "镇" || level == "乡" || level == "街道" {
            let found = places.last.map { region(of: places, townshipLast: townships.name(in: $0.scalarArray, at: 0) != nil, text: text) }
            return found?.region?.level == .township ? found?.region : nil
        }
        for place in places.reversed() {
            if let division = resolveUnique(place, near: []), Self.fits(division, level: level) { return gazetteer.region(for: division) }
        }
        if let region = mostMentioned(in: text, where: { Self.fits($0, level: level) }) { return region }
        // Named only by its short form: 考察安徽, 法治济宁.
        var counts: [String: (count: Int, division: Division)] = [:]
        for division in gazetteer.shortNameMentions(in: text) where Self.fits(division, level: level) {
            counts[division.code, default: (0, division)].count += 1
        }
        if let best = counts.values.max(by: { ($0.count, $1.division.code) < ($1.count, $0.division.code) }) {
            return gazetteer.region(for: best.division)
        }
        // A province named by none of its names but by its cities and counties (省政府… 延安市, 西安市莲湖区).
        guard level == "省" else { return nil }
        var votes: [String: (count: Int, division: Division)] = [:]
        for mention in gazetteer.mentions(in: text) where mention.candidates.count == 1 {
            guard let province = gazetteer.province(of: mention.candidates[0]) else { continue }
            votes[province.code, default: (0, province)].count += 1
        }
        return votes.values.max { ($0.count, $1.division.code) < ($1.count, $0.division.code) }.map { gazetteer.region(for: $0.division) }
    }

    /// The township the text names most often, of the type its self-reference gives (镇, 乡, 街道) when it does.
    func mostMentionedTownship(in text: [Unicode.Scalar], type: String?) -> Region? {
        var counts: [String: Int] = [:], first: [String: Int] = [:]
        var index = 0
        while index < text.count {
            if let name = townships.name(in: text, at: index) {
                if type.map({ name.hasSuffix($0) || (name.hasSuffix("街") && $0 == "街道") }) ?? true {
                    counts[name, default: 0] += 1
                    if first[name] == nil { first[name] = index }
                }
                index += name.unicodeScalars.count
            } else {
                index += 1
            }
        }
        guard let best = counts.max(by: { ($0.value, first[$1.key]!) < ($1.value, first[$0.key]!) }) else { return nil }
        return region(of: [best.key], townshipLast: true, text: text).region
    }

    /// The name the text uses for a division at a level word: 金平县 for 金平苗族瑶族傣族自治县, else its full name.
    func everydayName(of region: Region, level: String, text: [Unicode.Scalar]) -> String {
        guard let informal = gazetteer.divisions(named: region.name).first.flatMap(Gazetteer.informalName(of:)),
              informal.hasSuffix(level), text.contains(informal.scalarArray) else { return region.name }
        return informal
    }

    /// The text's most mentioned unambiguous division satisfying `accept`, or by default of the kind its self-references name (我市 → a 市).
    func mostMentioned(in text: [Unicode.Scalar], where accept: ((Division) -> Bool)? = nil) -> Region? {
        let suffix = accept == nil ? Self.selfReferencedSuffix(in: text) : nil
        let accept = accept ?? { _ in true }
        var counts: [String: (count: Int, first: Int, division: Division)] = [:]
        for mention in gazetteer.mentions(in: text) where mention.candidates.count == 1 {
            let division = mention.candidates[0]
            guard accept(division), suffix.map({ Self.fits(division, level: $0) }) ?? true else { continue }
            counts[division.code, default: (0, mention.offset, division)].count += 1
        }
        let best = counts.values.max { ($0.count, -$0.first) < ($1.count, -$1.first) }
        return best.map { gazetteer.region(for: $0.division) }
    }

    private func resolveUnique(_ name: String, near context: [Division]) -> Division? {
        if case .unique(let division) = gazetteer.resolve(name, near: context) { return division }
        return nil
    }

    /// Whether a division is of the kind a level word names: 市 a prefecture-level or county-level city, 区 a district …
    static func fits(_ division: Division, level: String) -> Bool {
        switch level {
        case "省": return division.level == .province
        case "市": return division.name.hasSuffix("市")
        case "区": return division.level != .province && division.name.hasSuffix("区")
        case "县": return division.name.hasSuffix("县")
        case "州": return division.name.hasSuffix("州")
        case "旗": return division.name.hasSuffix("旗")
        default: return false
        }
    }

    /// The division suffix a report uses for itself most often: 我市/全市 → 市.
    static func selfReferencedSuffix(in text: [Unicode.Scalar]) -> String? {
        let suffixes: [Unicode.Scalar] = ["省", "市", "县", "区", "州", "旗"]
        var counts: [Unicode.Scalar: Int] = [:]
        var index = 0
        while index + 1 < text.count {
            let first = text[index]
            if first == "我" || first == "全" || first == "本", suffixes.contains(text[index + 1]) {
                counts[text[index + 1], default: 0] += 1
            }
            index += 1
        }
        guard let best = counts.max(by: { ($0.value, $1.key.value) < ($1.value, $0.key.value) }), best.value >= 2 else { return nil }
        return String(best.key)
    }
}
