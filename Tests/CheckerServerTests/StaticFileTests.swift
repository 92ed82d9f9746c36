@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Serving the built site")
struct StaticFileTests {
    @Test("pages are served with type, strong ETag and every security header", arguments: [TestingSetup.router, .live])
    func servesPages(setup: TestingSetup) async throws {
        try await TestSite.app().test(setup) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.referrerPolicy] == "no-referrer")
            #expect(String(buffer: response.body).contains("<!DOCTYPE html>"))
            let css = try await client.execute(uri: "/css/site.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test("HEAD sends the headers without the body")
    func head() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: "/naming/", method: .head)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
            #expect(Int(response.headers[.contentLength] ?? "0")! > 0)
        }
    }

    @Test("a folder without its slash redirects to it, keeping the query")
    func folderRedirect() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: "/naming?x=1", method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == "./naming/?x=1")
        }
    }

    @Test("a missing page gets the site's 404 page with a relative base for its links, right under any prefix")
    func notFound() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: "/no/such/page/", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("<base href=\"../../../\">"))
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test("If-None-Match answers 304 for the tag, a weak form, a list and *; malformed values get the page",
          arguments: [("same", true), ("weak", true), ("list", true), ("*", true), ("\"other\"", false), ("garbage\"", false), ("\"", false)])
    func ifNoneMatch(form: String, notModified: Bool) async throws {
        try await TestSite.app().test(.router) { client in
            let first = try await client.execute(uri: "/naming/", method: .get)
            let tag = try #require(first.headers[.eTag])
            let value = switch form {
            case "same": tag
            case "weak": "W/" + tag
            case "list": "\"nope\", W/\(tag) , \"x\""
            default: form
            }
            let second = try await client.execute(uri: "/naming/", method: .get, headers: [.ifNoneMatch: value])
            #expect(second.status == (notModified ? .notModified : .ok))
            #expect(second.body.readableBytes == (notModified ? 0 : first.body.readableBytes))
        }
    }

    @Test("If-Modified-Since answers 304 when the file is not newer; malformed dates are ignored")
    func ifModifiedSince() async throws {
        try await TestSite.app().test(.router) { client in
            let first = try await client.execute(uri: "/naming/", method: .get)
            let modified = try #require(first.headers[.lastModified])
            let same = try await client.execute(uri: "/naming/", method: .get, headers: [.ifModifiedSince: modified])
            #expect(same.status == .notModified)
            let old = try await client.execute(uri: "/naming/", method: .get, headers: [.ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"])
            #expect(old.status == .ok)
            let bad = try await client.execute(uri: "/naming/", method: .get, headers: [.ifModifiedSince: "yesterday"])
            #expect(bad.status == .ok)
        }
    }

    @Test("gzip for clients that accept it, identity otherwise; ranges are ignored, never half served")
    func gzipAndRanges() async throws {
        try await TestSite.app().test(.router) { client in
            let plain = try await client.execute(uri: "/naming/", method: .get)
            let zipped = try await client.execute(uri: "/naming/", method: .get, headers: [.acceptEncoding: "br, gzip;q=0.8"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.body.readableBytes < plain.body.readableBytes)
            #expect(zipped.headers[.eTag] != plain.headers[.eTag])
            let refused = try await client.execute(uri: "/naming/", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
            #expect(refused.headers[.contentEncoding] == nil)
            for range in ["bytes=0-10", "bytes=-5", "bytes=9999999-", "bytes=a-b", "items=0-1", "bytes=5-1,0-"] {
                let ranged = try await client.execute(uri: "/naming/", method: .get, headers: [.range: range])
                #expect(ranged.status == .ok)
                #expect(ranged.body == plain.body)
            }
        }
    }

    @Test("a symbolic link in the built site is never served")
    func symlinks() async throws {
        let root = try TestSite.make(build: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("public/passwd").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("public/etc").path, withDestinationPath: "/etc")
        try await TestSite.app(root).test(.router) { client in
            let response1 = try await client.execute(uri: "/passwd", method: .get)
            #expect(response1.status == .notFound)
            let response2 = try await client.execute(uri: "/etc/hostname", method: .get)
            #expect(response2.status == .notFound)
        }
    }
}
