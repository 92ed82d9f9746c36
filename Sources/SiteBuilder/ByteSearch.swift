import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Where `pattern` first starts at or after `start`, compared byte by byte.
    func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        candidates(for: pattern, from: start)?.first { matches(pattern, at: $0) }
    }

    /// The offsets at which `pattern` could start; nil when there are none.
    private func candidates(for pattern: UnsafeBufferPointer<UInt8>, from start: Int) -> ClosedRange<Int>? {
        guard !pattern.isEmpty, start >= 0, start <= count - pattern.count else { return nil }
        return start...(count - pattern.count)
    }

    private func matches(_ pattern: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        self[offset] == pattern[0] && memcmp(baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0
    }
}

extension StaticString {
    /// The string's UTF-8 bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}
