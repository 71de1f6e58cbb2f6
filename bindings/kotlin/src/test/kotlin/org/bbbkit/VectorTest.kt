package org.bbbkit

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.boolean
import kotlinx.serialization.json.booleanOrNull
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import kotlinx.serialization.json.put
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory
import org.opentest4j.AssertionFailedError
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import kotlin.test.fail

/**
 * Runs every case of every file in `tests/vectors/` (see its README) through the Kotlin API.
 * A missing file, an empty file or a key the runner does not know fails the suite.
 */
class VectorTest {
    private val vectors = File(System.getProperty("bbbkit.vectors") ?: "../../tests/vectors")
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")

    private fun cases(file: String): List<JsonObject> {
        val f = File(vectors, file)
        assertTrue(f.isFile, "missing vector file $f")
        val cases = Json.parseToJsonElement(f.readText()).jsonObject.getValue("cases").jsonArray
        assertTrue(cases.isNotEmpty(), "$file has no cases")
        return cases.map { it.jsonObject }
    }

    private fun run(file: String, body: (JsonObject) -> Unit): List<DynamicTest> =
        cases(file).map { case ->
            val name = "$file: ${case.str("name")}"
            DynamicTest.dynamicTest(name) {
                try {
                    body(case)
                } catch (e: Throwable) {
                    throw AssertionFailedError("$name: ${e.message}", e)
                }
            }
        }

    // ---- JSON helpers --------------------------------------------------------------------

    private fun JsonObject.str(key: String): String = getValue(key).jsonPrimitive.content
    private fun JsonObject.strOrNull(key: String): String? =
        get(key)?.let { if (it is JsonNull) null else it.jsonPrimitive.content }
    private fun JsonElement.pairs(): List<QueryParam> = jsonArray.map {
        val (name, value) = it.jsonArray.map { v -> v.jsonPrimitive.content }
        QueryParam(name, value)
    }

    // ---- expected results and errors -----------------------------------------------------

    private fun kindOf(e: BbbException): String = when (e) {
        is BbbException.InvalidParameter -> "invalid_parameter"
        is BbbException.ChecksumMissing -> "checksum_missing"
        is BbbException.ChecksumDuplicate -> "checksum_duplicate"
        is BbbException.ChecksumMalformed -> "checksum_malformed"
        is BbbException.ChecksumLength -> "checksum_length"
        is BbbException.AlgorithmNotAllowed -> "algorithm_not_allowed"
        is BbbException.ChecksumMismatch -> "checksum_mismatch"
        is BbbException.Parse -> "parse"
        is BbbException.Api -> "api"
        is BbbException.Callback -> callbackKind(e)
    }

    /** The vector's kind of a callback error is the core's code, `callback_signature`: the typed kind's text. */
    private fun callbackKind(e: BbbException.Callback): String {
        val code = e.kind.toString()
        assertEquals(CallbackErrorKind.valueOf(code.removePrefix("callback_").uppercase()), e.kind, code)
        assertEquals(401, e.httpStatus, "httpStatus of $code")
        assertTrue(e.reason.isNotEmpty())
        return code
    }

    /** Runs [block] for a case: compares its result with [check], or its error with the case's. */
    private fun <T> expect(case: JsonObject, block: () -> T, check: (T) -> Unit) {
        val error = case["error"]?.jsonObject
        if (error == null) {
            check(block())
            return
        }
        val e = try {
            val got = block()
            throw AssertionFailedError("expected error $error, got $got")
        } catch (e: BbbException) {
            e
        }
        assertEquals(error.str("kind"), kindOf(e), "error kind (${e.message})")
        for (key in error.keys) {
            when (key) {
                "kind" -> {}
                "parameter" -> assertEquals(error.str(key), (e as BbbException.InvalidParameter).parameter)
                "rule" -> assertEquals(error.str(key), (e as BbbException.InvalidParameter).rule)
                "code" -> assertEquals(error.str(key), (e as BbbException.Parse).code)
                "key" -> assertEquals(error.str(key), (e as BbbException.Api).key.toString())
                "api_kind" -> assertApiKind(error.str(key), (e as BbbException.Api).kind, e.key)
                "message" -> assertEquals(error.str(key), (e as BbbException.Api).serverMessage)
                "errors" -> assertDetails(error.getValue(key), (e as BbbException.Api).errors)
                "details" -> assertEquals(
                    error.getValue(key).jsonArray.associate { p -> p.jsonArray.let { it[0].jsonPrimitive.content to it[1].jsonPrimitive.content } },
                    (e as BbbException.Api).details,
                )
                else -> fail("unknown error field `$key`")
            }
        }
        // No error message ever carries a secret.
        for (secret in secretsOf(case)) {
            assertTrue(secret !in e.toString(), "the secret leaked into $e")
        }
    }

