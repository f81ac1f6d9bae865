import Yams

/// The OpenAPI document, read once with a YAML parser: which methods each path takes (for 405 and `Allow`) and the
/// document rendered as the `/api` page.
struct OpenAPIDocument: Sendable {
    /// The document as written (served at /api/openapi.yaml).
    let text: String
    /// The methods each path takes.
    let allowed: AllowedMethods
    /// The `/api` page's body: every operation with its parameters, request and responses, then the schemas.
    let html: String

    private static let verbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Parses the document; fails on YAML that does not parse or a document without `paths`.
    init(_ text: String) throws {
        guard let root = try Yams.compose(yaml: text), let paths = root["paths"]?.mapping else {
            throw APIError(.internalServerError, code: "bad_openapi", message: "the OpenAPI document has no paths")
        }
        self.text = text
        allowed = AllowedMethods(paths.compactMap { key, value in
            key.string.map { path in (path, Self.verbs.filter { value[$0] != nil }.map { $0.uppercased() }) }
        })
        html = Renderer(root: root).page()
    }

    /// Writes the document as HTML, resolving `$ref`s within it.
    private struct Renderer {
        let root: Node

        func page() -> String {
            let info = root["info"]
            var html = "<h1>REST API</h1><p>程序可通过 <code>/api/v1</code> 读取报告、检索、比较和统计，并在持有令牌时上传报告。"
            html += "下面是 OpenAPI \(escape(root["openapi"]?.string ?? "")) 文档的全部内容；原文件："
            html += "<a href=\"/api/openapi.yaml\" download>openapi.yaml</a>。</p>"
            if let description = info?["description"]?.string {
                html += "<section class=\"panel\"><h2>\(escape(info?["title"]?.string ?? "API")) \(escape(info?["version"]?.string ?? ""))</h2>"
                html += "<p class=\"prose\">\(escape(description))</p></section>"
            }
            html += "<nav class=\"panel toc\"><h2>接口</h2><ul>"
            var operations = ""
            for (key, item) in root["paths"]?.mapping ?? [:] {
                guard let path = key.string else { continue }
                for verb in OpenAPIDocument.verbs {
                    guard let operation = item[verb] else { continue }
                    let anchor = "op-" + (operation["operationId"]?.string ?? "\(verb)\(path)").filter { $0.isLetter || $0.isNumber }
                    html += "<li><a href=\"#\(anchor)\"><span class=\"badge\">\(verb.uppercased())</span> <code>\(escape(path))</code></a> "
                    html += escape(operation["summary"]?.string ?? "") + "</li>"
                    operations += self.operation(operation, verb: verb, path: path, anchor: anchor,
                                                 shared: item["parameters"]?.array() ?? [])
                }
            }
            html += "</ul></nav>" + operations
            if let schemas = root["components"]?["schemas"]?.mapping, !schemas.isEmpty {
                html += "<h2>数据结构</h2>"
                for (key, schema) in schemas {
                    guard let name = key.string else { continue }
                    html += "<section class=\"panel\" id=\"schema-\(escape(name))\"><h3>\(escape(name))</h3>" + properties(schema) + "</section>"
                }
            }
            return html
        }

