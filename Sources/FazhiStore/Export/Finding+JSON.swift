import FazhiCore

extension Finding {
    /// Writes the finding as its synthesized `Encodable` conformance would, members in sorted key order: a report has
    /// dozens, and each through the coder's containers cost several allocations.
    func writeJSON(to output: JSONOutputBuffer, level: Int) {
        var object = JSONObjectWriter(output, level: level)
        object.integer("column", column)
        object.string("excerpt", excerpt)
        object.string("expected", expected)
        object.string("found", found)
        object.integer("line", line)
        object.string("message", message)
        object.integer("offset", offset)
        object.string("rule", rule)
        object.string("severity", severity.rawValue)
        object.end()
    }
}
