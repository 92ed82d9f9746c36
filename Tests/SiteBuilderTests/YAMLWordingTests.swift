import FilingRules
import Foundation
import Testing

@testable import SiteBuilder

/// YAML that does not parse reads the same wherever it is written: front matter, a data file of the site
/// or of the rules core, or a draft.
@Suite("One wording for YAML that does not parse")
struct YAMLWordingTests {
    /// A document whose third line opens a list it never closes, and the same problem in the middle of a
    /// draft, with the line each reader must name.
    static let broken = "title: A\nnote: fine\nitems: [1, 2\nnext: 3\n"

    /// Every reader's message and line for `text`, the line counted in its own file.
    static func readings(of text: String) throws -> [(reader: String, message: String, line: Int)] {
        let root = URL(fileURLWithPath: "/yaml-wording")
        let files = FileIO.memory([
            "/yaml-wording/site.yaml": "title: Wording\n",
            "/yaml-wording/content/_index.md": "---\n" + text + "---\n\nBody.\n",
            "/yaml-wording/content/data/table.yaml": text,
        ])
        let problems = ContentLoader(root: root, includeDrafts: false, files: files).load().problems
        let frontMatter = try #require(problems.first { $0.file == "content/_index.md" })
        let dataFile = try #require(problems.first { $0.file == "content/data/table.yaml" })
        var catalog: [Diagnostic] = []
        do { _ = try Rulebook.load([DataFile(path: "content/data/rules.yaml", contents: text)]) } catch { catalog = error.diagnostics }
        let rules = try #require(catalog.first { $0.file == "content/data/rules.yaml" && $0.line > 0 })
        var draft = DraftInputError(path: "", problem: .emptyDraft)
        do { _ = try DraftDecoder.decode(yaml: text) } catch { draft = error }
        // A draft names no file: its message carries the place.
        let place = try #require(draft.message.range(of: " at line "))
        let draftLine = try #require(Int(draft.message[place.upperBound...].prefix { $0.isNumber }))
        return [
            ("front matter", frontMatter.message, frontMatter.line - 1),
            ("data file", dataFile.message, dataFile.line),
            ("rules core", rules.message, rules.line),
            ("draft", String(draft.message[..<place.lowerBound]), draftLine),
        ]
    }

    @Test("front matter, data files and drafts word a syntax error alike, at its line", arguments: [
        (broken, 4),
        ("a: 1\na: 2\n", 1),
        ("entity:\n  name: x\n   type: y\n", 3),
    ])
    func sameWording(text: String, line: Int) throws {
        let readings = try Self.readings(of: text)
        let first = try #require(readings.first)
        #expect(first.message.hasPrefix("invalid YAML: "), "\(first)")
        for reading in readings {
            #expect(reading.message == first.message, "\(reading.reader): \(reading.message)")
            #expect(reading.line == line, "\(reading.reader): line \(reading.line)")
        }
    }

    @Test("a draft that parses has no such error", arguments: ["entity: {type: individual}\n", "{}\n"])
    func validDraft(text: String) {
        do {
            _ = try DraftDecoder.decode(yaml: text)
        } catch {
            #expect(!error.message.contains("invalid YAML"), "\(error)")
        }
    }
}
