import BbbKit
import Foundation
import Testing
import XCTest

/// Every case of `tests/vectors/calls.json` by name (`prepareByName`), one Swift Testing case each.
@Suite("tests/vectors") struct CallsVectors {
    @Test("calls.json", arguments: try VectorCase.load("calls.json"))
    func everyCaseByName(_ vector: VectorCase) throws {
        let c = vector.json
        let call = try c.required("call")
        let params = try (c["params"] ?? .array([])).queryParams()
        let extra = try (c["extra"] ?? .array([])).queryParams()
        try CallsVectorTests.check(c) {
            try CallsVectorTests.server(c).prepareByName(call: call, params: params, extra: extra)
        }
    }
}

/// A sample of `tests/vectors/calls.json` through the typed records (`CreateRequest`, …), which
/// must give the same request as by name.
final class CallsVectorTests: XCTestCase {
    static let secret = "8cd8ef52e8e101574e400365b55e11a6"

    static func server(_ c: JSONValue) throws -> Server {
        guard let json = c["server"] else { throw VectorError("case has no server") }
        var algorithm: ChecksumAlgorithm? = nil
        if let name = json["algorithm"]?.string {
            algorithm = try checksumAlgorithmFromName(name: name)
        }
        return try Server(url: try json.required("url"), secret: try json.required("secret"), algorithm: algorithm)
    }

    /// Compares `block`'s request with the case's `expected`, or its error with `error`.
    static func check(_ c: JSONValue, _ block: () throws -> PreparedRequest) throws {
        guard let error = c["error"]?.object else {
            guard let want = c["expected"]?.object else { throw VectorError("case has no expected") }
            let got = try block()
            for (key, value) in want {
                let expected: String? = value.isNull ? nil : value.string
                let actual: String?
                switch key {
                case "method": actual = "\(got.method)"
                case "url": actual = got.url
                case "body": actual = got.body.map { String(decoding: $0, as: UTF8.self) }
                case "content_type": actual = got.contentType
                case "file_field": actual = got.fileField
                default: throw VectorError("unknown expected field `\(key)`")
                }
                guard actual == expected else {
                    throw VectorError("\(key): expected \(String(describing: expected)), got \(String(describing: actual))")
                }
            }
            return
        }
        let result: PreparedRequest
        do {
            result = try block()
        } catch BbbError.InvalidParameter(let parameter, let rule, let reason) {
            for (key, want) in error {
                switch key {
                case "kind": guard want.string == "invalid_parameter" else { throw VectorError("kind \(want)") }
                case "parameter": guard want.string == parameter else { throw VectorError("parameter: expected \(want), got \(parameter)") }
                case "rule": guard want.string == rule else { throw VectorError("rule: expected \(want), got \(rule)") }
                default: throw VectorError("unknown error field `\(key)`")
                }
            }
            if reason.contains(c["server"]?["secret"]?.string ?? secret) { throw VectorError("the secret leaked into \(reason)") }
            return
        }
        throw VectorError("expected error \(error), got \(result)")
    }

    // MARK: - the typed records, for a sample of the cases

    private static let cs101 = CreateRequest(name: "CS 101", meetingId: "cs101")

    private static func create(_ change: (inout CreateRequest) -> Void) -> CreateRequest {
        var r = cs101
        change(&r)
        return r
    }

