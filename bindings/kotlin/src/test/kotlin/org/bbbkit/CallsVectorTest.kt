package org.bbbkit

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.opentest4j.AssertionFailedError
import java.io.File
import java.util.Base64
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.test.fail

/**
 * Every case of `tests/vectors/calls.json`: all of them by name ([Server.prepareByName]), and
 * a sample through the typed records (`CreateRequest`, …), which must give the same request.
 */
class CallsVectorTest {
    private val vectors = File(System.getProperty("bbbkit.vectors") ?: "../../tests/vectors")

    private val cases: List<JsonObject> by lazy {
        val f = File(vectors, "calls.json")
        assertTrue(f.isFile, "missing vector file $f")
        Json.parseToJsonElement(f.readText()).jsonObject.getValue("cases").jsonArray.map { it.jsonObject }
            .also { assertTrue(it.isNotEmpty(), "calls.json has no cases") }
    }

    private fun JsonObject.str(key: String): String = getValue(key).jsonPrimitive.content
    private fun JsonObject.strOrNull(key: String): String? =
        get(key)?.let { if (it is JsonNull) null else it.jsonPrimitive.content }

    private fun server(case: JsonObject): Server {
        val json = case.getValue("server").jsonObject
        return Server(json.str("url"), json.str("secret"), json.strOrNull("algorithm")?.let(::checksumAlgorithmFromName))
    }

    private fun params(case: JsonObject, key: String = "params"): List<QueryParam> = case[key]?.jsonArray.orEmpty().map {
        val (name, value) = it.jsonArray.map { v -> v.jsonPrimitive.content }
        QueryParam(name, value)
    }

    /** Compares [block]'s request with the case's `expected`, or its exception with `error`. */
    private fun check(case: JsonObject, block: () -> PreparedRequest) {
        val error = case["error"]?.jsonObject
        if (error == null) {
            val want = case.getValue("expected").jsonObject
            val got = block()
            for (key in want.keys) {
                when (key) {
                    "method" -> assertEquals(want.str(key), got.method.toString(), key)
                    "url" -> assertEquals(want.str(key), got.url, key)
                    "body" -> assertEquals(want.strOrNull(key), got.body?.toString(Charsets.UTF_8), key)
                    "content_type" -> assertEquals(want.strOrNull(key), got.contentType, key)
                    "file_field" -> assertEquals(want.strOrNull(key), got.fileField, key)
                    else -> fail("unknown expected field `$key`")
                }
            }
            return
        }
        val e = try {
            val got = block()
            throw AssertionFailedError("expected error $error, got $got")
        } catch (e: BbbException.InvalidParameter) {
            e
        }
        for (key in error.keys) {
            when (key) {
                "kind" -> assertEquals("invalid_parameter", error.str(key))
                "parameter" -> assertEquals(error.str(key), e.parameter, "parameter (${e.message})")
                "rule" -> assertEquals(error.str(key), e.rule, "rule (${e.message})")
                else -> fail("unknown error field `$key`")
            }
        }
        val secret = case.getValue("server").jsonObject.str("secret")
        assertTrue(secret !in e.toString(), "the secret leaked into $e")
    }

    private fun dynamic(case: JsonObject, prefix: String, block: () -> Unit): DynamicTest {
        val name = "$prefix${case.str("name")}"
        return DynamicTest.dynamicTest(name) {
            try {
                block()
            } catch (e: Throwable) {
                throw AssertionFailedError("$name: ${e.message}", e)
            }
        }
    }

    @TestFactory
    fun `every case by name`() = cases.map { case ->
        dynamic(case, "calls.json: ") {
            check(case) { server(case).prepareByName(case.str("call"), params(case), params(case, "extra")) }
        }
    }

    // ---- the typed records, for a sample of the cases ------------------------------------

    private val cs101 = CreateRequest(meetingId = "cs101", name = "CS 101")

