import FilingRules

/// Decoding helpers that turn the typed error into a plain one for `#expect(throws:)`-free tests.
enum DraftDecoderBridge {
    static func yaml(_ text: String) throws -> Draft { try DraftDecoder.decode(yaml: text) }
    static func json(_ bytes: [UInt8]) throws -> Draft { try DraftDecoder.decode(json: bytes) }
}
