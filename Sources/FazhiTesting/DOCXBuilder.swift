import Foundation
import ZIPFoundation

/// Builds .docx files in memory, for tests and benchmarks.
public enum DOCXBuilder {
    /// WordprocessingML's namespace.
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A ZIP archive holding the given parts (path → text), deflated.
    public static func zip(_ parts: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// A .docx with the given body XML and optional numbering and styles parts.
    public static func document(body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var parts = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(wordNamespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)<w:sectPr/></w:body></w:document>
            """),
        ]
        if let numbering {
            parts.append(("word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(wordNamespace)\">\(numbering)</w:numbering>"))
        }
        if let styles {
            parts.append(("word/styles.xml", "<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(wordNamespace)\">\(styles)</w:styles>"))
        }
        return try zip(parts)
    }

    /// A .docx with one paragraph per line of `text` (XML-escaped).
    public static func document(lines text: String) throws -> [UInt8] {
        try document(body: text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped(line))</w:t></w:r></w:p>"
        }.joined())
    }

    /// Text escaped for XML character data.
    public static func escaped<Text: StringProtocol>(_ text: Text) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
