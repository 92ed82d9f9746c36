/// The typed readers `DraftBuilder` uses: each names the pointer and the accepted values on failure.
extension DraftBuilder {
    /// The members of a mapping; an explicit `null` reads as absent.
    struct Fields {
        let members: [Value.Member]

        subscript(field: Field) -> Value? {
            var i = 0
            while i < members.count {
                if members[i].field == field {
                    if case .null = members[i].value { return nil }
                    return members[i].value
                }
                i += 1
            }
            return nil
        }
    }

    func fields(_ value: Value, at path: @autoclosure () -> PointerPath, allowed: Field.Set, object: DraftField.Object?) throws(DraftInputError) -> Fields {
        guard case .object(let members) = value else {
            throw DraftInputError(path: path().pointer, problem: .notMapping(object, found: value.kind))
        }
        var i = 0
        while i < members.count {
            defer { i += 1 }
            if let field = members[i].field, allowed.contains(field) { continue }
            let member = members[i]
            let name = Value.name(of: member)
            let guess = EditDistance.suggestion(for: name, among: allowed.names)
            throw DraftInputError(path: path().appending(name).pointer, problem: .unknownField(name, suggestion: guess, accepted: allowed.names))
        }
        return Fields(members: members)
    }

    func missing(_ field: Field, at path: @autoclosure () -> PointerPath) -> DraftInputError {
        DraftInputError(path: path().appending(field.name).pointer, problem: .missingField(field.name))
    }

    func list(_ value: Value, at path: @autoclosure () -> PointerPath, of field: Field) throws(DraftInputError) -> [Value] {
        guard case .array(let items) = value else {
            throw DraftInputError(path: path().pointer, problem: .notList(field.name, found: value.kind))
        }
        return items
    }

