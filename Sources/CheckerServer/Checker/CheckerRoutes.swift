import FilingRules
import Foundation
import HTTPTypes
import Hummingbird
import SiteBuilder

/// The checker's pages under `check/`. A form post is answered with a redirect to an address that
/// holds the draft (`check/report?d=…`), so Back, reload, bookmarks and shared links show the same
/// report; nothing is stored. Every address the pages emit is relative. The Chinese edition's pages
/// are the same under `zh-CN/check/`, with the form, the report and the findings in Chinese.
struct CheckerRoutes<Context: RequestContext>: Sendable {
    let state: SiteState

    func register(on router: Router<Context>) {
        for (folder, language) in [("", Language.english), (Language.chinese.rawValue + "/", .chinese)] {
            let check = folder + "check"
            router.getAndHead(RouterPath(check)) { request, _ in try form(request, language) }
            router.getAndHead(RouterPath(check + "/index.html")) { request, _ in try form(request, language) }
            router.getAndHead(RouterPath(check + "/report")) { request, _ in try report(request, json: Self.wantsJSON(request), language) }
            router.getAndHead(RouterPath(check + "/report.json")) { request, _ in try report(request, json: true, language) }
            router.getAndHead(RouterPath(check + "/draft.yaml")) { request, _ in yaml(try Self.values(in: request)) }
            router.post(RouterPath(check + "/report")) { request, context in try await post(request, context: context, language) }
            router.post(RouterPath(check + "/draft.yaml")) { request, context in try await yaml(readForm(request, context: context)) }
            router.post(RouterPath(check + "/report.json")) { request, context in
                try await reportJSON(readForm(request, context: context), attachment: true, language)
            }
        }
    }

    /// `check` redirects to `check/`, so relative links resolve below it; `check/` shows the form,
    /// filled from the address when it holds a draft.
    private func form(_ request: Request, _ language: Language) throws -> Response {
        guard request.uri.path.hasSuffix("/") || request.uri.path.hasSuffix("/index.html") else { return Redirect.toFolder(request) }
        var page = CheckerPage(snapshot: state.snapshot, values: .blank, language: language)
        if request.uri.queryParameters[DraftAddress.parameter[...]] != nil {
            switch Result(catching: { () throws(ServerError) in try Self.values(in: request) }) {
            case .success(let values): page = CheckerPage(snapshot: state.snapshot, values: values, language: language)
            case .failure(let error): page.inputErrors = [Self.note(for: error, language)]
            }
        }
        return Self.html(page.html, status: page.inputErrors.isEmpty ? .ok : .badRequest)
    }

    private func report(_ request: Request, json: Bool, _ language: Language) throws -> Response {
        let values = try Self.values(in: request)
        if json { return try reportJSON(values, attachment: false, language) }
        let snapshot = state.snapshot
        var page = CheckerPage(snapshot: snapshot, values: values, language: language)
        do {
            let report = try snapshot.checker.get().check(try values.draft(), language: language)
            state.metrics?.recordCheck(report)
            page.report = report
            page.address = request.uri.query.map { "report?" + $0 }
        } catch let error as DraftInputError {
            page.inputErrors = [FieldNote(field: error.field.upToField, severity: .error, text: error.text(in: language), id: "input-error")]
        }
        // A draft with an unreadable value is a form to correct, shown like any report page.
        return Self.html(page.html, status: .ok)
    }

