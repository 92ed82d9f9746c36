import Foundation

/// What a link in a page turned into.
enum LinkResolution: Equatable {
    /// A URL outside the site, kept as written.
    case external
    /// An internal link, rewritten relative to the linking page; `anchor` is checked once all pages are rendered.
    case site(url: String, targetFile: String, anchor: String?)
    case broken(message: String, help: String)
}

/// Where every page and file of the site will be, so links can be resolved and rewritten.
struct SiteIndex: Sendable {
    let pagesBySource: [String: Page]
    let pagesByURL: [String: Page]
    /// Files copied as they are: content assets and theme static files, relative to the site root.
    let files: Set<String>
    /// Sources of pages left out because they are drafts.
    let draftSources: Set<String>
    /// The folder of the edition the pages belong to (`""`, or `zh-CN/`): a link from the top (`/search/`)
    /// means the edition's own page.
    let prefix: String

    init(pages: [Page], files: Set<String>, draftSources: Set<String> = [], prefix: String = "") {
        self.prefix = prefix
        pagesBySource = Dictionary(pages.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        pagesByURL = Dictionary(pages.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        self.files = files
        self.draftSources = draftSources
    }

    /// Resolves a link written in `page`'s Markdown.
    func resolve(_ link: String, from page: Page) -> LinkResolution {
        resolve(link, sourceDirectory: directory(of: page.sourcePath), outputDirectory: page.url, currentFile: page.outputFile)
    }

    /// Resolves a link relative to a source folder (for `.md` files and assets) and an output folder (for URLs).
    func resolve(_ link: String, sourceDirectory: String, outputDirectory: String, currentFile: String) -> LinkResolution {
        if link.isEmpty {
            return .broken(message: "empty link", help: "write the target between the parentheses")
        }
        if let scheme = forbiddenScheme(of: link) {
            return .broken(
                message: "link to a `\(scheme):` URL, which is never published",
                help: "link to a page of the site or an https:// address")
        }
        if link.hasPrefix("//") || hasScheme(link) { return .external }

        var rest = Substring(link)
        var fragment: String?
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = decodePercents(String(rest[rest.index(after: hash)...]))
            rest = rest[..<hash]
        }
        var query = ""
        if let mark = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(rest[mark...])
            rest = rest[..<mark]
        }
        let path = composed(decodePercents(String(rest)))
        let suffix = query + (fragment.map { "#" + $0 } ?? "")

        if path.isEmpty {
            return .site(url: suffix, targetFile: currentFile, anchor: fragment)
        }
        let fromRoot = path.hasPrefix("/")
        let relativePath = fromRoot ? String(path.dropFirst()) : path

        if path.hasSuffix(".md") {
            guard let source = normalize(fromRoot ? relativePath : sourceDirectory + relativePath) else {
                return .broken(message: "link `\(link)` leaves the content folder", help: "remove a `../`")
            }
            guard let target = pagesBySource[source] else {
                if draftSources.contains(source) {
                    return .broken(message: "link to the draft page `content/\(source)`", help: "publish that page (draft: false) or remove the link")
                }
                return .broken(
                    message: "link to a missing page `\(link)` (looked for content/\(source))",
                    help: "link to an existing .md file, relative to this file")
            }
            return .site(url: relativeURL(from: outputDirectory, to: target.outputFile) + suffix, targetFile: target.outputFile, anchor: fragment)
        }
        // A path ending in `/` names a folder, never a file, so only other paths are looked for among the files.
        if !fromRoot, !relativePath.hasSuffix("/"), let asset = normalize(sourceDirectory + relativePath), files.contains(asset) {
            return .site(url: relativeURL(from: outputDirectory, to: asset) + suffix, targetFile: asset, anchor: nil)
        }
        if fromRoot, !prefix.isEmpty, let output = normalize(prefix + relativePath),
           let page = pagesByURL[output.isEmpty || output.hasSuffix("/") ? output : output + "/"] {
            return .site(url: relativeURL(from: outputDirectory, to: page.outputFile) + suffix, targetFile: page.outputFile, anchor: fragment)
        }
        guard let output = normalize(fromRoot ? relativePath : outputDirectory + relativePath) else {
            return .broken(message: "link `\(link)` leaves the site", help: "remove a `../`")
        }
        let folder = output.isEmpty || output.hasSuffix("/") ? output : output + "/"
        let target: String
        if let page = pagesByURL[folder] {
            target = page.outputFile
        } else if files.contains(output) || pagesByURL[directory(of: output)]?.outputFile == output {
            target = output
        } else {
            return .broken(
                message: "link to `\(link)`, which is not a page or file of the site",
                help: "link to the page's .md file, relative to this file")
        }
        return .site(url: relativeURL(from: outputDirectory, to: target) + suffix, targetFile: target, anchor: fragment)
    }

