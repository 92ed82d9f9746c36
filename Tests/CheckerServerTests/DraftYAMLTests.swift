import FilingRules
import Testing
@testable import CheckerServer

/// The form's downloaded draft reads back as the same draft.
@Suite("Draft YAML")
struct DraftYAMLTests {
    @Test("names with controls, DEL, C1 characters, U+FFFE and quotes round-trip through draft.yaml", arguments: [
        "青松\u{80}软件", "青松\u{7F}软件", "青松\u{FFFE}软件", "青松\u{1}\u{1B}[2J软件", "青松 \"引号\" \\ 软件", "青松\t软件\n第二行", "青松\u{85}软件",
    ])
    func roundTrip(name: String) throws {
        let object: [String: Any] = [
            "entity": ["type": "organization", "name": name, "province": "zhejiang"],
            "websites": [["name": name, "domains": ["qingsong.com"]]],
        ]
        let draft = try DraftDecoder.decode(yaml: DraftYAML.text(object))
        #expect(draft.entity.name == name)
        #expect(draft.websites[0].name == name)
    }
}
