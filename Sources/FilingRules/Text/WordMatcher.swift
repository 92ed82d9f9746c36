/// Finds every listed word inside a text in one pass: words are indexed by their first
/// character, so each position of the text costs one dictionary lookup.
struct WordMatcher: Sendable {
    /// What a word belongs to.
    enum Owner: Hashable, Sendable {
        case list(String)
        case industryName(ContentCategory)
        case industryDomain(ContentCategory)
    }

    struct Entry: Sendable {
        let owner: Owner
        let word: Word
        let pattern: [UInt32]
    }

    private(set) var entries: [Entry] = []
    private var index: [UInt32: [Int]] = [:]
    /// One bit per first character (folded to 4096 slots): most characters of a name start no
    /// word, and the bit says so without a dictionary lookup.
    private var firstBits = [UInt64](repeating: 0, count: 64)

    mutating func add(_ word: Word, owner: Owner) {
        let pattern = NormalizedText.compact(word.text)
        guard let first = pattern.first else { return }
        index[first, default: []].append(entries.count)
        firstBits[Int((first >> 6) & 63)] |= 1 << UInt64(first & 63)
        entries.append(Entry(owner: owner, word: word, pattern: pattern))
    }

    /// Indices of every word found in folded text without spaces.
    func matches(in s: [UInt32]) -> [Int] {
        var found: [Int] = []
        for start in s.indices {
            let scalar = s[start]
            guard firstBits[Int((scalar >> 6) & 63)] & (1 << UInt64(scalar & 63)) != 0,
                let candidates = index[scalar]
            else { continue }
            for candidate in candidates {
                let pattern = entries[candidate].pattern
                guard pattern.count <= s.count - start else { continue }
                var same = true
                var k = 1
                while k < pattern.count {
                    if s[start + k] != pattern[k] { same = false; break }
                    k += 1
                }
                if same, !found.contains(candidate) { found.append(candidate) }
            }
        }
        return found
    }
}

/// A whole-name pattern from an `exact` list: `XXX` stands for any non-empty text.
struct ExactPattern: Sendable {
    let word: Word
    let listID: String
    let prefix: [UInt32]
    let suffix: [UInt32]
    let wildcard: Bool

    init(word: Word, listID: String) {
        self.word = word
        self.listID = listID
        let scalars = NormalizedText.compact(word.text)
        let marker: [UInt32] = [0x78, 0x78, 0x78]  // "xxx" after folding
        if let at = Self.find(marker, in: scalars) {
            prefix = Array(scalars[..<at])
            suffix = Array(scalars[(at + 3)...])
            wildcard = true
        } else {
            prefix = scalars
            suffix = []
            wildcard = false
        }
    }

    func matches(_ name: [UInt32]) -> Bool {
        if !wildcard { return name == prefix }
        return name.count > prefix.count + suffix.count && name.starts(with: prefix) && name.reversed().starts(with: suffix.reversed())
    }

    private static func find(_ needle: [UInt32], in hay: [UInt32]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}