    /// The typed request of a case, written as an application would write it. Swift's
    /// memberwise initialisers take the fields in the order the URL emits them.
    private static let typed: [String: @Sendable (Server) throws -> PreparedRequest] = [
        "create_minimal": { s in try s.prepareCreate(request: CreateRequest(name: "CS 101", meetingId: "cs101")) },
        "create_spec_known_answer": { s in
            try s.prepareCreate(request: CreateRequest(name: "Test Meeting", meetingId: "abc123", attendeePw: "111222", moderatorPw: "333444"))
        },
        "create_typed_parameters": { s in
            try s.prepareCreate(request: CreateRequest(
                name: "CS 101",
                meetingId: "cs101",
                welcome: "Welcome to <b>%%CONFNAME%%</b>!",
                voiceBridge: "01234",
                maxParticipants: 0,
                logoutUrl: "https://lms.example.com/course/7",
                record: true,
                duration: 90,
                meta: ["endCallbackUrl": "https://lms.example.com/end?c=1", "bbb-origin": "Moodle"],
                muteOnStart: false,
                lockSettingsDisableCam: true,
                guestPolicy: .askModerator,
                meetingLayout: .videoFocus,
                userCameraCap: 2,
                groups: [BreakoutGroup(id: "g1", name: "Team A", roster: ["u-1", "u-2"]), BreakoutGroup(id: "g2")],
                disabledFeatures: [.polls, .sharedNotes, .newer(name: "whiteboardAi")],
                disabledFeaturesExclude: [.chat],
                pluginManifests: [PluginManifest(url: "https://plugins.example.com/pick/manifest.json")],
                maxNumPages: 150,
                extra: [QueryParam(name: "plugin_pick", value: "on")]
            ))
        },
        "create_breakout_room": { s in
            try s.prepareCreate(request: CallsVectorTests.create {
                $0.isBreakout = true
                $0.parentMeetingId = "2f1b9a7c-1718000000000"
                $0.sequence = 2
                $0.freeJoin = false
            })
        },
        "create_with_documents_and_client_settings": { s in
            try s.prepareCreate(request: CallsVectorTests.create {
                $0.documents = [
                    Document(source: .url(url: "https://files.example.com/syllabus.pdf?token=a&b=1"), filename: "syllabus.pdf", current: true),
                    Document(source: .content(bytes: Data(base64Encoded: "JVBERi0xLjQKJeLjz9MK")!), filename: "notes \"v2\".pdf", downloadable: true),
                ]
                $0.clientSettingsOverride = #"{"public":{"app":{"appName":"A]]>B"}}}"#
            })
        },
        "end_with_deprecated_password": { s in try s.prepareEnd(request: EndRequest(meetingId: "cs101", password: "mp")) },
        "end_extra_after_declared": { s in
            try s.prepareEnd(request: EndRequest(meetingId: "cs101", extra: [QueryParam(name: "newerFlag", value: "on"), QueryParam(name: "a", value: "b c")]))
        },
        "end_extra_named_as_declared": { s in
            try s.prepareEnd(request: EndRequest(meetingId: "cs101", extra: [QueryParam(name: "meetingID", value: "other")]))
        },
        "is_meeting_running": { s in try s.prepareIsMeetingRunning(request: IsMeetingRunningRequest(meetingId: "café 101/ß")) },
        "get_meeting_info_internal_id": { s in
            try s.prepareGetMeetingInfo(request: GetMeetingInfoRequest(meetingId: "2f1b9a7c-1718000000000"))
        },
        "get_meetings": { s in try s.prepareGetMeetings(request: GetMeetingsRequest()) },
        "get_recordings_filters_and_page": { s in
            try s.prepareGetRecordings(request: GetRecordingsRequest(
                meetingId: ["cs101", "cs102"],
                state: [.published, .unpublished],
                meta: ["course": "%math%"],
                offset: 20,
                limit: 10
            ))
        },
        "publish_recordings_false": { s in
            try s.preparePublishRecordings(request: PublishRecordingsRequest(recordId: ["r1", "r2"], publish: false))
        },
        "delete_recordings": { s in try s.prepareDeleteRecordings(request: DeleteRecordingsRequest(recordId: ["r1"])) },
        "update_recordings_meta_name": { s in
            try s.prepareUpdateRecordings(request: UpdateRecordingsRequest(recordId: ["r1"], meta: ["a b": "x"]))
        },
        "get_recording_text_tracks": { s in
            try s.prepareGetRecordingTextTracks(request: GetRecordingTextTracksRequest(recordId: "r1"))
        },
        "put_recording_text_track": { s in
            try s.preparePutRecordingTextTrack(request: PutRecordingTextTrackRequest(recordId: "r1", kind: .subtitles, lang: "pt-BR", label: "Português"))
        },
        "insert_document": { s in
            try s.prepareInsertDocument(request: InsertDocumentRequest(
                meetingId: "cs101",
                documents: [Document(source: .url(url: "https://files.example.com/week2.pdf"), removable: false)]
            ))
        },
        "send_chat_message": { s in
            try s.prepareSendChatMessage(request: SendChatMessageRequest(meetingId: "cs101", message: "Break: back at 10:30 ☕", userName: "Course bot"))
        },
        "hooks_create_sha1": { s in
            try s.prepareHooksCreate(request: HooksCreateRequest(
                callbackUrl: "https://app.example.com/bbb/hooks?x=1",
                eventId: ["meeting-created", "user-joined"],
                getRaw: false
            ))
        },
        "hooks_destroy": { s in
            try s.prepareHooksDestroy(request: HooksDestroyRequest(hookId: "7b2c3e1a-4f5d-4c6b-9a8e-1d2c3b4a5f60"))
        },
        "hooks_list_all": { s in try s.prepareHooksList(request: HooksListRequest()) },
        // Errors: the same parameter and rule as by name.
        "create_lone_attendee_password": { s in try s.prepareCreate(request: CallsVectorTests.create { $0.attendeePw = "ap" }) },
        "create_feature_newer_malformed": { s in
            try s.prepareCreate(request: CallsVectorTests.create { $0.disabledFeatures = [.newer(name: "9lives")] })
        },
        "create_meta_underscore_dropped_by_server": { s in
            try s.prepareCreate(request: CallsVectorTests.create { $0.meta = ["a_b": "x"] })
        },
        "create_document_content_without_filename": { s in
            try s.prepareCreate(request: CallsVectorTests.create { $0.documents = [Document(source: .content(bytes: Data("Hi".utf8)))] })
        },
        "get_recordings_offset_without_limit": { s in try s.prepareGetRecordings(request: GetRecordingsRequest(offset: 20)) },
        "publish_recordings_without_publish": { s in
            try s.preparePublishRecordings(request: PublishRecordingsRequest(recordId: ["r1"]))
        },
        "insert_document_without_document": { s in
            try s.prepareInsertDocument(request: InsertDocumentRequest(meetingId: "cs101", documents: []))
        },
    ]