    /**
     * The typed kind: `checksum_error` is `ApiErrorKind.CHECKSUM_ERROR`, and the key's own kind
     * but where the call changes it (`notFound` on a recording call is `RECORDING_NOT_FOUND`).
     */
    private fun assertApiKind(want: String, kind: ApiErrorKind, key: MessageKey) {
        assertEquals(ApiErrorKind.valueOf(want.uppercase()), kind)
        assertEquals(want, kind.toString())
        if (kind != ApiErrorKind.RECORDING_NOT_FOUND) assertEquals(kind, key.kind())
    }

    /** The vector's `{key, message}` list, compared with the keys' spellings; each kind is the key's. */
    private fun assertDetails(json: JsonElement, got: List<ApiErrorDetail>) {
        val want = json.jsonArray.map { it.jsonObject.str("key") to it.jsonObject.str("message") }
        assertEquals(want, got.map { it.key.toString() to it.message })
        for (d in got) if (d.kind != ApiErrorKind.RECORDING_NOT_FOUND) assertEquals(d.key.kind(), d.kind)
    }

    private fun secretsOf(case: JsonObject): List<String> = buildList {
        case.strOrNull("secret")?.let(::add)
        (case["server"] as? JsonObject)?.strOrNull("secret")?.let(::add)
        (case["secrets"] as? JsonArray)?.forEach { add(it.jsonPrimitive.content) }
    }.filter { it.trim().length >= 4 }

    private fun server(json: JsonObject): Server {
        val algorithm = json.strOrNull("algorithm")?.let(::checksumAlgorithmFromName)
        return Server(json.str("url"), json.str("secret"), algorithm)
    }

    // ---- the files -----------------------------------------------------------------------

    @TestFactory
    fun checksum() = run("checksum.json") { case ->
        val got = checksum(
            case.str("call"),
            case.str("query"),
            case.str("secret"),
            checksumAlgorithmFromName(case.str("algorithm")),
        )
        assertEquals(case.str("checksum"), got)
    }

    @TestFactory
    fun server() = run("server.json") { case ->
        expect(case, { Server(case.str("url"), case.str("secret")) }) { server ->
            assertEquals(case.str("base_url"), server.baseUrl())
            assertEquals(ChecksumAlgorithm.SHA256, server.algorithm())
            assertTrue(case.str("secret") !in server.toString())
        }
    }

    @TestFactory
    fun join() = run("join.json") { case ->
        expect(case, {
            val request = joinRequest(case.getValue("request").jsonObject)
            server(case.getValue("server").jsonObject).joinUrl(request) to request
        }) { (url, request) ->
            assertEquals(case.str("url"), url)
            assertEquals(case.getValue("effective_auth").jsonPrimitive.boolean, request.effectiveAuth())
        }
    }

    /**
     * A `JoinRequest` from the vector's BBB parameter names, through [joinRequestFromParams]: the
     * core's declaration converts each value (role and layout names, `createTime`, booleans) and
     * names the parameter when one does not convert. `userdata` pairs become `userdata-KEY`;
     * `extra` pairs go into the record's `extra` as they are (they may shadow declared names,
     * which the URL must refuse).
     */
    private fun joinRequest(json: JsonObject): JoinRequest {
        val declared = mutableListOf<QueryParam>()
        var extra = emptyList<QueryParam>()
        for ((key, value) in json) {
            when (key) {
                "userdata" -> declared += value.pairs().map { QueryParam("userdata-${it.name}", it.value) }
                "extra" -> extra = value.pairs()
                else -> {
                    assertTrue(key in joinParameterNames, "unknown request key `$key`")
                    declared += QueryParam(key, value.jsonPrimitive.content)
                }
            }
        }
        return joinRequestFromParams(declared).copy(extra = extra)
    }

    /** The BBB names of the join call's typed parameters, from the core's declaration. */
    private val joinParameterNames: Set<String> by lazy { joinParameterNames().toSet() }

    @TestFactory
    fun apiUrl() = run("api_url.json") { case ->
        expect(case, {
            server(case.getValue("server").jsonObject).apiUrl(case.str("call"), case.getValue("params").pairs())
        }) { url -> assertEquals(case.str("url"), url) }
    }

