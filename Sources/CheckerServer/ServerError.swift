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
    /// The body is not a valid draft; `path` is a JSON pointer.
    case invalidDraft(path: String, message: String)
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
        case .badPath, .invalidDraft, .malformedHost: .badRequest
        case .preconditionFailed: .preconditionFailed
        case .unknownHost, .crossSite: .forbidden
        case .methodNotAllowed: .methodNotAllowed
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .checkerUnavailable: .serviceUnavailable
        }
    }

    /// What the client reads.
    public var message: String {
        switch self {
        case .siteMissing(let path): "the built site is missing at \(path); run `icp build` first"
        case .unreadable(let path): "cannot read \(path)"
        case .badPath: "the path is not a path inside the site"
        case .unknownHost: "this server does not answer for that host name"
        case .malformedHost: "the Host header is malformed"
        case .preconditionFailed: "the resource does not match If-Match"
        case .crossSite: "forms may be posted only from pages of this server"
        case .methodNotAllowed(let allow): "method not allowed; use \(allow)"
        case .invalidDraft(let path, let message): path.isEmpty ? message : "\(path): \(message)"
        case .tooLarge(let limit): "the body is larger than \(limit) bytes"
        case .unsupportedMediaType(let expected): "send the body as \(expected)"
        case .checkerUnavailable(let detail): "the checker's rulebook could not be loaded: \(detail)"
        }
    }

    /// A JSON body `{"error": {"status", "message", "path"?}}` for `/api/`, plain text elsewhere.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.cacheControl: "no-store"]
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
                if case .invalidDraft(let path, _) = self { json.field("path", path) }
                json.field("status", status.code)
            }
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }
}
