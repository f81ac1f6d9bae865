/// Who wrote a report and where it sits: the body as a supervisor would name it, its kind, sector and region.
///
/// Candidates come from the title's issuer, the opening sentence's subject (2022年，X局坚持…),
/// the signature, and the page's metadata (发布机构); a self-reference (我局, 我镇, 省政府) says
/// what kind of body wrote it when no name does. A name given only by its place (渝中区, 东溪镇)
/// becomes the formal name (渝中区人民政府, 东溪镇人民政府); a level word (区审计局, 省政府) is
/// placed by the divisions the text names.
struct BodyFinder {
    let parser: BodyNameParser
    let regions: RegionFinder

    struct Found {
        var body: String?
        var kind: BodyKind?
        var sector: Sector?
        var region: Region?
        var ambiguous = false
    }

    /// What kind of body a self-reference (我局, 本镇, 我市) points to.
    enum SelfReference {
        case department
        case township(type: String)
        case government(level: String)
    }

    func find(title: String?, opening: [String], signature: String?, metadataValues: [String],
              text: [Unicode.Scalar]) -> Found {
        let titleName = title.flatMap { MetadataExtractor.body(fromTitle: $0) }.flatMap(issuer(in:))
        let openingName = opening.lazy.compactMap(subject(of:)).first
        let signatureName = signature.flatMap { whole($0) }
        let metadataName = metadataValues.lazy.compactMap { whole($0) }.first

        let named = [signatureName, titleName, openingName].compactMap { $0 }
        let organNamed = named.first { !$0.places.isEmpty && $0.levelWord == nil && $0.hasOrgan }
        // A body Fazhi has no organ for (中级人民法院, 委员会办公室) is kept as written.
        if organNamed == nil, let organ = [signatureName == nil ? signature : nil,
                                           titleName == nil ? title.flatMap { MetadataExtractor.body(fromTitle: $0) } : nil]
            .compactMap({ $0 }).first(where: Self.isOtherOrgan) {
            let places = parser.parse(organ.scalarArray, at: 0, bare: false, placesOnly: true)?.places ?? []
            let placed = places.isEmpty ? nil : regions.region(of: places, townshipLast: false, text: text).region
            return Found(body: organ, kind: .other, region: placed)
        }
        var chosen = organNamed ?? named.first { !$0.places.isEmpty && $0.levelWord == nil } ?? named.first
        // A title naming only the place (福建省2017年…) takes the organ the opening names (福建省委、省政府坚持…).
        if let current = chosen, case .none = current.organ,
           let organ = named.first(where: { name in
               if case .none = name.organ { return false }
               if case .government = name.organ { return false }
               return name.places.last == current.places.last || (name.places.isEmpty && name.levelWord != nil)
           }) {
            chosen = organ.places.isEmpty ? BodyName(written: current.written + organ.written.dropFirst(organ.levelWord!.count),
                                                     end: current.end, places: current.places, endsInTownship: current.endsInTownship,
                                                     levelWord: nil, organ: organ.organ, organName: organ.organName) : organ
        }
        // A department writing 我局 is named by its page's metadata, or by a fuller name of the same organ.
        if chosen == nil, let metadataName, case .department = metadataName.organ { chosen = metadataName }
        if let current = chosen, current.places.isEmpty, current.levelWord != nil,
           let fuller = (named + [metadataName].compactMap { $0 }).first(where: { !$0.places.isEmpty && $0.organName == current.organName }) {
            chosen = fuller
        }
        guard let name = chosen else { return fallback(opening: opening, metadataName: metadataName, text: text) }
        return found(for: name, context: named + [metadataName].compactMap { $0 }, text: text)
    }

    /// The body, kind, sector and region a parsed name stands for.
    private func found(for name: BodyName, context: [BodyName], text: [Unicode.Scalar]) -> Found {
        var result = Found()
        let contextPlaces = context.flatMap(\.places)
        if let level = name.levelWord {
            result.region = regions.region(atLevel: level, places: contextPlaces, text: text)
        } else if !name.places.isEmpty {
            let placed = regions.region(of: name.places, townshipLast: name.endsInTownship, text: text)
            result.region = placed.region
            result.ambiguous = placed.ambiguous
        }
        switch name.organ {
        case .government:
            result.kind = .government
            if name.levelWord != nil || name.written.hasPrefix("中共") {
                result.body = result.region.map(Self.formalName(of:)) ?? name.written
            } else {
                result.body = name.written.hasSuffix("人民政府") || !name.written.hasSuffix("政府")
                    ? name.written : String(name.written.dropLast(2)) + "人民政府"
            }
        case .partyAndGovernment:
            result.kind = .partyAndGovernment
            if let level = name.levelWord, let region = result.region {
                result.body = regions.everydayName(of: region, level: level, text: text) + name.written.dropFirst(level.count)
            } else {
                result.body = name.written
            }
        case .department(let sector):
            result.kind = .department
            result.sector = sector
            if name.levelWord != nil, let region = result.region {
                result.body = fullerName(of: sector, in: region, text: text)
                    ?? region.name + parser.departments.formalName(of: name.organName)
            } else {
                result.body = name.written
            }
        case .none:
            result.kind = .government
            result.body = result.region.map(Self.formalName(of:)) ?? name.written + "人民政府"
        }
        return result
    }

