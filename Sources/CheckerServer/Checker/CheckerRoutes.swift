import FilingRules
import Foundation
import HTTPTypes
import Hummingbird
import SiteBuilder

/// `GET /check` and `POST /check`: the form, and the report above the values entered; plus the downloads.
struct CheckerRoutes<Context: RequestContext>: Sendable {
    let state: SiteState

    func register(on router: Router<Context>) {
        router.getAndHead("check") { request, _ in
            // The page's links are relative to `check/`, so `/check` moves there, under whatever prefix a proxy adds.
            guard request.uri.path.hasSuffix("/") else { return Redirect.toFolder(request) }
            return render(.blank, report: nil, errors: [:], snapshot: state.snapshot)
        }
        router.post("check") { request, context in try await check(request, context: context) }
        router.post("check/draft.yaml") { request, context in try await downloadDraft(request, context: context) }
        router.post("check/report.json") { request, context in try await downloadReport(request, context: context) }
    }

    private func check(_ request: Request, context: Context) async throws -> Response {
        let pairs = try await readPairs(request, context: context)
        var values = try Self.values(pairs)
        let snapshot = state.snapshot
        if let add = pairs.first(where: { $0.0 == "add" })?.1 {
            if add == "website", values.websites.count < DraftFormSchema.maxWebsites {
                values.websites.append(.init(domains: [[:]]))
            } else if add.hasPrefix("domain."), let index = Int(add.dropFirst(7)), values.websites.indices.contains(index),
                      values.websites[index].domains.count < DraftFormSchema.maxDomains {
                values.websites[index].domains.append([:])
            }
            return render(values, report: nil, errors: [:], snapshot: snapshot)
        }
        for index in values.websites.indices where values.websites[index].domains.isEmpty { values.websites[index].domains = [[:]] }
        let checker = try snapshot.checker.get()
        do {
            let draft = try DraftDecoder.decode(json: values.jsonBytes)
            let report = checker.check(draft)
            state.metrics?.recordCheck(report)
            return render(values, report: report, errors: [:], snapshot: snapshot)
        } catch {
            let field = CheckerFormView.fieldName(pointer: error.path)
            return render(values, report: nil, errors: [field.isEmpty ? "_" : field: error.message], status: .badRequest, snapshot: snapshot)
        }
    }

    private func downloadDraft(_ request: Request, context: Context) async throws -> Response {
        let values = try await Self.values(readPairs(request, context: context))
        let body = ByteBuffer(string: DraftYAML.text(values.jsonObject))
        return Response(status: .ok, headers: [
            .contentType: "application/yaml; charset=utf-8", .contentDisposition: "attachment; filename=\"draft.yaml\"", .cacheControl: "no-store",
        ], body: .init(byteBuffer: body))
    }

    private func downloadReport(_ request: Request, context: Context) async throws -> Response {
        let values = try await Self.values(readPairs(request, context: context))
        let checker = try state.snapshot.checker.get()
        let draft: Draft
        do { draft = try DraftDecoder.decode(json: values.jsonBytes) } catch { throw ServerError(error) }
        return Response(status: .ok, headers: [
            .contentType: "application/json; charset=utf-8", .contentDisposition: "attachment; filename=\"report.json\"", .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: checker.check(draft).jsonData(pretty: true))))
    }

    /// The posted name/value pairs after the cross-site, media type and size checks.
    private func readPairs(_ request: Request, context: Context) async throws -> [(String, String)] {
        let body = try await RequestBody.read(request, mediaType: "application/x-www-form-urlencoded")
        do { return try FormBody.parse(Array(buffer: body)) } catch { throw ServerError(error) }
    }

    private static func values(_ pairs: [(String, String)]) throws(ServerError) -> DraftFormValues {
        do { return try DraftFormValues(pairs: pairs) } catch { throw ServerError(error) }
    }

    /// The page with the form, in the theme of `snapshot`, the one the request's report came from.
    private func render(_ values: DraftFormValues, report: Report?, errors: [String: String], status: HTTPResponse.Status = .ok,
                        snapshot: SiteSnapshot) -> Response {
        var body = ""
        if let report { body += ReportView(report: report).html }
        if !errors.isEmpty {
            body += "<div class=\"checker-errors\" role=\"alert\"><h2>The draft could not be read</h2><ul>\n"
            body += errors.sorted { $0.key < $1.key }.map { field, message in
                let label = field == "_" ? "" : "<a href=\"#\(CheckerFormView.fieldID(field))\"><code>\(escapeHTML(field))</code></a>: "
                return "<li>\(label)\(escapeHTML(message))</li>\n"
            }.joined()
            body += "</ul></div>\n"
        }
        body += CheckerFormView(values: values, provinces: snapshot.provinceOptions, errors: errors).html
        body += "<script src=\"../js/checker.js\" defer></script>\n"
        let html = snapshot.page.html(body: body)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
