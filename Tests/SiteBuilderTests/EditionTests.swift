import Foundation
import Testing
@testable import SiteBuilder

/// The translated edition: `NAME.zh-CN.md` files beside the pages, built under `zh-CN/`.
@Suite("Translated editions")
struct EditionTests {
    /// The fixture site with a Chinese edition, one page translated and the others not.
    static func bilingualFixture() throws -> URL {
        let root = try TestSupport.copyOfFixture()
        // The handbook's theme, which carries the language links, the switch and the words in both languages.
        try FileManager.default.removeItem(at: root.appendingPathComponent("theme"))
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("theme"), to: root.appendingPathComponent("theme"))
        let config = TestSupport.text(root, "site.yaml") + "translations: [zh-CN]\n"
        try TestSupport.write(config, to: "site.yaml", in: root)
        let first = TestSupport.text(root, "content/guide/first.md")
        try TestSupport.write(first.replacingOccurrences(of: "title: First", with: "title: 第一页"), to: "content/guide/first.zh-CN.md", in: root)
        return root
    }

    @Test("a translation is built under zh-CN/ at the same path; an untranslated page shows the original with a notice and a warning")
    func editionLayout() throws {
        let root = try Self.bilingualFixture()
        let out = TestSupport.temporaryFolder("icp-edition").appendingPathComponent("public")
        let summary = try TestSupport.build(root, out: out)
        let files = Set(TestSupport.files(in: out).keys)
        for path in ["index.html", "guide/first/index.html", "zh-CN/index.html", "zh-CN/guide/first/index.html", "zh-CN/404.html", "zh-CN/search-index.js"] {
            #expect(files.contains(path), "\(path) is missing")
        }
        #expect(!files.contains("guide/first.zh-CN/index.html"), "a translation was published as a page of its own")
        let translated = TestSupport.text(out, "zh-CN/guide/first/index.html")
        #expect(translated.contains("<html lang=\"zh-CN\">"))
        #expect(translated.contains("第一页"))
        #expect(translated.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../guide/first/index.html\">"))
        #expect(!translated.contains("class=\"callout callout-warning untranslated\""))
        let english = TestSupport.text(out, "guide/first/index.html")
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"../../zh-CN/guide/first/index.html\">"))
        let fallback = TestSupport.text(out, "zh-CN/guide/second/index.html")
        #expect(fallback.contains("untranslated"), "an untranslated page has no notice")
        let warned = Set(summary.warnings.map(\.file))
        #expect(warned.contains("content/guide/second.md") && !warned.contains("content/guide/first.md"))
        #expect(summary.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test("links in a Chinese page lead to the Chinese pages; links to files lead to the one shared copy")
    func linksStayInEdition() throws {
        let root = try Self.bilingualFixture()
        let out = TestSupport.temporaryFolder("icp-edition").appendingPathComponent("public")
        try TestSupport.build(root, out: out)
        let page = TestSupport.text(out, "zh-CN/guide/first/index.html")
        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path) }
        for href in Self.hrefs(page) where !href.hasPrefix("http") && !href.hasPrefix("#") && !href.hasPrefix("data:") {
            let target = Self.resolve(href, from: "zh-CN/guide/first/")
            // The theme links to a checker section the fixture lacks; such a link is missing in English too.
            let original = target.hasPrefix("zh-CN/") ? String(target.dropFirst("zh-CN/".count)) : target
            #expect(exists(target) || !exists(original), "\(href) leads nowhere")
            if target.hasSuffix(".html") && !page.contains("hreflang=\"en\" href=\"\(href)\"") && !page.contains("data-language=\"en\"") {
                #expect(target.hasPrefix("zh-CN/"), "\(href) leaves the Chinese edition")
            }
        }
    }

    @Test("a translated page using a wrong variant of a glossary term is a warning at its line")
    func terminologyWarning() throws {
        let root = try Self.bilingualFixture()
        try TestSupport.write("---\ntitle: Glossary\n---\n- **Communications administration** · 通信管理局\n", to: "content/glossary.md", in: root)
        try TestSupport.write("---\ntitle: 术语表\n---\n- **通信管理局** · Communications administration · x — y。勿写作“通讯管理局”。\n", to: "content/glossary.zh-CN.md", in: root)
        let first = TestSupport.text(root, "content/guide/first.zh-CN.md")
        try TestSupport.write(first + "\n请联系通讯管理局。\n", to: "content/guide/first.zh-CN.md", in: root)
        let summary = try TestSupport.build(root, out: TestSupport.temporaryFolder("icp-edition").appendingPathComponent("public"))
        let warning = try #require(summary.warnings.first { $0.message.contains("通讯管理局") })
        #expect(warning.file == "content/guide/first.zh-CN.md")
        #expect(warning.line == first.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        #expect(!summary.warnings.contains { $0.file == "content/glossary.zh-CN.md" })
    }

    @Test("a translation whose generator blocks differ from the original's is a warning")
    func staleTranslation() throws {
        let root = try Self.bilingualFixture()
        let english = TestSupport.text(root, "content/guide/first.md")
        try TestSupport.write(english + "\n```include examples/sample.yaml\n```\n", to: "content/guide/first.md", in: root)
        let summary = try TestSupport.build(root, out: TestSupport.temporaryFolder("icp-edition").appendingPathComponent("public"))
        #expect(summary.warnings.contains { $0.file == "content/guide/first.zh-CN.md" && $0.message.contains("generator blocks differ") })
        #expect(GeneratorBlocks.blocks(in: "text\n```table tlds\ncolumns: [suffix]\n```\n```yaml\na: 1\n```\n") == ["```table tlds\ncolumns: [suffix]\n"])
    }

    @Test("the checker's page exists in each edition, each links the other, and each header leads to its own")
    func checkerPageInEachEdition() throws {
        // The handbook's own build (the published copy is the generator's output, which another test checks).
        let out = TestSupport.repositoryRoot.appendingPathComponent("public")
        let english = try String(contentsOf: out.appendingPathComponent("check/index.html"), encoding: .utf8)
        let chinese = try String(contentsOf: out.appendingPathComponent("zh-CN/check/index.html"), encoding: .utf8)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("hreflang=\"zh-CN\" href=\"../zh-CN/check/index.html\""))
        #expect(chinese.contains("<html lang=\"zh-CN\">"))
        #expect(chinese.contains("hreflang=\"en\" href=\"../../check/index.html\""))
        #expect(chinese.contains("<h1>检查备案草稿</h1>"))
        #expect(chinese.contains("<!-- icp:checker -->") && chinese.contains("icp check --lang zh-CN"))
        #expect(chinese.contains("class=\"site-check\" href=\"index.html\""))
        let page = try String(contentsOf: out.appendingPathComponent("zh-CN/naming/index.html"), encoding: .utf8)
        #expect(page.contains("class=\"site-check\" href=\"../check/index.html\""))
        let englishPage = try String(contentsOf: out.appendingPathComponent("naming/index.html"), encoding: .utf8)
        #expect(englishPage.contains("class=\"site-check\" href=\"../check/index.html\""))
    }

    @Test("a translation of a page that does not exist is an error naming the file")
    func orphanTranslation() throws {
        let root = try Self.bilingualFixture()
        try TestSupport.write("---\ntitle: 孤儿\n---\n正文\n", to: "content/guide/missing.zh-CN.md", in: root)
        let failures = TestSupport.failures(root)
        #expect(failures.contains { $0.file == "content/guide/missing.zh-CN.md" && $0.message.contains("content/guide/missing.md") })
    }

    @Test("data texts in several languages read in each edition's own language")
    func localizedData() {
        let value = YAMLValue.map([
            ("title", .map([("en", .string("Note")), ("zh-CN", .string("说明"))])),
            ("count", .int(3)),
            ("plain", .map([("individual", .int(7)), ("organization", .int(15))])),
        ])
        #expect(value.localized(to: "zh-CN", fallback: "en")["title"] == .string("说明"))
        #expect(value.localized(to: "en", fallback: "en")["title"] == .string("Note"))
        #expect(value.localized(to: "fr", fallback: "en")["title"] == .string("Note"))
        #expect(value.localized(to: "zh-CN", fallback: "en")["plain"] == value["plain"], "a map of facts is not a text")
        let partial = YAMLValue.map([("title", .map([("en", .string("Note"))]))])
        #expect(partial.untranslatedTexts("zh-CN", fallback: "en") == ["title"])
        #expect(value.untranslatedTexts("zh-CN", fallback: "en").isEmpty)
    }

    // MARK: The handbook itself

    static let handbook = ContentLoader(root: TestSupport.repositoryRoot, includeDrafts: false).load().content

    @Test("every page of the handbook has its Chinese translation")
    func everyPageTranslated() {
        let translations = Self.handbook.translations["zh-CN"] ?? [:]
        let missing = Self.handbook.pages.map(\.sourcePath).filter { translations[$0] == nil }
        #expect(missing.isEmpty, "not translated: \(missing)")
    }

    @Test("a translation keeps its page's front matter, translating only title, description and confidence_note")
    func frontMatterKept() {
        let translated: Set<String> = ["title", "description", "confidence_note"]
        for (source, translation) in Self.handbook.translations["zh-CN"] ?? [:] {
            guard let page = Self.handbook.pages.first(where: { $0.sourcePath == source }),
                  case .map(let original) = page.frontMatter.params, case .map(let copy) = translation.frontMatter.params else { continue }
            let kept = original.filter { !translated.contains($0.key) }
            let copied = copy.filter { !translated.contains($0.key) }
            #expect(kept.map(\.key) == copied.map(\.key), "\(translation.diagnosticPath): front matter keys differ from content/\(source)")
            #expect(kept.map(\.value) == copied.map(\.value), "\(translation.diagnosticPath): front matter values differ from content/\(source)")
        }
    }

    @Test("every key of the theme's words exists in both languages")
    func themeStringsComplete() {
        let strings = Self.handbook.strings
        let english = Set(strings.byLanguage["en"]?.keys ?? [:].keys)
        let chinese = Set(strings.byLanguage["zh-CN"]?.keys ?? [:].keys)
        #expect(!english.isEmpty)
        #expect(english.subtracting(chinese).isEmpty, "missing in zh-CN: \(english.subtracting(chinese).sorted())")
        #expect(chinese.subtracting(english).subtracting(["site_title"]).isEmpty, "only in zh-CN: \(chinese.subtracting(english).sorted())")
    }

    @Test("every data text written in several languages has its Chinese text")
    func dataTextsTranslated() {
        for (file, value) in Self.handbook.data.files.sorted(by: { $0.key < $1.key }) {
            let missing = value.untranslatedTexts("zh-CN", fallback: "en")
            #expect(missing.isEmpty, "content/data/\(file).yaml: no zh-CN text at \(missing.prefix(10))")
        }
    }

    @Test("every page of the built handbook declares its language and its language links lead to existing pages")
    func languageLinks() throws {
        let out = TestSupport.temporaryFolder("icp-handbook").appendingPathComponent("public")
        try TestSupport.build(TestSupport.repositoryRoot, out: out)
        let pages = SourceListing.files(under: out).filter { $0.hasSuffix("index.html") }
        #expect(pages.count > 150)
        for path in pages {
            let html = TestSupport.text(out, path)
            guard !html.contains("http-equiv=\"refresh\"") else { continue }
            let language = path.hasPrefix("zh-CN/") ? "zh-CN" : "en"
            #expect(html.contains("<html lang=\"\(language)\">"), "\(path) does not say lang=\(language)")
            let other = language == "en" ? "zh-CN" : "en"
            guard let href = Self.alternate(html, other) else {
                Issue.record("\(path) has no link to its \(other) version")
                continue
            }
            let target = Self.resolve(href, from: directory(of: path))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(target).path), "\(path) links to the missing \(target)")
            #expect(target == (language == "en" ? "zh-CN/" + path : String(path.dropFirst("zh-CN/".count))), "\(path) links to \(target), not the same page")
        }
    }

    /// The `href` of `<link rel="alternate" hreflang="LANG" ...>`.
    static func alternate(_ html: String, _ language: String) -> String? {
        let marker = "<link rel=\"alternate\" hreflang=\"\(language)\" href=\""
        guard let start = html.range(of: marker)?.upperBound, let end = html[start...].firstIndex(of: "\"") else { return nil }
        return String(html[start..<end])
    }

    static func hrefs(_ html: String) -> [String] {
        html.components(separatedBy: " href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// A relative URL from an output folder, as a path from the site root, without a fragment.
    static func resolve(_ href: String, from folder: String) -> String {
        let path = String(href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        return normalize(folder + (path.removingPercentEncoding ?? path)) ?? path
    }
}

/// The glossary as the list of Chinese terms, and the check that Chinese pages use them.
@Suite("Chinese terminology")
struct TerminologyTests {
    static let glossary = Terminology(glossary: TestSupport.text(TestSupport.repositoryRoot, "content/glossary.zh-CN.md"))

    @Test("the glossary's entries give terms with their wrong variants")
    func parsesGlossary() {
        let terms = Terminology(glossary: """
            - **通信管理局（管局）** · Communications administration · tōngxìn guǎnlǐjú — 省级主管部门。勿写作“通讯管理局”。
            - **前置审批** · Pre-approval · qiánzhì shěnpī — 审批文件。勿写作“前置审核”、“前置许可”。
            - **备案** · ICP filing · bèi'àn — 登记。
            """).terms
        #expect(terms == [
            .init(chinese: "通信管理局", variants: ["通讯管理局"]),
            .init(chinese: "前置审批", variants: ["前置审核", "前置许可"]),
        ])
        #expect(Self.glossary.terms.count >= 8, "the handbook's glossary lists few wrong variants")
    }

    @Test("a wrong variant is found by line; the right term, even one holding a variant, is not", arguments: [
        ("请联系当地通讯管理局。", [Terminology.Misuse(line: 1, variant: "通讯管理局", term: "通信管理局")]),
        ("第一行\n先取得前置许可文件。", [Terminology.Misuse(line: 2, variant: "前置许可", term: "前置审批")]),
        ("请联系当地通信管理局，并准备前置审批文件。", []),
        ("填写统一社会信用代码。", []),
    ])
    func findsMisuses(text: String, expected: [Terminology.Misuse]) {
        let terms = Terminology(glossary: """
            - **通信管理局（管局）** · Communications administration · x — y。勿写作“通讯管理局”。
            - **前置审批** · Pre-approval · x — y。勿写作“前置审核”、“前置许可”。
            - **统一社会信用代码** · Unified social credit code · x — y。勿写作“社会信用代码”。
            """)
        #expect(terms.misuses(in: text) == expected)
    }

    @Test("no Chinese page uses a wrong variant of a glossary term")
    func chinesePagesUseGlossaryTerms() {
        let root = TestSupport.repositoryRoot.appendingPathComponent("content")
        for path in SourceListing.files(under: root) where path.hasSuffix(".zh-CN.md") && path != "glossary.zh-CN.md" {
            for misuse in Self.glossary.misuses(in: TestSupport.text(root, path)) {
                Issue.record("content/\(path):\(misuse.line): “\(misuse.variant)” where the glossary writes “\(misuse.term)”")
            }
        }
    }

    /// Source titles are left out: they are the documents' own names.
    @Test("no Chinese text of the data files, the checker's messages among them, uses a wrong variant of a glossary term")
    func dataTextsUseGlossaryTerms() {
        let root = TestSupport.repositoryRoot.appendingPathComponent("content/data")
        let files = SourceListing.files(under: root).filter { $0.hasSuffix(".yaml") && $0 != "sources.yaml" }
        #expect(files.contains("rules.yaml"))
        for path in files {
            for misuse in Self.glossary.misuses(in: TestSupport.text(root, path)) {
                Issue.record("content/data/\(path):\(misuse.line): “\(misuse.variant)” where the glossary writes “\(misuse.term)”")
            }
        }
    }
}

