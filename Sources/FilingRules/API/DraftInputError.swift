/// A draft that cannot be read: where (a JSON pointer) and what is accepted there.
public struct DraftInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON pointer into the draft, e.g. `/websites/0/domains/1/name`; empty for the whole document.
    public let path: String
    /// What is wrong and which values are accepted.
    public let message: String

    /// Creates an input error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone for the whole document.
    public var description: String {
        path.isEmpty ? message : "\(path): \(message)"
    }
}

extension DraftInputError {
    /// The place of the error, for the form and the report.
    public var field: FieldPath { FieldPath(pointer: path) }
}
