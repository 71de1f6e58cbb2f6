package org.bbbkit

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.opentest4j.AssertionFailedError
import java.io.File
import java.lang.reflect.Modifier
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.test.fail

/**
 * Every case of `tests/vectors/answers.json` through the typed parse functions
 * (`parseMeetingInfo(bytes)`, …). Each record is written as the core's JSON form (property
 * `meetingId` as key `meeting_id`, `formatType` as `type`, maps as objects) and compared with the
 * case's `expected` as a whole, so a field the core has and the record lacks fails.
 */
class AnswersVectorTest {
    private val vectors = File(System.getProperty("bbbkit.vectors") ?: "../../tests/vectors")
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")

    private val cases: List<JsonObject> by lazy {
        val f = File(vectors, "answers.json")
        assertTrue(f.isFile, "missing vector file $f")
        Json.parseToJsonElement(f.readText()).jsonObject.getValue("cases").jsonArray.map { it.jsonObject }
            .also { assertTrue(it.isNotEmpty(), "answers.json has no cases") }
    }

    private fun JsonObject.str(key: String): String = getValue(key).jsonPrimitive.content

    /** The parse function of each answer kind (the core's `AnswerKind` names). */
    private val parsers: Map<String, (ByteArray, ULong?) -> Any> = mapOf(
        "join" to { b, m -> parseJoinResponse(b, m) },
        "create" to { b, m -> parseCreateResponse(b, m) },
        "meeting-info" to { b, m -> parseMeetingInfo(b, m) },
        "meetings" to { b, m -> parseMeetings(b, m) },
        "running" to { b, m -> parseIsMeetingRunning(b, m) },
        "end" to { b, m -> parseEnd(b, m) },
        "recordings" to { b, m -> parseRecordings(b, m) },
        "publish" to { b, m -> parsePublishRecordings(b, m) },
        "delete" to { b, m -> parseDeleteRecordings(b, m) },
        "update" to { b, m -> parseUpdateRecordings(b, m) },
        "text-tracks" to { b, m -> parseTextTracks(b, m) },
        "put-text-track" to { b, m -> parsePutTextTrack(b, m) },
        "insert-document" to { b, m -> parseInsertDocument(b, m) },
        "chat" to { b, m -> parseSendChatMessage(b, m) },
        "hook-create" to { b, m -> parseHookCreate(b, m) },
        "hook-destroy" to { b, m -> parseHookDestroy(b, m) },
        "hooks" to { b, m -> parseHooks(b, m) },
    )

    /** `meetingId` → `meeting_id`; the one rename of the records is `formatType` (`type`). */
    private fun key(property: String): String =
        if (property == "formatType") "type" else property.replace(Regex("([A-Z])")) { "_" + it.value.lowercase() }

    /** A record as the core's JSON form, through its properties (Java reflection: no kotlin-reflect). */
    private fun toJson(value: Any?): JsonElement = when (value) {
        null -> JsonNull
        is String -> JsonPrimitive(value)
        is Long -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is List<*> -> JsonArray(value.map(::toJson))
        is Map<*, *> -> JsonObject(value.entries.associate { (k, v) -> k as String to toJson(v) })
        is GuestStatus -> JsonPrimitive(
            when (value) {
                is GuestStatus.Allow -> "ALLOW"
                is GuestStatus.Wait -> "WAIT"
                is GuestStatus.Deny -> "DENY"
                is GuestStatus.Other -> value.value
            },
        )
        else -> {
            assertTrue(value.javaClass.name.startsWith("org.bbbkit."), "not a record: ${value.javaClass}")
            JsonObject(
                value.javaClass.declaredFields
                    .filter { !Modifier.isStatic(it.modifiers) && !it.isSynthetic }
                    .associate { f ->
                        f.isAccessible = true
                        key(f.name) to toJson(f.get(value))
                    },
            )
        }
    }

