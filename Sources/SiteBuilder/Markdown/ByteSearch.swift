import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Where `pattern` first starts at or after `start`, compared byte by byte.
    func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !pattern.isEmpty, start >= 0, start <= count - pattern.count else { return nil }
        return (start...(count - pattern.count)).first { offset in
            self[offset] == pattern[0] && memcmp(baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0
        }
    }
}

extension StaticString {
    /// The string's UTF-8 bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}
