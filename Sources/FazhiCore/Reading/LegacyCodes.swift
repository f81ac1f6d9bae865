import Foundation

/// The characters a legacy encoding (GB18030, Big5) gives its codes, read with Foundation's decoder: the source of the
/// tables Fazhi decodes those encodings with.
enum LegacyCodes {
    /// The character each code of a row decodes to, or nil where a code decodes to no character or to several. The row
    /// is decoded in one call; a row in which some code fails is halved until the codes that fail stand alone, so one
    /// unassigned code neither voids the row nor costs a call for every other code.
    static func scalars(of row: ArraySlice<[UInt8]>, encoding: UInt) -> [Unicode.Scalar?] {
        if let text = String(data: Data(row.joined()), encoding: String.Encoding(rawValue: encoding)),
           text.unicodeScalars.count == row.count {
            return text.unicodeScalars.map { $0 }
        }
        guard row.count > 1 else { return [nil] }
        let middle = row.startIndex + row.count / 2
        return scalars(of: row[..<middle], encoding: encoding) + scalars(of: row[middle...], encoding: encoding)
    }

    /// Calls `body` with each code of `leads` × `trails` that decodes to one character.
    static func decode(leads: ClosedRange<UInt8>, trails: [UInt8], encoding: UInt,
                       _ body: (_ lead: UInt8, _ trail: UInt8, _ scalar: Unicode.Scalar) -> Void) {
        for lead in leads {
            for (trail, scalar) in zip(trails, scalars(of: trails.map { [lead, $0] }[...], encoding: encoding)) {
                if let scalar { body(lead, trail, scalar) }
            }
        }
    }
}
