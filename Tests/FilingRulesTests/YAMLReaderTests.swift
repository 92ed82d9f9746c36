import Foundation
import Testing
@testable import FilingRules

/// Every YAML input goes through `YAMLReader`: bounded, and in time proportional to its size.
@Suite("The YAML reader")
struct YAMLReaderTests {
    static let aliasBomb = (1...8).reduce("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n") { text, i in
        text + "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }

    @Test("an alias bomb is refused at the line of the entry that expands too far", .timeLimit(.minutes(1)))
    func bomb() {
        #expect(throws: YAMLReader.Failure.self) { try YAMLReader.compose(Self.aliasBomb, limits: .draft) }
        do {
            _ = try YAMLReader.compose(Self.aliasBomb)
            Issue.record("the bomb was accepted")
        } catch {
            #expect(error.overLimits && error.line == 6, "\(error)")
        }
    }

    @Test("a data file holding an alias bomb is one error naming the file and line", .timeLimit(.minutes(1)))
    func dataFileBomb() {
        let files = Repository.dataFiles().map { $0.fileName == "tlds.yaml" ? DataFile(path: $0.path, contents: Self.aliasBomb) : $0 }
        do {
            _ = try Rulebook.load(files)
            Issue.record("the bomb was accepted")
        } catch {
            let bomb = error.diagnostics.filter { $0.message.contains("expands to more than") }
            #expect(bomb.count == 1 && bomb.first?.file.hasSuffix("tlds.yaml") == true && bomb.first?.line == 6, "\(error.diagnostics)")
        }
    }

    @Test("a draft's keys are read in linear time")
    func manyKeys() throws {
        let yaml = { (count: Int) in (0..<count).map { "k\($0): v\n" }.joined() }
        guard case .object(let members) = try YAMLValue.parse(yaml(45_000)) else { Issue.record("not a mapping"); return }
        #expect(members.count == 45_000)
        // Searching the earlier keys for each key made this quadratic: 101,627 keys took 26.5 s.
        let ratio = growth(size: 8_000) { count in _ = try? YAMLValue.parse(yaml(count)) }
        #expect(ratio < 9, "four times the keys took \(ratio)× as long")
    }

    @Test("a duplicate key is found at the line where the key first appears")
    func duplicateKey() {
        do {
            _ = try YAMLValue.parse("a: 1\nb: 2\na: 3\n")
            Issue.record("the duplicate was accepted")
        } catch {
            #expect(error.problem == .duplicateKey("a") && error.line == 1, "\(error)")
        }
    }
}
