import FilingRules
import Foundation
import HTTPTypes
import Hummingbird

/// Everything the server refuses or cannot do, with the status and message a client sees.
public enum ServerError: Error, Sendable, Equatable, HTTPResponseError {
    /// The built site folder does not exist.
    case siteMissing(String)
    /// A file of the built site could not be read.
    case unreadable(String)
    /// The request path is not a path inside the site (dot segments, encoded slashes, control characters).
    case badPath
    /// The `Host` header names a host this server does not answer for.
    case unknownHost
    /// The `Host` header is not a host with an optional port.
    case malformedHost
    /// An `If-Match` precondition failed.
    case preconditionFailed
    /// A form was posted from another site.
    case crossSite
    /// The method is not allowed on the route; `allow` lists those that are.
    case methodNotAllowed(allow: String)
    /// The body is not a valid draft.
    case invalidDraft(DraftInputError)
    /// A report address without a draft in it.
    case noDraftInAddress
    /// A report address whose draft cannot be read (cut short when copied).
    case unreadableAddress
    /// A draft too long for a report address: its encoded length.
    case addressTooLong(Int)
    /// A form body with more than `limit` fields.
    case tooManyFormFields(limit: Int)
    /// The body is larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// The body was not sent with the expected media type.
    case unsupportedMediaType(expected: String)
    /// The rulebook could not be loaded from the data files.
    case checkerUnavailable(String)

    /// The HTTP status of the refusal.
    public var status: HTTPResponse.Status {
        switch self {
        case .siteMissing, .unreadable: .internalServerError
        case .badPath, .invalidDraft, .noDraftInAddress, .unreadableAddress, .addressTooLong, .tooManyFormFields, .malformedHost: .badRequest
        case .preconditionFailed: .preconditionFailed
        case .unknownHost, .crossSite: .forbidden
        case .methodNotAllowed: .methodNotAllowed
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .checkerUnavailable: .serviceUnavailable
        }
    }

    /// What the client reads, in English.
    public var message: String { text(in: .english) }

    /// What the client reads, in `language`.
    public func text(in language: Language) -> String {
        if language == .chinese, let chinese { return chinese }
        return switch self {
        case .siteMissing(let path): "the built site is missing at \(path); run `icp build` first"
        case .unreadable(let path): "cannot read \(path)"
        case .badPath: "the path is not a path inside the site"
        case .unknownHost: "this server does not answer for that host name"
        case .malformedHost: "the Host header is malformed"
        case .preconditionFailed: "the resource does not match If-Match"
        case .crossSite: "forms may be posted only from pages of this server"
        case .methodNotAllowed(let allow): "method not allowed; use \(allow)"
        case .invalidDraft(let error): error.description
        case .noDraftInAddress: "this address holds no draft; fill in the form at check/"
        case .unreadableAddress: "this address does not hold a readable draft; it may have been cut short when it was copied"
        case .addressTooLong(let length):
            "The draft is too long to be kept in the report's address: it takes \(length) characters and the limit is \(DraftAddress.maxLength). Shorten it, or download it and check it with icp check."
        case .tooManyFormFields(let limit): "the form has more than \(limit) fields"
        case .tooLarge(let limit): "the body is larger than \(limit) bytes"
        case .unsupportedMediaType(let expected): "send the body as \(expected)"
        case .checkerUnavailable(let detail): "the checker's rulebook could not be loaded: \(detail)"
        }
    }

    /// A JSON body `{"error": {"status", "message", "path"?}}` for `/api/`, plain text elsewhere; in
    /// Chinese under `zh-CN/` and for API clients whose `Accept-Language` prefers it.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.cacheControl: "no-store"]
        let language = Self.language(of: request)
        let message = text(in: language)
        if language != .english { headers[.contentLanguage] = language.rawValue }
        if case .methodNotAllowed(let allow) = self { headers[.allow] = allow }
        guard request.uri.path.hasPrefix("/api/") else {
            headers[.contentType] = "text/plain; charset=utf-8"
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
        }
        headers[.contentType] = "application/json; charset=utf-8"
        var json = JSONWriter(pretty: false)
        json.object { json in
            json.key("error")
            json.object { json in
                json.field("message", message)
                if case .invalidDraft(let error) = self { json.field("path", error.path) }
                json.field("status", status.code)
            }
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }
}
