import Foundation
import FazhiTesting
import Testing
@testable import FazhiCore

/// A fictional county government article page: top links, nav, left menu, toolbar, body, related news, footer.
private let articlePage = """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>青川县2023年法治政府建设年度报告_青川县人民政府</title>
<style>.TRS_Editor p { text-indent: 2em; }</style>
<script>var nav = "<div>不是正文</div>";</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/en">English</a> | <a href="/wza">无障碍</a></div>
<nav><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/zmhd">政民互动</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav>
<div class="main">
  <div class="left-menu"><ul>
    <li><a href="/a1">政府信息公开指南</a></li><li><a href="/a2">政府信息公开制度</a></li>
    <li><a href="/a3">法定主动公开内容</a></li><li><a href="/a4">政府信息公开年报</a></li>
  </ul></div>
  <div class="article">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
    <h1>青川县2023年法治政府建设年度报告</h1>
    <div class="info">发布时间：2024-03-15 来源：青川县司法局 字号：<a>大</a> <a>中</a> <a>小</a> <a href="javascript:print()">打印</a></div>
    <div class="TRS_Editor">
      <p>&nbsp;&nbsp;2023年，我县深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。</p>
      <p>　　一、主要举措和成效</p>
      <p>　　（一）加强党对法治政府建设的领导。县政府常务会议专题研究法治政府建设工作，
      制定年度工作要点，明确责任分工。</p>
      <p>　　（二）推进严格规范公正文明执法。全面落实行政执法三项制度，开展执法案卷评查。</p>
      <p>　　二、存在的不足和原因</p>
      <p>　　部分执法人员能力有待提高，基层法治力量较为薄弱。</p>
    </div>
    <div class="related"><h3>相关新闻</h3><ul>
      <li><a href="/n1">我县召开法治政府建设推进会</a></li>
      <li><a href="/n2">县司法局开展普法宣传活动</a></li>
    </ul></div>
    <div class="pager"><a href="/p">上一篇：关于某事的通知</a> <a href="/n">下一篇：关于另一事的公告</a></div>
  </div>
</div>
<div class="footer">
  <p><a href="/map">网站地图</a> | <a href="/lx">联系我们</a></p>
  <p>主办：青川县人民政府办公室 版权所有 蜀ICP备00000000号</p>
</div>
</body>
</html>
"""

private let articleBody = [
    "2023年，我县深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）加强党对法治政府建设的领导。县政府常务会议专题研究法治政府建设工作，制定年度工作要点，明确责任分工。",
    "（二）推进严格规范公正文明执法。全面落实行政执法三项制度，开展执法案卷评查。",
    "二、存在的不足和原因",
    "部分执法人员能力有待提高，基层法治力量较为薄弱。",
]

/// Extracts the body of an HTML string and returns its lines.
private func extractedLines(_ html: String) -> [String] {
    HTMLBodyExtractor.extract(SourceText(html), chrome: Shared.resources.htmlChrome).string.components(separatedBy: "\n")
}

/// Wraps paragraphs in a page whose body container is unambiguous.
private func page(body: String) -> String {
    "<html><head><title>T</title></head><body><div class=\"TRS_Editor\">\(body)</div></body></html>"
}

@Suite("HTMLBodyExtractor")
struct HTMLBodyExtractorTests {
    @Test("finds the body and drops head, nav, menus, toolbar, related news and footer")
    func findsBody() {
        let lines = extractedLines(articlePage)
        #expect(lines.first == "青川县2023年法治政府建设年度报告_青川县人民政府")
        #expect(lines.contains { $0.hasPrefix("发布时间：2024-03-15 来源：青川县司法局") })
        #expect(Array(lines.suffix(articleBody.count)) == articleBody)
        #expect(lines.count == articleBody.count + 2)
        let text = lines.joined(separator: "\n")
        for chrome in ["不是正文", "政务公开", "政府信息公开指南", "相关新闻", "上一篇", "网站地图", "版权所有", "ICP备"] {
            #expect(!text.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("keeps metadata lines from a dropped <header> inside the article")
    func metadataInHeaderElement() {
        let html = """
        <html><head><title>某市2022年度法治政府建设情况报告</title></head><body>
        <header><a href="/">首页</a></header>
        <article class="detail">
          <header><h2>某市2022年度法治政府建设情况报告</h2><p>索引号：000123/2023-00045 文号：某府发〔2023〕3号</p></header>
          <p>一、总体情况</p><p>全市行政机关依法履行职责，法治政府建设取得新进展，群众满意度持续提升。</p>
        </article>
        <footer>版权所有：某市人民政府</footer>
        </body></html>
        """
        #expect(extractedLines(html) == [
            "某市2022年度法治政府建设情况报告",
            "索引号：000123/2023-00045 文号：某府发〔2023〕3号",
            "一、总体情况",
            "全市行政机关依法履行职责，法治政府建设取得新进展，群众满意度持续提升。",
        ])
    }

