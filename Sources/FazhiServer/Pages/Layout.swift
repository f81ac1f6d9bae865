/// The page shell every page shares: head, navigation, stylesheet.
enum Layout {
    /// The sections in the navigation bar.
    enum Section: String, CaseIterable {
        case overview, reports, compare, status, upload

        var title: String {
            switch self {
            case .overview: "概览"
            case .reports: "报告"
            case .compare: "比较"
            case .status: "报送情况"
            case .upload: "上传"
            }
        }

        var path: String {
            switch self {
            case .overview: "/"
            case .reports: "/reports"
            case .compare: "/compare"
            case .status: "/status"
            case .upload: "/upload"
            }
        }
    }

    /// A whole HTML page around `body`.
    static func page(title: String, active: Section?, body: String) -> String {
        let links = Section.allCases.map { section in
            "<a href=\"\(section.path)\"\(section == active ? " class=\"active\"" : "")>\(section.title)</a>"
        }.joined()
        // Who is signed in (every write is recorded under this name), or the way to sign in.
        let account = SignedIn.user.map { user in
            "<form class=\"account\" method=\"post\" action=\"/signout\"><span class=\"user\">\(HTML.escape(user.name))（\(user.role.chineseName)）</span>"
                + "<button class=\"link\">退出</button></form>"
        } ?? "<a class=\"account\" href=\"/signin\">登录</a>"
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · 法治政府建设年度报告审阅台</title>
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/desk.js" defer></script>
            </head>
            <body>
            <header class="top"><span class="brand">法治 Fazhi</span><nav>\(links)<a href="/api">API</a></nav>\(account)</header>
            <main>
            \(body)
            </main>
            </body>
            </html>
            """
    }
}
