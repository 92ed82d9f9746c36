import Foundation

/// One file of the built site, as the site model describes it and `OutputWriter` writes it.
struct OutputFile: Sendable {
    /// Where the file's bytes come from.
    enum Contents: Sendable {
        /// Text made already (a page, the sitemap).
        case text(String)
        /// A source file copied as it is (an image, a stylesheet).
        case copy(URL)
        /// Bytes made only when the file is written, after every other file of the list (the search index,
        /// whose making overlaps the removal of an earlier site's leftovers).
        case deferred(@Sendable () -> [UInt8])
    }

    /// The path relative to the site's root, such as `naming/index.html`.
    let path: String
    let contents: Contents

    init(_ path: String, _ contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
