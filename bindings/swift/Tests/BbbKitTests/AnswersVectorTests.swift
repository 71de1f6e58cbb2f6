import BbbKit
import Foundation
import Testing
import XCTest

/// Every case of `tests/vectors/answers.json`, one Swift Testing case each.
@Suite("tests/vectors") struct AnswersVectors {
    @Test("answers.json", arguments: try VectorCase.load("answers.json"))
    func everyCase(_ vector: VectorCase) throws {
        try AnswersVectorTests.run(vector.json)
    }
}

/// Every case of `tests/vectors/answers.json` through the typed parse functions
/// (`parseMeetingInfo(body:)`, …). Each record is written as the core's JSON form (property
/// `meetingId` as key `meeting_id`, `formatType` as `type`, dictionaries as objects) and compared
/// with the case's `expected` as a whole, so a field the core has and the record lacks fails.
final class AnswersVectorTests: XCTestCase {

    /// The parse function of each answer kind (the core's `AnswerKind` names).
    static let parsers: [String: @Sendable (Data, UInt64?) throws -> Any] = [
        "join": { try parseJoinResponse(body: $0, maxSize: $1) },
        "create": { try parseCreateResponse(body: $0, maxSize: $1) },
        "meeting-info": { try parseMeetingInfo(body: $0, maxSize: $1) },
        "meetings": { try parseMeetings(body: $0, maxSize: $1) },
        "running": { try parseIsMeetingRunning(body: $0, maxSize: $1) },
        "end": { try parseEnd(body: $0, maxSize: $1) },
        "recordings": { try parseRecordings(body: $0, maxSize: $1) },
        "publish": { try parsePublishRecordings(body: $0, maxSize: $1) },
        "delete": { try parseDeleteRecordings(body: $0, maxSize: $1) },
        "update": { try parseUpdateRecordings(body: $0, maxSize: $1) },
        "text-tracks": { try parseTextTracks(body: $0, maxSize: $1) },
        "put-text-track": { try parsePutTextTrack(body: $0, maxSize: $1) },
        "insert-document": { try parseInsertDocument(body: $0, maxSize: $1) },
        "chat": { try parseSendChatMessage(body: $0, maxSize: $1) },
        "hook-create": { try parseHookCreate(body: $0, maxSize: $1) },
        "hook-destroy": { try parseHookDestroy(body: $0, maxSize: $1) },
        "hooks": { try parseHooks(body: $0, maxSize: $1) },
    ]

    /// `meetingId` → `meeting_id`; the one rename of the records is `formatType` (`type`).
    private static func key(_ label: String) -> String {
        if label == "formatType" { return "type" }
        var out = ""
        for ch in label {
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    /// A record as the core's JSON form, through its stored properties.
    private static func toJSON(_ value: Any) -> JSONValue {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { toJSON($0.value) } ?? .null
        }
        switch value {
        case let s as String: return .string(s)
        case let i as Int64: return .int(i)
        case let b as Bool: return .bool(b)
        case let d as [String: String]: return .object(d.mapValues { .string($0) })
        case let a as [Any]: return .array(a.map { toJSON($0) })
        case let g as GuestStatus:
            switch g {
            case .allow: return .string("ALLOW")
            case .wait: return .string("WAIT")
            case .deny: return .string("DENY")
            case .other(let v): return .string(v)
            }
        default:
            var o: [String: JSONValue] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                o[key(label)] = toJSON(child.value)
            }
            // Reflection shows secrets as `[redacted]` (Reflection.swift): compare the values.
            for (label, secret) in secrets(of: value) {
                guard o[label] == (secret == nil ? .null : .string("[redacted]")) else {
                    return .string("`\(label)` is not redacted in the reflection of \(type(of: value))")
                }
                o[label] = secret.map { .string($0) } ?? .null
            }
            return .object(o)
        }
    }

