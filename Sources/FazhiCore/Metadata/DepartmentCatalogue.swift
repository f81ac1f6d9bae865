/// A kind of government department (Resources/sectors.tsv): 司法行政, 公安, 教育 …
public struct Sector: Hashable, Sendable {
    /// The identifier used in output and filters, e.g. justice.
    public let id: String
    /// The short Chinese name, e.g. 司法行政.
    public let name: String
}

/// Department names, old and new, at every level, with the sector each belongs to.
public struct DepartmentCatalogue: Sendable {
    /// Every sector, in file order.
    public let sectors: [Sector]
    /// Department names → index into `sectors`.
    private let forward: ScalarTrie
    private let backward: ScalarTrie
    /// Short forms → the one formal name they stand for (人社局 → 人力资源和社会保障局).
    private let formalNames: [String: String]

    /// Parses the resource format: `#` comments, then id, Chinese name and `|`-separated department
    /// names, a short form followed by `=` and its formal name from the same row.
    public init(tsv: String) throws(ResourceError) {
        var sectors: [Sector] = [], forward = ScalarTrie(), backward = ScalarTrie(reversed: true), seen: Set<UTF8Key> = []
        var formalNames: [String: String] = [:]
        // Split by scalars: splitting by Character finds grapheme boundaries in every line of Chinese.
        for (number, scalars) in tsv.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(scalars)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let malformed = ResourceError.malformed(resource: "sectors.tsv", line: number + 1)
            let fields = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false).map(Substring.init)
            guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else { throw malformed }
            var rowNames: Set<String> = [], rowFormal: [String: String] = [:]
            for entry in fields[2].unicodeScalars.split(separator: "|") {
                let parts = entry.split(separator: "=", omittingEmptySubsequences: false).map { String(Substring($0)) }
                guard parts.count <= 2, !parts[0].isEmpty, seen.insert(UTF8Key(parts[0])).inserted else { throw malformed }
                if parts.count == 2 { rowFormal[parts[0]] = parts[1] }
                rowNames.insert(parts[0])
                forward.insert(parts[0], sectors.count)
                backward.insert(parts[0], sectors.count)
            }
            guard rowFormal.values.allSatisfy(rowNames.contains) else { throw malformed }
            formalNames.merge(rowFormal) { first, _ in first }
            sectors.append(Sector(id: String(fields[0]), name: String(fields[1])))
        }
        self.sectors = sectors
        self.forward = forward
        self.backward = backward
        self.formalNames = formalNames
    }

    /// The formal name a department name stands for: 环保局 → 环境保护局; the name itself when it has none.
    public func formalName(of name: String) -> String {
        formalNames[name] ?? name
    }

    /// The sector with this id.
    public func sector(id: String) -> Sector? {
        sectors.first { $0.id == id }
    }

    /// The sector of a department's full name, by the longest listed name it ends with (广州市人社局 → humanResourcesSocialSecurity).
    public func sector(ofName name: String) -> Sector? {
        let scalars = name.scalarArray
        return backward.longestMatch(in: scalars, endingAt: scalars.count).map { sectors[$0.value] }
    }

    /// The longest department name starting at `start`, with its length in scalars.
    public func name(in text: [Unicode.Scalar], at start: Int) -> (length: Int, sector: Sector)? {
        forward.longestMatch(in: text, from: start).map { ($0.length, sectors[$0.value]) }
    }
}
