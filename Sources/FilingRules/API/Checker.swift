/// Checks drafts against a rulebook. Pure and reentrant: share one across threads.
public struct Checker: Sendable {
    /// The facts the rules read.
    public let rulebook: Rulebook

    /// Creates a checker for a loaded rulebook.
    public init(rulebook: Rulebook) {
        self.rulebook = rulebook
    }

    /// Runs every rule on the draft; findings are written in `language`.
    public func check(_ draft: Draft, language: Language = .english) -> Report {
        let evaluation = Evaluation(book: rulebook, draft: draft, language: language)
        for rule in rulebook.storage.rules {
            rule.run(evaluation, rule)
        }
        return Report(findings: evaluation.finish(), version: rulebook.version, reviewed: rulebook.reviewed,
                      documents: DocumentList.documents(for: draft, in: rulebook), lang: language)
    }

    /// Every rule the code implements, sorted.
    public static let implementedRuleIDs: [String] = RuleRegistry.all.map(\.id)
}
