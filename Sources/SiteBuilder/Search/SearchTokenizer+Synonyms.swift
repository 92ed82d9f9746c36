extension SearchTokenizer {
    /// Stems that search treats as one term: British and US spellings, and a few words people use for
    /// the same thing (`beian` for 备案). Keys and values are stems as `stem` makes them; `search.js`
    /// holds the same table, so a query folds the way the pages were indexed.
    static let synonyms: [String: String] = [
        "licenc": "licens", "authoris": "authoriz", "authorisation": "authorization", "organis": "organiz",
        "organisation": "organization", "centr": "center", "programm": "program", "catalogu": "catalog",
        "telephon": "phon", "beian": "备案",
    ]

    /// `synonyms` as bytes, with one bit per key length, for looking up a stem the tokenizer holds as
    /// bytes without making it a `String` or hashing it.
    struct Table {
        private let keys: [(bytes: [UInt8], value: String)]
        private let lengths: UInt64

        init(_ synonyms: [String: String]) {
            keys = synonyms.map { (Array($0.key.utf8), $0.value) }
            lengths = synonyms.keys.reduce(0) { $0 | 1 << UInt64(min($1.utf8.count, 63)) }
        }

        /// The term `stem` stands for, if it is a key.
        func value(for stem: UnsafeBufferPointer<UInt8>) -> String? {
            guard stem.count < 63, lengths & 1 << UInt64(stem.count) != 0 else { return nil }
            return keys.first { $0.bytes.count == stem.count && $0.bytes.elementsEqual(stem) }?.value
        }
    }

    static let synonymTable = Table(synonyms)

    /// The term a stem stands for.
    static func folded(_ stem: String) -> String {
        var stem = stem
        return stem.withUTF8 { synonymTable.value(for: $0) } ?? stem
    }
}
