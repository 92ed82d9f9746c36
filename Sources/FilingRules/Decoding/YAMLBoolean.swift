import Yams

/// The one rule for which words are booleans in every YAML file read here (drafts, data files, front
/// matter, `site.yaml`): YAML 1.2's core schema, where only unquoted `true` and `false` (also
/// capitalised or in capitals) are booleans. YAML 1.1's `yes`, `no`, `on` and `off` are text.
package enum YAMLBoolean {
    /// The boolean an unquoted scalar spells, or nil.
    package static func value(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain else { return nil }
        return value(plain: scalar.string)
    }

    /// The boolean an unquoted word spells, or nil.
    package static func value(plain text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Whether the word was a boolean in YAML 1.1, so an error can say why it is not one here.
    package static func isYAML11Boolean(_ text: String) -> Bool {
        ["y", "yes", "n", "no", "on", "off"].contains(text.lowercased())
    }
}
