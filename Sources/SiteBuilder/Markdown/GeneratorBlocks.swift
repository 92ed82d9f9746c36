import Foundation

/// The fenced blocks the generator renders from data: `table`, `province`, `provinces`, `province-matrix`,
/// `province-map`, `include`, `rules` and `draft-field`.
struct GeneratorBlocks: BlockRendering {
    let data: DataStore
    let sources: SourceLinks
    let contentDirectory: URL
    /// How `include` blocks read their files: the build's file access.
    var files: FileIO = .disk
    let rules: RuleReference?
    /// The theme's words for labels, in each page's language.
    var strings = ThemeStrings()
    /// Data files whose problem is reported already (`DataStore.broken`), and whether the rule catalog
    /// failed to load for a reported reason: blocks reading them fail without a diagnostic of their own.
    var brokenFiles: Set<String> = []
    var catalogFailed = false

    static let allKinds: Set<String> = ["table", "province", "provinces", "province-matrix", "province-map", "include", "rules", "draft-field"]
    var kinds: Set<String> { Self.allKinds }

    /// The generator blocks of a page's Markdown in order, fence line and body, for comparing a translation
    /// with its original: the blocks render data, so both must hold the same ones.
    static func blocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if var block = current {
                if line.hasPrefix("```") { blocks.append(block); current = nil } else { block += line + "\n"; current = block }
            } else if line.hasPrefix("```"), let kind = line.dropFirst(3).split(separator: " ").first, allKinds.contains(String(kind)) {
                current = String(line) + "\n"
            }
        }
        return blocks
    }

    func dependencies(kind: String, argument: String) -> [String] {
        switch kind {
        case "table": ["content/data/\(argument).yaml"]
        case "province": ["content/data/provinces.yaml", "content/data/province-limits.yaml", "content/data/sources.yaml", "content/data/materials.yaml"]
        case "provinces": ["content/data/provinces.yaml", "content/data/province-limits.yaml", "content/data/sources.yaml"]
        case "province-matrix": ["content/data/provinces.yaml", "content/data/province-limits.yaml"]
        case "province-map": ["content/data/provinces.yaml", "content/data/province-limits.yaml", "content/data/province-tiles.yaml"]
        case "include": normalize(argument).map { ["content/" + $0] } ?? []
        case "draft-field": []
        default: ["content/data/rules.yaml", "content/data/sources.yaml"]
        }
    }

    func ruleTitle(_ id: String) -> String? {
        guard let rules, let rule = rules.rules.first(where: { $0.id == id }) else { return nil }
        return rules.title(rule)
    }

    func render(kind: String, argument: String, body: String, page: Page, index: SiteIndex) -> Result<BlockOutput, BlockError> {
        if catalogFailed && kind == "rules" || !brokenFiles.isDisjoint(with: dependencies(kind: kind, argument: argument)) {
            return .failure(.consequence)
        }
        let words = Words(strings: strings, language: page.language)
        return switch kind {
        case "table": DataTable.render(file: argument, spec: body, data: data, page: page, index: index, words: words)
        case "province": ProvinceCard.render(slug: argument, data: data, sources: sources, page: page, index: index, words: words, ruleTitle: ruleTitle)
        case "provinces": ProvinceList.render(key: argument, data: data, sources: sources, page: page, index: index, words: words)
        case "province-matrix": ProvinceMatrix.render(spec: body, data: data, page: page, index: index, words: words)
        case "province-map": ProvinceMap.render(key: argument, data: data, page: page, index: index, words: words)
        case "include": include(argument)
        case "draft-field": DraftFieldBlock.render(path: argument, words: words)
        default:
            if let rules { rules.render(argument: argument, page: page, index: index, words: words) }
            else { .failure(BlockError(message: "no rule catalog was loaded", help: "add content/data/rules.yaml")) }
        }
    }

    /// Shows a file from `content/` (an example draft) as a code block.
    private func include(_ path: String) -> Result<BlockOutput, BlockError> {
        guard let normalized = normalize(path), !normalized.isEmpty else {
            return .failure(BlockError(message: "`\(path)` is outside the content folder", help: "name a file relative to content/"))
        }
        if let link = SourceListing.firstLink(in: normalized, under: contentDirectory) {
            return .failure(BlockError(message: "content/\(link.path) is \(link.message)", help: link.help))
        }
        guard let text = files.text(contentDirectory.appendingPathComponent(normalized).path) else {
            return .failure(BlockError(message: "no file content/\(normalized)", help: "name a file relative to content/, e.g. examples/clean-organization.yaml"))
        }
        let language = normalized.split(separator: ".").last.map(String.init) ?? "text"
        return .success(BlockOutput(html: """
            <figure class="include"><figcaption><code>\(escapeHTML(normalized))</code></figcaption>
            <pre><code class="language-\(escapeHTML(language))">\(escapeHTML(text))</code></pre></figure>

            """))
    }
}