    private fun assertError(want: JsonObject, e: BbbException) {
        for (field in want.keys) {
            when (field) {
                "kind" -> assertEquals(
                    want.str(field),
                    when (e) {
                        is BbbException.Api -> "api"
                        is BbbException.Parse -> "parse"
                        else -> "other: $e"
                    },
                )
                "code" -> assertEquals(want.str(field), (e as BbbException.Parse).code)
                "key" -> assertEquals(want.str(field), (e as BbbException.Api).key.toString())
                "api_kind" -> {
                    val api = e as BbbException.Api
                    assertEquals(want.str(field), api.kind.toString())
                    // The key's own kind, but where the call changes it (notFound on a recording call).
                    if (api.kind != ApiErrorKind.RECORDING_NOT_FOUND) assertEquals(api.key.kind(), api.kind, "the key's own kind")
                }
                "message" -> assertEquals(want.str(field), (e as BbbException.Api).serverMessage)
                "errors" -> assertEquals(
                    want.getValue(field),
                    JsonArray(
                        (e as BbbException.Api).errors.map {
                            if (it.kind != ApiErrorKind.RECORDING_NOT_FOUND) assertEquals(it.key.kind(), it.kind)
                            JsonObject(mapOf("key" to JsonPrimitive(it.key.toString()), "message" to JsonPrimitive(it.message)))
                        },
                    ),
                )
                "details" -> assertEquals(
                    want.getValue(field).jsonArray.associate { p -> p.jsonArray.let { it[0].jsonPrimitive.content to it[1].jsonPrimitive.content } },
                    (e as BbbException.Api).details,
                )
                else -> fail("unknown error field `$field`")
            }
        }
    }

    private val caseKeys = setOf("name", "kind", "fixture", "input", "input_hex", "max_size", "expected", "error")

    @TestFactory
    fun `every case of answers json`() = cases.map { case ->
        val name = "answers.json: ${case.str("name")}"
        DynamicTest.dynamicTest(name) {
            try {
                for (k in case.keys) assertTrue(k in caseKeys, "unknown case key `$k`")
                val parse = parsers[case.str("kind")] ?: fail("no parse function for kind `${case.str("kind")}`")
                val body: ByteArray = when {
                    "fixture" in case -> File(fixtures, case.str("fixture")).readBytes()
                    "input" in case -> case.str("input").toByteArray(Charsets.UTF_8)
                    "input_hex" in case -> case.str("input_hex").chunked(2).map { it.toInt(16).toByte() }.toByteArray()
                    else -> fail("case has no input")
                }
                val maxSize = case["max_size"]?.jsonPrimitive?.long?.toULong()
                val error = case["error"]?.jsonObject
                if (error == null) {
                    assertEquals(case.getValue("expected"), toJson(parse(body, maxSize)))
                } else {
                    val e = assertFailsWith<BbbException> { parse(body, maxSize) }
                    assertError(error, e)
                }
            } catch (e: Throwable) {
                throw AssertionFailedError("$name: ${e.message}", e)
            }
        }
    }

    @Test
    fun `every answer kind has a parse function and a case`() {
        assertEquals(parsers.keys, cases.map { it.str("kind") }.toSet())
    }

    @Test
    fun `meeting passwords stay out of toString but not out of the fields`() {
        val xml = """
            <response><returncode>SUCCESS</returncode><meetingID>m</meetingID>
            <internalMeetingID>i</internalMeetingID><createTime>1</createTime>
            <attendeePW>secret-ap</attendeePW><moderatorPW>secret-mp</moderatorPW>
            <metadata><bbb-origin>app</bbb-origin></metadata></response>
        """.trimIndent().toByteArray()
        val info = parseMeetingInfo(xml)
        assertEquals("secret-ap", info.attendeePw)
        assertEquals("app", info.metadata["bbb-origin"])
        for (text in listOf(info.toString(), Meetings(listOf(info), null, null).toString())) {
            assertTrue("secret-ap" !in text && "secret-mp" !in text, text)
            assertTrue("attendeePw=[redacted]" in text && "internalMeetingId=i" in text, text)
        }
    }
}
