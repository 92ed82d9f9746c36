/// Reads a draft from JSON or YAML, strictly: every problem is a `DraftInputError`.
public enum DraftDecoder {
    /// Drafts are small; anything larger is refused before parsing.
    public static let maxBytes = 1 << 20

    /// Decodes a JSON document.
    public static func decode(json: [UInt8]) throws(DraftInputError) -> Draft {
        try DraftBuilder(syntax: .json).draft(parse(json: json))
    }

    /// Decodes a YAML document.
    public static func decode(yaml: String) throws(DraftInputError) -> Draft {
        try DraftBuilder(syntax: .yaml).draft(parse(yaml: yaml))
    }

    /// Decodes JSON when the text starts with `{` or `[` and parses as JSON, YAML otherwise.
    public static func decode(text: String) throws(DraftInputError) -> Draft {
        let parsed = try parse(text: text)
        return try DraftBuilder(syntax: parsed.syntax).draft(parsed.value)
    }

    static func parse(json: [UInt8]) throws(DraftInputError) -> Value {
        try checkSize(json.count)
        do {
            return try JSONParser.parse(json)
        } catch {
            throw invalidJSON(error, in: json)
        }
    }

    static func parse(yaml: String) throws(DraftInputError) -> Value {
        try checkSize(yaml.utf8.count)
        do {
            return try YAMLValue.parse(yaml)
        } catch {
            throw DraftInputError(path: "", problem: .invalidYAML(error.problem, line: error.line, column: error.column))
        }
    }

    /// The document's value tree and the syntax it was written in.
    static func parse(text: String) throws(DraftInputError) -> (value: Value, syntax: Value.Syntax) {
        let first = text.utf8.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return (try parse(yaml: text), .yaml) }
        let bytes = Array(text.utf8)
        try checkSize(bytes.count)
        do {
            return (try JSONParser.parse(bytes), .json)
        } catch let jsonError {
            // YAML flow style (`{entity: {...}}`) also starts with `{`.
            if let yamlValue = try? YAMLValue.parse(text) { return (yamlValue, .yaml) }
            throw invalidJSON(jsonError, in: bytes)
        }
    }

    private static func checkSize(_ count: Int) throws(DraftInputError) {
        guard count <= maxBytes else {
            throw DraftInputError(path: "", problem: .tooLarge(bytes: count, limit: maxBytes))
        }
    }

    /// The error at the 1-based line and column (in bytes) of its byte offset.
    private static func invalidJSON(_ error: JSONParser.SyntaxError, in bytes: [UInt8]) -> DraftInputError {
        var line = 1
        var column = 1
        for byte in bytes.prefix(error.offset) {
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return DraftInputError(path: "", problem: .invalidJSON(error.problem, line: line, column: column))
    }
}
