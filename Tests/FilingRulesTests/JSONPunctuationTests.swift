import FilingRules
import Testing

@Suite("Punctuation in JSON drafts")
struct JSONPunctuationTests {
    @Test("a missing or misplaced separator is named, with where it was expected", arguments: [
        (#"{"entity" {}}"#, "expected `:`", "line 1, column 11"),
        (#"{"entity": {} "websites": []}"#, "expected `,` or `}`", "line 1, column 15"),
        (#"{"websites": [{} {}]}"#, "expected `,` or `]`", "line 1, column 18"),
        (#"{"websites": [{}, "#, "unexpected end of input", "line 1, column 19"),
        (#"{"entity": {}   "#, "unexpected end of input", "line 1, column 17"),
    ])
    func misplacedSeparator(json: String, problem: String, place: String) {
        do {
            _ = try DraftDecoder.decode(json: Array(json.utf8))
            Issue.record("decoded without error")
        } catch {
            #expect(error.message.contains(problem), "\(error.message)")
            #expect(error.message.contains(place), "\(error.message)")
        }
    }

    @Test("empty objects and lists, and white space around separators, are read", arguments: [
        "{}", " { } ", #"{"websites": [ ]}"#, #"{ "websites" : [ { "name" : "Blog" } , { } ] }"#,
    ])
    func wellFormed(json: String) {
        do {
            _ = try DraftDecoder.decode(json: Array(json.utf8))
        } catch {
            #expect(!error.message.contains("expected"), "\(error.message)")
            #expect(!error.message.contains("unexpected end"), "\(error.message)")
        }
    }
}
