import FilingRules
import Hummingbird

/// Reading a posted body: a same-site post of the expected media type, no larger than the limit.
enum RequestBody {
    /// The largest body the server reads (a draft, as JSON or as a form).
    static let limit = 64 * 1024

    /// The body after the cross-site, media type and size checks; `mediaType` is compared without parameters.
    static func read(_ request: Request, mediaType: String) async throws -> ByteBuffer {
        try CrossSiteCheck.verify(request)
        guard Self.mediaType(request.headers[.contentType]) == mediaType else { throw ServerError.unsupportedMediaType(expected: mediaType) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw ServerError.tooLarge(limit: limit) }
        do { return try await request.body.collect(upTo: limit) } catch { throw ServerError.tooLarge(limit: limit) }
    }

    /// A `Content-Type` value without its parameters, lowercased: `application/json` of `Application/JSON; charset=utf-8`.
    static func mediaType(_ contentType: String?) -> String? {
        contentType?.split(separator: ";").first?.trimmingWhitespace.lowercased()
    }
}

extension ServerError {
    /// A draft the rules core could not read.
    init(_ error: DraftInputError) { self = .invalidDraft(error) }
}