    @TestFactory
    fun verify() = run("verify.json") { case ->
        expect(case, {
            val secrets = case.getValue("secrets").jsonArray.map { it.jsonPrimitive.content }
            val allowed = case["allowed"]?.jsonArray?.map { checksumAlgorithmFromName(it.jsonPrimitive.content) }
            val verifier = Verifier(secrets, allowed)
            if ("url" in case) {
                verifier.verifyUrl(case.str("url"))
            } else {
                verifier.verify(case.str("call"), case.str("query"))
            }
        }) { verified ->
            assertEquals(checksumAlgorithmFromName(case.str("algorithm")), verified.algorithm)
            assertEquals(case.getValue("key_index").jsonPrimitive.long, verified.keyIndex.toLong())
            case["params"]?.let { assertEquals(it.pairs(), verified.params) }
        }
    }

    @TestFactory
    fun parse() = run("parse.json") { case ->
        val kind = case.str("kind")
        if (kind == "error_redirect") {
            expect(case, { parseErrorRedirect(case.str("location")) }) { got ->
                val want = case.getValue("expected").jsonObject
                for (field in want.keys) {
                    when (field) {
                        "key" -> assertEquals(want.str(field), got.key.toString())
                        "api_kind" -> assertApiKind(want.str(field), got.kind, got.key)
                        "message" -> assertEquals(want.str(field), got.message)
                        "errors" -> assertDetails(want.getValue(field), got.errors)
                        else -> fail("unknown expected field `$field`")
                    }
                }
            }
            return@run
        }
        val body: ByteArray = when {
            "fixture" in case -> File(fixtures, case.str("fixture")).readBytes()
            "input" in case -> case.str("input").toByteArray(Charsets.UTF_8)
            "input_hex" in case -> case.str("input_hex").chunked(2).map { it.toInt(16).toByte() }.toByteArray()
            else -> fail("case has no input")
        }
        val maxSize = case["max_size"]?.jsonPrimitive?.long?.toULong()
        val want = case["expected"]?.jsonObject
        when (kind) {
            "join" -> expect(case, { parseJoinResponse(body, maxSize) }) { j ->
                val w = want!!
                assertEquals(w.str("meeting_id"), j.meetingId)
                assertEquals(w.str("user_id"), j.userId)
                assertEquals(w.str("auth_token"), j.authToken)
                assertEquals(w.str("session_token"), j.sessionToken)
                assertEquals(w.str("guest_status"), guestStatusName(j.guestStatus))
                assertEquals(w.str("url"), j.url)
                assertEquals(w.str("message_key"), j.messageKey)
                assertEquals(w.str("message"), j.message)
                assertEquals(8, w.size, "fields compared")
            }
            "create" -> expect(case, { parseCreateResponse(body, maxSize) }) { c ->
                val w = want!!
                assertEquals(w.str("meeting_id"), c.meetingId)
                assertEquals(w.str("internal_meeting_id"), c.internalMeetingId)
                assertEquals(w.strOrNull("parent_meeting_id"), c.parentMeetingId)
                assertEquals(w.strOrNull("attendee_pw"), c.attendeePw)
                assertEquals(w.strOrNull("moderator_pw"), c.moderatorPw)
                assertEquals(w.getValue("create_time").jsonPrimitive.long, c.createTime)
                assertEquals(w.strOrNull("voice_bridge"), c.voiceBridge)
                assertEquals(w.strOrNull("dial_number"), c.dialNumber)
                assertEquals(w.strOrNull("create_date"), c.createDate)
                assertEquals(w.getValue("has_user_joined").jsonPrimitive.booleanOrNull, c.hasUserJoined)
                assertEquals(w.strOrNull("duration")?.toLong(), c.duration)
                assertEquals(w.getValue("has_been_forcibly_ended").jsonPrimitive.booleanOrNull, c.hasBeenForciblyEnded)
                assertEquals(w.strOrNull("message_key"), c.messageKey)
                assertEquals(w.strOrNull("message"), c.message)
                assertEquals(w.getValue("duplicate_warning").jsonPrimitive.boolean, c.duplicateWarning)
                assertEquals(15, w.size, "fields compared")
            }
            "generic" -> expect(case, { parseResponse(body, maxSize) }) { r ->
                val w = want!!
                assertEquals(w.strOrNull("message_key"), r.messageKey())
                assertEquals(w.strOrNull("message"), r.message())
                for ((name, text) in w.getValue("get").jsonObject) {
                    assertEquals(if (text is JsonNull) null else text.jsonPrimitive.content, r.get(name), "get($name)")
                }
                for ((path, pairs) in w["attributes"]?.jsonObject ?: JsonObject(emptyMap())) {
                    val element = path.split("/").fold(r.root()) { e, step ->
                        e.child(step) ?: fail("no element `$step` on the path `$path`")
                    }
                    val expected = pairs.pairs()
                    assertEquals(expected, element.attributes(), "attributes of $path")
                    for (p in expected) assertEquals(p.value, element.attribute(p.name), "attribute(${p.name}) of $path")
                }
                assertEquals(if ("attributes" in w) 4 else 3, w.size, "fields compared")
            }
            else -> fail("unknown parse kind `$kind`")
        }
    }

