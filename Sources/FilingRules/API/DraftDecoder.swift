/// Reads a draft from JSON or YAML, strictly: every problem is a `DraftInputError`.
public enum DraftDecoder {
    /// Drafts are small; anything larger is refused before parsing.
    public static let maxBytes = 1 << 20

    /// Decodes a JSON document.
    public static func decode(json: [UInt8]) throws(DraftInputError) -> Draft {
        try checkSize(json.count)
        let value: Value
        do {
            value = try JSONParser.parse(json)
        } catch {
            throw DraftInputError(path: "", message: "not valid JSON: \(error.message) at \(location(of: error.offset, in: json))")
        }
        return try DraftBuilder(syntax: .json).draft(value)
    }

    /// Decodes a YAML document.
    public static func decode(yaml: String) throws(DraftInputError) -> Draft {
        try checkSize(yaml.utf8.count)
        let value: Value
        do {
            value = try YAMLValue.parse(yaml)
        } catch {
            let location = error.line.map { " (line \($0))" } ?? ""
            throw DraftInputError(path: "", message: "not valid YAML\(location): \(error.message)")
        }
        return try DraftBuilder(syntax: .yaml).draft(value)
    }

    /// Decodes JSON when the text starts with `{` or `[` and parses as JSON, YAML otherwise.
    public static func decode(text: String) throws(DraftInputError) -> Draft {
        let first = text.utf8.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return try decode(yaml: text) }
        let bytes = Array(text.utf8)
        try checkSize(bytes.count)
        let value: Value
        do {
            value = try JSONParser.parse(bytes)
        } catch let jsonError {
            // YAML flow style (`{entity: {...}}`) also starts with `{`.
            if let yamlValue = try? YAMLValue.parse(text) {
                return try DraftBuilder(syntax: .yaml).draft(yamlValue)
            }
            throw DraftInputError(path: "", message: "not valid JSON: \(jsonError.message) at \(location(of: jsonError.offset, in: bytes))")
        }
        return try DraftBuilder(syntax: .json).draft(value)
    }

    private static func checkSize(_ count: Int) throws(DraftInputError) {
        guard count <= maxBytes else {
            throw DraftInputError(path: "", message: "the draft is \(count) bytes; the limit is \(maxBytes)")
        }
    }

    /// "line L, column C" (1-based, columns in bytes) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> String {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return "line \(line), column \(column)"
    }
}
