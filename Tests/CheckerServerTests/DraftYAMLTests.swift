import Foundation
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
        let values = try DraftValues(form: [
            ("entity.type", "organization"), ("entity.name", name), ("entity.province", "zhejiang"),
            ("websites.0.name", name), ("websites.0.domains.0.name", "qingsong.com"),
        ])
        let draft = try DraftDecoder.decode(yaml: values.yaml)
        // The form trims what is typed, as the decoder trims every text.
        #expect(draft.entity.name == name.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(draft.websites[0].name == draft.entity.name)
    }
}
