import Foundation

/// The characters a legacy two-byte encoding (GB18030, Big5) gives its codes, read with the decoder that reads files.
enum TwoByteCodes {
    /// Calls `body` with each code of `leads` × `trails` that decodes to one character. Decoded a row at a time; a row in
    /// which some code does not decode to one character is decoded code by code, so one unassigned code cannot void it.
    static func decode(leads: ClosedRange<UInt8>, trails: [UInt8], encoding: UInt,
                       _ body: (_ lead: UInt8, _ trail: UInt8, _ scalar: Unicode.Scalar) -> Void) {
        let encoding = String.Encoding(rawValue: encoding)
        for lead in leads {
            if let text = String(data: Data(trails.flatMap { [lead, $0] }), encoding: encoding),
               text.unicodeScalars.count == trails.count {
                for (trail, scalar) in zip(trails, text.unicodeScalars) { body(lead, trail, scalar) }
                continue
            }
            for trail in trails {
                if let text = String(data: Data([lead, trail]), encoding: encoding), text.unicodeScalars.count == 1 {
                    body(lead, trail, text.unicodeScalars.first!)
                }
            }
        }
    }
}
