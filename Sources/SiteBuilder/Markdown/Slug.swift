/// Turns heading text into a stable, readable anchor: lower-case ASCII letters and digits,
/// CJK and other letters kept as they are, everything else collapsed to single hyphens.
public func slugify(_ text: String) -> String {
    var slug = ""
    slug.reserveCapacity(text.utf8.count)
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
        let keep: Bool
        if scalar.isASCII {
            keep = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
        } else {
            keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        if keep {
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            pendingHyphen = false
            if scalar.isASCII {
                slug.unicodeScalars.append(scalar >= "A" && scalar <= "Z" ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
            } else {
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        } else {
            pendingHyphen = true
        }
    }
    return slug.isEmpty ? "section" : slug
}

/// Hands out anchors unique within one page: a repeated slug gets `-2`, `-3` and so on.
struct AnchorAllocator {
    private(set) var used: Set<String> = []
    /// The number to try first for each repeated slug: every lower one is taken, and anchors are only ever
    /// added, so the search resumes there instead of counting from 2 again (20,000 equal headings would
    /// otherwise make 200 million tries).
    private var nextNumber: [String: Int] = [:]

    /// Reserves a fixed anchor; returns false when it is taken already.
    mutating func reserve(_ anchor: String) -> Bool {
        used.insert(anchor).inserted
    }

    /// The slug itself when free, else the first free numbered variant.
    mutating func unique(_ slug: String) -> String {
        if used.insert(slug).inserted { return slug }
        var n = nextNumber[slug] ?? 2
        while !used.insert("\(slug)-\(n)").inserted { n += 1 }
        nextNumber[slug] = n + 1
        return "\(slug)-\(n)"
    }
}
