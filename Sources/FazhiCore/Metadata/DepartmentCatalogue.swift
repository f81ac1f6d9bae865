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

    /// Parses the resource format: `#` comments, then id, Chinese name and `|`-separated department names.
    public init(tsv: String) throws(ResourceError) {
        var sectors: [Sector] = [], forward = ScalarTrie(), backward = ScalarTrie(reversed: true), seen: Set<String> = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else {
                throw .malformed(resource: "sectors.tsv", line: number + 1)
            }
            for name in fields[2].split(separator: "|") {
                guard seen.insert(String(name)).inserted else { throw .malformed(resource: "sectors.tsv", line: number + 1) }
                forward.insert(String(name), sectors.count)
                backward.insert(String(name), sectors.count)
            }
            sectors.append(Sector(id: String(fields[0]), name: String(fields[1])))
        }
        self.sectors = sectors
        self.forward = forward
        self.backward = backward
    }

    /// The sector with this id.
    public func sector(id: String) -> Sector? {
        sectors.first { $0.id == id }
    }

    /// The sector of a department's full name, by the longest listed name it ends with (广州市人社局 → humanResourcesSocialSecurity).
    public func sector(ofName name: String) -> Sector? {
        let scalars = Array(name.unicodeScalars)
        return backward.longestMatch(in: scalars, endingAt: scalars.count).map { sectors[$0.value] }
    }

    /// The longest department name starting at `start`, with its length in scalars.
    public func name(in text: [Unicode.Scalar], at start: Int) -> (length: Int, sector: Sector)? {
        forward.longestMatch(in: text, from: start).map { ($0.length, sectors[$0.value]) }
    }
}
