/// A draft that cannot be read: where (a JSON pointer) and what is wrong, worded in either language.
public struct DraftInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON pointer into the draft, e.g. `/websites/0/domains/1/name`; empty for the whole document.
    public let path: String
    /// What is wrong, with what the words need.
    public let problem: Problem

    /// Creates an input error.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// What is wrong and which values are accepted, in English.
    public var message: String { text(in: .english) }

    /// `path: message`, or the message alone for the whole document.
    public var description: String {
        path.isEmpty ? message : "\(path): \(message)"
    }
}

extension DraftInputError {
    /// The place of the error, for the form and the report.
    public var field: FieldPath { FieldPath(pointer: path) }

    /// Why a draft cannot be read. Field names are keys; the wording turns them into labels.
    public enum Problem: Sendable, Equatable {
        /// The document is empty.
        case emptyDraft
        /// The document is larger than `limit` bytes.
        case tooLarge(bytes: Int, limit: Int)
        /// Not JSON, at a 1-based line and column.
        case invalidJSON(JSONSyntaxProblem, line: Int, column: Int)
        /// Not YAML, at a 1-based line and column when known.
        case invalidYAML(YAMLSyntaxProblem, line: Int?, column: Int?)
        /// An object (nil: the draft itself) written as something other than a mapping.
        case notMapping(DraftField.Object?, found: ValueKind)
        /// A key the object does not have, with a close accepted key and the accepted keys.
        case unknownField(String, suggestion: String?, accepted: [String])
        /// A required key left out.
        case missingField(String)
        /// `websites` or `domains` written as something other than a list.
        case notList(String, found: ValueKind)
        /// `websites` or `domains` with no entry.
        case emptyList(String)
        /// Blank text where text is required.
        case blank
        /// Not text.
        case expectedText(found: ValueKind)
        /// Not true or false.
        case expectedFlag(found: ValueKind)
        /// Not a whole number; `text` is what was written when it was text or a fraction.
        case expectedWholeNumber(found: ValueKind, text: String?)
        /// A negative count.
        case negative(Int)
        /// Not one of the options (`list`: a list of them was expected).
        case expectedChoice([DraftOption], found: ValueKind, list: Bool)
        /// Text that is none of the options.
        case unknownValue(String, suggestion: String?, accepted: [DraftOption])
        /// Not a province name.
        case expectedProvince(found: ValueKind)
        /// Text that names no province.
        case unknownProvince(String, suggestion: String?)
        /// Text that is not a domain name, and why.
        case notDomainName(String, DomainProblem)
        /// More rows than the form takes.
        case tooManyRows(websites: Int, domains: Int)
        /// The draft file could not be read.
        case unreadableFile(String)
        /// The draft is not UTF-8.
        case notUTF8
    }

    /// The kind of a value that was found where another was expected.
    public enum ValueKind: Sendable, Equatable {
        case null, flag, number, text, list, mapping
    }

    /// Why text is not a domain name.
    public enum DomainProblem: Sendable, Equatable {
        /// An IPv4 address.
        case ipAddress
        /// A URL or a path.
        case hasPath
        /// Longer than 253 characters.
        case tooLong
        /// No suffix.
        case noSuffix
        /// Two dots in a row.
        case emptyPart
        /// A label with characters a domain cannot hold.
        case invalidPart(String)
        /// Latin letters mixed with look-alike letters of another script.
        case mixedScripts(String)
    }
}

/// What is wrong with JSON text.
public enum JSONSyntaxProblem: Sendable, Equatable {
    case trailingText, tooDeep(Int), unexpectedEnd, unexpectedCharacter, expectedKey, duplicateKey(String)
    case expectedColon, expectedCommaOrBrace, expectedCommaOrBracket, invalidNumber, invalidUTF8
    case controlCharacter, unpairedSurrogate, invalidUnicodeEscape, invalidEscape, unterminatedText
}

/// What is wrong with YAML text; `parser` carries the YAML parser's own words.
public enum YAMLSyntaxProblem: Sendable, Equatable {
    case parser(String), tooManyValues(Int), tooDeep(Int), keyNotText, duplicateKey(String), unresolvedAlias
}
