import HTTPTypes

/// RFC 9110 conditional GET: `If-Match` (or `If-Unmodified-Since`) first, then `If-None-Match`, and
/// `If-Modified-Since` only when it is absent.
enum ConditionalRequest {
    /// Whether a precondition fails, so 412 is the answer: `If-Match` without `*` or the current tag (strong
    /// comparison, so weak tags never match), or, without `If-Match`, a file changed since `If-Unmodified-Since`.
    static func preconditionFails(_ headers: HTTPFields, etag: String, lastModified: Int) -> Bool {
        let match = headers[values: .ifMatch]
        if !match.isEmpty {
            return !match.contains { value in
                value.split(separator: ",").contains { item in
                    let tag = item.trimmingWhitespace
                    return tag == "*" || tag == etag
                }
            }
        }
        let unmodifiedSince = headers[values: .ifUnmodifiedSince]
        guard unmodifiedSince.count == 1, let since = HTTPDate.parse(unmodifiedSince[0]) else { return false }
        return lastModified > since
    }

    /// Whether the client's copy is current, so 304 is the answer. Malformed values never match.
    static func isNotModified(_ headers: HTTPFields, etag: String, lastModified: Int) -> Bool {
        let noneMatch = headers[values: .ifNoneMatch]
        if !noneMatch.isEmpty {
            return noneMatch.contains { value in
                let trimmed = value.trimmingWhitespace
                if trimmed == "*" { return true }
                return EntityTag.parseList(trimmed)?.contains(etag) ?? false
            }
        }
        let modifiedSince = headers[values: .ifModifiedSince]
        guard modifiedSince.count == 1, let since = HTTPDate.parse(modifiedSince[0]) else { return false }
        return lastModified <= since
    }
}

/// Reading `Accept-Encoding`.
enum ContentNegotiation {
    /// Whether `gzip` (or `*`) is accepted with a non-zero quality and not refused by `gzip;q=0`.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        var gzip: Bool?
        var wildcard: Bool?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingWhitespace.lowercased() }
            guard let coding = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if coding == "gzip" || coding == "x-gzip" { gzip = quality > 0 }
            if coding == "*" { wildcard = quality > 0 }
        }
        return gzip ?? wildcard ?? false
    }
}
