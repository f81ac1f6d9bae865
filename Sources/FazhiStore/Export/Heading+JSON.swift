import FazhiCore

extension Heading {
    /// Writes the heading and its sub-headings as the synthesized `Encodable` conformance would, members in sorted key
    /// order.
    func writeJSON(to output: JSONOutputBuffer, level: Int) {
        var object = JSONObjectWriter(output, level: level)
        object.array("children", children) { child, elementLevel in child.writeJSON(to: output, level: elementLevel) }
        object.integer("column", column)
        object.string("inferredMarker", inferredMarker)
        object.integer("level", self.level)
        object.integer("line", line)
        object.string("marker", marker)
        object.integer("number", number)
        object.integer("offset", offset)
        object.string("part", part?.rawValue)
        object.string("style", style.rawValue)
        object.string("title", title)
        object.end()
    }
}
