import BbbKit
import Foundation
import Testing

/// Runs every case of every file in `tests/vectors/` (see its README) through the Swift API, one
/// Swift Testing case per vector case, so `swift test` reports each file's count ("Test
/// "join.json" with 57 test cases passed"). A missing file, an empty file or a key this runner
/// does not know fails the test.
@Suite("tests/vectors") struct VectorTests {

    // MARK: - running cases

    /// Runs `body` on the case; a thrown error fails the case, named after it.
    private func run(_ vector: VectorCase, _ body: (JSONValue) throws -> Void) throws {
        try body(vector.json)
    }

    /// The vector-format kind and fields of an error.
    private func describe(_ e: BbbError) -> (kind: String, fields: [String: JSONValue]) {
        switch e {
        case .InvalidParameter(let parameter, let rule, _):
            return ("invalid_parameter", ["parameter": .string(parameter), "rule": .string(rule)])
        case .ChecksumMissing:
            return ("checksum_missing", [:])
        case .ChecksumDuplicate:
            return ("checksum_duplicate", [:])
        case .ChecksumMalformed:
            return ("checksum_malformed", [:])
        case .ChecksumLength:
            return ("checksum_length", [:])
        case .AlgorithmNotAllowed:
            return ("algorithm_not_allowed", [:])
        case .ChecksumMismatch:
            return ("checksum_mismatch", [:])
        case .Parse(let code, _):
            return ("parse", ["code": .string(code)])
        case .Api(let key, let kind, let serverMessage, let errors, let details):
            return ("api", [
                "key": .string("\(key)"),
                "api_kind": apiKind(kind, of: key),
                "message": .string(serverMessage),
                "errors": self.details(errors),
                "details": .object(details.mapValues { .string($0) }),
            ])
        case .Callback(let kind, let httpStatus, _):
            // The vector's kind is the core's code (`callback_signature`), the typed kind's text.
            return (httpStatus == 401 ? "\(kind)" : "\(kind) answering \(httpStatus)", [:])
        }
    }

    /// The kind's snake-case name (`checksum_error`), or a mismatch note when it is not the key's
    /// (but where the call changes it: `notFound` on a recording call is `recordingNotFound`).
    private func apiKind(_ kind: ApiErrorKind, of key: MessageKey) -> JSONValue {
        kind == key.kind() || kind == .recordingNotFound
            ? .string("\(kind)") : .string("\(kind), but the key's kind is \(key.kind())")
    }

    /// The vector's `{key, message}` list; a detail whose kind is not its key's shows up as a difference.
    private func details(_ errors: [ApiErrorDetail]) -> JSONValue {
        .array(errors.map { d in
            var o: [String: JSONValue] = ["key": .string("\(d.key)"), "message": .string(d.message)]
            if d.kind != d.key.kind() && d.kind != .recordingNotFound { o["kind"] = .string("\(d.kind)") }
            return .object(o)
        })
    }

    /// Checks `block` against the case: its result with `check`, or its error with `error`.
    private func expect<T>(_ c: JSONValue, _ block: () throws -> T, _ check: (T) throws -> Void) throws {
        guard let error = c["error"]?.object else {
            try check(try block())
            return
        }
        let result: T
        do {
            result = try block()
        } catch let e as BbbError {
            let (kind, fields) = describe(e)
            guard error["kind"]?.string == kind else {
                throw VectorError("expected error \(error), got \(e)")
            }
            for (key, want) in error where key != "kind" {
                guard let got = fields[key] else { throw VectorError("unknown error field `\(key)`") }
                // `details` is a list of [name, value] pairs; the error has them as a dictionary.
                let want: JSONValue = key == "details"
                    ? .object(Dictionary((want.array ?? []).compactMap { p in
                        p.array.flatMap { $0.count == 2 ? $0 : nil }.flatMap { pair in pair[0].string.map { ($0, pair[1]) } }
                    }, uniquingKeysWith: { first, _ in first }))
                    : want
                guard got == want else { throw VectorError("error `\(key)`: expected \(want), got \(got)") }
            }
            for secret in secrets(of: c) where String(describing: e).contains(secret) {
                throw VectorError("the secret leaked into \(e)")
            }
            return
        }
        throw VectorError("expected error \(error), got \(result)")
    }