    /// The fields that reflection redacts, with their values.
    private static func secrets(of value: Any) -> [String: String?] {
        switch value {
        case let j as Joined: return ["auth_token": j.authToken, "session_token": j.sessionToken, "url": j.url]
        case let c as Created: return ["attendee_pw": c.attendeePw, "moderator_pw": c.moderatorPw]
        case let m as MeetingInfo: return ["attendee_pw": m.attendeePw, "moderator_pw": m.moderatorPw]
        default: return [:]
        }
    }

    static func check(_ error: [String: JSONValue], _ e: Error) throws {
        var got: [String: JSONValue] = [:]
        switch e {
        case BbbError.Parse(let code, _):
            got = ["kind": .string("parse"), "code": .string(code)]
        case BbbError.Api(let key, let kind, let serverMessage, let errors, let details):
            // The kind is the key's, but where the call changes it (notFound on a recording call).
            guard kind == key.kind() || kind == .recordingNotFound else {
                throw VectorError("kind \(kind) is not the key's \(key.kind())")
            }
            got = [
                "kind": .string("api"),
                "key": .string("\(key)"),
                "api_kind": .string("\(kind)"),
                "message": .string(serverMessage),
                "errors": .array(errors.map { .object(["key": .string("\($0.key)"), "message": .string($0.message)]) }),
                "details": .object(details.mapValues { .string($0) }),
            ]
        default:
            throw VectorError("unexpected error \(e)")
        }
        for (field, want) in error {
            guard let have = got[field] else { throw VectorError("unknown error field `\(field)`") }
            // `details` is a list of [name, value] pairs; the error has them as a dictionary.
            let want: JSONValue = field == "details"
                ? .object(Dictionary((want.array ?? []).compactMap { p in
                    p.array.flatMap { $0.count == 2 ? $0 : nil }.flatMap { pair in pair[0].string.map { ($0, pair[1]) } }
                }, uniquingKeysWith: { first, _ in first }))
                : want
            guard have == want else { throw VectorError("error `\(field)`: expected \(want), got \(have)") }
        }
    }

    /// The record of one case as the core's JSON form, or its error checked against `error`.
    static func run(_ c: JSONValue) throws {
        let kind = try c.required("kind")
        guard let parse = parsers[kind] else { throw VectorError("no parse function for kind `\(kind)`") }
        let body = try c.inputBody()
        let maxSize = c["max_size"]?.int.map { UInt64($0) }
        if let error = c["error"]?.object {
            do {
                let got = try parse(body, maxSize)
                throw VectorError("expected error \(error), got \(got)")
            } catch let e as BbbError {
                try check(error, e)
            }
        } else {
            let got = toJSON(try parse(body, maxSize))
            guard got == c["expected"] else {
                throw VectorError("expected \(String(describing: c["expected"])), got \(got)")
            }
        }
    }

    func testEveryAnswerKindHasCasesAndAParseFunction() throws {
        let kinds = Set(try loadCases("answers.json").map { try $0.required("kind") })
        XCTAssertEqual(kinds, Set(Self.parsers.keys), "answer kinds without a case or a parse function")
    }

    func testMeetingPasswordsStayOutOfDescription() throws {
        let xml = "<response><returncode>SUCCESS</returncode><meetingID>m</meetingID>"
            + "<internalMeetingID>i</internalMeetingID><createTime>1</createTime>"
            + "<attendeePW>secret-ap</attendeePW><moderatorPW>secret-mp</moderatorPW>"
            + "<metadata><bbb-origin>app</bbb-origin></metadata></response>"
        let info = try parseMeetingInfo(body: Data(xml.utf8))
        XCTAssertEqual(info.attendeePw, "secret-ap")
        XCTAssertEqual(info.metadata["bbb-origin"], "app")
        let text = "\(info)"
        XCTAssertFalse(text.contains("secret-ap") || text.contains("secret-mp"), text)
        XCTAssertTrue(text.contains("attendeePw=[redacted]"), text)
    }
}