    /// A report whose text names no body: the kind its self-references give, and its most mentioned division.
    private func fallback(opening: [String], metadataName: BodyName?, text: [Unicode.Scalar]) -> Found {
        let reference = opening.lazy.compactMap(Self.selfReference(in:)).first
        switch reference {
        case .department:
            // Its own cited document names it best; then its superior's guidance; then any department the text names.
            if let cited = mentionedDepartment(in: text, cited: true) { return found(for: cited, context: [], text: text) }
            if let underSuperior = departmentUnderSuperior(in: opening, text: text) { return underSuperior }
            if let mentioned = mentionedDepartment(in: text) { return found(for: mentioned, context: [], text: text) }
            return Found(kind: .department)
        case .township(let type):
            let region = regions.mostMentionedTownship(in: text, type: type)
            return Found(body: region.map(Self.formalName(of:)), kind: .government, region: region)
        case .government(let level):
            let region = regions.region(atLevel: level, places: metadataName?.places ?? [], text: text)
            return Found(body: region.map(Self.formalName(of:)), kind: .government, region: region)
        case nil:
            let region = regions.mostMentioned(in: text) ?? regions.mostMentionedTownship(in: text, type: nil)
            // A page naming no place at all may be a ministry's, named in a document of its own (《文化和旅游部办公厅关于…》).
            if region == nil, let ministry = mentionedDepartment(in: text, national: true) { return found(for: ministry, context: [], text: text) }
            return Found(body: region.map(Self.formalName(of:)), kind: region == nil ? nil : .government, region: region)
        }
    }

    /// Endings of bodies that are neither governments nor departments: courts, procuratorates, committees and their offices.
    private static let otherOrgans = ["法院", "检察院", "委员会办公室", "委员会", "管委会", "工委", "党委", "办公室"]

    /// Whether a short text is such a body's name, all Chinese characters.
    static func isOtherOrgan(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (4...30).contains(scalars.count) && scalars.allSatisfy(\.isHan) && otherOrgans.contains { text.hasSuffix($0) }
    }

    /// The formal name of a division's government: 渝中区人民政府, 沙园街道办事处.
    static func formalName(of region: Region) -> String {
        region.divisionType == "街道" ? region.name + "办事处" : region.name + "人民政府"
    }

    /// The body named in a title's issuer part, which may carry chrome before it (名 称:, 【权威发布】).
    private func issuer(in text: String) -> BodyName? {
        let scalars = text.scalarArray
        var contentEnd = scalars.count
        while contentEnd > 0, !scalars[contentEnd - 1].isHan { contentEnd -= 1 }
        for verb in ["发布", "印发", "公布"] where scalars[..<contentEnd].string.hasSuffix(verb) { contentEnd -= 2 }
        for start in 0..<contentEnd where start == 0 || !scalars[start - 1].isHan || scalars[start - 1] == "】" {
            if let name = parser.parse(scalars, at: start), name.end == contentEnd { return name }
        }
        return nil
    }

    /// A body name that is the whole of a short text (a signature, a 发布机构 value).
    private func whole(_ text: String) -> BodyName? {
        let scalars = text.scalarArray
        guard let name = parser.parse(scalars, at: 0), name.end == scalars.count else { return nil }
        return name
    }

    /// The subject of an opening sentence: 2023年，在区委…领导下，区退役军人事务局坚持… → 区退役军人事务局.
    private func subject(of line: String) -> BodyName? {
        let scalars = line.scalarArray
        var starts = [0]
        if let afterTime = Self.afterTimePhrase(scalars) {
            starts = [afterTime]
            var cursor = afterTime
            while scalars.hasPrefix("在", at: cursor) || scalars.hasPrefix("得益于", at: cursor),
                  let under = Self.afterAdverbial(scalars, from: cursor) {
                cursor = under
                starts = [under]
            }
            if let comma = scalars[afterTime...].prefix(60).firstIndex(where: { $0 == "，" || $0 == "," }) {
                starts.append(comma + 1)
            }
        }
        // 现将江门市农业农村局2024年法治政府建设情况报告如下.
        if let now = scalars[...].firstIndex(of: "现将".scalarArray) { starts.append(now + 2) }
        for start in starts {
            var cursor = start
            while cursor < scalars.count, scalars[cursor].isHorizontalSpace { cursor += 1 }
            if let name = parser.parse(scalars, at: cursor),
               Self.followedByPredicate(scalars, at: name.end) || scalars.hasPrefix("现将", at: cursor - 2) { return name }
        }
        return nil
    }

