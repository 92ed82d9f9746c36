import FilingRules
import Foundation
import Testing

@Suite("Duplicate keys in JSON drafts")
struct DuplicateKeyTests {
    /// An object of `bytes` (64 KiB, the limit) of distinct keys `k0`, `k1`, ..., plus `extra` at the end.
    static func wideObject(extra: String = "", bytes: Int = 64 * 1024) -> [UInt8] {
        var text = "{"
        var index = 0
        while text.utf8.count < bytes - 16 {
            text += "\"k\(index)\":0,"
            index += 1
        }
        return Array((text + extra + "\"last\":0}").utf8)
    }

    @Test("a 64 KiB object with ~7,800 keys is read in linear time")
    func wideObjectIsFast() {
        #expect(throws: DraftInputError.self) { try DraftDecoder.decode(json: Self.wideObject()) }
        // A scan per key took 140-225 ms in release builds and seconds in debug ones.
        let ratio = growth(size: 16 * 1024) { bytes in _ = try? DraftDecoder.decode(json: Self.wideObject(bytes: bytes)) }
        #expect(ratio < 9, "four times the keys took \(ratio)× as long")
    }

    @Test("a duplicate is found among many keys, and among contract fields", arguments: [
        "\"k5\":1,", "\"k6000\":1,",
    ])
    func duplicateAmongMany(extra: String) {
        do {
            _ = try DraftDecoder.decode(json: Self.wideObject(extra: extra))
            Issue.record("decoded without error")
        } catch {
            #expect(error.message.contains("duplicate key"), "\(error.message)")
        }
        do {
            _ = try DraftDecoder.decode(json: Array(#"{"entity": {}, "websites": [], "entity": {}}"#.utf8))
            Issue.record("decoded without error")
        } catch {
            #expect(error.message.contains("duplicate key \"entity\""), "\(error.message)")
        }
    }
}
