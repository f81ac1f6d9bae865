import Foundation
import FazhiTesting
import Testing
import ZIPFoundation
@testable import FazhiCore

// MARK: - Building .docx files in memory

/// A paragraph with one run of text and optional numbering or style.
private func paragraph(_ text: String, numId: Int? = nil, ilvl: Int? = nil, style: String? = nil) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if numId != nil || ilvl != nil {
        properties += "<w:numPr>"
        if let ilvl { properties += "<w:ilvl w:val=\"\(ilvl)\"/>" }
        if let numId { properties += "<w:numId w:val=\"\(numId)\"/>" }
        properties += "</w:numPr>"
    }
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return "<w:p w:rsidR=\"00A1\">\(pPr)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

/// One list level definition.
private func level(_ ilvl: Int, format: String, text: String, start: Int = 1, extra: String = "") -> String {
    "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>\(extra)</w:lvl>"
}

/// Chinese report outline: 一、 （一） 1. （1） ① — abstract 0 used by num 1, num 2 restarts at 五.
private let outlineNumbering = """
<w:abstractNum w:abstractNumId="0">
\(level(0, format: "chineseCounting", text: "%1、", extra: "<w:suff w:val=\"nothing\"/>"))
\(level(1, format: "chineseCounting", text: "（%2）", extra: "<w:suff w:val=\"nothing\"/>"))
\(level(2, format: "decimal", text: "%3."))
\(level(3, format: "decimal", text: "（%4）"))
\(level(4, format: "decimalEnclosedCircle", text: "%5"))
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
\(level(0, format: "decimal", text: "%1.", extra: "<w:suff w:val=\"nothing\"/>"))
\(level(1, format: "decimal", text: "%1.%2", extra: "<w:suff w:val=\"nothing\"/>"))
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
\(level(0, format: "bullet", text: "\u{F0B7}"))
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
"""

/// Reads a .docx built from `body` and returns its lines.
private func lines(body: String, numbering: String? = outlineNumbering, styles: String? = nil) throws -> [String] {
    try DOCXReader.text(from: DOCXBuilder.document(body: body, numbering: numbering, styles: styles)).components(separatedBy: "\n")
}

@Suite("DOCXReader")
struct DOCXReaderTests {
    @Test("chineseCounting outline 一、（一）（二）二、（一）")
    func chineseOutline() throws {
        let body = [
            paragraph("总体情况", numId: 1, ilvl: 0),
            paragraph("加强组织领导", numId: 1, ilvl: 1),
            paragraph("完善制度体系", numId: 1, ilvl: 1),
            paragraph("存在的问题", numId: 1, ilvl: 0),
            paragraph("基层力量薄弱", numId: 1, ilvl: 1),
        ].joined()
        #expect(try lines(body: body) == ["一、总体情况", "（一）加强组织领导", "（二）完善制度体系", "二、存在的问题", "（一）基层力量薄弱"])
    }