    /// A form post: check (redirect to the report), edit the rows or load a file (redirect back to the form).
    private func post(_ request: Request, context: Context, _ language: Language) async throws -> Response {
        let pairs = try await readPairs(request, context: context)
        let edit = pairs.first { $0.0 == "edit" }?.1 ?? "check"
        var values: DraftValues
        var place = "checker-form"
        if edit == "load" {
            do { values = try DraftValues(text: pairs.first { $0.0 == "draft_text" }?.1 ?? "") } catch {
                var page = CheckerPage(snapshot: state.snapshot, values: .blank, language: language)
                let text = Say(language: language)("The draft file could not be read: ", "无法读取草稿文件：") + error.text(in: language)
                page.inputErrors = [FieldNote(field: FieldPath([]), severity: .error, text: text, id: "input-error")]
                return Self.html(page.html, status: .badRequest)
            }
        } else {
            values = try Self.formValues(pairs)
            place = Self.apply(edit, to: &values) ?? place
        }
        let encoded: String
        do { encoded = try DraftAddress.encode(values) } catch {
            var page = CheckerPage(snapshot: state.snapshot, values: values, language: language)
            if case .tooLong(let length) = error {
                page.inputErrors = [FieldNote(field: FieldPath([]), severity: .error, text: ServerError.addressTooLong(length).text(in: language), id: "input-error")]
            }
            if edit == "check", let draft = try? values.draft(), let checker = try? state.checker.get() {
                page.report = checker.check(draft, language: language)
            }
            return Self.html(page.html, status: .contentTooLarge)
        }
        let query = "?\(DraftAddress.parameter)=\(encoded)"
        return Self.redirect(edit == "check" ? "report" + query : "./" + query + "#" + place, status: .seeOther)
    }

    /// Adds or removes a row; the element to return to, or nil for a plain check.
    private static func apply(_ edit: String, to values: inout DraftValues) -> String? {
        let parts = edit.split(separator: ".").map(String.init)
        let numbers = parts.dropFirst().compactMap { Int($0) }
        switch (parts.first, numbers.count) {
        case ("add-website", 0):
            values.addWebsite()
            return FieldPath([.key("websites"), .index(values.websiteCount - 1)]).elementID
        case ("remove-website", 1):
            values.removeWebsite(at: numbers[0])
            return "f-websites"
        case ("add-domain", 1):
            values.addDomain(website: numbers[0])
            return FieldPath([.key("websites"), .index(numbers[0]), .key("domains"), .index(values.domainCount(website: numbers[0]) - 1)]).elementID
        case ("remove-domain", 2):
            values.removeDomain(website: numbers[0], at: numbers[1])
            return FieldPath([.key("websites"), .index(numbers[0])]).elementID
        default:
            return nil
        }
    }

    private func reportJSON(_ values: DraftValues, attachment: Bool, _ language: Language) throws -> Response {
        let checker = try state.checker.get()
        let draft: Draft
        do { draft = try values.draft() } catch { throw ServerError(error) }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if attachment { headers[.contentDisposition] = "attachment; filename=\"report.json\"" }
        if language != .english { headers[.contentLanguage] = language.rawValue }
        let report = checker.check(draft, language: language)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: report.jsonData(pretty: true))))
    }

    private func yaml(_ values: DraftValues) -> Response {
        Response(status: .ok, headers: [
            .contentType: "application/yaml; charset=utf-8", .contentDisposition: "attachment; filename=\"draft.yaml\"", .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(string: values.yaml)))
    }

    private func readForm(_ request: Request, context: Context) async throws -> DraftValues {
        try Self.formValues(await readPairs(request, context: context))
    }

    /// The posted name/value pairs after the cross-site, media type and size checks.
    private func readPairs(_ request: Request, context: Context) async throws -> [(String, String)] {
        let body = try await RequestBody.read(request, mediaType: "application/x-www-form-urlencoded")
        return try FormBody.parse(Array(buffer: body))
    }

    private static func formValues(_ pairs: [(String, String)]) throws(ServerError) -> DraftValues {
        do { return try DraftValues(form: pairs.map { (name: $0.0, value: $0.1) }) } catch { throw ServerError(error) }
    }

    /// The draft the address holds.
    static func values(in request: Request) throws(ServerError) -> DraftValues {
        guard let text = request.uri.queryParameters[DraftAddress.parameter[...]] else {
            throw .noDraftInAddress
        }
        do { return try DraftAddress.decode(String(text)) } catch {
            switch error {
            case .tooLong(let length): throw .addressTooLong(length)
            case .unreadable: throw .unreadableAddress
            }
        }
    }

    private static func note(for error: ServerError, _ language: Language) -> FieldNote {
        FieldNote(field: FieldPath([]), severity: .error, text: error.text(in: language), id: "input-error")
    }

    /// JSON when the client asks for it first: `Accept: application/json`.
    private static func wantsJSON(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept]?.lowercased() else { return false }
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    private static func redirect(_ location: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.location: location, .cacheControl: "no-store"])
    }

    private static func html(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
