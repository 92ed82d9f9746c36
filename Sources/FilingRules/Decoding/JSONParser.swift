/// A strict JSON parser over UTF-8 bytes (RFC 8259): no comments, no trailing commas,
/// duplicate keys rejected, nesting limited so hostile input cannot exhaust the stack.
struct JSONParser {
    struct SyntaxError: Error {
        let offset: Int
        let problem: JSONSyntaxProblem
    }

    static let maxDepth = 64

    /// The input, borrowed for the duration of `parse`; reads are bounds-checked by the parser itself.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private let keys = JSONParser.keyIndex

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Skip a UTF-8 byte order mark.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    static func parse(_ input: [UInt8]) throws(SyntaxError) -> Value {
        let result: Result<Value, SyntaxError> = input.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            do throws(SyntaxError) {
                parser.skipWhitespace()
                let value = try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                guard parser.index == buffer.count else { throw parser.error(.trailingText) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func error(_ problem: JSONSyntaxProblem) -> SyntaxError { SyntaxError(offset: index, problem: problem) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips white space, then `byte` if it comes next; whether it did.
    private mutating func skip(past byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> Value {
        guard depth < Self.maxDepth else { throw error(.tooDeep(Self.maxDepth)) }
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.unexpectedCharacter)
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error(.unexpectedEnd) }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] {
            throw error(.unexpectedCharacter)
        }
        index += count
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> Value {
        index += 1
        var members: [Value.Member] = []
        members.reserveCapacity(8)
        var keys = JSONKeySet()
        if skip(past: UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let keyOffset = index
            let (key, field) = try parseKey()
            guard keys.insert(key: key, field: field) else {
                throw SyntaxError(offset: keyOffset, problem: .duplicateKey(field?.name ?? key))
            }
            guard skip(past: UInt8(ascii: ":")) else { throw error(.expectedColon) }
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(field.map { Value.Member(known: $0, value: value) } ?? Value.Member(key: key, value: value, field: nil))
            if skip(past: UInt8(ascii: ",")) { continue }
            if skip(past: UInt8(ascii: "}")) { return .object(members) }
            throw error(index < bytes.count ? .expectedCommaOrBrace : .unexpectedEnd)
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> Value {
        index += 1
        var items: [Value] = []
        if skip(past: UInt8(ascii: "]")) { return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            if skip(past: UInt8(ascii: ",")) { continue }
            if skip(past: UInt8(ascii: "]")) { return .array(items) }
            throw error(index < bytes.count ? .expectedCommaOrBracket : .unexpectedEnd)
        }
    }

    /// Field names the draft contract knows, laid out flat so matching a key touches no references:
    /// `bytes` holds every name; `table` holds (length, offset, field) per name, shortest first, and
    /// `table[start[n]..<start[n + 1]]` are the names `n` bytes long, the only ones a key of that length
    /// is compared with. The parser holds it, so a key does not go through a lazy global each time.
    struct KeyIndex {
        let bytes: [UInt8]
        let table: [(length: Int, offset: Int, field: Field)]
        let start: [Int]

        init(_ fields: [Field]) {
            bytes = fields.flatMap { Array($0.name.utf8) }
            var offset = 0
            let table = fields.map { field in
                defer { offset += field.name.utf8.count }
                return (length: field.name.utf8.count, offset: offset, field: field)
            }.sorted { ($0.length, $0.offset) < ($1.length, $1.offset) }
            self.table = table
            let longest = table.last?.length ?? 0
            start = (0...longest + 1).map { length in table.firstIndex { $0.length >= length } ?? table.count }
        }
    }

    private static let keyIndex = KeyIndex(Field.allCases)

    /// A key: a known field name is matched without making a String; anything else is parsed as text.
    private mutating func parseKey() throws(SyntaxError) -> (String, Field?) {
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        let length = end - start
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), length > 0, length + 1 < keys.start.count {
            let found: Field? = keys.bytes.withUnsafeBufferPointer { names in
                keys.table.withUnsafeBufferPointer { table in
                    for entry in table[keys.start[length]..<keys.start[length + 1]] where names[entry.offset] == bytes[start] {
                        var k = 1
                        while k < length, names[entry.offset + k] == bytes[start + k] { k += 1 }
                        if k == length { return entry.field }
                    }
                    return nil
                }
            }
            if let found {
                index = end + 1
                return ("", found)
            }
        }
        let key = try parseString()
        return (key, Field.byName[key])
    }

    private mutating func parseNumber() throws(SyntaxError) -> Value {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error(.invalidNumber) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.invalidNumber) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.invalidNumber) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return .number(text: text, integer: isInteger ? Int(text) : nil)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = index
                index += 1
                guard Self.isValidUTF8(bytes, start, end) else {
                    throw SyntaxError(offset: start, problem: .invalidUTF8)
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(.controlCharacter) }
            index += 1
        }
        var scalars = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard scalars.withUnsafeBufferPointer({ Self.isValidUTF8($0, 0, $0.count) }) else {
                    throw SyntaxError(offset: start, problem: .invalidUTF8)
                }
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte < 0x20 { throw error(.controlCharacter) }
            if byte != UInt8(ascii: "\\") {
                scalars.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append(0x22)
            case UInt8(ascii: "\\"): scalars.append(0x5C)
            case UInt8(ascii: "/"): scalars.append(0x2F)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw error(.unpairedSurrogate)
                    }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(.unpairedSurrogate) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw error(.unpairedSurrogate)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error(.invalidUnicodeEscape) }
                scalars.append(contentsOf: scalar.utf8)
            default:
                throw error(.invalidEscape)
            }
        }
        throw error(.unterminatedText)
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.invalidUnicodeEscape) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error(.invalidUnicodeEscape)
            }
            code = code << 4 | digit
            index += 1
        }
        return code
    }
}

