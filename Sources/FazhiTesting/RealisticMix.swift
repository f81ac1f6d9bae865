import Foundation

/// Generated reports as users feed them, not only clean text: a quarter each of plain text, traditional script with
/// glued pinyin readings, web pages with the site's chrome and a table of figures, and Word files.
public struct RealisticMix: Sendable {
    private let reports: SyntheticReports

    /// A mix over the reports `seed` generates.
    public init(seed: UInt64) {
        reports = SyntheticReports(seed: seed)
    }

    /// Report `index` as a file: its name and bytes.
    public func file(_ index: Int) throws -> (name: String, bytes: [UInt8]) {
        let (name, text) = reports.report(index)
        let stem = (name as NSString).deletingPathExtension
        switch index % 4 {
        case 0:
            return (name, Array(text.utf8))
        case 1:
            return (stem + "-traditional.txt", Array(Self.traditional(text).utf8))
        case 2:
            return (stem + ".html", Array(Self.webPage(text, index: index).utf8))
        default:
            return (stem + ".docx", try DOCXBuilder.document(lines: text))
        }
    }

    /// Report `index` as older sites and offices still save it: plain text in GB18030 (even indexes) or traditional
    /// script in Big5-HKSCS (odd indexes), with no charset declared. A character the encoding lacks becomes `?`.
    public func legacyFile(_ index: Int) -> (name: String, bytes: [UInt8]) {
        let (name, text) = reports.report(index)
        let stem = (name as NSString).deletingPathExtension
        let (suffix, encoding, content) = index % 2 == 0
            ? ("-gb18030.txt", UInt(0x8000_0632), text) : ("-big5.txt", UInt(0x8000_0A06), Self.traditional(text))
        let data = content.data(using: String.Encoding(rawValue: encoding), allowLossyConversion: true) ?? Data()
        return (stem + suffix, Array(data))
    }

    /// The text in traditional script, with a pinyin reading glued after one character in forty (執(zhí)法).
    static func traditional(_ text: String) -> String {
        let converted = text.applyingTransform(StringTransform("Simplified-Traditional"), reverse: false) ?? text
        let readings = ["(zhí)", "(zhì)", "（huán）", "(jiān)", "(fǎ)"]
        var result = String.UnicodeScalarView()
        var han = 0
        for scalar in converted.unicodeScalars {
            result.append(scalar)
            if (0x4E00...0x9FFF).contains(scalar.value) {
                han += 1
                if han % 40 == 0 { result.append(contentsOf: readings[han / 40 % readings.count].unicodeScalars) }
            }
        }
        return String(result)
    }

    /// The text as a government site shows it: navigation, breadcrumbs and a footer around the article, one
    /// paragraph a line, and a table of the year's figures.
    static func webPage(_ text: String, index: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let title = DOCXBuilder.escaped(lines.first ?? "")
        let paragraphs = lines.dropFirst().map { "<p>\(DOCXBuilder.escaped($0))</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)_政务公开</title>
            <script>var _hmt = _hmt || [];</script><style>.nav{float:left}</style></head><body>
            <div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | 网站地图 | 无障碍浏览</div>
            <div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
            <div class="article"><h1>\(title)</h1><div class="info">发布时间：2024-03-2\(index % 9) 来源：司法局 浏览次数：\(100 + index)</div>
            \(paragraphs)
            <table><tr><th>指标</th><th>2022年</th><th>2023年</th><th>同比</th></tr>
            <tr><td>行政复议案件受理数（件）</td><td>\(60 + index % 40)</td><td>\(70 + index % 50)</td><td>+\(index % 17)%</td></tr>
            <tr><td>行政机关负责人出庭应诉率（%）</td><td>9\(index % 10).2</td><td>100</td><td>+\(index % 8).8个百分点</td></tr></table>
            </div>
            <div class="footer">打印本页 | 关闭窗口<br>版权所有：本网站 主办：人民政府办公室 网站标识码 33\(index % 10)0000001 浙ICP备05003405号</div>
            </body></html>
            """
    }
}
