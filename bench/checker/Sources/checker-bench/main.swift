// Measures how many one-website drafts the checker evaluates per second on the calling thread, and
// how many of the same draft are decoded from JSON alone: the baseline checking is held against.
// Usage: checker-bench DATA_DIR [SECONDS]. Prints `key=value` lines for bench/run.sh.
import FilingRules
import Foundation

/// A typical one-website organization draft, every field filled in.
let draftJSON = """
{
  "account": {"filed_entities": 0},
  "entity": {
    "type": "organization", "name": "杭州云杉数据科技有限公司", "province": "zhejiang",
    "document_province": "zhejiang", "age": 41, "leader_is_legal_representative": true,
    "state_level": false, "public_institution": false, "phone_province": "zhejiang", "filed_websites": 0,
    "id_document": "mainland_id", "address_in_document_city": true, "leader_authorization_letter": false,
    "site_leader_same_as_leader": true, "construction_plan": false
  },
  "websites": [{
    "name": "云杉数据技术博客",
    "domains": [{
      "name": "yunshan-data.com", "registrar_approved": true, "real_name_verified": true,
      "verified_days_ago": 30, "holder": "杭州云杉数据科技有限公司", "days_to_expiry": 200,
      "privacy_protection": false
    }],
    "content": ["general"], "pre_approvals": [], "commitment_letter": false,
    "access": "domain", "cdn": "none"
  }],
  "instance": {
    "provider": "alibaba", "product": "ecs", "region": "cn-hangzhou", "billing": "subscription",
    "term_months": 12, "public_ip": true, "service_numbers_used": 0
  }
}
"""

/// Calls per second of each body, run in turns of about a tenth of a second for about `seconds` each, so
/// that load from other processes on a shared machine falls on all of them alike.
func rates(seconds: Double, _ bodies: [() -> Int]) -> (perSecond: [Double], sink: Int) {
    var sink = 0
    var counts = [Int](repeating: 0, count: bodies.count)
    var nanoseconds = [UInt64](repeating: 0, count: bodies.count)
    let slice: UInt64 = 100_000_000
    for _ in 0..<max(1, Int(seconds * 10)) {
        for (index, body) in bodies.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            var now = start
            while now - start < slice {
                for _ in 0..<64 { sink &+= body() }
                counts[index] += 64
                now = DispatchTime.now().uptimeNanoseconds
            }
            nanoseconds[index] += now - start
        }
    }
    return (zip(counts, nanoseconds).map { Double($0) / (Double($1) / 1e9) }, sink)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

let arguments = CommandLine.arguments
let dataDirectory = arguments.count > 1 ? arguments[1] : "content/data"
let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 3 : 3

var files: [DataFile] = []
for name in Rulebook.fileNames {
    let path = dataDirectory + "/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    files.append(DataFile(path: "content/data/" + name, contents: text))
}
let rulebook: Rulebook
do {
    rulebook = try Rulebook.load(files)
} catch {
    fail("the rulebook does not load: \(error)")
}
let checker = Checker(rulebook: rulebook)
let bytes = Array(draftJSON.utf8)
let draft: Draft
do {
    draft = try DraftDecoder.decode(json: bytes)
} catch {
    fail("the benchmark draft does not decode: \(error)")
}

let findings = checker.check(draft).findings.count
_ = rates(seconds: 0.3, [{ checker.check(draft).findings.count }])
let measured = rates(seconds: seconds, [
    { checker.check(draft).findings.count },
    {
        guard let decoded = try? DraftDecoder.decode(json: bytes) else { return 0 }
        return decoded.websites.count
    },
    {
        guard let decoded = try? DraftDecoder.decode(json: bytes) else { return 0 }
        return checker.check(decoded).findings.count
    },
    {
        guard let decoded = try? DraftDecoder.decode(json: bytes),
              let json = try? checker.check(decoded).jsonData(pretty: false) else { return 0 }
        return json.count
    },
])
print("findings=\(findings)")
print("check_per_second=\(Int(measured.perSecond[0]))")
print("decode_per_second=\(Int(measured.perSecond[1]))")
print("decode_check_per_second=\(Int(measured.perSecond[2]))")
print("decode_check_json_per_second=\(Int(measured.perSecond[3]))")
print("sink=\(measured.sink)")
