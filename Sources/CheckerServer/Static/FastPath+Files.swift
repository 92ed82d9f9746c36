import NIOCore
import NIOHTTP1

/// Plain GET and HEAD of a file of the site: no conditional header, no body, a path that is not a route and
/// names a file of the manifest. Other methods, routes, `If-None-Match`, folder redirects, 404s and refused
/// paths go on to the router.
extension FastPath {
    /// The response when this request is a plain GET or HEAD of a file; nil to hand it to the router.
    func answer(to request: HTTPRequestHead) -> LocalAnswer? {
        guard request.method == .GET || request.method == .HEAD, isPlain(request),
              !request.headers.contains(name: "if-none-match"), !request.headers.contains(name: "if-modified-since"),
              !request.headers.contains(name: "if-match"), !request.headers.contains(name: "if-unmodified-since"),
              !request.headers.contains(name: "content-length"), !request.headers.contains(name: "transfer-encoding"),
              let path = RequestPath(target: request.uri), !path.isUnusual, !Routes.isRoute(path.decoded) else { return nil }
        guard let file = state.manifest.file(at: path) else { return nil }
        let gzip = file.gzipped != nil && ContentNegotiation.acceptsGzip(request.headers.first(name: "accept-encoding"))
        let body = request.method == .HEAD ? nil : gzip ? file.gzipped : file.body
        state.metrics?.recordRequest(route: ServerMetrics.staticRoute, status: 200, nanoseconds: 0)
        return LocalAnswer(head: head(for: file, gzip: gzip), body: body, method: request.method.rawValue, path: path.raw)
    }

    /// The file's head with the `Date`. The last one is kept: a connection often asks for the same file again
    /// within the second, and then the same bytes are written again without encoding anything.
    private func head(for file: StaticFile, gzip: Bool) -> ByteBuffer {
        let date = currentDate()
        if let last = lastHead, last.file === file, last.gzip == gzip, last.date == date {
            return last.head
        }
        let head = head(Self.encodedOK(gzip ? file.gzipHead : file.plainHead))
        lastHead = (file, gzip, date, head)
        return head
    }
}
