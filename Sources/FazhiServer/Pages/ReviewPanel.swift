import FazhiCore

/// The reviewer's part of a report page: each finding's decision (and, for a reviewer, the buttons to make one), the
/// notes on lines, the state, the findings a revision resolved, and the way to the letter back.
struct ReviewPanel {
    let reportID: Int64
    let record: ReviewRecord
    /// Whether the person viewing may decide (a signed-in reviewer or administrator).
    let canReview: Bool
    /// The latest decision on each current finding, by its key: looked up once per finding shown.
    private let decisions: [String: ReviewDecision]

    /// The panel of report `reportID` with its review record.
    init(reportID: Int64, record: ReviewRecord, canReview: Bool) {
        self.reportID = reportID
        self.record = record
        self.canReview = canReview
        decisions = Dictionary(record.findings.compactMap { decided in decided.decision.map { (decided.finding.reviewKey, $0) } },
                               uniquingKeysWith: { first, _ in first })
    }

    /// The panel above the text: state (and its form), notes form, resolved findings, the letter.
    func summary() -> String {
        var html = "<section class=\"panel review\" id=\"review\"><h2>审核</h2>"
        html += "<p>状态：<span class=\"badge state-\(record.state.rawValue)\" data-state=\"\(record.state.rawValue)\">\(record.state.chineseName)</span>"
        let confirmed = record.findings.filter { $0.decision?.action == .confirm }.count
        let dismissed = record.findings.filter { $0.decision?.action == .dismiss }.count
        html += " · 已确认 \(confirmed) · 已排除 \(dismissed) · <a href=\"/reports/\(reportID)/letter\">审核意见</a></p>"
        if canReview {
            let options = ReviewState.allCases.map { state in
                "<option value=\"\(state.rawValue)\"\(state == record.state ? " selected" : "")>\(state.chineseName)</option>"
            }.joined()
            html += form(fields: "<input type=\"hidden\" name=\"action\" value=\"state\"><select name=\"text\" aria-label=\"审核状态\">\(options)</select>",
                         button: "设置状态", id: "set-state")
            html += form(fields: """
                <input type="hidden" name="action" value="note"><input name="line" inputmode="numeric" size="5" placeholder="行号" aria-label="行号" required>\
                <input name="text" size="40" placeholder="批注" aria-label="批注" required maxlength="\(DecisionInput.maximumText)">
                """, button: "添加批注", id: "add-note")
        } else {
            html += "<p class=\"muted\"><a href=\"/signin?next=/reports/\(reportID)\">登录</a>后可确认或排除问题、批注、设置审核状态。</p>"
        }
        if !record.resolved.isEmpty {
            html += "<h3>修改后已消除的问题（\(record.resolved.count)）</h3><ul>"
            for decision in record.resolved {
                html += "<li>\(HTML.escape(RuleRegistry.titles[decision.rule ?? ""] ?? decision.rule ?? ""))：曾"
                html += decision.action == .confirm ? "确认" : "排除"
                html += "（\(HTML.escape(decision.author))，\(HTML.escape(String(decision.at.prefix(10))))）</li>"
            }
            html += "</ul>"
        }
        return html + "</section>"
    }

    /// A finding with its decision and, for a reviewer, the buttons.
    func finding(_ finding: Finding) -> String {
        let key = finding.reviewKey
        let decision = decisions[key]
        var html = "<div class=\"finding \(finding.severity.rawValue)\(decision.map { " decided-\($0.action.rawValue)" } ?? "")\""
        html += " data-rule=\"\(HTML.escape(finding.rule))\"\(decision.map { " data-decision=\"\($0.action.rawValue)\"" } ?? "")>"
        html += "<span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.chineseName)</span> "
        html += "<strong>\(HTML.escape(RuleRegistry.titles[finding.rule] ?? finding.rule))</strong> \(HTML.escape(finding.message))"
        if let decision {
            let verdict = decision.action == .confirm ? "已确认" : "不是问题"
            html += " <span class=\"badge decision\">\(verdict)\(decision.text.isEmpty ? "" : "：" + HTML.escape(decision.text))"
            html += " · \(HTML.escape(decision.author))</span>"
        }
        if canReview {
            let hidden = "<input type=\"hidden\" name=\"findingKey\" value=\"\(HTML.escape(key))\">"
            html += form(fields: hidden + "<input type=\"hidden\" name=\"action\" value=\"confirm\">", button: "确认", id: nil)
            html += form(fields: hidden + """
                <input type="hidden" name="action" value="dismiss"><input name="text" size="24" placeholder="不是问题的理由" \
                aria-label="不是问题的理由" required maxlength="\(DecisionInput.maximumText)">
                """, button: "不是问题", id: nil)
        }
        return html + "</div>"
    }

    /// The notes on an original line.
    func notes(on line: Int) -> String {
        record.notes.filter { $0.line == line }.map { note in
            "<div class=\"note\"><span class=\"badge\">批注</span> \(HTML.escape(note.text)) <span class=\"muted\">— \(HTML.escape(note.author))</span></div>"
        }.joined()
    }

    private func form(fields: String, button: String, id: String?) -> String {
        "<form class=\"decide\" method=\"post\" action=\"/reports/\(reportID)/decisions\"\(id.map { " id=\"\($0)\"" } ?? "")>\(fields)<button>\(button)</button></form>"
    }
}
