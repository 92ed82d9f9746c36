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
        // The rulebook keeps every rule alive; running them without retaining each one keeps checks on
        // several threads from contending for the rules' shared reference counts.
        withExtendedLifetime(rulebook.storage) { storage in
            for rule in storage.unmanagedRules {
                rule._withUnsafeGuaranteedRef { $0.run(evaluation, $0) }
            }
        }
        return Report(findings: evaluation.finish(), version: rulebook.version, reviewed: rulebook.reviewed,
                      documents: DocumentList.documents(for: draft, in: rulebook), lang: language)
    }

    /// Every rule the code implements, sorted.
    public static let implementedRuleIDs: [String] = RuleRegistry.all.map(\.id)
}