    @Test("deeper levels: 1. （1） ① reset when a shallower level advances")
    func deeperLevels() throws {
        let body = [
            paragraph("甲", numId: 1, ilvl: 0),
            paragraph("乙", numId: 1, ilvl: 2),
            paragraph("丙", numId: 1, ilvl: 3),
            paragraph("丁", numId: 1, ilvl: 4),
            paragraph("戊", numId: 1, ilvl: 4),
            paragraph("己", numId: 1, ilvl: 3),
            paragraph("庚", numId: 1, ilvl: 2),
            paragraph("辛", numId: 1, ilvl: 3),
            paragraph("不编号的段落"),
            paragraph("壬", numId: 1, ilvl: 0),
            paragraph("癸", numId: 1, ilvl: 2),
        ].joined()
        #expect(try lines(body: body) == [
            "一、甲", "1. 乙", "（1）丙", "①丁", "②戊", "（2）己", "2. 庚", "（1）辛", "不编号的段落", "二、壬", "1. 癸",
        ])
    }

    @Test("decimal %1. and multi-level %1.%2")
    func decimal() throws {
        let body = [
            paragraph("第一项", numId: 3, ilvl: 0),
            paragraph("细目", numId: 3, ilvl: 1),
            paragraph("细目", numId: 3, ilvl: 1),
            paragraph("第二项", numId: 3, ilvl: 0),
            paragraph("细目", numId: 3, ilvl: 1),
        ].joined()
        #expect(try lines(body: body) == ["1.第一项", "1.1细目", "1.2细目", "2.第二项", "2.1细目"])
    }

    @Test("bullets render no number; numId 0 removes numbering")
    func bulletsAndNumIdZero() throws {
        let body = [paragraph("要点", numId: 4, ilvl: 0), paragraph("普通", numId: 0, ilvl: 0), paragraph("未定义", numId: 99)].joined()
        #expect(try lines(body: body) == ["要点", "普通", "未定义"])
    }

    @Test("startOverride restarts a list instance")
    func startOverride() throws {
        let body = [
            paragraph("前文", numId: 1, ilvl: 0),
            paragraph("续五", numId: 2, ilvl: 0),
            paragraph("子项", numId: 2, ilvl: 1),
            paragraph("续六", numId: 2, ilvl: 0),
        ].joined()
        #expect(try lines(body: body) == ["一、前文", "五、续五", "（一）子项", "六、续六"])
    }

    @Test("numbering through paragraph styles, basedOn chains and lvl/pStyle links")
    func styleNumbering() throws {
        let styles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="H2Custom"><w:basedOn w:val="H2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
        """
        let numbering = outlineNumbering.replacingOccurrences(
            of: level(0, format: "chineseCounting", text: "%1、", extra: "<w:suff w:val=\"nothing\"/>"),
            with: level(0, format: "chineseCounting", text: "%1、", extra: "<w:pStyle w:val=\"H1\"/><w:suff w:val=\"nothing\"/>"))
        let body = [
            paragraph("标题一", style: "H1"),
            paragraph("标题二", style: "H2"),
            paragraph("继承的标题二", style: "H2Custom"),
            paragraph("直接覆盖层级", ilvl: 0, style: "H2"),
            paragraph("循环样式", style: "Loop1"),
            paragraph("正文", style: "Normal"),
        ].joined()
        #expect(try lines(body: body, numbering: numbering, styles: styles) == [
            "一、标题一", "（一）标题二", "（二）继承的标题二", "二、直接覆盖层级", "循环样式", "正文",
        ])
    }

    @Test("table rows become tab-separated lines; nested tables flatten into their cell")
    func tables() throws {
        func cell(_ content: String) -> String { "<w:tc><w:tcPr/>\(content)</w:tc>" }
        let body = """
        \(paragraph("表1 主要指标"))
        <w:tbl><w:tblPr/><w:tblGrid/>
        <w:tr>\(cell(paragraph("指标")))\(cell(paragraph("2023年")))\(cell(paragraph("2022年")))</w:tr>
        <w:tr>\(cell(paragraph("行政复议") + paragraph("案件")))\(cell(paragraph("12")))\(cell(paragraph("")))</w:tr>
        <w:tr>\(cell("<w:tbl><w:tr>\(cell(paragraph("内层甲")))\(cell(paragraph("内层乙")))</w:tr></w:tbl>"))\(cell(paragraph("外层")))</w:tr>
        </w:tbl>
        \(paragraph("表后文字"))
        """
        #expect(try lines(body: body) == ["表1 主要指标", "指标\t2023年\t2022年", "行政复议 案件\t12\t", "内层甲 内层乙\t外层", "表后文字"])
    }

    @Test("run content: tabs, breaks, symbols, entities, insertions; deletions and hidden text dropped")
    func runContent() throws {
        let body = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>\
        <w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>
        <w:p><w:r><w:t>A&amp;B &lt;C&gt; &#x4E00;&#19968;</w:t></w:r><w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>
        <w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>删除</w:delText><w:tab/></w:r></w:del>\
        <w:ins w:id="2" w:author="x"><w:r><w:t>插入</w:t></w:r></w:ins>\
        <w:moveFrom w:id="3" w:author="x"><w:r><w:t>移走</w:t></w:r></w:moveFrom>\
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\
        <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>\
        <w:hyperlink r:id="rId1"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
        <w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r><w:r><w:t>外层段落</w:t></w:r></w:p>
        <w:p><w:pPr><w:pPrChange w:id="4"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>\
        <w:r><w:t>旧编号已撤销</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
        <w:p><w:r><w:t><![CDATA[<原文>]]></w:t></w:r></w:p>
        """
        #expect(try lines(body: body) == [
            "甲\t乙", "丙", "A&B <C> 一一•", "保留插入显示链接", "文本框", "外层段落", "旧编号已撤销", "<原文>",
        ])
    }

    @Test("line breaks split a paragraph, except one after a carriage return; in a cell they and tabs become spaces")
    func lineBreaks() throws {
        let body = """
        <w:p><w:r><w:t>甲</w:t><w:br/><w:br/><w:t> 乙 </w:t><w:br/><w:t>丙&#13;</w:t><w:br/><w:t>丁</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>上</w:t><w:br/><w:t>下</w:t><w:tab/><w:t>右</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:tab/></w:r></w:p></w:tc></w:tr></w:tbl>
        """
        #expect(try lines(body: body) == ["甲", "乙", "丙\r\n丁", "上 下 右\t"])
    }

    @Test("a document whose WordprocessingML prefix is not w")
    func otherPrefix() throws {
        let document = """
        <?xml version="1.0"?><ns0:document xmlns:ns0="\(DOCXBuilder.wordNamespace)"><ns0:body>\
        <ns0:p><ns0:r><ns0:t>前缀不同</ns0:t></ns0:r></ns0:p><w:p><w:r><w:t>别的命名空间</w:t></w:r></w:p>\
        </ns0:body></ns0:document>
        """
        let bytes = try DOCXBuilder.zip([("word/document.xml", document)])
        #expect(try DOCXReader.text(from: bytes) == "前缀不同")
    }

    @Test("number formats", arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"), (99, "chineseCounting", "九十九"), (100, "chineseCounting", "一〇〇"),
        (10, "chineseCountingThousand", "十"), (15, "chineseCountingThousand", "十五"), (21, "chineseCountingThousand", "二十一"),
        (101, "chineseCountingThousand", "一百零一"), (110, "chineseCountingThousand", "一百一十"),
        (1005, "chineseCountingThousand", "一千零五"), (10010, "chineseCountingThousand", "一万零一十"),
        (12, "chineseLegalSimplified", "壹拾贰"), (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "11"),
        (305, "ideographDigital", "三〇五"),
        (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircleChinese", "⑳"), (21, "decimalEnclosedCircle", "21"),
        (3, "decimalEnclosedParen", "⑶"), (12, "decimalFullWidth", "１２"), (7, "decimalZero", "07"),
        (1, "upperLetter", "A"), (28, "upperLetter", "BB"), (3, "lowerLetter", "c"),
        (4, "upperRoman", "IV"), (1994, "upperRoman", "MCMXCIV"), (9, "lowerRoman", "ix"),
        (42, "decimal", "42"), (5, "bullet", ""), (5, "none", ""), (5, "somethingNew", "5"),
    ])
    func numberFormats(value: Int, format: String, expected: String) {
        #expect(DOCXNumberFormat.format(value, as: format) == expected)
    }

    @Test("looksLikeZIP", arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14], true), ([0x50, 0x4B, 0x05, 0x06], false), ([0x50, 0x4B], false), ([], false),
        (Array("<html>".utf8), false),
    ] as [([UInt8], Bool)])
    func looksLikeZIP(bytes: [UInt8], expected: Bool) {
        #expect(DOCXReader.looksLikeZIP(bytes) == expected)
    }

    @Test("errors: not a ZIP, damaged ZIP, no word/document.xml, not WordprocessingML")
    func errors() throws {
        #expect(throws: DOCXError.notAZIPArchive) { try DOCXReader.text(from: Array("一、总体情况".utf8)) }
        #expect(throws: DOCXError.notAZIPArchive) { try DOCXReader.text(from: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 64)) }
        let noDocument = try DOCXBuilder.zip([("word/styles.xml", "<w:styles/>"), ("readme.txt", "hello")])
        #expect(throws: DOCXError.missingDocumentXML) { try DOCXReader.text(from: noDocument) }
        let notWord = try DOCXBuilder.zip([("word/document.xml", "<html><body>x</body></html>")])
        #expect(throws: DOCXError.self) { try DOCXReader.text(from: notWord) }
        for error in [DOCXError.notAZIPArchive, .missingDocumentXML, .tooLarge(limit: 64 << 20), .malformedXML("x")] {
            #expect(!error.description.isEmpty)
        }
        #expect(DOCXError.tooLarge(limit: 64 << 20).description.contains("64 MB"))
    }
}

