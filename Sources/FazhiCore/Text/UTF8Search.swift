extension StringProtocol {
    /// Whether `needle` occurs, matched by its UTF-8 bytes: exact, and without the NSString search Foundation's
    /// `contains` runs (a few percent of analysis time when it was used on every line).
    func containsUTF8(_ needle: String) -> Bool {
        firstUTF8Range(of: needle) != nil
    }

    /// The first range where `needle` occurs, matched by its UTF-8 bytes; nil for an empty needle.
    func firstUTF8Range(of needle: String) -> Range<Index>? {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle in Self.firstOffset(of: needle, in: haystack) } ?? nil
        } ?? Self.firstOffset(of: Array(needle.utf8), in: Array(utf8))
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Whether the text ends with `suffix`, compared by UTF-8 bytes: exact, and without the comparison of
    /// characters `hasSuffix` makes (a thousand instructions for a two-character word).
    func hasSuffixUTF8(_ suffix: String) -> Bool {
        utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { end in
                end.count <= text.count && UnsafeBufferPointer(rebasing: text[(text.count - end.count)...]).elementsEqual(end)
            }
        }.flatMap { $0 } ?? utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// Whether the text starts with `prefix`, compared by UTF-8 bytes, as ``hasSuffixUTF8(_:)``.
    func hasPrefixUTF8(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    private static func firstOffset<Haystack: RandomAccessCollection, Needle: RandomAccessCollection>(
        of needle: Needle, in haystack: Haystack) -> Int?
    where Haystack.Element == UInt8, Needle.Element == UInt8, Haystack.Index == Int, Needle.Index == Int {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[needle.startIndex + offset] { offset += 1 }
                if offset == needle.count { return start - haystack.startIndex }
            }
            start += 1
        }
        return nil
    }
}
