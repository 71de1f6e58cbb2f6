import BbbKit
import Foundation
import XCTest

/// What the vectors cannot show: Swift idioms, `Error` cases, threads, secrets.
final class SwiftApiTests: XCTestCase {
    let secret = "8cd8ef52e8e101574e400365b55e11a6"

    func testJoinRequestDefaultsLeaveEveryOptionalParameterUnset() {
        let request = JoinRequest(meetingId: "physics-101", fullName: "Marie Curie")
        XCTAssertNil(request.role)
        XCTAssertNil(request.createTime)
        XCTAssertNil(request.redirect)
        XCTAssertFalse(request.guest)
        XCTAssertTrue(request.userdata.isEmpty)
        XCTAssertTrue(request.effectiveAuth())
    }

    func testNamedArgumentsGiveTheDocumentedUrl() throws {
        let server = try Server(url: "https://bbb.example.com/bigbluebutton/", secret: secret)
        XCTAssertEqual(server.algorithm(), .sha256)
        let url = try server.joinUrl(
            request: JoinRequest(meetingId: "replace-with-meeting-id", fullName: "John Doe", role: .viewer))
        // The first case of tests/vectors/join.json, whose checksum hashlib computed.
        XCTAssertEqual(
            url,
            "https://bbb.example.com/bigbluebutton/api/join?meetingID=replace-with-meeting-id&fullName=John+Doe"
                + "&role=VIEWER&checksum=9f79d88256fec53cf7ea3700672d52309923042887d51777b2f595b20bd47fbf")
    }

    func testInvalidParameterIsASwiftErrorNamingParameterAndRule() throws {
        let server = try Server(url: "https://bbb.example.com", secret: secret)
        XCTAssertThrowsError(
            try server.joinUrl(request: JoinRequest(meetingId: "a,b", fullName: "Ada", role: .viewer))
        ) { error in
            guard case BbbError.InvalidParameter(let parameter, let rule, let reason) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(parameter, "meetingID")
            XCTAssertEqual(rule, "no_comma")
            XCTAssertEqual(reason, "must not contain a comma")
        }
    }

    func testApiErrorCarriesEveryError() {
        let xml = "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
            + "<message>Checksums do not match</message></response>"
        XCTAssertThrowsError(try parseJoinResponse(body: Data(xml.utf8))) { error in
            guard case BbbError.Api(let key, let kind, let message, let errors, _) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(key, .checksumError)
            XCTAssertEqual("\(key)", "checksumError")
            XCTAssertEqual(kind, .checksumError)
            XCTAssertEqual("\(kind)", "checksum_error")
            XCTAssertEqual(message, "Checksums do not match")
            XCTAssertEqual(
                errors, [ApiErrorDetail(key: .checksumError, kind: .checksumError, message: "Checksums do not match")])
        }
    }

    func testApiErrorIsMatchedOnItsKind() {
        let xml = "<response><returncode>FAILED</returncode><messageKey>mismatchCreateTimeParam</messageKey>"
            + "<message>The createTime parameter submitted mismatches with the current meeting.</message></response>"
        XCTAssertThrowsError(try parseJoinResponse(body: Data(xml.utf8))) { error in
            guard case BbbError.Api(let key, let kind, _, _, _) = error else {
                return XCTFail("unexpected \(error)")
            }
            let action: String
            switch kind {
            case .checksumError: action = "check the shared secret"
            case .createTimeMismatch: action = "create the meeting again"
            default: action = "show the message"
            }
            XCTAssertEqual(action, "create the meeting again")
            XCTAssertEqual(key, .mismatchCreateTimeParam)
            XCTAssertEqual(key.kind(), .createTimeMismatch)
        }
        let unknown = "<response><returncode>FAILED</returncode><messageKey>somethingNew</messageKey></response>"
        XCTAssertThrowsError(try parseResponse(body: Data(unknown.utf8))) { error in
            guard case BbbError.Api(let key, let kind, _, _, _) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(key, .other(value: "somethingNew"))
            XCTAssertEqual(kind, .unknownApiError)
        }
    }

