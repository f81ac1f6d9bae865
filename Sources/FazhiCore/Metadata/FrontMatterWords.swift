/// The words a report's front and back matter are read with (Resources/front-matter.tsv): what a title ends with
/// when it names a document, and how the names of bodies end.
public struct FrontMatterWords: Sendable {
    /// Words that name a document's type at the end of a title (报告, 要点 …).
    public let documentTypes: [String]
    /// Endings of the names of bodies that address, issue or sign a report (人民政府, 局 …).
    public let organSuffixes: [String]

    /// Parses the resource format: `#` comments, then a role and `|`-separated words.
    public init(tsv: String) throws(ResourceError) {
        var words: [String: [String]] = [:]
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, ["documentType", "organSuffix"].contains(fields[0]), !fields[1].isEmpty else {
                throw .malformed(resource: "front-matter.tsv", line: number + 1)
            }
            words[String(fields[0]), default: []] += fields[1].split(separator: "|").map(String.init)
        }
        documentTypes = words["documentType"] ?? []
        organSuffixes = words["organSuffix"] ?? []
    }

    /// Whether a name ends as the name of a body does.
    func endsAsOrgan(_ name: String) -> Bool {
        organSuffixes.contains { name.hasSuffixUTF8($0) }
    }
}