    private func secrets(of c: JSONValue) -> [String] {
        var all: [String] = []
        if let s = c["secret"]?.string { all.append(s) }
        if let s = c["server"]?["secret"]?.string { all.append(s) }
        all += (c["secrets"]?.array ?? []).compactMap { $0.string }
        return all.filter { $0.trimmingCharacters(in: .whitespaces).count >= 4 }
    }

    private func algorithm(_ name: String) throws -> ChecksumAlgorithm {
        try checksumAlgorithmFromName(name: name)
    }

    private func server(_ json: JSONValue) throws -> Server {
        var chosen: ChecksumAlgorithm? = nil
        if let name = json["algorithm"]?.string {
            chosen = try algorithm(name)
        }
        let url = try json.required("url")
        let secret = try json.required("secret")
        return try Server(url: url, secret: secret, algorithm: chosen)
    }

    // MARK: - the files

    @Test("checksum.json", arguments: try VectorCase.load("checksum.json"))
    func testChecksum(_ vector: VectorCase) throws {
        try run(vector) { c in
            let call = try c.required("call")
            let query = try c.required("query")
            let secret = try c.required("secret")
            let alg = try algorithm(try c.required("algorithm"))
            let want = try c.required("checksum")
            let got = checksum(call: call, query: query, secret: secret, algorithm: alg)
            guard got == want else { throw VectorError("checksum \(got), want \(want)") }
        }
    }

    @Test("server.json", arguments: try VectorCase.load("server.json"))
    func testServer(_ vector: VectorCase) throws {
        try run(vector) { c in
            let url = try c.required("url")
            let secret = try c.required("secret")
            try expect(c, { try Server(url: url, secret: secret) }) { server in
                let want = try c.required("base_url")
                guard server.baseUrl() == want else { throw VectorError("base URL \(server.baseUrl()), want \(want)") }
                guard server.algorithm() == .sha256 else { throw VectorError("default algorithm \(server.algorithm())") }
            }
        }
    }

    @Test("join.json", arguments: try VectorCase.load("join.json"))
    func testJoin(_ vector: VectorCase) throws {
        try run(vector) { c in
            try expect(c, { () -> (String, JoinRequest) in
                guard let json = c["request"] else { throw VectorError("no request") }
                let request = try joinRequest(json)
                let url = try server(c["server"] ?? .null).joinUrl(request: request)
                return (url, request)
            }) { pair in
                let (url, request) = pair
                let want = try c.required("url")
                guard url == want else { throw VectorError("URL\n  got  \(url)\n  want \(want)") }
                guard request.effectiveAuth() == c["effective_auth"]?.bool else {
                    throw VectorError("effective_auth \(request.effectiveAuth())")
                }
            }
        }
    }