    private func hasScheme(_ link: String) -> Bool {
        guard let colon = link.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = link.utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { byte in
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }
}

/// Decodes `%XX` escapes; text without any is returned as it is, without a trip through Foundation.
func decodePercents(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    return text.removingPercentEncoding ?? text
}

/// Resolves `.` and `..` in a slash-separated path; nil when it climbs above the top. Empty segments are
/// dropped, and a trailing slash is kept unless nothing is left.
func normalize(_ path: String) -> String? {
    var path = path
    if path.withUTF8(isNormalPath) { return path }
    return path.withUTF8 { bytes in
        var kept: [Range<Int>] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            let segment = start..<end
            start = end + 1
            if segment.isEmpty || isDots(bytes[segment], count: 1) { continue }
            if isDots(bytes[segment], count: 2) {
                if kept.isEmpty { return nil }
                kept.removeLast()
            } else {
                kept.append(segment)
            }
        }
        let trailingSlash = bytes.last == slash && !kept.isEmpty
        let length = kept.reduce(max(kept.count - 1, 0)) { $0 + $1.count } + (trailingSlash ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            for (n, segment) in kept.enumerated() {
                if n > 0 { out[i] = slash; i += 1 }
                for byte in bytes[segment] { out[i] = byte; i += 1 }
            }
            if trailingSlash { out[i] = slash; i += 1 }
            return i
        }
    }
}

/// The relative URL from an output folder (`a/b/`, or `""` for the top) to a file of the site, with bytes
/// outside ASCII percent-encoded.
public func relativeURL(from folder: String, to target: String) -> String {
    percentEncodingNonASCII(relativePath(from: folder, to: target))
}

/// The relative path from an output folder to a file of the site, as text.
private func relativePath(from folder: String, to target: String) -> String {
    var folder = folder
    var target = target
    return folder.withUTF8 { from in
        target.withUTF8 { to in
            // Walk the folder's non-empty segments and the target's segments but its last, while they agree.
            var f = 0, t = 0, common = 0
            while true {
                while f < from.count && from[f] == slash { f += 1 }
                guard f < from.count, let toEnd = to[t...].firstIndex(of: slash) else { break }
                let fromEnd = from[f...].firstIndex(of: slash) ?? from.count
                guard from[f..<fromEnd].elementsEqual(to[t..<toEnd]) else { break }
                common += 1
                f = fromEnd
                t = toEnd + 1
            }
            let ups = segmentCount(from) - common
            return String(unsafeUninitializedCapacity: 3 * ups + to.count - t) { out in
                var i = 0
                for _ in 0..<ups {
                    out[i] = dot
                    out[i + 1] = dot
                    out[i + 2] = slash
                    i += 3
                }
                for byte in to[t...] {
                    out[i] = byte
                    i += 1
                }
                return i
            }
        }
    }
}

private let slash = UInt8(ascii: "/")
private let dot = UInt8(ascii: ".")

/// A path with no empty, `.` or `..` segment (a trailing slash is fine): `normalize` leaves it as it is.
private func isNormalPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var length = 0
    var onlyDots = true
    for byte in bytes {
        if byte == slash {
            if length == 0 || (onlyDots && length <= 2) { return false }
            length = 0
            onlyDots = true
        } else {
            length += 1
            onlyDots = onlyDots && byte == dot
        }
    }
    return !(length > 0 && onlyDots && length <= 2)
}

private func isDots(_ segment: Slice<UnsafeBufferPointer<UInt8>>, count: Int) -> Bool {
    segment.count == count && segment.allSatisfy { $0 == dot }
}

/// The number of non-empty segments of a slash-separated path.
private func segmentCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var previous = slash
    for byte in bytes {
        if byte != slash && previous == slash { count += 1 }
        previous = byte
    }
    return count
}
