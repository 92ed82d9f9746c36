import Foundation
import Testing

@testable import FilingRules

/// The catalog is written by the package's one JSON writer, in the layout Foundation's encoder gave it
/// before, so `rulebook.json` and `GET /api/rules` keep their bytes.
@Suite("The published catalog's JSON")
struct CatalogJSONTests {
    static let rulebook: Rulebook = {
        do { return try Rulebook.load(Repository.dataFiles()) } catch { fatalError("real data does not load:\n\(error)") }
    }()

    static func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test("the catalog has the bytes JSONEncoder gives it, empty options included")
    func sameAsEncoder() throws {
        struct Published: Encodable { let version: String; let reviewed: String; let rules: [RuleEntry] }
        let rulebook = Self.rulebook
        #expect(rulebook.catalog.contains { $0.options.isEmpty } && rulebook.catalog.contains { !$0.options.isEmpty })
        let expected = try Self.encoded(Published(version: rulebook.version, reviewed: rulebook.reviewed, rules: rulebook.catalog))
        #expect(rulebook.publishedCatalogJSON() == expected)
        #expect(rulebook.rulesJSON() == (try Self.encoded(rulebook.catalog)))
    }

    @Test("text with quotes, backslashes, slashes and line breaks is written as JSONEncoder writes it", arguments: [
        "plain", "a \"quoted\" word", "back\\slash", "a/b", "two\nlines", "tab\there", "中文 “curly”", "",
    ])
    func strings(text: String) throws {
        var w = JSONWriter(layout: .foundation)
        w.object { w in
            w.key("list")
            w.array([String]()) { _, _ in }
            w.field("text", text)
        }
        struct Value: Encodable { let text: String; let list: [String] }
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try Self.encoded(Value(text: text, list: [])), as: UTF8.self))
    }

    @Test("a character that needs an escape is found wherever it stands in a long string", arguments: ["\"", "\\", "\n", "\u{01}", "\u{1F}"])
    func escapesAtEveryPosition(special: String) throws {
        struct Value: Encodable { let text: String }
        for filler in ["abcdefghijklmnopqrstuvwx", "备案网站名称不得使用个人名义"] {
            for position in 0...filler.count {
                var text = filler
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                var w = JSONWriter(layout: .foundation)
                w.object { w in w.field("text", text) }
                let expected = String(decoding: try Self.encoded(Value(text: text)), as: UTF8.self)
                #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "\(special.debugDescription) at \(position)")
            }
        }
    }
}
