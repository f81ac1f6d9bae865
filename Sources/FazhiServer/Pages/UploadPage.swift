import FazhiStore

/// `/upload`: drop files to analyse and store them; shows each file's result or error.
enum UploadPage {
    static func form(readOnly: Bool, maximumBytes: Int, maximumFiles: Int) -> String {
        var body = "<h1>上传报告</h1>"
        if readOnly {
            body += "<p class=\"error\">本服务器为只读模式：启动时未设置令牌（<code>fazhi serve --token …</code>），不能上传。</p>"
        }
        body += """
            <form method="post" action="/upload" enctype="multipart/form-data">
            <div class="dropzone"><p>将报告文件拖到这里，或点击选择（可多选）：TXT、HTML、DOCX、PDF；GB18030、Big5、UTF-8 均可。</p>
            <input type="file" name="files" multiple required\(readOnly ? " disabled" : "")></div>
            <p><label>上传令牌 <input type="password" name="token" autocomplete="off"\(readOnly ? " disabled" : "")></label>
            <button\(readOnly ? " disabled" : "")>上传并分析</button></p>
            <p class="muted">每次最多 \(maximumFiles) 个文件、共 \(maximumBytes / 1_048_576) MB。</p>
            </form>
            """
        return Layout.page(title: "上传", active: .upload, body: body)
    }

    static func results(_ results: [UploadResult]) -> String {
        var body = "<h1>上传结果</h1><table id=\"results\"><tr><th>文件</th><th>结果</th><th>报告</th></tr>"
        for result in results {
            let link = result.id.map { "<a href=\"/reports/\($0)\">#\($0)</a>" }
                ?? result.job.map { "<a href=\"/api/v1/jobs/\($0)\">任务 \($0)</a>" } ?? ""
            let status = (result.chineseError ?? result.error).map { "<span class=\"error\">\(HTML.escape($0))</span>" } ?? statusName(result.status)
            body += "<tr><td>\(HTML.escape(result.name))</td><td data-status=\"\(result.status)\">\(status)</td><td>\(link)</td></tr>"
        }
        body += "</table><p><a href=\"/upload\">继续上传</a> · <a href=\"/reports\">查看报告</a></p>"
        return Layout.page(title: "上传结果", active: .upload, body: body)
    }

    private static func statusName(_ status: String) -> String {
        switch status {
        case "added": "已分析并入库"
        case "newVersion": "已保存为新版本"
        case "unchanged": "内容未变，未重复入库"
        case "duplicate": "与已有报告内容相同"
        case "queued": "已排队，等待分析入库"
        default: status
        }
    }
}
