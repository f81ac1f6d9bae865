/// A start tag as seen by `HTMLTokenizer`: lowercased name, the attributes the extractor uses, and its offset.
struct HTMLStartTag {
    /// Lowercased ASCII name, at most `HTMLTokenizer.maxNameLength` scalars.
    var name: String
    /// Scalar offset of the `<`.
    var offset: Int
    /// Whether the tag ended with `/>`.
    var selfClosing: Bool
    /// Attributes in source order: lowercased name and raw (entity-encoded) value, both capped in length.
    var attributes: [(name: String, value: String)]

    /// The raw value of the first attribute called `name` (lowercase).
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One token of an HTML document; text ranges index the source scalars.
enum HTMLToken {
    /// Character data that may contain character references.
    case text(Range<Int>)
    /// The content of a raw-text or RCDATA element (`script`, `style`, `title`, `textarea`, …).
    case rawText(Range<Int>, element: String)
    /// A start tag.
    case startTag(HTMLStartTag)
    /// An end tag: lowercased name and offset of its `<`.
    case endTag(name: String, offset: Int)
}

/// A forgiving, linear-time HTML tokenizer over decoded scalars, loosely following the WHATWG states.
///
/// Comments, doctypes and processing instructions are skipped. Unterminated constructs run to the
/// end of input; an attribute quote that never closes ends at the next `>` instead, and the scan
/// for it is remembered so hostile input cannot make the tokenizer quadratic.
struct HTMLTokenizer {
    /// Longest tag or attribute name kept; longer names are truncated (still scanned in full).
    static let maxNameLength = 64
    /// Longest attribute value kept.
    static let maxValueLength = 1024
    /// Most attributes kept per tag.
    static let maxAttributes = 32
    /// Elements whose content is raw text up to the matching end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]

    private let scalars: [Unicode.Scalar]
    private var position = 0
    /// After a raw-text start tag: the element whose end tag closes the raw text.
    private var rawTextElement: String?
    /// Lowest position from which no `"` (index 0) or `'` (index 1) occurs, once known.
    private var quoteAbsentFrom: [Int] = [Int.max, Int.max]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The next token, or nil at the end of input.
    mutating func next() -> HTMLToken? {
        let count = scalars.count
        if let element = rawTextElement {
            rawTextElement = nil
            let start = position
            let end = findRawTextEnd(element, from: start)
            position = end
            if end > start { return .rawText(start..<end, element: element) }
        }
        while position < count {
            let start = position
            if scalars[start] != "<" {
                var index = start + 1
                while index < count, scalars[index] != "<" { index += 1 }
                position = index
                return .text(start..<index)
            }
            guard start + 1 < count else {
                position = count
                return .text(start..<count)
            }
            let next = scalars[start + 1]
            if HTMLScalar.isLetter(next) {
                let tag = scanStartTag(at: start)
                if Self.rawTextElements.contains(tag.name) { rawTextElement = tag.name }
                return .startTag(tag)
            }
            switch next {
            case "!":
                skipMarkupDeclaration(at: start)
            case "?":
                position = skipPast(">", from: start + 2)
            case "/":
                if start + 2 < count, HTMLScalar.isLetter(scalars[start + 2]) {
                    let tag = scanTag(at: start + 2, offset: start, keepAttributes: false)
                    return .endTag(name: tag.name, offset: start)
                }
                position = skipPast(">", from: start + 2)
            default:
                position = start + 1
                return .text(start..<start + 1)
            }
        }
        return nil
    }

    // MARK: - Tags

    private mutating func scanStartTag(at start: Int) -> HTMLStartTag {
        scanTag(at: start + 1, offset: start, keepAttributes: true)
    }