    func requiredText(_ value: Value, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> String {
        let text = try self.text(value, at: path()).trimmed
        guard !text.isEmpty else { throw DraftInputError(path: path().pointer, problem: .blank) }
        return text
    }

    func optionalText(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> String? {
        guard let value else { return nil }
        let text = try self.text(value, at: path()).trimmed
        return text.isEmpty ? nil : text
    }

    /// YAML may write text as a plain scalar that looks like a number (`name: 12345`); JSON may not.
    private func text(_ value: Value, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> String {
        switch value {
        case .string(let text): return text
        case .number(let text, _) where syntax == .yaml: return text
        case .bool(let flag) where syntax == .yaml: return flag ? "true" : "false"
        default:
            throw DraftInputError(path: path().pointer, problem: .expectedText(found: value.kind))
        }
    }

    func flag(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> Bool? {
        guard let value else { return nil }
        guard case .bool(let flag) = value else {
            throw DraftInputError(path: path().pointer, problem: .expectedFlag(found: value.kind))
        }
        return flag
    }

    /// A whole number, possibly negative (`days_to_expiry` of an expired domain).
    func integer(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> Int? {
        guard let value else { return nil }
        guard case .number(let text, let integer) = value else {
            var written: String?
            if case .string(let text) = value { written = text }
            throw DraftInputError(path: path().pointer, problem: .expectedWholeNumber(found: value.kind, text: written))
        }
        if let integer { return integer }
        if let double = Double(text), double.rounded() == double, abs(double) < 1e15 { return Int(double) }
        throw DraftInputError(path: path().pointer, problem: .expectedWholeNumber(found: value.kind, text: text))
    }

    /// A whole number of zero or more.
    func count(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> Int? {
        guard let number = try integer(value, at: path()) else { return nil }
        guard number >= 0 else {
            throw DraftInputError(path: path().pointer, problem: .negative(number))
        }
        return number
    }

    @inline(__always)
    func enumeration<E: DraftEnum>(_ value: Value, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> E {
        if case .string(let text) = value, let parsed = E(rawValue: text) { return parsed }
        return try slowEnumeration(value, at: path())
    }

    @inline(never)
    func slowEnumeration<E: DraftEnum>(_ value: Value, at path: PointerPath) throws(DraftInputError) -> E {
        guard case .string(let text) = value else {
            throw DraftInputError(path: path.pointer, problem: .expectedChoice(DraftOption.all(E.self), found: value.kind, list: false))
        }
        if let parsed = E(rawValue: text) { return parsed }
        let normalized = ProvinceID.key(text).replacingDashes
        if let parsed = E(rawValue: normalized) { return parsed }
        let guess = EditDistance.suggestion(for: normalized, among: E.acceptedValues)
        throw DraftInputError(path: path.pointer, problem: .unknownValue(text, suggestion: guess, accepted: DraftOption.all(E.self)))
    }

    func optionalEnumeration<E: DraftEnum>(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> E? {
        guard let value else { return nil }
        return try enumeration(value, at: path())
    }

    /// A list of enumeration values; a single value is accepted as a list of one.
    func enumerationList<E: DraftEnum>(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> [E]? {
        guard let value else { return nil }
        if case .string = value { return [try enumeration(value, at: path())] }
        guard case .array(let items) = value else {
            throw DraftInputError(path: path().pointer, problem: .expectedChoice(DraftOption.all(E.self), found: value.kind, list: true))
        }
        var result: [E] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let parsed: E = try enumeration(item, at: path().appending(index))
            if !result.contains(parsed) { result.append(parsed) }
        }
        return result
    }

    func province(_ value: Value, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> ProvinceID {
        guard case .string(let text) = value else {
            throw DraftInputError(path: path().pointer, problem: .expectedProvince(found: value.kind))
        }
        if let id = ProvinceID(named: text) { return id }
        let guess = EditDistance.suggestion(for: ProvinceID.key(text), among: ProvinceID.allCases.map(\.rawValue))
        throw DraftInputError(path: path().pointer, problem: .unknownProvince(text, suggestion: guess))
    }

    func optionalProvince(_ value: Value?, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> ProvinceID? {
        guard let value else { return nil }
        return try province(value, at: path())
    }

    /// Lower-cases and checks a host name; Chinese full stops are read as dots.
    func domainName(_ raw: String, at path: @autoclosure () -> PointerPath) throws(DraftInputError) -> String {
        if Self.isPlainHostName(raw) {
            if Self.endsInNumber(raw) {
                throw DraftInputError(path: path().pointer, problem: .notDomainName(raw, .ipAddress))
            }
            return raw
        }
        var text = raw.trimmed
        if text.utf8.contains(UInt8(ascii: "/")) {
            throw DraftInputError(path: path().pointer, problem: .notDomainName(raw, .hasPath))
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{3002}", "\u{FF0E}", "\u{FF61}": scalars.append(".")
            case "A"..."Z": scalars.append(Unicode.Scalar(scalar.value + 32)!)
            default: scalars.append(scalar)
            }
        }
        text = String(scalars)
        if text.hasSuffix(".") { text.removeLast() }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        let problem: DraftInputError.DomainProblem?
        if text.utf8.count > 253 {
            problem = .tooLong
        } else if labels.count < 2 {
            problem = .noSuffix
        } else if labels.contains(where: \.isEmpty) {
            problem = .emptyPart
        } else if let bad = labels.first(where: { !Self.isValidLabel($0) }) {
            problem = .invalidPart(String(bad))
        } else if Self.endsInNumber(text) {
            problem = .ipAddress
        } else if let mixed = labels.first(where: Self.mixesScripts) {
            problem = .mixedScripts(String(mixed))
        } else {
            problem = nil
        }
        if let problem {
            throw DraftInputError(path: path().pointer, problem: .notDomainName(raw, problem))
        }
        return text
    }

    /// Lower-case ASCII labels of letters, digits and inner `-`, at least two, no trailing dot:
    /// the common case, accepted as written.
    static func isPlainHostName(_ text: String) -> Bool {
        var labels = 0
        var length = 0
        var previous: UInt8 = UInt8(ascii: ".")
        var total = 0
        for byte in text.utf8 {
            total += 1
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                length += 1
            case UInt8(ascii: "-"):
                guard previous != UInt8(ascii: ".") else { return false }
                length += 1
            case UInt8(ascii: "."):
                guard previous != UInt8(ascii: "."), previous != UInt8(ascii: "-"), length <= 63 else { return false }
                labels += 1
                length = 0
            default:
                return false
            }
            previous = byte
        }
        guard total <= 253, previous != UInt8(ascii: "."), previous != UInt8(ascii: "-"), length <= 63 else { return false }
        return labels >= 1
    }

    /// A host whose last label is all digits is an IPv4 address: no suffix is numeric.
    static func endsInNumber(_ host: String) -> Bool {
        guard let last = host.split(separator: ".").last, !last.isEmpty else { return false }
        return last.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A label with Latin letters beside Cyrillic or Greek ones (a homoglyph such as `і` in `exаmple`).
    static func mixesScripts(_ label: Substring) -> Bool {
        var latin = false, lookalike = false
        for scalar in label.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: latin = true
            case 0x0370...0x03FF, 0x0400...0x052F: lookalike = true
            default: continue
            }
        }
        return latin && lookalike
    }

    private static func isValidLabel(_ label: Substring) -> Bool {
        guard label.unicodeScalars.count <= 63, label.first != "-", label.last != "-" else { return false }
        for scalar in label.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A, 0x2D: continue
            case 0x80...:
                let props = scalar.properties
                if props.isAlphabetic || props.numericType != nil || props.isIdeographic { continue }
                return false
            default: return false
            }
        }
        return true
    }
}

extension String {
    /// Without leading and trailing white space (ASCII, no-break and ideographic).
    var trimmed: String {
        let scalars = unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0x2028, 0x2029, 0xFEFF: true
            case 0x80...: s.value >= 0x2000 && s.value <= 0x200B
            default: false
            }
        }
        guard let firstScalar = scalars.first, let lastScalar = scalars.last else { return self }
        if !isSpace(firstScalar), !isSpace(lastScalar) { return self }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `-` written as `_`, for enumeration values typed with dashes or spaces.
    var replacingDashes: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "-" ? "_" : $0 }))
    }
}
