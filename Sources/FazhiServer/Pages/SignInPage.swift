/// `/signin`: a reviewer or administrator signs in with their token; the desk then shows their name, and their
/// decisions are recorded under it.
enum SignInPage {
    /// The form, with an error when a sign-in failed; `next` is where to go after.
    static func render(next: String, problem: String? = nil, readOnly: Bool) -> String {
        var body = "<h1>登录</h1>"
        if readOnly {
            body += "<p class=\"error\">本服务器为只读模式：启动时未设置用户（<code>fazhi serve --users users.json</code>）或令牌，无需登录。</p>"
        }
        if let problem { body += "<p class=\"finding error\">\(HTML.escape(problem))</p>" }
        body += """
            <form class="panel" method="post" action="/signin">\
            <input type="hidden" name="next" value="\(HTML.escape(next))">\
            <p><label>令牌 <input type="password" name="token" autocomplete="current-password" required\(readOnly ? " disabled" : "")></label></p>\
            <p><button\(readOnly ? " disabled" : "")>登录</button></p></form>
            <p class="muted">令牌由管理员在用户文件中设置（每人一个，文件只存其 SHA-256）。审核人员可以确认或排除问题、批注、设置审核状态；管理员还可以上传报告。</p>
            """
        return Layout.page(title: "登录", active: nil, body: body)
    }

    /// Where to go after signing in: a path on this server, never another site (//evil.example).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
