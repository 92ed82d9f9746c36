import CompressNIO
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import SiteBuilder

/// One file of the built site, held in memory with everything a response needs. A class: a request
/// takes the file with one reference, not a copy of its buffers and headers.
final class StaticFile: Sendable {
    let body: ByteBuffer
    /// The gzip-compressed body, kept only when it is smaller than the original.
    let gzipped: ByteBuffer?
    let etag: EntityTag
    let contentType: String
    /// Whole seconds since 1970, as `Last-Modified` states them.
    let lastModified: Int
    /// The headers of a 200 response with the plain body, security headers included; built once.
    let plainHeaders: HTTPFields
    /// The same for the gzip-compressed body.
    let gzipHeaders: HTTPFields?
    /// `plainHeaders` and `gzipHeaders` as NIO's HTTP/1 encoder takes them, for the static fast path.
    let plainHead: HTTPHeaders
    let gzipHead: HTTPHeaders

    init(body: ByteBuffer, gzipped: ByteBuffer?, etag: EntityTag, contentType: String, lastModified: Int) {
        self.body = body
        self.gzipped = gzipped
        self.etag = etag
        self.contentType = contentType
        self.lastModified = lastModified
        let variesByEncoding = gzipped != nil
        func headers(etag: String, body: ByteBuffer, encoding: String?) -> HTTPFields {
            var fields: HTTPFields = [
                .contentType: contentType, .eTag: etag, .lastModified: HTTPDate.format(lastModified),
                .cacheControl: "no-cache", .acceptRanges: "none",
            ]
            if variesByEncoding { fields[.vary] = "Accept-Encoding" }
            if let encoding { fields[.contentEncoding] = encoding }
            fields[.contentLength] = String(body.readableBytes)
            fields.append(contentsOf: SecurityHeaders.fields)
            return fields
        }
        plainHeaders = headers(etag: etag.quoted, body: body, encoding: nil)
        gzipHeaders = gzipped.map { headers(etag: String(etag.quoted.dropLast()) + "-gz\"", body: $0, encoding: "gzip") }
        plainHead = HTTPHeaders(plainHeaders.map { ($0.name.rawName, $0.value) })
        gzipHead = HTTPHeaders((gzipHeaders ?? [:]).map { ($0.name.rawName, $0.value) })
    }
}

/// The built site as a map from URL path (`naming/index.html`) to file; requests never touch the disk.
struct SiteManifest: Sendable {
    let files: [String: StaticFile]
    /// Folders that contain files, without the trailing slash (`naming`), for `/dir` redirects.
    let folders: Set<String>
    /// Adds every folder above a file (`a/b/c.html` adds `a/b` and `a`), for `/dir` redirects.
    private static func insertFolders(of path: String, into folders: inout Set<String>) {
        var folder = path
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            folders.insert(folder)
        }
    }

    /// The site's `404.html`, as built.
    private let notFoundPage: StaticFile?

    /// `404.html` with `<base href="BASE">` added (`../../`, nothing at the top), so its links work below any folder.
    func notFound(base: String) -> StaticFile? {
        guard let page = notFoundPage else { return nil }
        guard !base.isEmpty else { return page }
        var text = String(buffer: page.body)
        if let head = text.range(of: "<head>") { text.insert(contentsOf: "\n<base href=\"\(base)\">", at: head.upperBound) }
        return Self.makeFile(Array(text.utf8), name: "404.html", modified: page.lastModified, compress: false)
    }

    /// The file a request path names: `naming/` and the site root name their `index.html`.
    func file(at path: RequestPath) -> StaticFile? {
        files[path.decoded.isEmpty || path.decoded.hasSuffix("/") ? path.decoded + "index.html" : path.decoded]
    }

    /// Reads every regular file under `root`; symbolic links and hidden files are left out. Files are read
    /// and compressed on all cores.
    static func load(from root: URL) throws(ServerError) -> SiteManifest {
        var found: [(path: String, relative: String, modified: Int)] = []
        var folders: Set<String> = [""]
        let base = root.standardizedFileURL.path
        guard isDirectory(base) else { throw ServerError.siteMissing(base) }
        try walk(base, relative: "") { path, relative, modified throws(ServerError) in
            found.append((path, relative, modified))
            insertFolders(of: relative, into: &folders)
        }
        let loaded = parallelMap(found) { file in
            FileManager.default.contents(atPath: file.path).map { makeFile(Array($0), name: file.relative, modified: file.modified) }
        }
        var files: [String: StaticFile] = [:]
        for (file, content) in zip(found, loaded) {
            guard let content else { throw ServerError.unreadable(file.path) }
            files[file.relative] = content
        }
        return SiteManifest(files: files, folders: folders, notFoundPage: files["404.html"])
    }

    /// The manifest with the given files read again from `root` (or dropped when they are gone). Watch mode
    /// serves these uncompressed: compressing a large search index after every save would delay the next rebuild.
    func updating(_ paths: [String], from root: URL) throws(ServerError) -> SiteManifest {
        var files = self.files
        var folders = self.folders
        let base = root.standardizedFileURL.path
        for relative in paths {
            let path = base + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                files[relative] = nil
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else { throw ServerError.unreadable(path) }
            files[relative] = Self.makeFile(Array(data), name: relative, modified: Int(info.st_mtim.tv_sec), compress: false)
            Self.insertFolders(of: relative, into: &folders)
        }
        return SiteManifest(files: files, folders: folders, notFoundPage: files["404.html"])
    }

    /// A file made from bytes; `name` picks the media type.
    static func makeFile(_ bytes: [UInt8], name: String, modified: Int, compress: Bool = true) -> StaticFile {
        let type = MediaTypes.contentType(for: name)
        let body = ByteBuffer(bytes: bytes)
        var gzipped: ByteBuffer?
        if compress, MediaTypes.isCompressible(type), bytes.count > 256 {
            var input = body
            if let compressed = try? input.compress(with: .gzip()), compressed.readableBytes < bytes.count {
                gzipped = compressed
            }
        }
        return StaticFile(body: body, gzipped: gzipped, etag: EntityTag(hashing: bytes), contentType: type, lastModified: modified)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Depth-first walk that uses `lstat`, so a symbolic link is never followed out of the site.
    private static func walk(
        _ path: String, relative: String, _ visit: (String, String, Int) throws(ServerError) -> Void
    ) throws(ServerError) {
        guard let entries = folderEntries(path) else { throw ServerError.unreadable(path) }
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let child = path + "/" + entry.name
            let childRelative = relative.isEmpty ? entry.name : relative + "/" + entry.name
            switch entry.kind {
            case .folder:
                try walk(child, relative: childRelative, visit)
            case .file:
                var info = stat()
                guard lstat(child, &info) == 0 else { continue }
                try visit(child, childRelative, Int(info.st_mtim.tv_sec))
            case .other:
                continue
            }
        }
    }
}
