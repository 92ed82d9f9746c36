@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import SiteBuilder

/// Sites built into temporary folders from the repository's `content/` and `theme/`; the repository's `public/` is never written.
enum TestSite {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One built site shared by the tests that only read it.
    static let shared: URL = {
        do { return try make(build: true) } catch { fatalError("the test site does not build: \(error)") }
    }()

    /// A fresh copy of the sources in a temporary folder, built when asked.
    static func make(build: Bool) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icp-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["content", "theme", "site.yaml"] {
            let source = repository.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(item))
            }
        }
        if build { _ = try SiteGenerator.build(BuildOptions(root: folder)) }
        return folder
    }

    /// Options serving an already built site on a free port.
    static func options(_ root: URL = shared, watch: Bool = false) -> ServerOptions {
        var options = ServerOptions(root: root)
        options.port = 0
        options.build = false
        options.watch = watch
        return options
    }

    /// The application for a built site.
    static func app(_ root: URL = shared) async throws -> some ApplicationProtocol {
        try await CheckerApplication.make(options(root))
    }
}

extension TestClientProtocol {
    /// A form post as a browser on this server sends it.
    func postForm(_ uri: String, _ pairs: [(String, String)], headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .init("Sec-Fetch-Site")!: "same-origin"]
        headers.append(contentsOf: extra)
        let body = pairs.map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

enum FormEncoding {
    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// A sample draft that decodes.
let sampleDraftJSON = """
    {"entity": {"type": "organization", "name": "杭州某某科技有限公司", "province": "zhejiang"},
     "websites": [{"name": "12345", "domains": [{"name": "example.com"}]}]}
    """