    /// A `JoinRequest` from the vector's BBB parameter names, through `joinRequestFromParams`: the
    /// core's declaration converts each value (role and layout names, `createTime`, booleans) and
    /// names the parameter when one does not convert. `userdata` pairs become `userdata-KEY`;
    /// `extra` pairs go into the record's `extra` as they are. An unknown name throws.
    private func joinRequest(_ json: JSONValue) throws -> JoinRequest {
        guard let fields = json.object else { throw VectorError("request is not an object") }
        let declared = Set(joinParameterNames())
        var params: [QueryParam] = []
        var extra: [QueryParam] = []
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "userdata":
                params += try value.queryParams().map { QueryParam(name: "userdata-" + $0.name, value: $0.value) }
            case "extra":
                extra = try value.queryParams()
            case _ where declared.contains(key):
                switch value {
                case .string(let s): params.append(QueryParam(name: key, value: s))
                case .int(let i): params.append(QueryParam(name: key, value: String(i)))
                case .bool(let b): params.append(QueryParam(name: key, value: b ? "true" : "false"))
                default: throw VectorError("`\(key)` is not a string, an integer or a boolean")
                }
            default:
                throw VectorError("unknown request key `\(key)`")
            }
        }
        var request = try joinRequestFromParams(params: params)
        request.extra = extra
        return request
    }

    @Test("api_url.json", arguments: try VectorCase.load("api_url.json"))
    func testApiUrl(_ vector: VectorCase) throws {
        try run(vector) { c in
            try expect(c, { () -> String in
                let call = try c.required("call")
                let params = try (c["params"] ?? .array([])).queryParams()
                return try server(c["server"] ?? .null).apiUrl(call: call, params: params)
            }) { url in
                let want = try c.required("url")
                guard url == want else { throw VectorError("URL\n  got  \(url)\n  want \(want)") }
            }
        }
    }

    @Test("verify.json", arguments: try VectorCase.load("verify.json"))
    func testVerify(_ vector: VectorCase) throws {
        try run(vector) { c in
            try expect(c, { () -> Verified in
                let secrets = (c["secrets"]?.array ?? []).compactMap { $0.string }
                var allowed: [ChecksumAlgorithm]? = nil
                if let names = c["allowed"]?.array {
                    allowed = try names.map { name in try algorithm(name.string ?? "") }
                }
                let verifier = try Verifier(secrets: secrets, allowed: allowed)
                if let url = c["url"]?.string {
                    return try verifier.verifyUrl(url: url)
                }
                return try verifier.verify(call: try c.required("call"), query: try c.required("query"))
            }) { v in
                let alg = try algorithm(try c.required("algorithm"))
                guard v.algorithm == alg else { throw VectorError("algorithm \(v.algorithm)") }
                guard Int64(v.keyIndex) == c["key_index"]?.int else { throw VectorError("key index \(v.keyIndex)") }
                if let params = c["params"] {
                    let want = try params.queryParams()
                    guard v.params == want else { throw VectorError("params \(v.params)") }
                }
            }
        }
    }

    @Test("parse.json", arguments: try VectorCase.load("parse.json"))
    func testParse(_ vector: VectorCase) throws {
        try run(vector) { c in
            let kind = try c.required("kind")
            if kind == "error_redirect" {
                let location = try c.required("location")
                try expect(c, { try parseErrorRedirect(location: location) }) { got in
                    let want = c["expected"]?.object ?? [:]
                    let fields: [String: JSONValue] = [
                        "key": .string("\(got.key)"),
                        "api_kind": apiKind(got.kind, of: got.key),
                        "message": .string(got.message),
                        "errors": details(got.errors),
                    ]
                    for (key, w) in want {
                        guard let g = fields[key] else { throw VectorError("unknown expected field `\(key)`") }
                        guard g == w else { throw VectorError("redirect `\(key)`: expected \(w), got \(g)") }
                    }
                }
                return
            }
            let body = try c.inputBody()
            var maxSize: UInt64? = nil
            if let limit = c["max_size"]?.int {
                maxSize = UInt64(limit)
            }
            let want = c["expected"]?.object ?? [:]
            func same(_ key: String, _ got: JSONValue) throws {
                guard let w = want[key] else { throw VectorError("expected has no `\(key)`") }
                guard w == got else { throw VectorError("`\(key)`: expected \(w), got \(got)") }
            }
            func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
            func int(_ i: Int64?) -> JSONValue { i.map { .int($0) } ?? .null }

            switch kind {
            case "join":
                try expect(c, { try parseJoinResponse(body: body, maxSize: maxSize) }) { j in
                    try same("meeting_id", .string(j.meetingId))
                    try same("user_id", .string(j.userId))
                    try same("auth_token", .string(j.authToken))
                    try same("session_token", .string(j.sessionToken))
                    try same("guest_status", .string(guestStatusName(j.guestStatus)))
                    try same("url", .string(j.url))
                    try same("message_key", .string(j.messageKey))
                    try same("message", .string(j.message))
                    guard want.count == 8 else { throw VectorError("expected has \(want.count) fields") }
                }
            case "create":
                try expect(c, { try parseCreateResponse(body: body, maxSize: maxSize) }) { r in
                    try same("meeting_id", .string(r.meetingId))
                    try same("internal_meeting_id", .string(r.internalMeetingId))
                    try same("parent_meeting_id", str(r.parentMeetingId))
                    try same("attendee_pw", str(r.attendeePw))
                    try same("moderator_pw", str(r.moderatorPw))
                    try same("create_time", .int(r.createTime))
                    try same("voice_bridge", str(r.voiceBridge))
                    try same("dial_number", str(r.dialNumber))
                    try same("create_date", str(r.createDate))
                    try same("has_user_joined", r.hasUserJoined.map { .bool($0) } ?? .null)
                    try same("duration", int(r.duration))
                    try same("has_been_forcibly_ended", r.hasBeenForciblyEnded.map { .bool($0) } ?? .null)
                    try same("message_key", str(r.messageKey))
                    try same("message", str(r.message))
                    try same("duplicate_warning", .bool(r.duplicateWarning))
                    guard want.count == 15 else { throw VectorError("expected has \(want.count) fields") }
                }
            case "generic":
                try expect(c, { try parseResponse(body: body, maxSize: maxSize) }) { r in
                    try same("message_key", str(r.messageKey()))
                    try same("message", str(r.message()))
                    for (name, text) in want["get"]?.object ?? [:] {
                        guard str(r.get(name: name)) == text else { throw VectorError("get(\(name)): \(String(describing: r.get(name: name)))") }
                    }
                    for (path, pairs) in want["attributes"]?.object ?? [:] {
                        var element = r.root()
                        for step in path.split(separator: "/") {
                            guard let next = element.child(name: String(step)) else {
                                throw VectorError("no element `\(step)` on the path `\(path)`")
                            }
                            element = next
                        }
                        let expected = try pairs.queryParams()
                        guard element.attributes() == expected else {
                            throw VectorError("attributes of \(path): expected \(expected), got \(element.attributes())")
                        }
                        for p in expected where element.attribute(name: p.name) != p.value {
                            throw VectorError("attribute(\(p.name)) of \(path): \(String(describing: element.attribute(name: p.name)))")
                        }
                    }
                    let fields = want["attributes"] == nil ? 3 : 4
                    guard want.count == fields else { throw VectorError("expected has \(want.count) fields") }
                }
            default:
                throw VectorError("unknown parse kind `\(kind)`")
            }
        }
    }

    /// The keys a callbacks.json case may have (see `core/tests/vectors.rs`, `run_callback`).
    private let callbackKeys: Set<String> = [
        "name", "scheme", "secrets", "allowed", "now", "max_size", "webhook_schemes",
        "body", "authorization", "url", "meeting_id", "expires_at", "expected", "error",
    ]

    @Test("callbacks.json", arguments: try VectorCase.load("callbacks.json"))
    func testCallbacks(_ vector: VectorCase) throws {
        try run(vector) { c in
            for key in (c.object ?? [:]).keys where !callbackKeys.contains(key) {
                throw VectorError("unknown case key `\(key)`")
            }
            try expect(c, { () -> JSONValue in
                let keys = (c["secrets"]?.array ?? []).compactMap { $0.string }
                var allowed: [JwtAlgorithm]? = nil
                if let names = c["allowed"]?.array {
                    allowed = try names.map { name in try jwtAlgorithm(name.string ?? "") }
                }
                let verifier = try CallbackVerifier(
                    secrets: keys, allowed: allowed,
                    now: c["now"]?.int.map { UInt64($0) }, maxSize: c["max_size"]?.int.map { UInt64($0) })
                for secret in secrets(of: c) where String(reflecting: verifier).contains(secret) {
                    throw VectorError("the secret leaked into \(String(reflecting: verifier))")
                }
                return try callback(c, verifier)
            }) { got in
                guard got == c["expected"] else {
                    throw VectorError("expected \(String(describing: c["expected"])), got \(got)")
                }
            }
        }
    }

    /// `HS256` as the typed algorithm, through its case name (`.hs256`).
    private func jwtAlgorithm(_ name: String) throws -> JwtAlgorithm {
        guard let alg = JwtAlgorithm.allCases.first(where: { "\($0)".uppercased() == name }) else {
            throw VectorError("unknown JWT algorithm `\(name)`")
        }
        return alg
    }

    /// Runs the case's scheme and writes the result as the vectors do.
    private func callback(_ c: JSONValue, _ v: CallbackVerifier) throws -> JSONValue {
        let body = Data((c["body"]?.string ?? "").utf8)
        func index(_ i: UInt32) -> JSONValue { .int(Int64(i)) }
        switch try c.required("scheme") {
        case "recording_ready":
            let r = try v.recordingReady(body: body)
            return .object([
                "meeting_id": .string(r.meetingId),
                "record_id": .string(r.recordId),
                "other_claims": .array(r.otherClaims.map { claim -> JSONValue in .array([.string(claim.name), .string(claim.json)]) }),
                "algorithm": .string("\(r.algorithm)".uppercased()),
                "key_index": index(r.keyIndex),
            ])
        case "analytics":
            let a = try v.analytics(authorization: try c.required("authorization"))
            return .object([
                "expires_at": .int(Int64(a.expiresAt)),
                "algorithm": .string("\(a.algorithm)".uppercased()),
                "key_index": index(a.keyIndex),
            ])
        case "webhook":
            let schemes = (c["webhook_schemes"]?.array ?? [.string("v3.4")]).compactMap { $0.string }
            for s in schemes where !["v3.4", "v2", "v3.0-constant"].contains(s) {
                throw VectorError("unknown webhook scheme `\(s)`")
            }
            guard schemes.contains("v3.4") else {
                throw VectorError("the API always accepts v3.4: a case without it cannot run")
            }
            return webhookJSON(try v.webhook(
                callbackUrl: try c.required("url"), body: body,
                acceptV2: schemes.contains("v2"),
                acceptReplayableV30Checksum: schemes.contains("v3.0-constant")))
        case "webhook_bearer":
            return webhookJSON(try v.webhookBearer(authorization: try c.required("authorization"), body: body))
        case "end_callback_url":
            guard let expires = c["expires_at"]?.int else { throw VectorError("case has no `expires_at`") }
            let url = try v.endCallbackUrl(
                url: try c.required("url"), meetingId: try c.required("meeting_id"), expiresAt: UInt64(expires))
            return .object(["url": .string(url)])
        case "end_callback":
            let e = try v.endCallback(url: try c.required("url"))
            return .object([
                "meeting_id": .string(e.meetingId),
                "recording_marks": .bool(e.recordingMarks),
                "key_index": index(e.keyIndex),
            ])
        case let other:
            throw VectorError("unknown callback scheme `\(other)`")
        }
    }

    /// A webhook POST as the vectors write it; the checksum algorithm by its case name (`sha256`).
    private func webhookJSON(_ w: WebhookPost) -> JSONValue {
        func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        return .object([
            "domain": .string(w.domain),
            "timestamp": .int(w.timestamp),
            "events": .array(w.events.map { e -> JSONValue in
                .object([
                    "id": .string(e.id),
                    "internal_meeting_id": str(e.internalMeetingId),
                    "external_meeting_id": str(e.externalMeetingId),
                    "timestamp": e.timestamp.map { JSONValue.int($0) } ?? .null,
                    "raw": .string(e.raw),
                ])
            }),
            "scheme": .string("\(w.scheme)"),
            "algorithm": str(w.algorithm.map { "\($0)" }),
            "key_index": .int(Int64(w.keyIndex)),
        ])
    }

    private func guestStatusName(_ status: GuestStatus) -> String {
        switch status {
        case .allow: return "ALLOW"
        case .wait: return "WAIT"
        case .deny: return "DENY"
        case .other(let value): return value
        }
    }
}