    /// The offset after a leading time phrase: 2020年，/ 2021年度， / 2019年以来， / 20__年以来， / 一年来， / 今年以来，.
    private static func afterTimePhrase(_ scalars: [Unicode.Scalar]) -> Int? {
        for phrase in ["一年来", "今年以来", "过去一年", "近年来"] where scalars.hasPrefix(phrase, at: 0) {
            return skipComma(scalars, phrase.unicodeScalars.count)
        }
        let templateYear = scalars.count > 6 && scalars.hasPrefix("20", at: 0) && scalars[2...3].allSatisfy(BodyNameParser.isPlaceholder)
            && scalars[4] == "年"
        guard templateYear || (scalars.count > 6 && ReportYearFinder.leadingYear(scalars.prefix(8).string) != nil) else { return nil }
        var cursor = 5
        for tail in ["度以来", "以来", "度", "年"] where scalars.hasPrefix(tail, at: cursor) {
            cursor += tail.unicodeScalars.count
            break
        }
        return skipComma(scalars, cursor)
    }

    private static func skipComma(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == "，" || scalars[cursor] == "," || scalars[cursor].isHorizontalSpace { cursor += 1 }
        return cursor
    }

    /// The offset after 在…下， (在市委、市政府的正确领导下，), within 80 scalars.
    private static func afterAdverbial(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let end = min(scalars.count - 1, start + 80)
        guard start + 1 < end else { return nil }
        for index in (start + 1)..<end where scalars[index] == "下" && (scalars[index + 1] == "，" || scalars[index + 1] == ",") {
            return index + 2
        }
        return nil
    }

    /// Whether a subject is followed by its predicate, not by more of a noun phrase (的, 和, 、).
    private static func followedByPredicate(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        return !"的、和与及".unicodeScalars.contains(scalars[index])
    }

    /// The first self-reference in an opening line: 我局/本局 (department), 我镇/本街道 (township), 我市/区政府 (government).
    static func selfReference(in line: String) -> SelfReference? {
        let scalars = line.scalarArray
        var index = 0
        while index + 1 < scalars.count {
            let first = scalars[index], second = scalars[index + 1]
            if first == "我" || first == "本" {
                if "局厅委部办".unicodeScalars.contains(second) { return .department }
                if "镇乡".unicodeScalars.contains(second) { return .township(type: String(second)) }
                if scalars.hasPrefix("街道", at: index + 1) { return .township(type: "街道") }
                if "省市县区州旗".unicodeScalars.contains(second) { return .government(level: String(second)) }
            }
            index += 1
        }
        return nil
    }

    /// The longest name of a department of `sector` written after the region's name in the text
    /// (四川省林业和草原局 where the opening says 省林草局).
    private func fullerName(of sector: Sector, in region: Region, text: [Unicode.Scalar]) -> String? {
        let place = region.name.scalarArray
        var best: String?
        var search = text[...]
        while let found = search.firstIndex(of: place) {
            let after = found + place.count
            if let name = parser.departments.name(in: text, at: after), name.sector == sector {
                let written = text[found..<(after + name.length)].string
                if written.unicodeScalars.count > (best?.unicodeScalars.count ?? 0) { best = written }
            }
            search = text[after...]
        }
        return best
    }

    /// A department that names only its superior (在省财政厅的指导下，我局…): the superior's sector,
    /// with the place the text names most (东莞市 + 财政局).
    private func departmentUnderSuperior(in opening: [String], text: [Unicode.Scalar]) -> Found? {
        guard let line = opening.first else { return nil }
        let scalars = line.scalarArray
        var index = 0
        while index < scalars.count {
            if scalars[index] == "省", let name = parser.parse(scalars, at: index), name.levelWord == "省",
               case .department(let sector) = name.organ,
               let region = regions.mostMentioned(in: text, where: { $0.level != .province }) {
                let local = name.organName.hasSuffix("厅") ? String(name.organName.dropLast()) + "局" : name.organName
                return Found(body: region.name + parser.departments.formalName(of: local), kind: .department, sector: sector, region: region)
            }
            index += 1
        }
        return nil
    }

    /// A department named with its place in the text, the most frequent one; with `cited`, only issuers of
    /// cited documents (《上城区人力社保局关于…》). With `national`, a ministry (no place) instead.
    private func mentionedDepartment(in text: [Unicode.Scalar], national: Bool = false, cited: Bool = false) -> BodyName? {
        var counts: [String: (Int, BodyName)] = [:]
        var index = 0
        while index < text.count {
            if !cited || (index > 0 && text[index - 1] == "《"),
               let name = parser.parse(text, at: index, bare: false), name.places.isEmpty == national, case .department = name.organ {
                counts[name.written, default: (0, name)].0 += 1
                index = name.end
                continue
            }
            index += 1
        }
        return counts.values.max { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1.written > $1.1.written) }?.1
    }
}
