/// A rule the code implements: its id, the options it reads from its catalog entry, the messages it
/// writes, and how it runs.
struct RuleDefinition: Sendable {
    /// `contentList` is a list of the draft's `content` values, checked against them when the data loads.
    enum OptionKind: Sendable { case number, text, list, contentList }

    let id: String
    let options: [String: OptionKind]
    /// The keys of the messages the rule reports with, each with the placeholders it fills in; the
    /// catalog words each of them in English and Chinese.
    let messages: [String: [String]]
    let run: @Sendable (Evaluation, Rule) -> Void

    init(_ id: String, options: [String: OptionKind] = [:], messages: [String: [String]],
         run: @escaping @Sendable (Evaluation, Rule) -> Void) {
        self.id = id
        self.options = options
        self.messages = messages
        self.run = run
    }
}

/// Every implemented rule, by area.
enum RuleRegistry {
    static let all: [RuleDefinition] = (NameRules.all + PreApprovalRules.all + RegionRules.all + DomainRules.all
        + InstanceRules.all + AccessRules.all + EntityRules.all).sorted { $0.id < $1.id }

    private static let table = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    static func definition(_ id: String) -> RuleDefinition? { table[id] }

    /// Word lists the rules read from `words.yaml`.
    static let requiredLists: [String] = {
        var seen = Set<String>()
        return (NameRules.lists + PreApprovalRules.lists + RegionRules.lists).filter { seen.insert($0).inserted }
    }()
}