@Suite("DOCXReader on hostile input")
struct DOCXReaderHostileTests {
    /// A ZIP whose word/document.xml is `size` zero bytes, deflated while streaming (never held in memory).
    private func zipBomb(size: Int64) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let chunk = Data(count: 1 << 20)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate,
                             bufferSize: 1 << 20) { position, length in
            length == chunk.count ? chunk : Data(count: length)
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Rewrites the uncompressed-size fields of the first entry (local and central headers) to lie about its size.
    private func understateSize(_ bytes: [UInt8], as size: UInt32) -> [UInt8] {
        var patched = bytes
        let little = withUnsafeBytes(of: size.littleEndian, Array.init)
        patched.replaceSubrange(22..<26, with: little)
        if let central = (0..<(patched.count - 4)).last(where: {
            patched[$0] == 0x50 && patched[$0 + 1] == 0x4B && patched[$0 + 2] == 0x01 && patched[$0 + 3] == 0x02
        }) {
            patched.replaceSubrange((central + 24)..<(central + 28), with: little)
        }
        return patched
    }

    @Test("a 200 MB zip bomb fails fast with .tooLarge")
    func zipBombDeclared() throws {
        let bomb = try zipBomb(size: 200 << 20)
        #expect(bomb.count < 2 << 20)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: DOCXError.tooLarge(limit: 64 << 20)) { try DOCXReader.text(from: bomb) }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test("a zip bomb that understates its size is stopped while inflating")
    func zipBombLying() throws {
        let bomb = understateSize(try zipBomb(size: 32 << 20), as: 1000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: DOCXError.tooLarge(limit: 4 << 20)) { try DOCXReader.text(from: bomb, inflatedLimit: 4 << 20) }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test("random bytes behind a ZIP signature, and malformed XML, never crash")
    func garbage() throws {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<50 {
            let bytes = [0x50, 0x4B, 0x03, 0x04] + (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(throws: DOCXError.self) { try DOCXReader.text(from: bytes) }
        }
        let broken = [
            "<w:document xmlns:w=\"\(DOCXBuilder.wordNamespace)\"><w:body><w:p><w:r><w:t>未闭合",
            "<w:document xmlns:w=\"\(DOCXBuilder.wordNamespace)\"><w:body></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t a=\"",
            "<w:document xmlns:w=\"\(DOCXBuilder.wordNamespace)\"><!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:body><w:p><w:r><w:t>&a;&#xFFFFFFFF;</w:t>",
            String(repeating: "<w:p>", count: 50_000),
        ]
        for xml in broken {
            let bytes = try DOCXBuilder.zip([("word/document.xml", xml)])
            _ = try? DOCXReader.text(from: bytes)
        }
        let text = try DOCXReader.text(from: DOCXBuilder.zip([("word/document.xml", broken[0])]))
        #expect(text == "未闭合")
    }
}
