/// Places a reporting body in the administrative divisions, using the gazetteer and the report's own words.
///
/// The body's name is read first (大连市长海县人民政府 → 长海县, with 大连市 as context). A
/// township (塘厦镇) is not in the gazetteer: it is placed under the division its report
/// mentions most. Without a body name, the report's self-references (我市, 全县 …) say which
/// kind of division wrote it, and its most mentioned division of that kind is taken.
struct RegionFinder {
    let gazetteer: Gazetteer

    struct Found {
        var region: Region?
        var ambiguous: Bool
    }

    /// Where the body sits; `text` is the whole cleaned report for context.
    func region(ofBody body: String?, text: [Unicode.Scalar]) -> Found {
        let textMentions = gazetteer.mentions(in: text)
        var frequency: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for mention in textMentions {
            frequency[mention.name, default: 0] += 1
            if firstSeen[mention.name] == nil { firstSeen[mention.name] = mention.offset }
        }
        let context = textMentions.compactMap { $0.candidates.count == 1 ? $0.candidates[0] : nil }

        if let body {
            let bodyScalars = Array(body.unicodeScalars)
            let bodyMentions = gazetteer.mentions(in: bodyScalars)
            let bodyContext = bodyMentions.compactMap { $0.candidates.count == 1 ? $0.candidates[0] : nil }
            let township = Self.township(in: bodyScalars, after: bodyMentions.last.map { $0.offset + $0.name.unicodeScalars.count } ?? 0)
            if let township {
                let parent = bodyMentions.last.flatMap { resolveUnique($0.name, near: bodyContext + context) }
                    ?? mostMentioned(textMentions, frequency: frequency, firstSeen: firstSeen) { $0.level != .province }
                return Found(region: townshipRegion(township.name, type: township.type, parent: parent), ambiguous: false)
            }
            if let deepest = bodyMentions.last {
                switch gazetteer.resolve(deepest.name, near: bodyContext + context) {
                case .unique(let division): return Found(region: gazetteer.region(for: division), ambiguous: false)
                case .ambiguous(let options):
                    let region = options.count == 1 ? gazetteer.region(for: options[0]) : nil
                    return Found(region: region, ambiguous: true)
                case .unknown: break
                }
            }
        }
        let suffix = Self.selfReferencedSuffix(in: text)
        let best = mostMentioned(textMentions, frequency: frequency, firstSeen: firstSeen) { division in
            suffix.map { division.name.hasSuffix($0) } ?? true
        }
        return Found(region: best.map(gazetteer.region(for:)), ambiguous: false)
    }

    private func resolveUnique(_ name: String, near context: [Division]) -> Division? {
        if case .unique(let division) = gazetteer.resolve(name, near: context) { return division }
        return nil
    }

    /// The most frequently mentioned unambiguous division satisfying `accept`; ties go to the earliest.
    private func mostMentioned(_ mentions: [Mention], frequency: [String: Int], firstSeen: [String: Int],
                               where accept: (Division) -> Bool) -> Division? {
        var best: (Division, Int, Int)?
        for mention in mentions where mention.candidates.count == 1 && accept(mention.candidates[0]) {
            let count = frequency[mention.name] ?? 0, first = firstSeen[mention.name] ?? 0
            if best == nil || count > best!.1 || (count == best!.1 && first < best!.2) {
                best = (mention.candidates[0], count, first)
            }
        }
        return best?.0
    }

    private func townshipRegion(_ name: String, type: String, parent: Division?) -> Region {
        let prefecture = parent.flatMap { gazetteer.prefecture(of: $0) }
        let province = parent.flatMap { gazetteer.province(of: $0) }
        return Region(name: name, level: .township, divisionType: type,
                      prefecture: prefecture?.name, province: province?.name, code: nil)
    }

    /// A township-level name (…镇, …乡, …街道) in a body's name after `start`: 乌镇镇人民政府 → 乌镇镇.
    static func township(in scalars: [Unicode.Scalar], after start: Int) -> (name: String, type: String)? {
        var name = scalars[min(start, scalars.count)...].string
        for organ in ["人民政府", "办事处", "党委", "党工委", "政府"] where name.hasSuffix(organ) {
            name.removeLast(organ.count)
            break
        }
        guard let type = ["街道", "镇", "乡"].first(where: { name.hasSuffix($0) }) else { return nil }
        let count = name.unicodeScalars.count
        guard count >= type.unicodeScalars.count + 1, count <= 8, name.unicodeScalars.allSatisfy(\.isHan) else { return nil }
        return (name, type)
    }

    /// The division suffix a report uses for itself most often: 我市/全市 → 市.
    static func selfReferencedSuffix(in text: [Unicode.Scalar]) -> String? {
        let suffixes: [Unicode.Scalar] = ["省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"]
        var counts: [Unicode.Scalar: Int] = [:]
        var index = 0
        while index + 1 < text.count {
            let first = text[index]
            if first == "我" || first == "全" || first == "本", suffixes.contains(text[index + 1]) {
                counts[text[index + 1], default: 0] += 1
            }
            index += 1
        }
        guard let best = counts.max(by: { $0.value < $1.value }), best.value >= 2 else { return nil }
        return String(best.key)
    }
}
