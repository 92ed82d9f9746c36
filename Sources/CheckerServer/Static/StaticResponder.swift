import HTTPTypes
import Hummingbird

/// Answers GET and HEAD for files of the site manifest: types, ETags, conditional requests, gzip,
/// folder redirects and the site's own 404 page.
struct StaticResponder: Sendable {
    let state: SiteState

    func respond(to request: Request) throws -> Response {
        guard request.method == .get || request.method == .head else { throw ServerError.methodNotAllowed(allow: "GET, HEAD") }
        guard let path = RequestPath(target: request.uri.string) else { throw ServerError.badPath }
        let manifest = state.snapshot.manifest
        guard !path.isUnusual else { return notFound(manifest, request: request) }
        if let file = manifest.file(at: path) {
            return serve(file, request: request)
        }
        if manifest.folders.contains(path.decoded), manifest.files[path.decoded + "/index.html"] != nil {
            return Redirect.toFolder(rawPath: path.raw, query: request.uri.query)
        }
        return notFound(manifest, request: request)
    }

    /// The file, or 304 when the client's copy is current.
    func serve(_ file: StaticFile, request: Request, status: HTTPResponse.Status = .ok, cacheControl: String? = nil) -> Response {
        let reply = Self.reply(file, method: request.method, headers: request.headers, status: status, cacheControl: cacheControl)
        return Response(status: reply.status, headers: reply.headers, body: reply.body.map { .init(byteBuffer: $0) } ?? .init())
    }

    /// The answer to a GET or HEAD of `file`: `status` with the body (none for HEAD), or 304 when the
    /// client's copy is current. The headers come ready-made with the file; `cacheControl` replaces `no-cache`.
    static func reply(_ file: StaticFile, method: HTTPRequest.Method, headers request: HTTPFields, status: HTTPResponse.Status = .ok, cacheControl: String? = nil) -> StaticReply {
        let gzipHeaders = file.gzipHeaders.flatMap { ContentNegotiation.acceptsGzip(request[.acceptEncoding]) ? $0 : nil }
        var headers = gzipHeaders ?? file.plainHeaders
        if let cacheControl { headers[.cacheControl] = cacheControl }
        if status == .ok, ConditionalRequest.preconditionFails(request, etag: headers[.eTag] ?? "", lastModified: file.lastModified) {
            let body = ByteBuffer(string: ServerError.preconditionFailed.message + "\n")
            var failed = headers
            failed[.contentType] = "text/plain; charset=utf-8"
            failed[.contentLength] = String(body.readableBytes)
            failed[.contentEncoding] = nil
            return StaticReply(status: .preconditionFailed, headers: failed, body: method == .head ? nil : body)
        }
        if status == .ok, ConditionalRequest.isNotModified(request, etag: headers[.eTag] ?? "", lastModified: file.lastModified) {
            headers[.contentLength] = nil
            headers[.contentEncoding] = nil
            return StaticReply(status: .notModified, headers: headers, body: nil)
        }
        let body = gzipHeaders == nil ? file.body : file.gzipped
        return StaticReply(status: status, headers: headers, body: method == .head ? nil : body)
    }

    /// The site's `404.html`, status 404, with a relative `<base>` so its links, written for the site's
    /// root, work at the request's depth whatever prefix a proxy publishes the site at.
    func notFound(_ manifest: SiteManifest, request: Request) -> Response {
        let target = request.uri.path
        guard let page = manifest.notFound(base: Redirect.baseToRoot(rawPath: target.hasPrefix("/") ? target : "/")) else {
            let body = ByteBuffer(string: "Not found\n")
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8", .contentLength: String(body.readableBytes)], body: .init(byteBuffer: body))
        }
        return serve(page, request: request, status: .notFound, cacheControl: "no-store")
    }
}

/// A static response before it is sent: status, every header, and the body (nil for HEAD and 304).
struct StaticReply {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer?
}