    /// Scans a tag's name and attributes starting at its first name scalar; leaves `position` after it.
    private mutating func scanTag(at nameStart: Int, offset: Int, keepAttributes: Bool) -> HTMLStartTag {
        let count = scalars.count
        var index = nameStart
        var name = String.UnicodeScalarView()
        var nameLength = 0
        while index < count, !HTMLScalar.isTagNameEnd(scalars[index]) {
            if nameLength < Self.maxNameLength { name.append(HTMLScalar.lowercased(scalars[index])) }
            nameLength += 1
            index += 1
        }
        var tag = HTMLStartTag(name: String(name), offset: offset, selfClosing: false, attributes: [])
        while index < count {
            let scalar = scalars[index]
            if scalar == ">" {
                position = index + 1
                return tag
            }
            if HTMLScalar.isSpace(scalar) {
                index += 1
                continue
            }
            if scalar == "/" {
                if index + 1 < count, scalars[index + 1] == ">" {
                    tag.selfClosing = true
                    position = index + 2
                    return tag
                }
                index += 1
                continue
            }
            // Attribute name (a leading `=` belongs to the name, as in the standard).
            var attributeName = String.UnicodeScalarView()
            var attributeNameLength = 0
            while index < count {
                let current = scalars[index]
                if HTMLScalar.isSpace(current) || current == "/" || current == ">" { break }
                if current == "=", attributeNameLength > 0 { break }
                if attributeNameLength < Self.maxNameLength { attributeName.append(HTMLScalar.lowercased(current)) }
                attributeNameLength += 1
                index += 1
            }
            var afterName = index
            while afterName < count, HTMLScalar.isSpace(scalars[afterName]) { afterName += 1 }
            var value = String.UnicodeScalarView()
            if afterName < count, scalars[afterName] == "=" {
                index = afterName + 1
                while index < count, HTMLScalar.isSpace(scalars[index]) { index += 1 }
                if index < count, scalars[index] == "\"" || scalars[index] == "'" {
                    let quote = scalars[index]
                    let valueStart = index + 1
                    if let close = findQuote(quote, from: valueStart) {
                        value = capturedValue(valueStart..<close)
                        index = close + 1
                    } else {
                        // Unterminated quote: treat the value as ending at the next `>`.
                        let end = findScalar(">", from: valueStart) ?? count
                        value = capturedValue(valueStart..<end)
                        index = end
                    }
                } else {
                    let valueStart = index
                    while index < count, !HTMLScalar.isSpace(scalars[index]), scalars[index] != ">" { index += 1 }
                    value = capturedValue(valueStart..<index)
                }
            }
            if keepAttributes, tag.attributes.count < Self.maxAttributes, !attributeName.isEmpty {
                tag.attributes.append((String(attributeName), String(value)))
            }
        }
        position = count
        return tag
    }

    private func capturedValue(_ range: Range<Int>) -> String.UnicodeScalarView {
        var view = String.UnicodeScalarView()
        let end = min(range.upperBound, range.lowerBound + Self.maxValueLength)
        if range.lowerBound < end { view.append(contentsOf: scalars[range.lowerBound..<end]) }
        return view
    }

    /// Finds the closing quote, remembering a failed scan so it is never repeated over the same tail.
    private mutating func findQuote(_ quote: Unicode.Scalar, from start: Int) -> Int? {
        let slot = quote == "\"" ? 0 : 1
        if start >= quoteAbsentFrom[slot] { return nil }
        if let found = findScalar(quote, from: start) { return found }
        quoteAbsentFrom[slot] = start
        return nil
    }

    // MARK: - Comments, declarations and raw text

    private mutating func skipMarkupDeclaration(at start: Int) {
        let count = scalars.count
        if start + 3 < count, scalars[start + 2] == "-", scalars[start + 3] == "-" {
            var index = start + 4
            // `<!-->` and `<!--->` are complete (empty) comments.
            if index < count, scalars[index] == ">" {
                position = index + 1
                return
            }
            if index + 1 < count, scalars[index] == "-", scalars[index + 1] == ">" {
                position = index + 2
                return
            }
            while index + 2 < count {
                if scalars[index] == "-", scalars[index + 1] == "-" {
                    if scalars[index + 2] == ">" {
                        position = index + 3
                        return
                    }
                    if scalars[index + 2] == "!", index + 3 < count, scalars[index + 3] == ">" {
                        position = index + 4
                        return
                    }
                }
                index += 1
            }
            position = count
            return
        }
        position = skipPast(">", from: start + 2)
    }