    /** The typed request of a case, written as an application would write it. */
    private val typed: Map<String, (Server) -> PreparedRequest> = mapOf(
        "create_minimal" to { s -> s.prepareCreate(CreateRequest(meetingId = "cs101", name = "CS 101")) },
        "create_spec_known_answer" to { s ->
            s.prepareCreate(CreateRequest(meetingId = "abc123", name = "Test Meeting", attendeePw = "111222", moderatorPw = "333444"))
        },
        "create_typed_parameters" to { s ->
            s.prepareCreate(
                CreateRequest(
                    meetingId = "cs101",
                    name = "CS 101",
                    welcome = "Welcome to <b>%%CONFNAME%%</b>!",
                    voiceBridge = "01234",
                    record = true,
                    maxParticipants = 0,
                    duration = 90,
                    meta = mapOf("endCallbackUrl" to "https://lms.example.com/end?c=1", "bbb-origin" to "Moodle"),
                    muteOnStart = false,
                    lockSettingsDisableCam = true,
                    guestPolicy = GuestPolicy.ASK_MODERATOR,
                    meetingLayout = Layout.VIDEO_FOCUS,
                    userCameraCap = 2,
                    groups = listOf(BreakoutGroup(id = "g1", name = "Team A", roster = listOf("u-1", "u-2")), BreakoutGroup(id = "g2")),
                    disabledFeatures = listOf(Feature.Polls, Feature.SharedNotes, Feature.Newer("whiteboardAi")),
                    disabledFeaturesExclude = listOf(Feature.Chat),
                    logoutUrl = "https://lms.example.com/course/7",
                    pluginManifests = listOf(PluginManifest(url = "https://plugins.example.com/pick/manifest.json")),
                    maxNumPages = 150,
                    extra = listOf(QueryParam("plugin_pick", "on")),
                ),
            )
        },
        "create_breakout_room" to { s ->
            s.prepareCreate(cs101.copy(isBreakout = true, parentMeetingId = "2f1b9a7c-1718000000000", sequence = 2, freeJoin = false))
        },
        "create_is_breakout_false_never_sent" to { s -> s.prepareCreate(cs101.copy(isBreakout = false)) },
        "create_with_documents_and_client_settings" to { s ->
            s.prepareCreate(
                cs101.copy(
                    documents = listOf(
                        Document(DocumentSource.Url("https://files.example.com/syllabus.pdf?token=a&b=1"), filename = "syllabus.pdf", current = true),
                        Document(DocumentSource.Content(Base64.getDecoder().decode("JVBERi0xLjQKJeLjz9MK")), filename = "notes \"v2\".pdf", downloadable = true),
                    ),
                    clientSettingsOverride = """{"public":{"app":{"appName":"A]]>B"}}}""",
                ),
            )
        },
        "end_with_deprecated_password" to { s -> s.prepareEnd(EndRequest(meetingId = "cs101", password = "mp")) },
        "end_extra_after_declared" to { s ->
            s.prepareEnd(EndRequest(meetingId = "cs101", extra = listOf(QueryParam("newerFlag", "on"), QueryParam("a", "b c"))))
        },
        "end_extra_named_as_declared" to { s ->
            s.prepareEnd(EndRequest(meetingId = "cs101", extra = listOf(QueryParam("meetingID", "other"))))
        },
        "is_meeting_running" to { s -> s.prepareIsMeetingRunning(IsMeetingRunningRequest("café 101/ß")) },
        "get_meeting_info_internal_id" to { s -> s.prepareGetMeetingInfo(GetMeetingInfoRequest("2f1b9a7c-1718000000000")) },
        "get_meetings" to { s -> s.prepareGetMeetings(GetMeetingsRequest()) },
        "get_recordings_filters_and_page" to { s ->
            s.prepareGetRecordings(
                GetRecordingsRequest(
                    meetingId = listOf("cs101", "cs102"),
                    state = listOf(RecordingState.PUBLISHED, RecordingState.UNPUBLISHED),
                    meta = mapOf("course" to "%math%"),
                    offset = 20,
                    limit = 10,
                ),
            )
        },
        "publish_recordings_false" to { s -> s.preparePublishRecordings(PublishRecordingsRequest(recordId = listOf("r1", "r2"), publish = false)) },
        "delete_recordings" to { s -> s.prepareDeleteRecordings(DeleteRecordingsRequest(listOf("r1"))) },
        "get_recording_text_tracks" to { s -> s.prepareGetRecordingTextTracks(GetRecordingTextTracksRequest("r1")) },
        "put_recording_text_track" to { s ->
            s.preparePutRecordingTextTrack(PutRecordingTextTrackRequest(recordId = "r1", kind = TextTrackKind.SUBTITLES, lang = "pt-BR", label = "Português"))
        },
        "insert_document" to { s ->
            s.prepareInsertDocument(InsertDocumentRequest(meetingId = "cs101", documents = listOf(Document(DocumentSource.Url("https://files.example.com/week2.pdf"), removable = false))))
        },
        "send_chat_message" to { s ->
            s.prepareSendChatMessage(SendChatMessageRequest(meetingId = "cs101", message = "Break: back at 10:30 ☕", userName = "Course bot"))
        },
        "hooks_create_sha1" to { s ->
            s.prepareHooksCreate(HooksCreateRequest(callbackUrl = "https://app.example.com/bbb/hooks?x=1", eventId = listOf("meeting-created", "user-joined"), getRaw = false))
        },
        "hooks_destroy" to { s -> s.prepareHooksDestroy(HooksDestroyRequest("7b2c3e1a-4f5d-4c6b-9a8e-1d2c3b4a5f60")) },
        "hooks_list_all" to { s -> s.prepareHooksList(HooksListRequest()) },
        // Errors: the same parameter and rule as by name.
        "create_name_too_short" to { s -> s.prepareCreate(cs101.copy(name = "A")) },
        "create_meeting_id_surrounding_space" to { s -> s.prepareCreate(cs101.copy(meetingId = "cs101 ")) },
        "create_lone_attendee_password" to { s -> s.prepareCreate(cs101.copy(attendeePw = "ap")) },
        "create_voice_bridge_not_digits" to { s -> s.prepareCreate(cs101.copy(voiceBridge = "12a")) },
        "create_max_participants_negative" to { s -> s.prepareCreate(cs101.copy(maxParticipants = -1)) },
        "create_feature_newer_malformed" to { s -> s.prepareCreate(cs101.copy(disabledFeatures = listOf(Feature.Newer("9lives")))) },
        "create_feature_twice" to { s -> s.prepareCreate(cs101.copy(disabledFeaturesExclude = listOf(Feature.Chat, Feature.Chat))) },
        "create_meta_underscore_dropped_by_server" to { s -> s.prepareCreate(cs101.copy(meta = mapOf("a_b" to "x"))) },
        "create_breakout_without_parent" to { s -> s.prepareCreate(cs101.copy(isBreakout = true, sequence = 1)) },
        "create_groups_duplicate_id" to { s -> s.prepareCreate(cs101.copy(groups = listOf(BreakoutGroup("g"), BreakoutGroup("g")))) },
        "create_plugin_manifest_not_http" to { s -> s.prepareCreate(cs101.copy(pluginManifests = listOf(PluginManifest("file:///etc/passwd")))) },
        "create_document_content_without_filename" to { s ->
            s.prepareCreate(cs101.copy(documents = listOf(Document(DocumentSource.Content("Hi".toByteArray())))))
        },
        "create_extra_shadows_declared" to { s -> s.prepareCreate(cs101.copy(extra = listOf(QueryParam("MEETINGID", "x")))) },
        "get_recordings_offset_without_limit" to { s -> s.prepareGetRecordings(GetRecordingsRequest(offset = 20)) },
        "publish_recordings_without_publish" to { s -> s.preparePublishRecordings(PublishRecordingsRequest(recordId = listOf("r1"))) },
        "update_recordings_meta_name" to { s -> s.prepareUpdateRecordings(UpdateRecordingsRequest(recordId = listOf("r1"), meta = mapOf("a b" to "x"))) },
        "put_text_track_lang_malformed" to { s ->
            s.preparePutRecordingTextTrack(PutRecordingTextTrackRequest(recordId = "r1", kind = TextTrackKind.CAPTIONS, lang = "english!"))
        },
        "insert_document_without_document" to { s -> s.prepareInsertDocument(InsertDocumentRequest(meetingId = "cs101", documents = listOf())) },
        "hooks_create_callback_not_http" to { s -> s.prepareHooksCreate(HooksCreateRequest(callbackUrl = "app.example.com/hooks")) },
    )

