import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi search`: full-text search of the stored reports.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "全文检索已入库的报告（繁体查询同样命中简体文本）。",
        discussion: """
            Every word of the query must occur; a word of two or more characters is matched as written \
            (调解成功率 finds that phrase, not its characters apart). Traditional spellings (復議) find the \
            simplified text too. Results are ranked (BM25) and show the matching lines.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "The words to search for.")
    var query: [String]

    @OptionGroup var page: PageOptions

    func run() async throws {
        let database = try await store.openExisting()
        let text = query.joined(separator: " ")
        // Only a query in traditional script needs the analyzer's converter (and the place names it protects).
        let searchQuery = ScriptConverter.isSimplified(text)
            ? SearchQuery(text) : SearchQuery(text, simplify: try Bundled.analyzer().simplifiedSpelling)
        guard !searchQuery.isEmpty else { throw ValidationError("the query is empty") }
        let hits: [SearchHit], total: Int
        do {
            hits = try await database.search(searchQuery, filter: filters.countingFilter, limit: page.limit, offset: page.offset)
            total = try await database.searchCount(searchQuery, filter: filters.countingFilter)
        } catch StoreError.invalidQuery(let reason) {
            throw ValidationError(reason)
        } catch let error as StoreError {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
        switch page.format {
        case .json:
            Output.write(try JSONOutput.encode(SearchResults(query: text, total: total, limit: page.limit, offset: page.offset,
                                                             hits: hits)) + "\n")
        case .text:
            Output.write(render(hits, query: text, total: total))
        }
    }

    private func render(_ hits: [SearchHit], query: String, total: Int) -> String {
        guard !hits.isEmpty else {
            return total > 0 ? "“\(query)”共 \(total) 份报告，第 \(page.offset + 1) 份起没有了。\n" : "没有找到包含“\(query)”的报告。\n"
        }
        let marks = isatty(STDOUT_FILENO) == 1 ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("【", "】")
        var out = "“\(query)”：共 \(total) 份，第 \(page.offset + 1)–\(page.offset + hits.count) 份\n"
        for (index, hit) in hits.enumerated() {
            let report = hit.report
            out += "\n\(page.offset + index + 1). #\(report.id) \(SummaryText.body(report)) \(SummaryText.year(report))年"
            out += "  \(SummaryText.place(report))  \(hit.matchingLines) 行命中\n"
            out += "   \(report.path)\n"
            for snippet in hit.snippets {
                out += "   \(snippet.line):\(snippet.column)  \(Self.mark(snippet, with: marks))\n"
            }
        }
        return out
    }

    /// The snippet's text with its highlights wrapped in the given marks.
    static func mark(_ snippet: Snippet, with marks: (String, String)) -> String {
        snippet.segments.map { $0.isMatch ? marks.0 + $0.text + marks.1 : $0.text }.joined()
    }
}
