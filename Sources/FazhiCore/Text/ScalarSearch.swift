/// Substring search over Unicode scalars, for short patterns in long texts (no Foundation bridging).
extension ArraySlice where Element == Unicode.Scalar {
    /// The index where `pattern` first occurs, or nil.
    func firstIndex(of pattern: [Unicode.Scalar]) -> Int? {
        guard let first = pattern.first, pattern.count <= count else { return nil }
        var index = startIndex
        let last = endIndex - pattern.count
        while index <= last {
            if self[index] == first {
                var offset = 1
                while offset < pattern.count, self[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `pattern` occurs.
    func contains(_ pattern: [Unicode.Scalar]) -> Bool { firstIndex(of: pattern) != nil }
}
