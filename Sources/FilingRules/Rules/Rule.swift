/// A catalog entry prepared for evaluation: shared by reference so running a rule copies nothing,
/// with its options and message pieces worked out once when the rulebook loads.
final class Rule: Sendable {
    let entry: RuleEntry
    let id: String
    /// `allowed_symbols`, folded for matching (empty for rules without it).
    let allowedSymbols: [UInt32]
    /// The rule's code.
    let run: @Sendable (Evaluation, Rule) -> Void

    init(_ entry: RuleEntry, run: @escaping @Sendable (Evaluation, Rule) -> Void) {
        self.run = run
        self.entry = entry
        id = entry.id
        allowedSymbols = NormalizedText(entry.texts("allowed_symbols").joined()).scalars
    }

    func int(_ key: String) -> Int? { entry.int(key) }
    func texts(_ key: String) -> [String] { entry.texts(key) }
}
