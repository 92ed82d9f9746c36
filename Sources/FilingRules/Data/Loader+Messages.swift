/// The `messages` of a catalog entry: how its rule words each finding, checked against what the code
/// writes (`RuleDefinition.messages`).
extension Loader {
    static let messageKeys = ["message", "fix"]

    func messages(_ e: DataReader.Entry, id: String, what: String) -> [String: RuleMessage] {
        // A rule no code implements is reported once, by the catalog check.
        guard let declared = RuleRegistry.definition(id)?.messages, !declared.isEmpty || e.node("messages") != nil else { return [:] }
        let keys = declared.keys.sorted()
        guard let node = e.node("messages") else {
            e.reader.error(e.line, "\(what) needs `messages`: \(keys.joined(separator: ", "))",
                           help: "add `messages:` with the wording of each, e.g. `\(keys[0]): {message: {en: ..., zh-CN: ...}, fix: {en: ..., zh-CN: ...}}`")
            return [:]
        }
        guard let map = e.reader.entry(node, what: "`messages` of \(what)") else { return [:] }
        map.checkKeys(keys, what: "the messages of \(what)")
        var result: [String: RuleMessage] = [:]
        for key in keys {
            let w = "`\(key)` in the messages of \(what)"
            guard let node = map.node(key) else {
                map.missing(key, what: "the messages of \(what)")
                continue
            }
            guard let entry = e.reader.entry(node, what: w) else { continue }
            entry.checkKeys(Self.messageKeys, what: w)
            let names = declared[key] ?? []
            guard let message = text(entry, "message", names: names, what: w), let fix = text(entry, "fix", names: names, what: w)
            else { continue }
            result[key] = RuleMessage(message: message, fix: fix)
        }
        return result
    }

    /// The English and Chinese text under `key`, each a template naming only placeholders in `names`.
    private func text(_ entry: DataReader.Entry, _ key: String, names: [String], what: String) -> RuleMessage.Text? {
        guard let node = entry.node(key) else {
            entry.missing(key, what: what)
            return nil
        }
        guard DataReader.languageTexts(node)?["zh-CN"] != nil, let texts = entry.reader.entry(node, what: "`\(key)` of \(what)") else {
            entry.reader.error(node.mark?.line, "`\(key)` of \(what) needs English and Chinese text", help: "write it as `\(key): {en: ..., zh-CN: ...}`")
            return nil
        }
        let accepted = "names this message may use: " + (names.isEmpty ? "none" : names.map { "{\($0)}" }.joined(separator: ", "))
        var templates: [MessageTemplate] = []
        for (code, language) in [("en", "English"), ("zh-CN", "Chinese")] {
            guard let scalar = texts.node(code), case .scalar(let text) = scalar else { continue }
            let line = scalar.mark?.line
            let place = "the \(language) `\(key)` of \(what)"
            do {
                let template = try MessageTemplate(text.string)
                for name in template.names.sorted() where !names.contains(name) {
                    entry.reader.error(line, "\(place) names `{\(name)}`, which the rule does not fill in", help: accepted)
                }
                templates.append(template)
            } catch {
                switch error {
                case .unclosed: entry.reader.error(line, "\(place) has a `{` without its `}`", help: accepted)
                case .badName(let name): entry.reader.error(line, "\(place) has `{\(name)}`, which is not a name in braces", help: accepted)
                }
            }
        }
        guard templates.count == 2 else { return nil }
        return RuleMessage.Text(english: templates[0], chinese: templates[1])
    }
}
