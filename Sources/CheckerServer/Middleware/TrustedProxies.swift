import Foundation

/// The addresses whose forwarded headers (`X-Forwarded-For`, `-Host`, `-Proto`, `X-Request-Id`) the server
/// believes: single addresses or CIDR ranges, IPv4 or IPv6 (`127.0.0.1`, `10.0.0.0/8`, `::1`). Requests from
/// every other address have those headers removed before anything reads them.
public struct TrustedProxies: Sendable, Equatable {
    private struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int
    }

    private let ranges: [Range]

    /// No proxy is trusted.
    public static let none = TrustedProxies(ranges: [])

    private init(ranges: [Range]) { self.ranges = ranges }

    /// Parses `--trusted-proxy` values; throws naming the first value that is not an address or range.
    public init(_ values: [String]) throws(ServerOptionError) {
        var ranges: [Range] = []
        for value in values {
            let parts = value.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard let bytes = Self.addressBytes(String(parts[0])) else { throw .badTrustedProxy(value) }
            var prefix = bytes.count * 8
            if parts.count == 2 {
                guard let bits = Int(parts[1]), (0...prefix).contains(bits) else { throw .badTrustedProxy(value) }
                prefix = bits
            }
            ranges.append(Range(bytes: bytes, prefix: prefix))
        }
        self.ranges = ranges
    }

    /// Whether any proxy is trusted at all.
    public var isEmpty: Bool { ranges.isEmpty }

    /// Whether `address` (as `SocketAddress.ipAddress` writes it) lies in a trusted range.
    public func contains(_ address: String?) -> Bool {
        guard !ranges.isEmpty, let address, let bytes = Self.addressBytes(address) else { return false }
        return ranges.contains { range in
            guard range.bytes.count == bytes.count else { return false }
            let whole = range.prefix / 8, rest = range.prefix % 8
            guard range.bytes[..<whole] == bytes[..<whole] else { return false }
            guard rest > 0 else { return true }
            let mask = UInt8(0xFF) << (8 - rest)
            return range.bytes[whole] & mask == bytes[whole] & mask
        }
    }

    /// The address as 4 or 16 bytes; an IPv4-mapped IPv6 address counts as IPv4.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }
}

/// An option of `icp serve` that cannot be used.
public enum ServerOptionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A `--trusted-proxy` value that is neither an IP address nor a CIDR range.
    case badTrustedProxy(String)

    public var description: String {
        switch self {
        case .badTrustedProxy(let value): "--trusted-proxy `\(value)` is not an IP address or a range such as 10.0.0.0/8"
        }
    }
}