    @Test("a page saved from Word: conditional comments, o:p, list filler spaces")
    func wordExport() {
        let html = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>某区2023年度法治政府建设情况报告</title>
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->
        <style><!-- p.MsoNormal {margin:0cm;} --></style></head>
        <body lang=ZH-CN><div class=WordSection1>
        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
        <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>区政府坚持以习近平法治思想为指导，
        各项工作取得积极成效。<o:p></o:p></span></p>
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>一、<span
        style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>主要举措</span></p>
        <table class=MsoTableGrid border=1><tr><td valign=top><p class=MsoNormal><span>项目</span></p></td>
        <td valign=top><p class=MsoNormal><span lang=EN-US>23</span></p></td></tr></table>
        </div></body></html>
        """
        #expect(extractedLines(html) == [
            "某区2023年度法治政府建设情况报告", "区政府坚持以习近平法治思想为指导，各项工作取得积极成效。", "一、主要举措", "项目\t23",
        ])
    }

    @Test("an old table layout: menu cell and article cell in one row, footer row")
    func tableLayoutRow() {
        let html = """
        <html><body><table width="1000">
        <tr><td colspan="2"><a href="/">首页</a> <a href="/x">政务公开</a> <a href="/y">办事服务</a></td></tr>
        <tr><td width="200"><a href="/1">县政府领导</a><br><a href="/2">政府机构</a><br><a href="/3">政策文件</a><br>
        <a href="/4">规划计划</a><br><a href="/5">财政信息</a></td>
        <td width="800"><p align="center"><b>某县2022年法治政府建设年度报告</b></p>
        <p>　　一、主要工作</p><p>　　重大行政决策全部履行法定程序，合法性审查率达到百分之百。</p>
        <p>　　二、存在的问题</p><p>　　个别部门依法行政意识不强，执法队伍专业化水平有待提高。</p>
        <p align="right">某县人民政府<br>2023年3月20日</p></td></tr>
        <tr><td colspan="2">主办单位：某县人民政府办公室 技术支持：某公司 某ICP备12345678号</td></tr>
        </table></body></html>
        """
        #expect(extractedLines(html) == [
            "某县2022年法治政府建设年度报告", "一、主要工作", "重大行政决策全部履行法定程序，合法性审查率达到百分之百。",
            "二、存在的问题", "个别部门依法行政意识不强，执法队伍专业化水平有待提高。", "某县人民政府", "2023年3月20日",
        ])
    }

    @Test("an xxgk metadata table outside the body is kept as leading lines")
    func xxgkMetadataTable() {
        let paragraph = "全市法治政府建设稳步推进，依法行政能力持续提升，行政决策、行政执法、行政复议等各项任务全面完成。"
        let html = """
        <html><head><title>年度报告</title></head><body>
        <div class="xxgk-head"><table>
        <tr><td>索引号：</td><td>11510000/2024-00012</td><td>发布机构：</td><td>某市司法局</td></tr>
        <tr><td>名称：</td><td colspan="3">某市2023年法治政府建设年度报告</td></tr>
        <tr><td>文号：</td><td></td><td>发文日期：</td><td>2024-03-01</td></tr>
        </table></div>
        <div id="zoom"><p>一、总体情况</p><p>\(paragraph)</p><p>二、主要成效</p><p>\(paragraph)</p></div>
        </body></html>
        """
        #expect(extractedLines(html) == [
            "年度报告", "索引号：\t11510000/2024-00012\t发布机构：\t某市司法局", "文号：\t\t发文日期：\t2024-03-01",
            "一、总体情况", paragraph, "二、主要成效", paragraph,
        ])
    }

    @Test("publication date from <meta name=PubDate> when no date line is on the page")
    func publicationDateMeta() {
        let html = """
        <html><head><meta name="PubDate" content="2024-01-20 09:30"><title>报告</title></head>
        <body><div class="content"><p>一、工作成效</p><p>依法行政水平不断提高，行政复议工作稳步推进。</p></div></body></html>
        """
        #expect(extractedLines(html) == ["报告", "发布时间：2024-01-20 09:30", "一、工作成效", "依法行政水平不断提高，行政复议工作稳步推进。"])
    }

    @Test("table rows become tab-separated lines")
    func tables() {
        let html = page(body: """
        <p>三、主要数据</p>
        <table border="1">
          <tr><th><p>指标</p></th><th><p>2023年</p></th><th>2022年</th></tr>
          <tr><td><p>行政复议案件</p></td><td>12</td><td>9</td></tr>
          <tr><td>行政应诉<br>案件</td><td></td><td>4</td></tr>
          <tr><td></td><td>合计</td></tr>
        </table>
        <p>以上数据截至年底。</p>
        """)
        #expect(extractedLines(html) == [
            "T", "三、主要数据", "指标\t2023年\t2022年", "行政复议案件\t12\t9", "行政应诉 案件\t\t4", "\t合计", "以上数据截至年底。",
        ])
    }

    @Test("a layout table keeps its paragraphs on separate lines")
    func layoutTable() {
        let html = """
        <html><body><table><tr><td class="menu"><a href="/1">机构概况</a><br><a href="/2">政策文件</a></td>
        <td><table><tr><td id="zoom"><p>一、推进依法行政</p><p>全年审查规范性文件二十件，清理文件三十件，行政决策全部经过合法性审查。</p>
        <p>二、下一步工作</p><p>继续深化行政执法体制改革，加强执法监督，提升执法质量和效率。</p></td></tr></table></td></tr></table></body></html>
        """
        #expect(extractedLines(html) == [
            "一、推进依法行政", "全年审查规范性文件二十件，清理文件三十件，行政决策全部经过合法性审查。",
            "二、下一步工作", "继续深化行政执法体制改革，加强执法监督，提升执法质量和效率。",
        ])
    }

    @Test("character references are decoded", arguments: [
        ("A&amp;B &lt;C&gt; &quot;D&quot; &#39;E&#39;", "A&B <C> \"D\" 'E'"),
        ("&#x4E00;&#19968;&#X4e00;", "一一一"),
        ("&ldquo;放管服&rdquo;改革&mdash;&mdash;成效&hellip;", "“放管服”改革——成效…"),
        ("张三&middot;李四 &copy;2024 &reg;", "张三·李四 ©2024 ®"),
        ("a&nbsp;&nbsp;&nbsp;b&nbspc", "a b c"),
        ("&unknown; &amp &#0; &#150;", "&unknown; & \u{FFFD} –"),
        ("AT&T &", "AT&T &"),
    ])
    func entities(input: String, expected: String) {
        #expect(extractedLines(page(body: "<p>\(input)</p>")) == ["T", expected])
    }

    @Test("whitespace collapses; paragraph-leading &nbsp; and full-width spaces are trimmed", arguments: [
        ("<p>&nbsp;&nbsp;　　正文开始。</p>", ["正文开始。"]),
        ("<p>　　第一段</p><p>\u{3000}\u{3000}第二段</p>", ["第一段", "第二段"]),
        ("<p>word   word\n\t word</p>", ["word word word"]),
        ("<p>法治政府\n建设</p>", ["法治政府建设"]),
        ("<p>甲　乙</p>", ["甲　乙"]),
        ("<div>一<div>二</div>三</div>", ["一", "二", "三"]),
        ("<p>a<br><br><br>b</p>", ["a", "b"]),
        ("<p><span>依法</span><b>行政</b></p>", ["依法行政"]),
        ("<pre>line one\nline two</pre>", ["line one", "line two"]),
    ])
    func whitespace(input: String, expected: [String]) {
        #expect(extractedLines(page(body: input)) == ["T"] + expected)
    }

    @Test("every body scalar maps back to its line and column in the HTML")
    func origins() {
        let html = "<html>\n<body>\n<div class=\"content\">\n  <p>依法&amp;行政</p>\n</div>\n</body></html>"
        let source = SourceText(html)
        let result = HTMLBodyExtractor.extract(source, chrome: Shared.resources.htmlChrome)
        #expect(result.string == "依法&行政")
        #expect(source.location(of: result.origin(at: 0)) == SourceLocation(line: 4, column: 6))
        // The decoded "&" points at its "&amp;".
        #expect(source.location(of: result.origin(at: 2)) == SourceLocation(line: 4, column: 8))
        #expect(source.location(of: result.origin(at: 3)) == SourceLocation(line: 4, column: 13))
        for index in 0..<result.count {
            let origin = result.origin(at: index)
            let scalar = result.scalars[index]
            #expect(scalar == "&" ? source.scalars[origin] == "&" : source.scalars[origin] == scalar)
        }
    }

    @Test("synthetic tabs and newlines point at the tags that caused them")
    func syntheticOrigins() {
        let html = "<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>"
        let source = SourceText(html)
        let result = HTMLBodyExtractor.extract(source, chrome: Shared.resources.htmlChrome)
        #expect(result.string == "甲\t乙\n丙")
        let scalars = Array(html.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[result.origin(at: 1)...].prefix(4))) == "<td>")
        #expect(scalars[result.origin(at: 3)] == "<")
    }

    @Test("declared charset is found in either <meta> form", arguments: [
        ("<html><head><meta charset=\"GB2312\"></head>", "gb2312"),
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head>", "gbk"),
        ("<META HTTP-EQUIV=content-type CONTENT='text/html;charset=utf-8'>", "utf-8"),
        ("<meta content=\"text/html; charset=gb18030\" http-equiv=\"Content-Type\" />", "gb18030"),
        ("<?xml version=\"1.0\" encoding=\"GB2312\"?><html>", "gb2312"),
        ("<!-- <meta charset=\"big5\"> --><meta charset='utf-8'>", "utf-8"),
        ("<html><head><title>x</title></head>", nil),
        ("<meta name=\"keywords\" content=\"法治\">", nil),
    ] as [(String, String?)])
    func declaredCharset(input: String, expected: String?) {
        #expect(HTMLBodyExtractor.declaredCharset(in: Array(input.utf8)) == expected)
    }

    @Test("charset declared after the first 4 KB is not seen")
    func charsetPrescanLimit() {
        let html = "<html><head>" + String(repeating: " ", count: 5000) + "<meta charset=\"gbk\"></head>"
        #expect(HTMLBodyExtractor.declaredCharset(in: Array(html.utf8)) == nil)
    }

    @Test("HTML is recognised by its opening", arguments: [
        ("<!DOCTYPE html><html>", true),
        ("\u{FEFF}  \n<!doctype HTML PUBLIC \"-//W3C//DTD XHTML 1.0\">", true),
        ("<!-- saved from url=(0040)http://www.example.gov.cn/ -->\n<html>", true),
        ("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true),
        ("<HEAD><META charset=utf-8>", true),
        ("<meta charset=\"utf-8\">", true),
        ("<div class=\"x\">", true),
        ("<body>", true),
        ("一、总体情况", false),
        ("%PDF-1.7", false),
        ("PK\u{3}\u{4}", false),
        ("<?xml version=\"1.0\"?><w:document>", false),
        ("<bodyguard>", false),
        ("", false),
    ])
    func looksLikeHTML(input: String, expected: Bool) {
        #expect(HTMLBodyExtractor.looksLikeHTML(Array(input.utf8)) == expected)
    }

    @Test("UTF-16 pages are recognised as HTML")
    func looksLikeHTMLUTF16() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<html><body>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(HTMLBodyExtractor.looksLikeHTML(bytes))
    }
}

@Suite("HTMLBodyExtractor on hostile input")
struct HTMLBodyExtractorHostileTests {
    /// Runs the extractor and returns the result with the elapsed seconds.
    private func timedExtract(_ html: String) -> (MappedText, Double) {
        let source = SourceText(html)
        let clock = ContinuousClock()
        var result = MappedText()
        let elapsed = clock.measure { result = HTMLBodyExtractor.extract(source, chrome: Shared.resources.htmlChrome) }
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    @Test("100,000 nested divs")
    func deeplyNested() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "深层正文内容" + String(repeating: "</div>", count: depth)
        let (result, seconds) = timedExtract(html)
        #expect(result.string == "深层正文内容")
        #expect(seconds < 20)
    }

    @Test("100,000 nested unclosed table cells and spans")
    func deeplyNestedUnclosed() {
        let html = String(repeating: "<table><tr><td><span><a href=x>链接", count: 20_000) + String(repeating: "</p></span>", count: 20_000)
        let (result, seconds) = timedExtract(html)
        #expect(result.string.contains("链接"))
        #expect(seconds < 20)
    }

    @Test("a 10 MB single line of text")
    func longLine() {
        let html = "<html><body><div class=\"content\"><p>" + String(repeating: "法治政府建设， ", count: 1_250_000) + "</p></div></body></html>"
        let (result, seconds) = timedExtract(html)
        // The space after each full-width comma is dropped; the rest is one line.
        #expect(result.count == 1_250_000 * 7)
        #expect(!result.scalars.contains("\n"))
        #expect(seconds < 30)
    }

    @Test("a 10 MB tag with an unclosed attribute quote")
    func longUnclosedAttribute() {
        let html = "<p>前文</p><div class=\"" + String(repeating: "x", count: 10_000_000) + "<p>后文</p>"
        let (result, seconds) = timedExtract(html)
        #expect(result.string.hasPrefix("前文"))
        #expect(seconds < 30)
    }

    @Test("many tags with unclosed quotes stay linear")
    func manyUnclosedQuotes() {
        let html = String(repeating: "<a title='x>正文", count: 200_000)
        let (result, seconds) = timedExtract(html)
        #expect(result.string.contains("正文"))
        #expect(seconds < 20)
    }

    @Test("unclosed comment, script, style and tags run to the end", arguments: [
        ("<p>可见</p><!-- 注释从未结束 <p>不可见</p>", "可见"),
        ("<p>可见</p><script>var s = '<p>不可见</p>';", "可见"),
        ("<p>可见</p><style>p { color: red } <p>不可见</p>", "可见"),
        ("<p>可见</p><textarea>不可见", "可见"),
        ("<p>可见</p><title>标题", "标题\n可见"),
        ("<p>可见</p><div class=\"", "可见"),
        ("<p>可见</p><div class=\"x\" title='y", "可见"),
        ("<p>可见</p><", "可见\n<"),
        ("<p>可见</p></", "可见"),
        ("<p>可见</p><!", "可见"),
        ("<p>可见</p><?php echo 1", "可见"),
    ])
    func unclosedConstructs(html: String, expected: String) {
        #expect(HTMLBodyExtractor.extract(SourceText(html), chrome: Shared.resources.htmlChrome).string == expected)
    }

    @Test("random bytes decoded lossily, and NUL bytes")
    func randomBytes() {
        var generator = SplitMix64(seed: 0x5EED)
        for round in 0..<20 {
            var bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if round % 2 == 0 {
                // Bias towards markup characters so the tokenizer sees many tags.
                let markup = Array("<>/=\"'&#;!-adivptr ".utf8)
                for index in stride(from: 0, to: bytes.count, by: 3) { bytes[index] = markup[Int(bytes[index]) % markup.count] }
            }
            let html = String(decoding: bytes, as: UTF8.self)
            let (result, seconds) = timedExtract(html)
            #expect(result.scalars.count == result.origins.count)
            #expect(seconds < 10)
        }
        let withNUL = "<p>正\u{0}文</p>\u{0}<div\u{0}>\u{0}</div>"
        #expect(HTMLBodyExtractor.extract(SourceText(withNUL), chrome: Shared.resources.htmlChrome).string == "正文")
    }
}
