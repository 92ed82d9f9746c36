// A trivial Hummingbird 2 server for the benchmark's `POST /api/check` baseline: the handler decodes the
// posted one-website draft with Hummingbird's JSON decoding (Foundation's `JSONDecoder` into the structs
// below) and answers `{"ok":true}`. Usage: api-baseline PORT. No middleware, no logging.
import Hummingbird

/// The draft as a plain `Decodable` tree: every field `bench/check.lua` posts, each optional.
struct Draft: Decodable {
    struct Entity: Decodable {
        var type, name, province, document_province, phone_province, id_document: String?
        var age, filed_websites: Int?
        var leader_is_legal_representative, state_level, public_institution, address_in_document_city,
            leader_authorization_letter, site_leader_same_as_leader, construction_plan: Bool?
    }

    struct Domain: Decodable {
        var name, holder: String?
        var registrar_approved, real_name_verified, privacy_protection: Bool?
        var verified_days_ago, days_to_expiry: Int?
    }

    struct Website: Decodable {
        var name, access, cdn: String?
        var domains: [Domain]?
        var content, pre_approvals: [String]?
        var commitment_letter: Bool?
    }

    struct Instance: Decodable {
        var provider, product, region, billing: String?
        var term_months, service_numbers_used: Int?
        var public_ip: Bool?
    }

    var entity: Entity?
    var websites: [Website]?
    var instance: Instance?
}

let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 18096 : 18096
let answer = ByteBuffer(string: #"{"ok":true,"findings":[]}"#)
let router = Router()
router.post("api/check") { request, context in
    _ = try await request.decode(as: Draft.self, context: context)
    return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: answer))
}
router.get("/") { _, _ in "ok\n" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil))
try await app.runService()