    func testParseLimitsAndTheSharedTree() throws {
        let deep = "<response><returncode>SUCCESS</returncode>" + String(repeating: "<a>", count: 6)
            + String(repeating: "</a>", count: 6) + "</response>"
        let response = try parseResponse(body: Data(deep.utf8))
        XCTAssertEqual(response.root().children()[1].name(), "a")
        XCTAssertThrowsError(try parseResponse(body: Data(deep.utf8), maxDepth: 4)) { error in
            guard case BbbError.Parse(let code, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(code, "too_deep")
        }
    }

    func testGetRecordingsKeepsThePreviewImageAttributes() throws {
        let recordings = try parseResponse(body: try fixture("get_recordings_presentation.xml"))
        let recording = try XCTUnwrap(recordings.root().child(name: "recordings")?.child(name: "recording"))
        XCTAssertEqual(recording.attributes(), [])
        let image = try XCTUnwrap(
            recording.child(name: "playback")?.child(name: "format")?.child(name: "preview")?
                .child(name: "images")?.child(name: "image"))
        XCTAssertEqual(image.attributes(), [
            QueryParam(name: "width", value: "176"),
            QueryParam(name: "height", value: "136"),
            QueryParam(name: "alt", value: "Welcome & \"agenda\" é"),
        ])
        XCTAssertEqual(image.attribute(name: "width").flatMap { Int($0) }, 176)
        XCTAssertNil(image.attribute(name: "title"))
    }

    func testDescriptionsOfParsedAnswersRedactTokensAndPasswords() throws {
        let joined = try parseJoinResponse(body: try fixture("join_success_3.0.xml"))
        XCTAssertEqual(joined.authToken, "nrmw2bkmxxgo")
        XCTAssertEqual(joined.sessionToken, "ljbp2qalayrpgs3p")
        XCTAssertEqual(joined.url, "https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p")
        for text in [String(describing: joined), String(reflecting: joined), "\(joined)", "\([joined])"] {
            XCTAssertFalse(text.contains("nrmw2bkmxxgo") || text.contains("ljbp2qalayrpgs3p"), text)
            XCTAssertTrue(text.contains("authToken=[redacted]") && text.contains("sessionToken=[redacted]"), text)
            XCTAssertTrue(text.contains("userId=w_euxnssffnsjl"), text)
        }
        let created = try parseCreateResponse(body: try fixture("create_success.xml"))
        XCTAssertEqual(created.moderatorPw, "mp-9a2e")
        for text in [String(describing: created), String(reflecting: created)] {
            XCTAssertFalse(text.contains("ap-6f1c") || text.contains("mp-9a2e"), text)
            XCTAssertTrue(text.contains("moderatorPw=[redacted]") && text.contains("meetingId=physics-101"), text)
        }
    }

    func testOneServerIsSharedByManyThreads() throws {
        let server = try Server(url: "https://bbb.example.com", secret: secret)
        let request = JoinRequest(meetingId: "physics-101", fullName: "Marie Curie", role: .moderator)
        let expected = try server.joinUrl(request: request)
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<250 {
                let url = try? server.joinUrl(request: request)
                let verified = try? server.verifyUrl(url: expected)
                if url != expected || verified?.call != "join" {
                    mismatches.increment()
                }
            }
        }
        XCTAssertEqual(mismatches.value, 0)
    }

    func testNoSecretInDescriptionsOrErrors() throws {
        let weird = "s3cr3t-value-that-must-not-leak"
        let server = try Server(url: "https://bbb.example.com", secret: weird)
        XCTAssertFalse(String(reflecting: server).contains(weird))
        XCTAssertFalse(String(describing: server).contains(weird))
        let verifier = try Verifier(secrets: [weird])
        XCTAssertFalse(String(reflecting: verifier).contains(weird))
        XCTAssertThrowsError(try Server(url: "https://bbb.example.com", secret: "bad\u{1}" + weird)) { error in
            XCTAssertFalse(String(reflecting: error).contains(weird))
            XCTAssertFalse(error.localizedDescription.contains(weird))
        }
    }

    // MARK: - callbacks (bbb-callbacks.md §7's worked examples)

    let callbackSecret = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
    let readyToken = "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8"
    let hookUrl = "https://app.example.com/bbb/webhook"
    let hookBody = "domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22%3A%22event%22%2C%22id%22%3A%22meeting-ended%22%2C%22attributes%22%3A%7B%22meeting%22%3A%7B%22internal-meeting-id%22%3A%228043c8452ae9830aac14c517adff3839dbd9228f-1698771157700%22%2C%22external-meeting-id%22%3A%22random-9019868%22%7D%7D%2C%22event%22%3A%7B%22ts%22%3A1708381155717%7D%7D%7D%5D&timestamp=1708381155720"