    /// The offset of `</element` (case-insensitive, followed by a tag-name end) at or after `start`, or the end of input.
    private func findRawTextEnd(_ element: String, from start: Int) -> Int {
        let name = element.scalarArray
        let count = scalars.count
        var index = start
        while index + 1 + name.count < count {
            if scalars[index] == "<", scalars[index + 1] == "/" {
                var matches = true
                for (offset, expected) in name.enumerated() where HTMLScalar.lowercased(scalars[index + 2 + offset]) != expected {
                    matches = false
                    break
                }
                if matches {
                    let after = index + 2 + name.count
                    if after >= count || HTMLScalar.isTagNameEnd(scalars[after]) { return index }
                }
            }
            index += 1
        }
        return count
    }

    private func findScalar(_ target: Unicode.Scalar, from start: Int) -> Int? {
        var index = start
        let count = scalars.count
        while index < count {
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    private func skipPast(_ target: Unicode.Scalar, from start: Int) -> Int {
        findScalar(target, from: start).map { $0 + 1 } ?? scalars.count
    }
}

// MARK: - Scalar classes shared by the HTML reader

/// ASCII scalar classes used while tokenizing HTML.
enum HTMLScalar {
    /// Whether a scalar is HTML's ASCII whitespace.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        default: return false
        }
    }

    /// Whether a scalar is an ASCII letter.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return value >= 0x61 && value <= 0x7A
    }

    /// Whether a scalar ends a tag name.
    @inline(__always)
    static func isTagNameEnd(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || scalar == "/" || scalar == ">"
    }

    /// ASCII lowercase of a scalar; other scalars are returned unchanged.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20)! }
        return scalar
    }
}

// MARK: - Character references

/// Decodes HTML character references (`&amp;`, `&#19968;`, `&#x4E00;`, `&nbsp` …).
enum HTMLEntity {
    /// Names decoded even without a terminating semicolon, as browsers do.
    private static let legacyNames = ["nbsp", "amp", "quot", "copy", "reg", "lt", "gt"]

    /// Decodes the reference starting at the `&` at `index` (not past `end`): the scalar and how many source scalars it used.
    static func decode(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var cursor = index + 1
        guard cursor < end else { return nil }
        if scalars[cursor] == "#" {
            return decodeNumeric(scalars, at: index, end: end)
        }
        var name = String.UnicodeScalarView()
        while cursor < end, cursor - index <= 32 {
            let scalar = scalars[cursor]
            guard HTMLScalar.isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) else { break }
            name.append(scalar)
            cursor += 1
        }
        guard !name.isEmpty else { return nil }
        let nameString = String(name)
        if cursor < end, scalars[cursor] == ";", let value = named[nameString] {
            return (Unicode.Scalar(value)!, cursor + 1 - index)
        }
        for legacy in legacyNames where nameString.hasPrefix(legacy) {
            return (Unicode.Scalar(named[legacy]!)!, legacy.unicodeScalars.count + 1)
        }
        return nil
    }

    private static func decodeNumeric(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var cursor = index + 2
        var radix: UInt32 = 10
        if cursor < end, scalars[cursor] == "x" || scalars[cursor] == "X" {
            radix = 16
            cursor += 1
        }
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < end, let digit = digitValue(scalars[cursor], radix: radix) {
            value = value > 0x10FFFF ? value : value * radix + digit
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < end, scalars[cursor] == ";" { cursor += 1 }
        return (numericScalar(value), cursor - index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        let value = scalar.value
        if value >= 0x30 && value <= 0x39 { return value - 0x30 }
        guard radix == 16 else { return nil }
        let lower = value | 0x20
        if lower >= 0x61 && lower <= 0x66 { return lower - 0x61 + 10 }
        return nil
    }

    /// The scalar a numeric reference stands for, with the standard's replacements.
    private static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] {
            return Unicode.Scalar(mapped)!
        }
        if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Numeric references in 0x80–0x9F mean the Windows-1252 character (per the HTML standard).
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Named references common on Chinese government pages (case-sensitive, as in HTML).
    private static let named: [String: UInt32] = [
        "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "bdquo": 0x201E,
        "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "middot": 0xB7, "bull": 0x2022,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "times": 0xD7, "divide": 0xF7, "deg": 0xB0,
        "plusmn": 0xB1, "sect": 0xA7, "para": 0xB6, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039,
        "rsaquo": 0x203A, "yen": 0xA5, "cent": 0xA2, "pound": 0xA3, "euro": 0x20AC, "curren": 0xA4,
        "emsp": 0x2003, "ensp": 0x2002, "thinsp": 0x2009, "zwj": 0x200D, "zwnj": 0x200C,
        "lrm": 0x200E, "rlm": 0x200F, "shy": 0xAD, "iexcl": 0xA1, "iquest": 0xBF, "brvbar": 0xA6,
        "uml": 0xA8, "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC, "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8,
        "micro": 0xB5, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE,
        "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "equiv": 0x2261, "minus": 0x2212,
        "lowast": 0x2217, "infin": 0x221E, "radic": 0x221A, "sum": 0x2211, "prod": 0x220F, "isin": 0x2208,
        "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021,
        "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194,
        "lArr": 0x21D0, "uArr": 0x21D1, "rArr": 0x21D2, "dArr": 0x21D3, "hArr": 0x21D4,
        "loz": 0x25CA, "spades": 0x2660, "clubs": 0x2663, "hearts": 0x2665, "diams": 0x2666,
        "circ": 0x2C6, "tilde": 0x2DC, "oline": 0x203E, "frasl": 0x2044, "there4": 0x2234, "sim": 0x223C,
        "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5, "lambda": 0x3BB,
        "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "omega": 0x3C9, "Delta": 0x394, "Omega": 0x3A9,
        "agrave": 0xE0, "aacute": 0xE1, "auml": 0xE4, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9,
        "ouml": 0xF6, "uuml": 0xFC, "szlig": 0xDF,
    ]
}

