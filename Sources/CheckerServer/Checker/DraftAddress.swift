import CompressNIO
import FilingRules
import NIOCore

/// A draft carried in a report's address: its compact JSON, deflated, in URL-safe base64 without
/// padding. Nothing is stored on the server; the address is the draft.
enum DraftAddress {
    /// The longest encoded draft accepted, in characters; a typical draft of two websites takes about 500.
    static let maxLength = 6000

    /// The query parameter that holds the draft.
    static let parameter = "d"

    /// Why a draft cannot go in, or come out of, an address.
    enum Failure: Error, Equatable {
        case tooLong(Int)
        case unreadable
    }

    static func encode(_ values: DraftValues) throws(Failure) -> String {
        var input = ByteBuffer(bytes: values.json)
        guard let compressed = try? input.compress(with: .deflate()) else { throw .unreadable }
        let text = base64URL(Array(buffer: compressed))
        guard text.utf8.count <= maxLength else { throw .tooLong(text.utf8.count) }
        return text
    }

    static func decode(_ text: String) throws(Failure) -> DraftValues {
        guard text.utf8.count <= maxLength else { throw .tooLong(text.utf8.count) }
        guard let bytes = bytes(base64URL: text) else { throw .unreadable }
        var input = ByteBuffer(bytes: bytes)
        guard let json = try? input.decompress(with: .deflate(), maxSize: RequestBody.limit),
              let values = try? DraftValues(json: Array(buffer: json)) else { throw .unreadable }
        return values
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func base64URL(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0...chunk.count { out.append(alphabet[(value >> (18 - 6 * position)) & 0x3F]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func bytes(base64URL text: String) -> [UInt8]? {
        var value = 0, bits = 0
        var out: [UInt8] = []
        for byte in text.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { return nil }
            value = (value << 6 | digit) & 0xFFFFFF
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((value >> bits) & 0xFF))
            }
        }
        return out
    }
}
