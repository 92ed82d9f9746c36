// Feeds arbitrary bytes to the draft decoder (as JSON, as YAML, and sniffed) and checks every
// draft it accepts with the real rulebook from content/data. Any crash, hang or broken invariant
// below is a bug: the decoder must answer every input with a Draft or a DraftInputError.
import FilingRules
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The checkout's root: `ICP_ROOT`, or three folders up from this file.
let root = ProcessInfo.processInfo.environment["ICP_ROOT"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

let checker: Checker = {
    let files = Rulebook.fileNames.compactMap { name -> DataFile? in
        let path = "content/data/\(name)"
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return nil }
        return DataFile(path: path, contents: String(decoding: data, as: UTF8.self))
    }
    do {
        return Checker(rulebook: try Rulebook.load(files))
    } catch {
        fatalError("the rulebook under \(root)/content/data does not load:\n\(error)")
    }
}()

/// Checks the draft and the invariants every report must keep.
func exercise(_ draft: Draft) {
    let report = checker.check(draft)
    let errors = report.findings.filter { $0.severity == .error }.count
    let warnings = report.findings.filter { $0.severity == .warning }.count
    precondition(report.summary.errors == errors && report.summary.warnings == warnings)
    precondition((report.verdict == .fail) == (errors > 0))
    precondition((report.verdict == .warn) == (errors == 0 && warnings > 0))
    for finding in report.findings {
        precondition(finding.path.isEmpty || finding.path.hasPrefix("/"), "path \(finding.path)")
        precondition(!finding.message.isEmpty && !finding.fix.isEmpty && !finding.docs.isEmpty)
    }
    let json = report.jsonData(pretty: false)
    precondition(json == checker.check(draft).jsonData(pretty: false), "the report is not deterministic")
    precondition((try? JSONSerialization.jsonObject(with: Data(json))) != nil, "the report is not valid JSON")
    // What the decoder accepted, encoded back, must read back the same.
    if let encoded = try? JSONEncoder().encode(draft) {
        do {
            let again = try DraftDecoder.decode(json: Array(encoded))
            precondition(again == draft, "round trip changed the draft")
        } catch {
            preconditionFailure("an accepted draft, re-encoded, was refused: \(error)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let draft = try? DraftDecoder.decode(json: bytes) { exercise(draft) }
    let text = String(decoding: bytes, as: UTF8.self)
    if let draft = try? DraftDecoder.decode(yaml: text) { exercise(draft) }
    if let draft = try? DraftDecoder.decode(text: text) { exercise(draft) }
    return 0
}

_ = checker
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