    /// A handler as a Vapor route or a Hummingbird handler writes it: bytes in, a status out.
    func recordingReadyStatus(_ verifier: CallbackVerifier, body: Data) -> Int {
        do {
            let ready = try verifier.recordingReady(body: body)
            _ = ready.recordId  // store it, idempotently: BBB sends one callback per format
            return 200
        } catch BbbError.Callback(_, let httpStatus, _) {
            return Int(httpStatus)
        } catch {
            return 500
        }
    }

    func testCallbackHandlerAnswersTheErrorsHttpStatus() throws {
        let verifier = try CallbackVerifier(secrets: [callbackSecret])
        XCTAssertEqual(recordingReadyStatus(verifier, body: Data("signed_parameters=\(readyToken)".utf8)), 200)
        let forged = readyToken.replacingOccurrences(of: "8vrk", with: "8vrl")
        XCTAssertEqual(recordingReadyStatus(verifier, body: Data("signed_parameters=\(forged)".utf8)), 401)
        XCTAssertThrowsError(try verifier.recordingReady(body: Data(forged.utf8))) { error in
            guard case BbbError.Callback(let kind, let httpStatus, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(kind, .signature)
            XCTAssertEqual("\(kind)", "callback_signature")
            XCTAssertEqual(httpStatus, 401)
        }
    }

    func testWebhookSchemesAreOptIn() throws {
        let verifier = try CallbackVerifier(secrets: [callbackSecret])
        let body = Data(hookBody.utf8)
        let post = try verifier.webhook(callbackUrl: hookUrl + "?checksum=a0b4421819f70615cf414fadc3df8ced3861b145", body: body)
        XCTAssertEqual(post.scheme, .v34)
        XCTAssertEqual("\(post.scheme)", "v3.4")
        XCTAssertEqual(post.algorithm, .sha1)
        XCTAssertEqual(post.events.first?.externalMeetingId, "random-9019868")

        let constant = hookUrl + "?checksum=616c50847930b35b4cceafc2484db5d3c72508b0"
        XCTAssertThrowsError(try verifier.webhook(callbackUrl: constant, body: body)) { error in
            guard case BbbError.Callback(let kind, _, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(kind, .replayableChecksum)
        }
        let replayable = try verifier.webhook(callbackUrl: constant, body: body, acceptReplayableV30Checksum: true)
        XCTAssertEqual(replayable.scheme, .v30Constant)
        let v2 = try verifier.webhook(
            callbackUrl: hookUrl + "?checksum=f21e92f84a2eb47431c57895974e9fafb8790062", body: body, acceptV2: true)
        XCTAssertEqual(v2.scheme, .v2)
        let bearer = try verifier.webhookBearer(authorization: "Bearer \(callbackSecret)", body: body)
        XCTAssertEqual(bearer.scheme, .bearer)
        XCTAssertNil(bearer.algorithm)
    }

    func testEndCallbackRoundTripAndOptions() throws {
        let keys = try CallbackVerifier(secrets: ["an-application-key"], now: 1_700_000_000)
        let url = try keys.endCallbackUrl(url: "https://lms.example.com/bbb/ended", meetingId: "physics-101", expiresAt: 1_700_086_400)
        let ended = try keys.endCallback(url: url + "&recordingmarks=true&meetingID=physics-101")
        XCTAssertEqual(ended.meetingId, "physics-101")
        XCTAssertTrue(ended.recordingMarks)

        let hs512Only = try CallbackVerifier(secrets: [callbackSecret], allowed: [.hs512])
        XCTAssertThrowsError(try hs512Only.recordingReady(body: Data(readyToken.utf8))) { error in
            guard case BbbError.Callback(let kind, _, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(kind, .algorithmNotAllowed)
        }
        XCTAssertEqual(CallbackErrorKind.allCases.count, 12)
        XCTAssertTrue(CallbackErrorKind.allCases.allSatisfy { "\($0)".hasPrefix("callback_") })
    }

    func testNoSecretInCallbackVerifierDescriptionsOrErrors() throws {
        let weird = "s3cr3t-value-that-must-not-leak"
        let verifier = try CallbackVerifier(secrets: [weird, callbackSecret])
        XCTAssertFalse(String(reflecting: verifier).contains(weird))
        XCTAssertThrowsError(try verifier.webhookBearer(authorization: "Bearer \(weird)x", body: Data(hookBody.utf8))) { error in
            XCTAssertFalse(String(reflecting: error).contains(weird))
            XCTAssertFalse(error.localizedDescription.contains(weird))
        }
    }
}

/// A counter that threads may increment.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
