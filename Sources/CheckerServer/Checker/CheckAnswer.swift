import FilingRules
import HTTPTypes

/// What `POST /api/check` answers to a draft that reads, whichever path the request took (the router's
/// `APIRoutes` or the connection handler's fast path): the report as compact JSON in the language
/// `Accept-Language` prefers, and its headers.
struct CheckAnswer: Sendable {
    let language: Language
    let json: [UInt8]

    init(checking draft: Draft, with checker: Checker, acceptLanguage: String?, metrics: ServerMetrics?) {
        language = Language(acceptLanguage: acceptLanguage ?? "")
        let report = checker.check(draft, language: language)
        metrics?.recordCheck(report)
        json = report.jsonData(pretty: false)
    }

    /// The headers besides `Content-Length`, `Date` and the security headers, in the order they are sent.
    var headers: HTTPFields { Self.headers(language) }

    /// The headers of an answer in `language` besides `Content-Length`, `Date` and the security headers.
    static func headers(_ language: Language) -> HTTPFields {
        [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store",
         .contentLanguage: language.rawValue, .vary: "Accept-Language"]
    }
}