        private func operation(_ operation: Node, verb: String, path: String, anchor: String, shared: [Node]) -> String {
            var html = "<section class=\"panel operation\" id=\"\(anchor)\"><h2><span class=\"badge\">\(verb.uppercased())</span> "
            html += "<code>\(escape(path))</code></h2>"
            if let summary = operation["summary"]?.string { html += "<p>\(escape(summary))</p>" }
            if let description = operation["description"]?.string { html += "<p class=\"prose\">\(escape(description))</p>" }
            if operation["security"] != nil { html += "<p class=\"muted\">需要令牌：<code>Authorization: Bearer TOKEN</code></p>" }
            let parameters = (shared + (operation["parameters"]?.array() ?? [])).map(resolved)
            if !parameters.isEmpty {
                html += "<h3>参数</h3><table><tr><th>名称</th><th>位置</th><th>类型</th><th>必填</th><th>说明</th></tr>"
                for parameter in parameters {
                    html += "<tr><td><code>\(escape(parameter["name"]?.string ?? ""))</code></td>"
                    html += "<td>\(escape(parameter["in"]?.string ?? ""))</td><td>\(type(parameter["schema"]))</td>"
                    html += "<td>\(parameter["required"]?.bool == true ? "是" : "")</td>"
                    html += "<td>\(escape(parameter["description"]?.string ?? ""))</td></tr>"
                }
                html += "</table>"
            }
            if let body = operation["requestBody"].map(resolved) {
                html += "<h3>请求体\(body["required"]?.bool == true ? "（必填）" : "")</h3>"
                html += content(body["content"])
            }
            if let responses = operation["responses"]?.mapping {
                html += "<h3>响应</h3><table><tr><th>状态</th><th>说明</th><th>内容</th></tr>"
                for (code, response) in responses {
                    let response = resolved(response)
                    html += "<tr><td><code>\(escape(code.string ?? ""))</code></td>"
                    html += "<td>\(escape(response["description"]?.string ?? ""))</td><td>\(content(response["content"]))</td></tr>"
                }
                html += "</table>"
            }
            return html + "</section>"
        }

        /// Media types with their schemas.
        private func content(_ node: Node?) -> String {
            guard let media = node?.mapping, !media.isEmpty else { return "" }
            return media.map { type, value in
                let schema = value["schema"]
                let shape = schema.map { schema in
                    schema["$ref"] == nil && schema["properties"] != nil ? properties(schema) : self.type(schema)
                } ?? ""
                return "<div><code>\(escape(type.string ?? ""))</code> \(shape)</div>"
            }.joined()
        }

        /// An object schema's fields as a table.
        private func properties(_ schema: Node) -> String {
            let schema = resolved(schema)
            guard let fields = schema["properties"]?.mapping else { return "<p>\(type(schema))</p>" }
            let required = Set((schema["required"]?.array() ?? []).compactMap(\.string))
            var html = "<table><tr><th>字段</th><th>类型</th><th>必有</th><th>说明</th></tr>"
            for (key, field) in fields {
                let name = key.string ?? ""
                html += "<tr><td><code>\(escape(name))</code></td><td>\(type(field))</td>"
                html += "<td>\(required.contains(name) ? "是" : "")</td><td>\(escape(field["description"]?.string ?? ""))</td></tr>"
            }
            return html + "</table>"
        }

        /// A schema in a few words: its type or the schema it names, values allowed, bounds and default.
        private func type(_ schema: Node?) -> String {
            guard let schema else { return "" }
            if let reference = schema["$ref"]?.string {
                let name = String(reference.split(separator: "/").last ?? "")
                return "<a href=\"#schema-\(escape(name))\">\(escape(name))</a>"
            }
            var words: [String] = []
            if let types = schema["type"] {
                let names = types.string.map { [$0] } ?? types.array().compactMap(\.string)
                words.append(escape(names.joined(separator: " | ")))
            }
            if let items = schema["items"] { words.append("of " + type(items)) }
            if let format = schema["format"]?.string { words.append("(\(escape(format)))") }
            if let values = schema["enum"]?.array(), !values.isEmpty {
                words.append("取值 " + values.map { "<code>\(escape($0.string ?? ""))</code>" }.joined(separator: " "))
            }
            if let minimum = schema["minimum"]?.string { words.append("≥ \(escape(minimum))") }
            if let maximum = schema["maximum"]?.string { words.append("≤ \(escape(maximum))") }
            if let fallback = schema["default"]?.string { words.append("默认 <code>\(escape(fallback))</code>") }
            for combiner in ["oneOf", "anyOf", "allOf"] {
                if let options = schema[combiner]?.array(), !options.isEmpty {
                    words.append(options.map { type($0) }.joined(separator: combiner == "allOf" ? " & " : " | "))
                }
            }
            return words.joined(separator: " ")
        }

        /// The node a `$ref` within the document points to, or the node itself.
        private func resolved(_ node: Node) -> Node {
            guard let reference = node["$ref"]?.string, reference.hasPrefix("#/") else { return node }
            var target: Node? = root
            for part in reference.dropFirst(2).split(separator: "/") { target = target?[String(part)] }
            return target ?? node
        }

        private func escape(_ text: String) -> String { HTML.escape(text) }
    }
}