    /** The keys a callbacks.json case may have (see `core/tests/vectors.rs`, `run_callback`). */
    private val callbackKeys = setOf(
        "name", "scheme", "secrets", "allowed", "now", "max_size", "webhook_schemes",
        "body", "authorization", "url", "meeting_id", "expires_at", "expected", "error",
    )

    @TestFactory
    fun callbacks() = run("callbacks.json") { case ->
        for (key in case.keys) assertTrue(key in callbackKeys, "unknown case key `$key`")
        expect(case, {
            val verifier = CallbackVerifier(
                case.getValue("secrets").jsonArray.map { it.jsonPrimitive.content },
                allowed = case["allowed"]?.jsonArray?.map { JwtAlgorithm.valueOf(it.jsonPrimitive.content) },
                now = case["now"]?.jsonPrimitive?.long?.toULong(),
                maxSize = case["max_size"]?.jsonPrimitive?.long?.toULong(),
            )
            for (secret in secretsOf(case)) assertTrue(secret !in verifier.toString(), "the secret leaked into $verifier")
            callback(case, verifier)
        }) { got -> assertEquals(case.getValue("expected"), got) }
    }

    /** Runs the case's scheme and writes the result as the vectors do. */
    private fun callback(case: JsonObject, v: CallbackVerifier): JsonElement {
        val body by lazy { case.str("body").toByteArray(Charsets.UTF_8) }
        return when (val scheme = case.str("scheme")) {
            "recording_ready" -> v.recordingReady(body).let { r ->
                buildJsonObject {
                    put("meeting_id", r.meetingId)
                    put("record_id", r.recordId)
                    put("other_claims", buildJsonArray {
                        for (c in r.otherClaims) add(buildJsonArray { add(JsonPrimitive(c.name)); add(JsonPrimitive(c.json)) })
                    })
                    put("algorithm", r.algorithm.name)
                    put("key_index", r.keyIndex.toLong())
                }
            }
            "analytics" -> v.analytics(case.str("authorization")).let { a ->
                buildJsonObject {
                    put("expires_at", a.expiresAt.toLong())
                    put("algorithm", a.algorithm.name)
                    put("key_index", a.keyIndex.toLong())
                }
            }
            "webhook" -> {
                val schemes = case["webhook_schemes"]?.jsonArray?.map { it.jsonPrimitive.content }
                    ?: listOf("v3.4")
                for (s in schemes) assertTrue(s in setOf("v3.4", "v2", "v3.0-constant"), "unknown webhook scheme `$s`")
                assertTrue("v3.4" in schemes, "the API always accepts v3.4: a case without it cannot run")
                webhookJson(
                    v.webhook(
                        case.str("url"),
                        body,
                        acceptV2 = "v2" in schemes,
                        acceptReplayableV30Checksum = "v3.0-constant" in schemes,
                    ),
                )
            }
            "webhook_bearer" -> webhookJson(v.webhookBearer(case.str("authorization"), body))
            "end_callback_url" -> buildJsonObject {
                put("url", v.endCallbackUrl(case.str("url"), case.str("meeting_id"), case.getValue("expires_at").jsonPrimitive.long.toULong()))
            }
            "end_callback" -> v.endCallback(case.str("url")).let { e ->
                buildJsonObject {
                    put("meeting_id", e.meetingId)
                    put("recording_marks", e.recordingMarks)
                    put("key_index", e.keyIndex.toLong())
                }
            }
            else -> fail("unknown callback scheme `$scheme`")
        }
    }

    /** A webhook POST as the vectors write it; the checksum algorithm by its lower-case name (`sha256`). */
    private fun webhookJson(w: WebhookPost): JsonElement = buildJsonObject {
        put("domain", w.domain)
        put("timestamp", w.timestamp)
        put("events", buildJsonArray {
            for (e in w.events) add(buildJsonObject {
                put("id", e.id)
                put("internal_meeting_id", e.internalMeetingId)
                put("external_meeting_id", e.externalMeetingId)
                put("timestamp", e.timestamp)
                put("raw", e.raw)
            })
        })
        put("scheme", w.scheme.toString())
        put("algorithm", w.algorithm?.name?.lowercase())
        put("key_index", w.keyIndex.toLong())
    }

    private fun guestStatusName(status: GuestStatus): String = when (status) {
        GuestStatus.Allow -> "ALLOW"
        GuestStatus.Wait -> "WAIT"
        GuestStatus.Deny -> "DENY"
        is GuestStatus.Other -> status.value
    }
}
