import FazhiCore
import FazhiStore

/// `/reports/{id}/letter`: the letter back (审核意见), laid out for A4 — the print button opens the browser's print
/// dialog, which saves a PDF — with the same text as Markdown beside it.
enum LetterPage {
    static func render(_ letter: ReviewLetter, reportID: Int64) -> String {
        var body = "<p class=\"noprint\"><a href=\"/reports/\(reportID)#review\">← 返回报告</a> · "
        body += "<button class=\"print\" type=\"button\">打印 / 存为 PDF</button> · "
        body += "<a href=\"/reports/\(reportID)/letter.md\" download>Markdown</a></p>"
        body += "<article class=\"letter\"><h1>关于\(HTML.escape(letter.body))\(letter.year.map { "\($0)年度" } ?? "")法治政府建设年度报告的审核意见</h1>"
        body += "<p>\(HTML.escape(letter.body))：</p>"
        body += "<p>你单位报送的\(letter.year.map { "\($0)年度" } ?? "")法治政府建设年度报告已收悉。经审核，审核结论为：<strong>\(letter.state.chineseName)</strong>。意见如下：</p><ol>"
        var items: [String] = []
        if !letter.missingParts.isEmpty { items.append("缺少法定内容：\(letter.missingParts.map(\.chineseName).joined(separator: "、"))。") }
        if letter.late { items.append("报告未在规定期限内报送或公开。") }
        for problem in letter.problems {
            items.append("第 \(problem.line) 行（“\(problem.quote)”）：\(problem.title)。\(problem.message)")
        }
        for note in letter.notes { items.append("第 \(note.line) 行：\(note.text)") }
        body += items.map { "<li>\(HTML.escape($0))</li>" }.joined()
        body += "</ol>"
        if items.isEmpty { body += "<p>未发现需要修改的问题。</p>" }
        body += letter.state == .returned ? "<p>请按上述意见修改后重新报送。</p>" : "<p>特此函告。</p>"
        body += "<p class=\"signature\">\(HTML.escape(letter.office))<br>\(HTML.escape(letter.date))</p></article>"
        return Layout.page(title: "审核意见", active: nil, body: body)
    }
}
