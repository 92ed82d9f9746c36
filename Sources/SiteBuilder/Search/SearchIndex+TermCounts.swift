import Foundation

/// Distinct terms, each numbered in the order it was first added: an open-addressing table keyed by a hash
/// of the term's bytes, so a term becomes a `String` only when asked for.
struct TermTable {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
    }

    /// The distinct terms' bytes, back to back.
    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Indexes into `entries`, -1 for an empty slot; the count is a power of two.
    private var slots = [Int](repeating: -1, count: 256)

    var count: Int { entries.count }

    /// The term's number, added when new.
    mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int {
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
        entries.append(Entry(hash: hash, start: storage.count, length: term.count))
        storage.append(contentsOf: term)
        if entries.count * 2 > slots.count { grow() }
        return index
    }

    /// The term numbered `number`.
    func term(_ number: Int) -> String {
        let entry = entries[number]
        return String(decoding: storage[entry.start..<(entry.start + entry.length)], as: UTF8.self)
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

/// How often each term occurs in one text, by the term's number in a vocabulary that outlives the text:
/// a word is looked up by its bytes once per occurrence and made a `String` only when the vocabulary is
/// read. Terms can also carry a bonus on top of their capped count, for words of the title or a heading.
struct TermCounts {
    /// Every term counted so far, in any text.
    private(set) var vocabulary = TermTable()
    /// By term number: the current text's count and bonus.
    private var counts: [(count: Int, bonus: Int)] = []
    /// The numbers of the terms the current text has, in the order first seen.
    private var present: [Int] = []

    /// Counts one occurrence of a term.
    mutating func add(_ term: UnsafeBufferPointer<UInt8>) {
        counts[number(of: term)].count += 1
    }

    /// Adds to a term's weight, whether or not the text has it.
    mutating func addBonus(_ bonus: Int, to term: String) {
        var term = term
        term.withUTF8 { counts[number(of: $0)].bonus += bonus }
    }

    /// Each term of the text with its weight: its count, no more than `limit`, plus its bonus. Starts over
    /// for the next text, keeping the vocabulary.
    mutating func takeWeights(cappedAt limit: Int) -> [(term: Int, weight: Int)] {
        defer {
            for term in present { counts[term] = (0, 0) }
            present.removeAll(keepingCapacity: true)
        }
        return present.map { ($0, min(counts[$0].count, limit) + counts[$0].bonus) }
    }

    private mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let number = vocabulary.number(of: term)
        if number == counts.count { counts.append((0, 0)) }
        if counts[number] == (0, 0) { present.append(number) }
        return number
    }
}
