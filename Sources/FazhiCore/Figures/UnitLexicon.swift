import Foundation

/// A problem in one of the figure resources (units.tsv, numeric-phrases.txt).
enum FigureResourceError: Error, Equatable {
    /// A units.tsv row without a unit and a kind.
    case malformedUnitRow(line: Int, text: String)
    /// A units.tsv row whose kind is not a QuantityKind (nor `none`).
    case unknownKind(line: Int, kind: String)
    /// A units.tsv row with an option that is not `fraction` or `scale=N`.
    case unknownOption(line: Int, option: String)
    /// A numeric-phrases.txt line without any numeral character.
    case phraseWithoutNumeral(line: Int, text: String)
}

/// One unit from units.tsv: a class, since the scanner passes one around for every figure and a copy of a struct of
/// two strings and a decimal was several retains and releases.
final class UnitEntry: Equatable, Sendable {
    /// The unit as written after the number (个工作日, ％, 万元).
    let written: String
    /// The unit reported (％ → %, 万元 → 元).
    let unit: String
    /// The figure's kind, or nil when a number before this word is not a figure (周年, 号, 月).
    let kind: QuantityKind?
    /// Whether a decimal value is plausible (false for counts of things: 2.3本 is not a figure).
    let allowsFraction: Bool
    /// A multiplier the unit carries (万元 → 10000).
    let scale: Decimal
    /// The unit as written when it is one scalar (年, 日, 分), for checks asked of every figure.
    let scalar: Unicode.Scalar?

    init(written: String, unit: String, kind: QuantityKind?, allowsFraction: Bool, scale: Decimal) {
        self.written = written
        self.unit = unit
        self.kind = kind
        self.allowsFraction = allowsFraction
        self.scale = scale
        var scalars = written.unicodeScalars.makeIterator()
        let first = scalars.next()
        scalar = scalars.next() == nil ? first : nil
    }

    static func == (left: UnitEntry, right: UnitEntry) -> Bool {
        left.written == right.written && left.unit == right.unit && left.kind == right.kind
            && left.allowsFraction == right.allowsFraction && left.scale == right.scale
    }
}

/// The units that may follow a figure, matched longest first.
struct UnitLexicon: Sendable {
    /// Units to their index in `entries`.
    private var trie = ScalarTrie()
    /// Every entry, in file order.
    private(set) var entries: [UnitEntry] = []

    /// Parses units.tsv: `unit<TAB>kind[<TAB>canonical[<TAB>options]]`, # comments, blank lines.
    init(tsv: String) throws(FigureResourceError) {
        for (offset, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else {
                throw .malformedUnitRow(line: offset + 1, text: line)
            }
            var kind: QuantityKind?
            if columns[1] != "none" {
                guard let known = QuantityKind(rawValue: columns[1]) else {
                    throw .unknownKind(line: offset + 1, kind: columns[1])
                }
                kind = known
            }
            let canonical = columns.count > 2 && !columns[2].isEmpty ? columns[2] : columns[0]
            var allowsFraction = kind != .count && kind != .rank
            var scale: Decimal = 1
            if columns.count > 3 {
                for option in columns[3].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
                where !option.isEmpty {
                    if option == "fraction" {
                        allowsFraction = true
                    } else if option.hasPrefix("scale="), let value = Decimal(string: String(option.dropFirst(6))) {
                        scale = value
                    } else {
                        throw .unknownOption(line: offset + 1, option: option)
                    }
                }
            }
            let entry = UnitEntry(written: columns[0], unit: canonical, kind: kind, allowsFraction: allowsFraction,
                                  scale: scale)
            trie.insert(columns[0], entries.count)
            entries.append(entry)
        }
    }

    /// The longest unit written at `index`, or nil.
    func match(_ scalars: [Unicode.Scalar], at index: Int) -> (length: Int, entry: UnitEntry)? {
        guard index < scalars.count else { return nil }
        return trie.longestMatch(in: scalars, from: index).map { ($0.length, entries[$0.value]) }
    }

    /// The entry for a unit as written, or nil.
    func entry(for written: String) -> UnitEntry? {
        let scalars = written.scalarArray
        guard let found = match(scalars, at: 0), found.length == scalars.count else { return nil }
        return found.entry
    }
}
