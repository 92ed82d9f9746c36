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
        let key = path.decoded.isEmpty || path.decoded.hasSuffix("/") ? path.decoded + "index.html" : path.decoded
        if let file = manifest.files[key] {
            return serve(file, request: request)
        }
        if manifest.folders.contains(path.decoded), manifest.files[path.decoded + "/index.html"] != nil {
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: path.raw + "/" + query, .contentLength: "0"])
        }
        return notFound(manifest, request: request)
    }

    /// The file, or 304 when the client's copy is current.
    func serve(_ file: StaticFile, request: Request, status: HTTPResponse.Status = .ok, cacheControl: String = "no-cache") -> Response {
        let gzip = file.gzipped != nil && ContentNegotiation.acceptsGzip(request.headers[.acceptEncoding])
        let etag = gzip ? String(file.etag.quoted.dropLast()) + "-gz\"" : file.etag.quoted
        var headers: HTTPFields = [
            .contentType: file.contentType, .eTag: etag, .lastModified: HTTPDate.format(file.lastModified),
            .cacheControl: cacheControl, .acceptRanges: "none",
        ]
        if file.gzipped != nil { headers[.vary] = "Accept-Encoding" }
        if status == .ok, ConditionalRequest.isNotModified(request.headers, etag: etag, lastModified: file.lastModified) {
            return Response(status: .notModified, headers: headers)
        }
        let body = gzip ? file.gzipped ?? file.body : file.body
        if gzip { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = String(body.readableBytes)
        guard request.method != .head else { return Response(status: status, headers: headers, body: .init()) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// The site's `404.html` (with `<base href="/">` so its relative links work at any depth), status 404.
    func notFound(_ manifest: SiteManifest, request: Request) -> Response {
        guard let page = manifest.notFound else {
            let body = ByteBuffer(string: "Not found\n")
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8", .contentLength: String(body.readableBytes)], body: .init(byteBuffer: body))
        }
        return serve(page, request: request, status: .notFound, cacheControl: "no-store")
    }
}
