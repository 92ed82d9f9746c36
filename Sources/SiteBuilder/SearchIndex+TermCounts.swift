/// How often each term occurs in one text, counted on the terms' bytes: an open-addressing table keyed
/// by an FNV-1a hash, so a term becomes a `String` once, not at every occurrence. Terms can also carry a
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
    private var slots = [Int](repeating: -1, count: 64)

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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if entries[index].hash == hash, entries[index].length == term.count,
               storage[entries[index].start..<(entries[index].start + term.count)].elementsEqual(term) {
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
