import Foundation

/// How often each term occurs in one text, counted on the terms' bytes: an open-addressing table keyed
/// by a hash of the bytes, so a term becomes a `String` once, not at every occurrence. Terms can also carry a
/// bonus on top of their capped count, for words of the title or a heading.
struct TermCounts {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
        var count: Int
        var bonus: Int
    }

    /// The distinct terms' bytes, back to back.
    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Indexes into `entries`, -1 for an empty slot; the count is a power of two.
    private var slots = [Int](repeating: -1, count: 256)

    /// Room for the distinct terms of a typical section, so the arrays are not regrown word by word.
    init() {
        storage.reserveCapacity(1024)
        entries.reserveCapacity(128)
    }

    /// Counts one occurrence of a term.
    mutating func add(_ term: UnsafeBufferPointer<UInt8>) {
        entries[index(of: term)].count += 1
    }

    /// Adds to a term's weight, whether or not the text has it.
    mutating func addBonus(_ bonus: Int, to term: String) {
        var term = term
        term.withUTF8 { entries[index(of: $0)].bonus += bonus }
    }

    /// Each term with its weight: its count, no more than `limit`, plus its bonus.
    func weights(cappedAt limit: Int) -> [(term: String, weight: Int)] {
        entries.map { entry in
            (String(decoding: storage[entry.start..<(entry.start + entry.length)], as: UTF8.self), min(entry.count, limit) + entry.bonus)
        }
    }

    /// The term's entry, added with no count when new.
    private mutating func index(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            let entry = entries[index]
            if entry.hash == hash, entry.length == term.count,
               storage.withUnsafeBufferPointer({ memcmp($0.baseAddress! + entry.start, term.baseAddress!, term.count) == 0 }) {
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = entries.count
        slots[slot] = index
        entries.append(Entry(hash: hash, start: storage.count, length: term.count, count: 0, bonus: 0))
        storage.append(contentsOf: term)
        if entries.count * 2 > slots.count { grow() }
        return index
    }

    /// A hash of a term's bytes taken eight at a time (terms are never empty).
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            return mixed ^ (mixed >> 32)
        }
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(term.count)
        let bytes = UnsafeRawBufferPointer(term)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for byte in bytes[offset...] { tail = tail << 8 | UInt64(byte) }
            hash = mix(hash, tail)
        }
        return hash
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }
}