// MARK: - Byte-level sniffing

/// Byte-level checks made before a page is decoded: is it HTML, and which charset does it declare.
enum HTMLSniffer {
    /// How many leading bytes the charset prescan reads.
    static let prescanLength = 4096

    /// Tag names that can open an HTML document or fragment.
    private static let openingTags: [[UInt8]] = [
        "html", "head", "meta", "body", "div", "title", "link", "script", "style", "table", "p", "span",
        "center", "font", "form", "base", "section", "article", "main", "header", "nav", "ul", "br", "img",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ].map { Array($0.utf8) }

    /// The declared charset, lowercased, from the first `prescanLength` bytes.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, prescanLength)
        var index = 0
        while index < limit {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches("<!--", in: bytes, at: index, limit: limit) {
                index = find("-->", in: bytes, from: index + 4, limit: limit).map { $0 + 3 } ?? limit
                continue
            }
            if index == 0 || onlySpaceOrBOM(bytes, before: index), matches("<?xml", in: bytes, at: index, limit: limit) {
                let (attributes, end) = parseAttributes(bytes, from: index + 5, limit: limit)
                index = end
                if let encoding = attributes["encoding"].flatMap(normalizedCharset) { return encoding }
                continue
            }
            if matches("<meta", in: bytes, at: index, limit: limit), index + 5 < limit,
               isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/") {
                let (attributes, end) = parseAttributes(bytes, from: index + 5, limit: limit)
                index = end
                if let charset = attributes["charset"].flatMap(normalizedCharset) { return charset }
                if let content = attributes["content"], let charset = charset(inContent: content) { return charset }
                continue
            }
            index += 1
        }
        return nil
    }

    /// Whether the bytes start (after BOM, whitespace, comments and an XML declaration) with an HTML tag.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = asciiHead(bytes)
        var index = 0
        let limit = head.count
        while true {
            while index < limit, isSpace(head[index]) { index += 1 }
            if matches("<!--", in: head, at: index, limit: limit) {
                guard let end = find("-->", in: head, from: index + 4, limit: limit) else { return false }
                index = end + 3
                continue
            }
            if matches("<?xml", in: head, at: index, limit: limit) {
                guard let end = find("?>", in: head, from: index + 5, limit: limit) else { return false }
                index = end + 2
                continue
            }
            break
        }
        if matches("<!doctype", in: head, at: index, limit: limit) {
            var cursor = index + 9
            while cursor < limit, isSpace(head[cursor]) { cursor += 1 }
            return matches("html", in: head, at: cursor, limit: limit)
        }
        guard index < limit, head[index] == UInt8(ascii: "<") else { return false }
        for name in openingTags where matches(name, in: head, at: index + 1, limit: limit) {
            let after = index + 1 + name.count
            if after >= limit || isSpace(head[after]) || head[after] == UInt8(ascii: ">") || head[after] == UInt8(ascii: "/") {
                return true
            }
        }
        return false
    }

    /// The first 2 KB as single bytes: a UTF-8 BOM is dropped and UTF-16 text is narrowed to its low bytes.
    private static func asciiHead(_ bytes: [UInt8]) -> [UInt8] {
        let window = 2048
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var narrowed: [UInt8] = []
            var index = 2
            while index + 1 < bytes.count, narrowed.count < window {
                let (low, high) = little ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                narrowed.append(high == 0 ? low : 0xFF)
                index += 2
            }
            return narrowed
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        return Array(bytes[start..<min(bytes.count, start + window)])
    }

    private static func onlySpaceOrBOM(_ bytes: [UInt8], before end: Int) -> Bool {
        var index = 0
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < end {
            if !isSpace(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// Parses `name=value` pairs up to the closing `>`; returns lowercased names (first wins) and the index after the tag.
    private static func parseAttributes(_ bytes: [UInt8], from start: Int, limit: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var index = start
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return (attributes, index + 1) }
            if isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") {
                index += 1
                continue
            }
            let nameStart = index
            while index < limit, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                  bytes[index] != UInt8(ascii: "/") || index == nameStart {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < limit, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < limit, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < limit, isSpace(bytes[index]) { index += 1 }
                if index < limit, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < limit, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index = min(index + 1, limit)
                } else {
                    let valueStart = index
                    while index < limit, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, limit)
    }

    /// The charset named in a `content="text/html; charset=gb2312"` value.
    private static func charset(inContent content: String) -> String? {
        let lower = Array(content.lowercased().utf8)
        guard let found = find("charset", in: lower, from: 0, limit: lower.count) else { return nil }
        var index = found + 7
        while index < lower.count, isSpace(lower[index]) { index += 1 }
        guard index < lower.count, lower[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < lower.count, isSpace(lower[index]) { index += 1 }
        var end = index
        if end < lower.count, lower[end] == UInt8(ascii: "\"") || lower[end] == UInt8(ascii: "'") {
            let quote = lower[end]
            index += 1
            end = index
            while end < lower.count, lower[end] != quote { end += 1 }
        } else {
            while end < lower.count, !isSpace(lower[end]), lower[end] != UInt8(ascii: ";") { end += 1 }
        }
        return normalizedCharset(String(decoding: lower[index..<end], as: UTF8.self))
    }

    private static func normalizedCharset(_ raw: String) -> String? {
        let trimmed = raw.lowercased().unicodeScalars.filter { !HTMLScalar.isSpace($0) && $0 != "\"" && $0 != "'" }
        return trimmed.isEmpty ? nil : trimmed.string
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Whether `pattern` (lowercase ASCII) occurs case-insensitively at `index`.
    private static func matches(_ pattern: String, in bytes: [UInt8], at index: Int, limit: Int) -> Bool {
        matches(Array(pattern.utf8), in: bytes, at: index, limit: limit)
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int, limit: Int) -> Bool {
        guard index >= 0, index + pattern.count <= limit else { return false }
        for (offset, expected) in pattern.enumerated() {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
        }
        return true
    }

    private static func find(_ pattern: String, in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        let needle = Array(pattern.utf8)
        var index = start
        while index + needle.count <= limit {
            if matches(needle, in: bytes, at: index, limit: limit) { return index }
            index += 1
        }
        return nil
    }
}
