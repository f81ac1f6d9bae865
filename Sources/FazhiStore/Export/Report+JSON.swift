import FazhiCore

extension Report {
    /// Writes the report as its `Encodable` conformance would (metadata's fields at the top level), members in sorted
    /// key order, so the encoder need not hold the whole report's JSON twice to put its members in order.
    func writeJSON(to output: JSONOutputBuffer, level: Int) throws {
        var object = JSONObjectWriter(output, level: level)
        object.stringOrNull("body", metadata.body)
        try object.value("bodyKind", metadata.bodyKind)
        object.stringOrNull("docNumber", metadata.docNumber)
        try object.value("documentKind", metadata.documentKind)
        object.array("edits", edits) { edit, level in edit.writeJSON(to: output, level: level) }
        try object.value("encoding", encoding)
        object.array("findings", findings) { finding, level in finding.writeJSON(to: output, level: level) }
        try object.value("format", format)
        try object.value("garbled", garbled)
        object.bool("isAnnualReport", metadata.isAnnualReport)
        try object.value("outline", outline)
        try object.value("parts", parts)
        if let positions { try object.value("positions", positions) }
        object.stringOrNull("publishedDate", metadata.publishedDate)
        object.array("quantities", quantities) { quantity, level in quantity.writeJSON(to: output, level: level) }
        try object.value("recipients", metadata.recipients)
        try object.value("region", metadata.region)
        object.bool("regionAmbiguous", metadata.regionAmbiguous)
        object.integerOrNull("reportYear", metadata.reportYear)
        try object.value("script", script)
        object.stringOrNull("sector", metadata.sector)
        object.string("sha256", sha256)
        object.stringOrNull("signedDate", metadata.signedDate)
        object.stringOrNull("signer", metadata.signer)
        object.string("source", source)
        try object.value("statistics", statistics)
        object.string("text", text)
        object.stringOrNull("title", metadata.title)
        object.end()
    }
}
