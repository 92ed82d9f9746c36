import FilingRules
import Foundation
import Testing

@Suite("The report")
struct ReportTests {
    let checker = Fixtures.checker

    @Test("a rule whose facts are missing does not fire; one info names the missing fields")
    func missingFactsBecomeInfo() throws {
        let draft = try DraftDecoder.decode(yaml: """
            entity: {type: individual, name: 张三, province: zhejiang}
            websites: [{name: 张三的学习笔记, domains: [zhangsan.cn, zhangsan.com]}]
            """)
        let report = checker.check(draft)
        let age = report.findings.filter { $0.rule == "region/min-age" }
        #expect(age.count == 1)
        #expect(age.first?.severity == .info)
        #expect(age.first?.path == "/entity/age")
        let holder = report.findings.filter { $0.rule == "domain/holder-matches-entity" }
        #expect(holder.count == 1, "one info per rule, naming every missing field")
        #expect(holder.first?.message.contains("Website 1 › Domain 2 › Holder") == true)
        #expect(holder.first?.missing == ["/websites/0/domains/0/holder", "/websites/0/domains/1/holder"])
        #expect(report.summary.infos == report.findings.filter { $0.severity == .info }.count)
    }

    @Test("findings from weak evidence warn instead of failing")
    func weakEvidenceWarns() {
        let government = checker.check(Fixtures.organization.named("青松政府服务"))
        let finding = government.findings.first { $0.rule == "name/government-name" }
        #expect(finding?.severity == .warning)
        #expect(finding?.confidence == .low)
        #expect(government.verdict == .warn)

        let io = checker.check(Fixtures.organization.domain { $0.name = "qingsong.io" })
        #expect(io.findings.first { $0.rule == "domain/tld-approved" }?.severity == .warning)

        let beijing = checker.check(Fixtures.organization(in: .beijing).domain { $0.name = "qingsong.org" })
        let refused = beijing.findings.first { $0.rule == "domain/tld-approved" }
        #expect(refused?.severity == .error, "Beijing's refusal is high confidence in the fixture")
        #expect(beijing.verdict == .fail)
    }

    @Test("findings carry the catalog's docs and sources plus the fact's sources")
    func findingsCarryEvidence() throws {
        let report = checker.check(Fixtures.organization.named("12345"))
        let finding = try #require(report.findings.first { $0.rule == "name/all-digits" })
        #expect(finding.docs == "naming/#all-digits")
        #expect(finding.path == "/websites/0/name")
        #expect(finding.sources.contains("T-REJ"))
        #expect(finding.message.contains("12345"))
        #expect(!finding.fix.isEmpty)
    }

    @Test("findings are sorted by severity, then path, then rule id")
    func sorting() {
        let draft = Fixtures.organization.named("12").with {
            $0.instance?.publicIp = false
            $0.websites[0].domains[0].realNameVerified = false
            $0.websites[0].cdn = .mainland
            $0.websites[0].domains[0].holder = nil
        }
        let findings = checker.check(draft).findings
        let keys = findings.map { ($0.severity, $0.path, $0.rule) }
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a.0 < b.0 || (a.0 == b.0 && (a.1 < b.1 || (a.1 == b.1 && a.2 <= b.2))), "\(a) before \(b)")
        }
        #expect(findings.first?.severity == .error)
        #expect(findings.last?.severity == .info)
    }

    @Test("array indices in paths sort as numbers")
    func numericPathOrder() {
        var draft = Fixtures.organization
        for n in 1...11 {
            draft.websites.append(Fixtures.website(name: "1234\(n)", domain: "qingsong\(n).cn", holder: "杭州青松科技有限公司"))
        }
        let paths = checker.check(draft).findings.filter { $0.rule == "name/all-digits" }.map(\.path)
        #expect(paths.first == "/websites/1/name")
        #expect(paths.last == "/websites/11/name")
    }

    @Test("verdict: fail on any error, warn on warnings only, pass otherwise")
    func verdicts() {
        #expect(checker.check(Fixtures.organization).verdict == .pass)
        #expect(checker.check(Fixtures.organization.with { $0.websites[0].cdn = .global }).verdict == .warn)
        #expect(checker.check(Fixtures.organization.named("12345")).verdict == .fail)
    }

    @Test("JSON output has exactly the contract's keys, sorted, and the same bytes every time")
    func jsonShape() throws {
        let report = checker.check(Fixtures.organization.named("12345"))
        let bytes = report.jsonData(pretty: true)
        #expect(bytes == checker.check(Fixtures.organization.named("12345")).jsonData(pretty: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["verdict", "summary", "findings", "rulebook", "documents", "lang"])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "severity", "path", "message", "fix", "docs", "sources", "confidence"])
        let decoded = try JSONDecoder().decode(Report.self, from: Data(report.jsonData(pretty: false)))
        #expect(decoded == report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"path\": \"/websites/0/name\""), "slashes are not escaped")
        let keys = ["\"findings\"", "\"rulebook\"", "\"summary\"", "\"verdict\""].map { text.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    @Test("the JSON report's docs link the page of the report's own edition", arguments: [
        (Language.english, "naming/#all-digits"), (.chinese, "zh-CN/naming/#all-digits"),
    ])
    func docsPerLanguage(language: Language, docs: String) throws {
        let report = checker.check(Fixtures.organization.named("12345"), language: language)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.jsonData(pretty: false))) as? [String: Any])
        let all = (object["findings"] as? [[String: Any]])?.compactMap { $0["docs"] as? String } ?? []
        #expect(all.contains(docs), "\(all)")
        #expect(all.allSatisfy { $0.hasPrefix("zh-CN/") == (language == .chinese) }, "\(all)")
    }

    @Test("checking is fast enough for the form and the API", .timeLimit(.minutes(1)))
    func throughput() throws {
        let json = Array(#"{"entity": {"type": "organization", "name": "杭州青松科技有限公司", "province": "zhejiang", "document_province": "zhejiang", "age": 40, "leader_is_legal_representative": true, "phone_province": "zhejiang"}, "account": {"filed_entities": 0}, "websites": [{"name": "青松软件", "domains": [{"name": "qingsong.com", "registrar_approved": true, "real_name_verified": true, "verified_days_ago": 30, "holder": "杭州青松科技有限公司", "days_to_expiry": 365, "privacy_protection": false}], "content": ["general"], "pre_approvals": [], "commitment_letter": false, "access": "domain", "cdn": "none"}], "instance": {"provider": "alibaba", "product": "ecs", "region": "cn-hangzhou", "billing": "subscription", "term_months": 12, "public_ip": true, "service_numbers_used": 0}}"#.utf8)
        let rounds = 2_000
        let clock = ContinuousClock()
        var verdicts = 0
        let elapsed = try clock.measure {
            for _ in 0..<rounds {
                let report = checker.check(try DraftDecoder.decode(json: json))
                if report.verdict == .pass { verdicts += 1 }
            }
        }
        #expect(verdicts == rounds)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("decode+check: \(Int(Double(rounds) / seconds)) drafts/s (debug build)")
    }
}