    @TestFactory
    fun `a sample of the cases through the typed records`(): List<DynamicTest> {
        val byName = cases.associateBy { it.str("name") }
        val missing = typed.keys - byName.keys
        assertTrue(missing.isEmpty(), "typed cases not in calls.json: $missing")
        return typed.map { (name, build) ->
            val case = byName.getValue(name)
            dynamic(case, "calls.json typed: ") { check(case) { build(server(case)) } }
        }
    }

    @Test
    fun `every call has a typed sample and the typed URL is the prepared one`() {
        val sampled = cases.filter { it.str("name") in typed }.map { it.str("call") }.toSet()
        assertEquals(apiCallNames().drop(1).toSet(), sampled, "calls without a typed sample")
        val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
        val request = GetRecordingsRequest(recordId = listOf("r1"), limit = 5)
        assertEquals(server.prepareGetRecordings(request).url, server.getRecordingsUrl(request))
        assertEquals(server.prepareCreate(cs101).url, server.createUrl(cs101))
    }

    @Test
    fun `records default every optional parameter to unset`() {
        assertNull(cs101.record)
        assertNull(cs101.guestPolicy)
        assertEquals(emptyMap(), cs101.meta)
        assertEquals(emptyList(), cs101.disabledFeatures)
        assertEquals(emptyList(), cs101.documents)
        assertEquals(false, cs101.isBreakout)
        val doc = Document(DocumentSource.Url("https://files.example.com/a.pdf"))
        assertEquals(Triple(false, false, true), Triple(doc.current, doc.downloadable, doc.removable))
        assertEquals("newer:whiteboardAi", Feature.Newer("whiteboardAi").toString())
        assertEquals("sharedNotes", Feature.SharedNotes.toString())
    }

    @Test
    fun `the declared parameters are listed by call`() {
        assertEquals("join", apiCallNames().first())
        assertTrue("hooks/create" in apiCallNames())
        val create = apiParameters("create")
        assertEquals(listOf("name", "meetingID"), create.take(2).map { it.name })
        assertEquals(listOf("name", "meeting_id"), create.take(2).map { it.field })
        val attendee = create.single { it.name == "attendeePW" }
        assertEquals(listOf("moderatorPW"), attendee.requires)
        assertTrue(create.single { it.name == "document" }.inBody)
        val e = assertFailsWith<BbbException.InvalidParameter> { apiParameters("getMeeting") }
        assertEquals("call" to "one_of", e.parameter to e.rule)
    }

    @Test
    fun `by name takes pairs in order`() {
        val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
        val p = server.prepareByName("getMeetingInfo", "meetingID" to "cs101")
        assertEquals(HttpMethod.GET, p.method)
        assertEquals(server.getMeetingInfoUrl(GetMeetingInfoRequest("cs101")), p.url)
        assertNull(p.body)
    }
}
