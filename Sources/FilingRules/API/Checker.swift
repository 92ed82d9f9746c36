/// Checks drafts against a rulebook. Pure and reentrant: share one across threads.
public struct Checker: Sendable {
    /// The facts the rules read.
    public let rulebook: Rulebook

    /// Creates a checker for a loaded rulebook.
    public init(rulebook: Rulebook) {
        self.rulebook = rulebook
    }

    /// Runs every rule on the draft.
    public func check(_ draft: Draft) -> Report {
        let evaluation = Evaluation(book: rulebook, draft: draft)
        for rule in rulebook.storage.rules {
            rule.run(evaluation, rule)
        }
        return Report(findings: evaluation.finish(), version: rulebook.version, reviewed: rulebook.reviewed,
                      documents: DocumentList.documents(for: draft, in: rulebook))
    }

    /// Every rule the code implements, sorted.
    public static let implementedRuleIDs: [String] = RuleRegistry.all.map(\.id)
}
