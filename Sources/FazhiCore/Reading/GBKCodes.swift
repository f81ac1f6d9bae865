/// GBK's two-byte codes by the character each decodes to: the way back from text that was misread as GBK.
///
/// Built once, from the two-byte codes of the decoder that reads GB18030 files. Encoding through
/// Foundation instead traps on some lines (its GB18030 encoder sizes a line of noncharacters and private-use code
/// points as convertible, then converts fewer and stops the process).
struct GBKCodes: Sendable {
    private let codes: [UInt32: UInt16]

    static let shared = GBKCodes()

    private init() {
        var codes: [UInt32: UInt16] = [:]
        LegacyDecoder.gb18030.forEachTwoByteCode { code, scalar in
            if scalar > 0x7F, codes[scalar] == nil { codes[scalar] = code }
        }
        self.codes = codes
    }

    /// The GBK bytes of a line, or nil when a character has no GBK code (ASCII stands for itself).
    func bytes(_ line: [Unicode.Scalar]) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count * 2)
        for scalar in line {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else if let code = codes[scalar.value] {
                bytes.append(UInt8(code >> 8))
                bytes.append(UInt8(code & 0xFF))
            } else {
                return nil
            }
        }
        return bytes
    }
}