/// Every text of the handbook's data in both languages.
@Suite("Bilingual data")
struct BilingualDataTests {
    /// Keys whose values are texts for readers. Source titles (`sources.yaml`) are the documents' own names,
    /// and a province's `name` has `name_zh` beside it, so neither is translated.
    static let textKeys: Set<String> = ["note", "title", "name", "description", "text", "checks", "why"]

    /// Paths of texts written in English only: a plain string with Latin words under a text key.
    static func englishOnly(_ value: YAMLValue, key: String? = nil, path: String = "") -> [String] {
        switch value {
        case .map(let pairs):
            if value.isLocalizedText(fallback: "en") { return [] }
            return pairs.flatMap { englishOnly($0.value, key: $0.key, path: path.isEmpty ? $0.key : path + "." + $0.key) }
        case .list(let items):
            return items.enumerated().flatMap { englishOnly($1, key: key, path: path + ".\($0)") }
        case .string(let text):
            guard let key, textKeys.contains(key), text.contains(where: { $0.isASCII && $0.isLetter }) else { return [] }
            return [path]
        default:
            return []
        }
    }

    static let files = EditionTests.handbook.data.files

    @Test("every data text outside the province notes is written in English and Chinese",
          arguments: ["industries", "instances", "materials", "province-limits", "rules", "tlds", "words"])
    func dataFileBilingual(file: String) throws {
        let value = try #require(Self.files[file])
        let missing = Self.englishOnly(value)
        #expect(missing.isEmpty, "content/data/\(file).yaml: English only at \(missing.prefix(10))")
    }

    @Test("the province notes are written in English and Chinese")
    func provinceNotesBilingual() throws {
        let provinces = try #require(Self.files["provinces"])
        let missing = Self.englishOnly(provinces).filter { !$0.hasSuffix(".name") }
        #expect(missing.isEmpty, "content/data/provinces.yaml: \(missing.count) texts in English only: \(missing.prefix(5))")
    }
}
