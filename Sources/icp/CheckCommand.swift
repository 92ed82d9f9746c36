import ArgumentParser
import FilingRules
import Foundation
import SiteBuilder

/// `icp check`: checks a draft filing against the rules, like a compiler checks code.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a draft filing (YAML or JSON) against the filing rules.",
        discussion: """
            Reads the rules from DIR/content/data/*.yaml. Exit status: 0 when no rule reports an error, \
            1 when some rule does, 2 when the draft or the data cannot be read.
            """)

    @Argument(help: "The draft, in YAML or JSON; `-` reads standard input.")
    var file: String

    @Option(help: "Output format: text (diagnostics) or json (the report).")
    var format: OutputFormat = .text

    @Option(help: "Language of the findings and of input errors: en or zh-CN (Simplified Chinese).")
    var lang: ReportLanguage = .en

    @OptionGroup var source: RootOptions

    func run() throws {
        let rulebook = try RulebookFiles.load(root: source.root, format: format)
        let draft: Draft
        do {
            draft = try DraftDecoder.decode(text: try readDraft())
        } catch let error as DraftInputError {
            let diagnostic = Diagnostic(file: file == "-" ? "<stdin>" : file, field: error.path, message: error.text(in: lang.language))
            RulebookFiles.fail(format: format, diagnostic, language: lang.language)
            throw ExitCode(2)
        }
        let report = Checker(rulebook: rulebook).check(draft, language: lang.language)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(report.jsonData(pretty: true)))
        case .text:
            print(TextReport(report: report, colour: Terminal.isColour(STDOUT_FILENO)).render(), terminator: "")
        }
        if report.summary.errors > 0 { throw ExitCode(1) }
    }

    private func readDraft() throws -> String {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw DraftInputError(path: "", problem: .unreadableFile(file))
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DraftInputError(path: "", problem: .notUTF8)
        }
        return text
    }
}

/// The languages `check --lang` accepts.
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
    case en
    case zhCN = "zh-CN"

    var language: Language { self == .en ? .english : .chinese }
}

/// How `check` and `rules` print.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Loads `content/data` for the commands, turning load failures into exit status 2.
enum RulebookFiles {
    static func load(root: String, format: OutputFormat) throws -> Rulebook {
        do {
            return try Rulebook.load(Rulebook.dataFiles(root: URL(fileURLWithPath: root)))
        } catch {
            let formatter = DiagnosticFormatter(colour: Terminal.isColour(STDERR_FILENO))
            FileHandle.standardError.write(Data(formatter.format(error.diagnostics).utf8))
            FileHandle.standardError.write(Data("the rule data under \(root)/content/data could not be loaded (\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"))\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Reports unreadable input: `{"error": {"message", "path"}}` on stdout for `--format json`, the
    /// diagnostic on stderr otherwise, its field named in `language`.
    static func fail(format: OutputFormat, _ diagnostic: Diagnostic, language: Language = .english) {
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(Report.inputErrorJSON(path: diagnostic.field ?? "", message: diagnostic.message)))
        case .text:
            let formatter = DiagnosticFormatter(colour: Terminal.isColour(STDERR_FILENO), language: language)
            FileHandle.standardError.write(Data((formatter.format(diagnostic) + "\n").utf8))
        }
    }
}

/// Colour only on a terminal, and never when NO_COLOR is set.
enum Terminal {
    static func isColour(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

/// A report as compiler-style diagnostics: one block per finding, then a summary line.
struct TextReport {
    let report: Report
    let colour: Bool

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func render() -> String {
        var out = ""
        // Findings quote the draft's own strings, which may hold escape sequences: every field is escaped.
        let safe = TerminalText.escaping
        let zh = report.lang == .chinese
        for f in report.findings {
            let code = f.severity == .error ? "1;31" : f.severity == .warning ? "1;33" : "1;36"
            let field = FieldPath(pointer: f.path).label(in: report.lang)
            if zh {
                let severity = f.severity == .error ? "错误" : f.severity == .warning ? "警告" : "提示"
                out += paint("\(severity)[\(safe(f.rule, false))]", code) + paint("：\(safe(field, false))：", "1") + safe(f.message, false) + "\n"
                out += paint("  = 修改：", "1") + safe(f.fix, false) + "\n"
                out += paint("  = 说明：", "1") + safe(report.lang.siteFolder + f.docs, false)
                if f.confidence != .high { out += "（依据可信度：\(f.confidence == .medium ? "中" : "低")）" }
            } else {
                let field = f.path.isEmpty ? "the draft" : field
                out += paint("\(f.severity.rawValue)[\(safe(f.rule, false))]", code) + paint(": \(safe(field, false)): ", "1") + safe(f.message, false) + "\n"
                out += paint("  = fix: ", "1") + safe(f.fix, false) + "\n"
                out += paint("  = docs: ", "1") + safe(f.docs, false)
                if f.confidence != .high { out += " (confidence: \(f.confidence.rawValue))" }
            }
            out += "\n\n"
        }
        if !report.documents.isEmpty {
            out += paint(zh ? "需准备的材料：" : "Documents to prepare:", "1") + "\n"
            for d in report.documents {
                out += zh ? "  - \(d.titleZh)\n" : "  - \(d.title) (\(d.titleZh))" + (d.note.map { ": \($0)" } ?? "") + "\n"
            }
            out += "\n"
        }
        let s = report.summary
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let verdict: String
        switch report.verdict {
        case .pass: verdict = paint(zh ? "通过" : "pass", "1;32")
        case .warn: verdict = paint(zh ? "有警告" : "warn", "1;33")
        case .fail: verdict = paint(zh ? "不通过" : "fail", "1;31")
        }
        if zh {
            out += "\(verdict)：\(s.errors)个错误，\(s.warnings)个警告，\(s.infos)条提示"
            out += "（规则库\(report.rulebook.version)，核对日期\(report.rulebook.reviewed)）\n"
            return out
        }
        out += "\(verdict): \(count(s.errors, "error")), \(count(s.warnings, "warning")), \(count(s.infos, "info"))"
        out += " (rulebook \(report.rulebook.version), reviewed \(report.rulebook.reviewed))\n"
        return out
    }
}