    func testSampleThroughTypedRecords() throws {
        let cases = try loadCases("calls.json")
        var byName: [String: JSONValue] = [:]
        for c in cases { byName[try c.required("name")] = c }
        var sampled = Set<String>()
        for (name, build) in CallsVectorTests.typed {
            guard let c = byName[name] else {
                XCTFail("typed case \(name) is not in calls.json")
                continue
            }
            sampled.insert(try c.required("call"))
            do {
                try Self.check(c) { try build(try Self.server(c)) }
            } catch {
                XCTFail("calls.json typed: \(name): \(error)")
            }
        }
        XCTAssertEqual(Set(apiCallNames().dropFirst()), sampled, "calls without a typed sample")
    }

    func testRecordsDefaultToUnset() throws {
        let cs101 = CallsVectorTests.cs101
        XCTAssertNil(cs101.record)
        XCTAssertEqual(cs101.meta, [:])
        XCTAssertEqual(cs101.disabledFeatures, [])
        XCTAssertFalse(cs101.isBreakout)
        let doc = Document(source: .url(url: "https://files.example.com/a.pdf"))
        XCTAssertEqual([doc.current, doc.downloadable, doc.removable], [false, false, true])
        XCTAssertEqual("\(Feature.newer(name: "whiteboardAi"))", "newer:whiteboardAi")
        let server = try Server(url: "https://bbb.example.com/bigbluebutton/", secret: Self.secret)
        XCTAssertEqual(try server.createUrl(request: cs101), try server.prepareCreate(request: cs101).url)
        XCTAssertEqual("\(try server.prepareCreate(request: cs101).method)", "GET")
    }
}
