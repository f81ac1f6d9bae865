import FazhiCore

extension TextEdit {
    /// Writes the edit as its synthesized `Encodable` conformance would, members in sorted key order: a page with
    /// chrome or a text with pinyin has hundreds.
    func writeJSON(to output: JSONOutputBuffer, level: Int) {
        var object = JSONObjectWriter(output, level: level)
        object.integer("column", column)
        object.string("kind", kind.rawValue)
        object.integer("length", length)
        object.integer("line", line)
        object.string("text", text)
        object.end()
    }
}
