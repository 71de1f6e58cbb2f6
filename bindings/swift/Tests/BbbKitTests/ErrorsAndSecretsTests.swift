import BbbKit
import Foundation
import Testing

/// Every text Swift can make of a value: `description`, `debugDescription`, interpolation,
/// inside a collection, and `dump()`.
private func everyText<T>(_ value: T) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    return [String(describing: value), String(reflecting: value), "\(value)", "\([value])", dumped]
}

private let secret = "s3cr3t-value-that-must-not-leak"

/// One test per kind of error: the case, what it names, its texts, and no secret in them.
@Suite("Errors") struct ErrorTests {
    let server: Server

    init() throws {
        server = try Server(url: "https://bbb.example.com/bigbluebutton/", secret: secret)
    }

    private func noSecret(_ error: BbbError, _ also: [String] = []) {
        for text in everyText(error) + [error.localizedDescription, error.errorDescription ?? ""] {
            for s in [secret] + also {
                #expect(!text.contains(s), "\(text)")
            }
        }
    }

    @Test func invalidParameterNamesTheParameterAndTheRule() throws {
        let error = try #require(throws: BbbError.self) {
            try server.joinUrl(request: JoinRequest(meetingId: "a,b", fullName: "Ada", role: .viewer, password: "pw-17-secret"))
        }
        guard case .InvalidParameter(let parameter, let rule, let reason) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(parameter == "meetingID")
        #expect(rule == "no_comma")
        #expect(reason == "must not contain a comma")
        #expect(error.description == "invalid parameter `meetingID`: must not contain a comma")
        #expect(error.localizedDescription == error.description)
        noSecret(error, ["pw-17-secret"])
    }

    @Test func apiErrorCarriesItsKeyAndKind() throws {
        let body = Data(("<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
            + "<message>Checksums do not match</message></response>").utf8)
        let error = try #require(throws: BbbError.self) { try parseMeetingInfo(body: body) }
        switch error {
        case .Api(key: .checksumError, kind: .checksumError, let message, let errors, _):
            #expect(message == "Checksums do not match")
            #expect(errors.count == 1)
        default:
            Issue.record("unexpected \(error)")
        }
        #expect(error.description == "BigBlueButton answered FAILED: checksumError: Checksums do not match")
        noSecret(error)
    }

    @Test func parseErrorHasItsCode() throws {
        let error = try #require(throws: BbbError.self) { try parseMeetingInfo(body: Data("<response><returncode>".utf8)) }
        guard case .Parse(let code, let reason) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(code == "malformed")
        #expect(!reason.isEmpty && error.description == reason)
        noSecret(error)
    }

    @Test func verifyErrorSaysWhichCheckFailed() throws {
        let url = try server.joinUrl(request: JoinRequest(meetingId: "physics-101", fullName: "Marie Curie", role: .viewer))
        let tampered = url.replacingOccurrences(of: "role=VIEWER", with: "role=MODERATOR")
        let error = try #require(throws: BbbError.self) { try server.verifyUrl(url: tampered) }
        guard case .ChecksumMismatch = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(throws: BbbError.self) { try server.verifyUrl(url: url + "&checksum=00") }
        noSecret(error)
    }

    @Test func callbackErrorCarriesTheStatusToAnswer() throws {
        let verifier = try CallbackVerifier(secrets: [secret])
        let error = try #require(throws: BbbError.self) {
            try verifier.webhookBearer(authorization: "Bearer \(secret)x", body: Data("domain=x".utf8))
        }
        guard case .Callback(let kind, let httpStatus, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(kind == .signature)
        #expect(httpStatus == 401)
        noSecret(error)
    }
}

/// No secret, token or password in any text or reflection of a value that holds one.
@Suite("Secrets") struct SecretTests {
    @Test func serverAndVerifiersShowNoSecret() throws {
        let server = try Server(url: "https://bbb.example.com", secret: secret)
        let verifier = try Verifier(secrets: [secret, "another-rotated-secret"])
        let callbacks = try CallbackVerifier(secrets: [secret])
        for text in everyText(server) + everyText(verifier) + everyText(callbacks) {
            #expect(!text.contains(secret) && !text.contains("another-rotated-secret"), "\(text)")
        }
    }

    @Test func joinRequestHidesItsPassword() {
        let request = JoinRequest(meetingId: "physics-101", fullName: "Marie Curie", password: "pw-17-secret")
        #expect(request.password == "pw-17-secret")
        for text in everyText(request) {
            #expect(!text.contains("pw-17-secret"), "\(text)")
            #expect(text.contains("[redacted]") && text.contains("physics-101"), "\(text)")
        }
    }

    @Test func createRequestHidesItsPasswords() {
        let request = CreateRequest(name: "Physics 101", meetingId: "physics-101", attendeePw: "ap-secret-1", moderatorPw: "mp-secret-2")
        for text in everyText(request) {
            #expect(!text.contains("ap-secret-1") && !text.contains("mp-secret-2"), "\(text)")
        }
    }

    @Test func joinedHidesItsTokens() throws {
        let joined = try parseJoinResponse(body: try fixture("join_success_3.0.xml"))
        #expect(joined.sessionToken == "ljbp2qalayrpgs3p")
        for text in everyText(joined) {
            #expect(!text.contains("ljbp2qalayrpgs3p") && !text.contains("nrmw2bkmxxgo"), "\(text)")
            #expect(text.contains("sessionToken=[redacted]"), "\(text)")
        }
    }

    @Test func createdAndMeetingInfoHideTheirPasswords() throws {
        let created = try parseCreateResponse(body: try fixture("create_success.xml"))
        let meetings = try parseMeetings(body: try fixture("get_meetings_two.xml"))
        let withPasswords = meetings.meetings.filter { $0.attendeePw != nil || $0.moderatorPw != nil }
        #expect(!withPasswords.isEmpty)
        let passwords = [created.attendeePw, created.moderatorPw] + withPasswords.flatMap { [$0.attendeePw, $0.moderatorPw] }
        for text in everyText(created) + everyText(meetings) {
            for case let password? in passwords {
                #expect(!text.contains(password), "\(text)")
            }
        }
    }
}

/// `Server`, `Verifier` and `CallbackVerifier` are `Sendable`: one of each, shared by tasks.
@Suite("Concurrency") struct ConcurrencyTests {
    @Test func oneServerSignsAndVerifiesFromManyTasks() async throws {
        let server = try Server(url: "https://bbb.example.com/bigbluebutton/", secret: secret)
        let verifier = try Verifier(secrets: ["old-secret-value", secret])
        let callbacks = try CallbackVerifier(secrets: [secret])
        let endUrl = try callbacks.endCallbackUrl(url: "https://lms.example.com/ended", meetingId: "m-1", expiresAt: 4_102_444_800)
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for task in 0..<16 {
                group.addTask {
                    var bad: [String] = []
                    for i in 0..<200 {
                        let request = JoinRequest(meetingId: "room-\(task)", fullName: "User \(i)", role: .viewer, userId: "u\(task)-\(i)")
                        let url = try server.joinUrl(request: request)
                        let verified = try verifier.verifyUrl(url: url)
                        let ended = try callbacks.endCallback(url: endUrl + "&meetingID=m-1")
                        if verified.keyIndex != 1 || verified.params.first(where: { $0.name == "userID" })?.value != "u\(task)-\(i)"
                            || ended.meetingId != "m-1" || !url.contains("fullName=User+\(i)&") {
                            bad.append(url)
                        }
                    }
                    return bad
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(results.isEmpty)
    }
}
