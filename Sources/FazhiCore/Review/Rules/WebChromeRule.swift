/// `web-chrome`: page chrome left inside the report body (打印, 关闭, 相关链接 …).
struct WebChromeRule: ReviewRule {
    let id = "web-chrome"
    let title = "夹带网页杂项"

    func findings(in context: ReviewContext) -> [Finding] {
        context.document.chromeInBody.map { line in
            Finding(rule: id, severity: .warning, message: "正文中夹有网页框架文字：“\(line.text)”",
                    line: line.location.line, column: line.location.column, excerpt: line.text, found: line.text)
        }
    }
}
