import FazhiCore
import FazhiStore
import Foundation
import Hummingbird

extension FazhiApp {
    /// Reviewers' decisions: the API's review record and decision endpoint, the desk's decision form, the letter back.
    func addReview(to router: Router<BasicRequestContext>) {
        let store = store

        router.get("/api/v1/reports/{id}/review") { _, context -> Response in
            let id = try Self.reportID(context)
            return try await views.run {
                guard let record = try await store.reviewRecord(reportID: id) else { throw APIError.notFound("no report \(id)") }
                return JSONResponse.make(record)
            }
        }

        router.post("/api/v1/reports/{id}/decisions") { request, context -> Response in
            let id = try Self.reportID(context)
            let user = try authorize(.reviewer)
            let body: ByteBuffer
            do { body = try await request.body.collect(upTo: FormBody.maximumBytes) } catch {
                throw APIError(.contentTooLarge, code: "too_large", message: "the decision is larger than \(FormBody.maximumBytes) bytes")
            }
            let input: DecisionInput
            do { input = try JSONDecoder().decode(DecisionInput.self, from: Data(buffer: body)) } catch {
                throw APIError.invalid("body", "expected JSON {action, findingKey, line, text}")
            }
            let recorded = try await record(input, reportID: id, author: user.name)
            return JSONResponse.make(recorded, status: .created)
        }

        router.get("/reports/{id}/letter") { _, context -> Response in
            let id = try Self.reportID(context)
            let letter = try await self.letter(id)
            return HTMLResponse.make(LetterPage.render(letter, reportID: id))
        }

        router.get("/reports/{id}/letter.md") { _, context -> Response in
            let id = try Self.reportID(context)
            let letter = try await self.letter(id)
            return DownloadResponse.make(Array(letter.markdown().utf8), contentType: "text/markdown; charset=utf-8",
                                         filename: "审核意见-\(id).md")
        }

        router.post("/reports/{id}/decisions") { request, context -> Response in
            let id = try Self.reportID(context)
            let user = try authorize(.reviewer)
            let fields = try await FormBody.read(request)
            let input = DecisionInput(action: fields["action"] ?? "", findingKey: fields["findingKey"],
                                      line: fields["line"].flatMap { Int($0) }, text: fields["text"])
            let recorded = try await record(input, reportID: id, author: user.name)
            let anchor = recorded.line.map { "#L\($0)" } ?? "#review"
            return Response(status: .seeOther, headers: [.location: "/reports/\(id)\(anchor)"])
        }
    }

    /// The letter back for a report, dated today and signed by the configured office.
    private func letter(_ id: Int64) async throws -> ReviewLetter {
        let (store, office) = (store, configuration.office)
        return try await views.run {
            guard let stored = try await store.report(id: id) else { throw APIError.notFound("没有编号为 \(id) 的报告") }
            let record = ReviewRecord(reportID: id, findings: stored.report.findings, history: try await store.decisions(reportID: id))
            return ReviewLetter(stored, record: record, office: office, date: String(ISO8601DateFormatter().string(from: Date()).prefix(10)),
                                ruleTitles: RuleRegistry.titles)
        }
    }

    /// Checks a decision against the report and appends it to the history.
    private func record(_ input: DecisionInput, reportID id: Int64, author: String) async throws -> ReviewDecision {
        let store = store
        return try await views.run {
            guard let stored = try await store.report(id: id) else { throw APIError.notFound("no report \(id)") }
            let length = stored.text.unicodeScalars.count
            let lines = stored.report.positions?.location(ofCleaned: length)?.line
                ?? stored.text.split(separator: "\n", omittingEmptySubsequences: false).count
            let decision = try input.decision(reportID: id, findings: stored.report.findings, lines: lines, author: author)
            return try await store.recordDecision(decision)
        }
    }
}
