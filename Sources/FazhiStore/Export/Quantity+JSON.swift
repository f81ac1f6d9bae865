import FazhiCore

extension Quantity {
    /// Writes the figure as its synthesized `Encodable` conformance would, members in sorted key order: a report has a
    /// hundred figures and they were half of its encoding time through the coder's containers.
    func writeJSON(to output: JSONOutputBuffer, level: Int) {
        var object = JSONObjectWriter(output, level: level)
        object.string("area", area)
        object.string("change", change?.rawValue)
        object.integer("column", column)
        object.string("indicator", indicator)
        object.string("kind", kind.rawValue)
        object.integer("line", line)
        object.decimal("lower", lower)
        object.integer("offset", offset)
        object.string("qualifier", qualifier.rawValue)
        object.string("scope", scope.rawValue)
        object.string("status", status.rawValue)
        object.string("subject", subject)
        object.string("text", text)
        object.string("unit", unit)
        object.decimal("upper", upper)
        object.decimal("value", value)
        object.end()
    }
}
