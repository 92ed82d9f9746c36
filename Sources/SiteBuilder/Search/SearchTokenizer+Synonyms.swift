extension SearchTokenizer {
    /// Stems that search treats as one term: British and US spellings, and a few words people use for
    /// the same thing (`beian` for 备案). Keys and values are stems as `stem` makes them; `search.js`
    /// holds the same table, so a query folds the way the pages were indexed.
    static let synonyms: [String: String] = [
        "licenc": "licens", "authoris": "authoriz", "authorisation": "authorization", "organis": "organiz",
        "organisation": "organization", "centr": "center", "programm": "program", "catalogu": "catalog",
        "telephon": "phon", "beian": "备案",
    ]

    /// The byte lengths of the keys of `synonyms`, so most words skip the look-up.
    static let synonymKeyLengths = Set(synonyms.keys.map(\.utf8.count))

    /// The term a stem stands for.
    static func folded(_ stem: String) -> String {
        synonymKeyLengths.contains(stem.utf8.count) ? synonyms[stem] ?? stem : stem
    }
}
