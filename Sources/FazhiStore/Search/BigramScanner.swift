/// Splits UTF-8 text into search tokens: overlapping pairs of Chinese characters, and whole words
/// of letters and digits (lower-cased, full-width folded to ASCII).
///
/// "行政复议2023年" gives 行政, 政复, 复议, 2023, 年. Any query of two or more characters becomes a
/// phrase of consecutive pairs, so a search needs no dictionary and misses no word boundary.
/// A run of one Chinese character is a token of its own; the last character of a longer run is
/// also given as a colocated token, so that a one-character prefix query finds every occurrence.
public struct BigramScanner: Sendable {
    /// One token: its text as UTF-8 bytes and the byte range it came from.
    public struct Token: Equatable, Sendable {
        /// The token's UTF-8 bytes.
        public var bytes: [UInt8]
        /// Byte offset of the first byte in the input.
        public var start: Int
        /// Byte offset just past the last byte in the input.
        public var end: Int
        /// Whether the token shares the position of the token before it.
        public var colocated: Bool

        /// The token as a string.
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Whether to give the colocated single-character tokens (for documents, not for queries).
    public var emitsRunEnds: Bool

    /// Creates a scanner; documents want `emitsRunEnds`, queries do not.
    public init(emitsRunEnds: Bool) {
        self.emitsRunEnds = emitsRunEnds
    }

    /// Calls `emit` for every token of `bytes`, in order, without allocating per token: the
    /// token's bytes (valid only during the call), its source byte range, and whether it is
    /// colocated. Stops early when `emit` returns false.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>,
                     emit: (_ token: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ colocated: Bool) -> Bool) {
        var runStarts: [Int] = []   // byte offsets of the current run of Chinese characters
        var runEnd = 0
        var word: [UInt8] = []
        var wordStart = 0, wordEnd = 0
        var index = 0
        var stopped = false

        func flushHan() {
            defer { runStarts.removeAll(keepingCapacity: true) }
            guard !stopped, !runStarts.isEmpty else { return }
            if runStarts.count == 1 {
                stopped = !emit(UnsafeBufferPointer(rebasing: bytes[runStarts[0]..<runEnd]), runStarts[0], runEnd, false)
                return
            }
            for pair in 0..<runStarts.count - 1 {
                let start = runStarts[pair]
                let end = pair + 2 < runStarts.count ? runStarts[pair + 2] : runEnd
                if !emit(UnsafeBufferPointer(rebasing: bytes[start..<end]), start, end, false) {
                    stopped = true
                    return
                }
            }
            if emitsRunEnds, let last = runStarts.last {
                stopped = !emit(UnsafeBufferPointer(rebasing: bytes[last..<runEnd]), last, runEnd, true)
            }
        }
        func flushWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !stopped, !word.isEmpty else { return }
            stopped = word.withUnsafeBufferPointer { !emit($0, wordStart, wordEnd, false) }
        }

        while index < bytes.count, !stopped {
            let (scalar, length) = Self.decode(bytes, at: index)
            let end = index + length
            switch Self.classify(scalar) {
            case .han:
                flushWord()
                runStarts.append(index)
                runEnd = end
            case .word(let folded):
                flushHan()
                if word.isEmpty { wordStart = index }
                Self.appendUTF8(folded, to: &word)
                wordEnd = end
            case .separator:
                flushHan()
                flushWord()
            }
            index = end
        }
        flushHan()
        flushWord()
    }

    /// Every token of a string (for tests and query building).
    public func tokens(_ text: String) -> [Token] {
        var text = text
        var result: [Token] = []
        text.withUTF8 { buffer in
            scan(buffer) { token, start, end, colocated in
                result.append(Token(bytes: Array(token), start: start, end: end, colocated: colocated))
                return true
            }
        }
        return result
    }

    private enum ScalarClass {
        case han
        case word(UInt32)
        case separator
    }

    private static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x30...0x39, 0x61...0x7A: return .word(value)
        case 0x41...0x5A: return .word(value + 0x20)
        case 0xFF10...0xFF19: return .word(value - 0xFEE0)
        case 0xFF21...0xFF3A: return .word(value - 0xFEE0 + 0x20)
        case 0xFF41...0xFF5A: return .word(value - 0xFEE0)
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return .han
        case 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF:
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return .separator }
            return .word(scalar.properties.lowercaseMapping.unicodeScalars.count == 1
                ? scalar.properties.lowercaseMapping.unicodeScalars.first!.value : value)
        default: return .separator
        }
    }

    /// Decodes one scalar; an invalid byte decodes as U+FFFD of length 1.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { bytes.append($0) }
    }
}
