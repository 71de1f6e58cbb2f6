package org.bbbkit

import org.junit.jupiter.api.Test
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * The README's "Verifying callbacks" section: a handler written the way a Ktor route or a Spring
 * controller is (bytes and headers in, a status out), fed with the spec's worked examples
 * (`bbb-callbacks.md` §7). Every refusal answers `e.httpStatus`.
 */
class CallbackHandlerTest {
    private val secret = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
    private val hookUrl = "https://app.example.com/bbb/webhook"
    private val readyToken = "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8"
    private val analyticsToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3MDg0Njc1NTV9.z4wBKpPHLA6pnppsLxVuFfcM2vMxcmVK6IrC-duo5vLbpVL2f_7k__bm3sAHeX-_ra0V6gdIp27Jj5Phr3XcQA"
    private val hookBody = "domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22%3A%22event%22%2C%22id%22%3A%22meeting-ended%22%2C%22attributes%22%3A%7B%22meeting%22%3A%7B%22internal-meeting-id%22%3A%228043c8452ae9830aac14c517adff3839dbd9228f-1698771157700%22%2C%22external-meeting-id%22%3A%22random-9019868%22%7D%7D%2C%22event%22%3A%7B%22ts%22%3A1708381155717%7D%7D%7D%5D&timestamp=1708381155720"

    /** What a Ktor `call.respond(HttpStatusCode.fromValue(status))` or a Spring `ResponseEntity` carries. */
    data class Reply(val status: Int, val body: String = "")

    /**
     * The application's callback endpoints. In Ktor each function is the body of a `post { }`
     * route (`call.receive<ByteArray>()`, `call.request.headers["Authorization"]`); in Spring, of
     * a `@PostMapping` taking `@RequestBody body: ByteArray`.
     */
    class BbbCallbacks(private val verifier: CallbackVerifier) {
        val recordings = mutableListOf<String>()
        val endedMeetings = mutableListOf<String>()

        /** `POST /bbb/recording-ready` (meta_bbb-recording-ready-url). */
        fun recordingReady(body: ByteArray): Reply = answer {
            val ready = verifier.recordingReady(body)
            // BBB sends one callback per playback format: be idempotent on the record ID.
            if (ready.recordId !in recordings) recordings += ready.recordId
            Reply(200)
        }

        /** `POST /bbb/webhook?checksum=…`: [requestUrl] is the registered URL plus the query received. */
        fun webhook(requestUrl: String, body: ByteArray): Reply = answer {
            val post = verifier.webhook(requestUrl, body)
            Reply(200, post.events.joinToString { "${it.id}@${it.externalMeetingId}" })
        }

        /** `POST /bbb/analytics` (meta_analytics-callback-url): the token, not the body, is checked. */
        fun analytics(authorization: String?, body: ByteArray): Reply = answer {
            verifier.analytics(authorization ?: "")
            Reply(200, "${body.size} bytes of unauthenticated JSON")
        }

        /** `GET /bbb/ended?…` (meta_endCallbackUrl made by [CallbackVerifier.endCallbackUrl]). */
        fun ended(requestUrl: String): Reply = answer {
            val ended = verifier.endCallback(requestUrl)
            endedMeetings += ended.meetingId
            Reply(200)
        }

        private fun answer(block: () -> Reply): Reply = try {
            block()
        } catch (e: BbbException.Callback) {
            // Always 401 for BBB: bbb-webhooks stops retrying; log the kind, never the request.
            Reply(e.httpStatus, e.kind.toString())
        }
    }

    private val verifier = CallbackVerifier(listOf(secret))

    @Test
    fun `a recording-ready handler answers 200, or e_httpStatus for a forged token`() {
        val app = BbbCallbacks(verifier)
        val body = "signed_parameters=$readyToken".toByteArray()
        assertEquals(Reply(200), app.recordingReady(body))
        assertEquals(Reply(200), app.recordingReady(body))
        assertEquals(listOf("ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"), app.recordings)

        val forged = "signed_parameters=${readyToken.replace("8vrk", "8vrl")}".toByteArray()
        assertEquals(Reply(401, "callback_signature"), app.recordingReady(forged))
        assertEquals(Reply(401, "callback_missing"), app.recordingReady(ByteArray(0)))
    }

    @Test
    fun `a webhook handler accepts bbb-webhooks 3_4 and refuses the replayable constant`() {
        val app = BbbCallbacks(verifier)
        val ok = app.webhook("$hookUrl?checksum=a0b4421819f70615cf414fadc3df8ced3861b145", hookBody.toByteArray())
        assertEquals(Reply(200, "meeting-ended@random-9019868"), ok)
        val constant = app.webhook("$hookUrl?checksum=616c50847930b35b4cceafc2484db5d3c72508b0", hookBody.toByteArray())
        assertEquals(Reply(401, "callback_replayable_checksum"), constant)
        val tampered = app.webhook("$hookUrl?checksum=a0b4421819f70615cf414fadc3df8ced3861b145", hookBody.replace("random", "other").toByteArray())
        assertEquals(401, tampered.status)
    }

    @Test
    fun `older bbb-webhooks are accepted only when asked for, and the scheme says which matched`() {
        val v2 = "$hookUrl?checksum=f21e92f84a2eb47431c57895974e9fafb8790062"
        val e = assertFailsWith<BbbException.Callback> { verifier.webhook(v2, hookBody.toByteArray()) }
        assertEquals(CallbackErrorKind.SIGNATURE, e.kind)
        val post = verifier.webhook(v2, hookBody.toByteArray(), acceptV2 = true)
        assertEquals(WebhookScheme.V2, post.scheme)
        assertEquals("v2", post.scheme.toString())
        assertEquals(ChecksumAlgorithm.SHA1, post.algorithm)

        val constant = "$hookUrl?checksum=616c50847930b35b4cceafc2484db5d3c72508b0"
        val replayable = verifier.webhook(constant, hookBody.toByteArray(), acceptReplayableV30Checksum = true)
        assertEquals(WebhookScheme.V3_0_CONSTANT, replayable.scheme)

        val bearer = verifier.webhookBearer("Bearer $secret", hookBody.toByteArray())
        assertEquals(WebhookScheme.BEARER, bearer.scheme)
        assertNull(bearer.algorithm)
        val event = bearer.events.single()
        assertEquals(1708381155717L, event.timestamp)
        assertEquals("8043c8452ae9830aac14c517adff3839dbd9228f-1698771157700", event.internalMeetingId)
    }

    @Test
    fun `analytics tokens expire, and now is a default argument for tests`() {
        val before = CallbackVerifier(listOf(secret), now = 1708467554uL)
        assertEquals(Reply(200, "2 bytes of unauthenticated JSON"), BbbCallbacks(before).analytics("Bearer $analyticsToken", "{}".toByteArray()))
        val token = before.analytics("bearer $analyticsToken")
        assertEquals(1708467555uL, token.expiresAt)
        assertEquals(JwtAlgorithm.HS512, token.algorithm)

        val after = BbbCallbacks(CallbackVerifier(listOf(secret), now = 1708467555uL))
        assertEquals(Reply(401, "callback_expired"), after.analytics("Bearer $analyticsToken", ByteArray(0)))
        assertEquals(Reply(401, "callback_missing"), after.analytics(null, ByteArray(0)))
    }

    @Test
    fun `the allow-list and the size limit are default arguments`() {
        val hs512Only = CallbackVerifier(listOf(secret), allowed = listOf(JwtAlgorithm.HS512))
        val e = assertFailsWith<BbbException.Callback> { hs512Only.recordingReady(readyToken.toByteArray()) }
        assertEquals(CallbackErrorKind.ALGORITHM_NOT_ALLOWED, e.kind)
        val both = CallbackVerifier(listOf("new-secret-value", secret), allowed = JwtAlgorithm.entries)
        assertEquals(1u, both.recordingReady(readyToken.toByteArray()).keyIndex)

        val small = CallbackVerifier(listOf(secret), maxSize = 64uL)
        assertEquals(CallbackErrorKind.TOO_LARGE, assertFailsWith<BbbException.Callback> { small.recordingReady(readyToken.toByteArray()) }.kind)
    }

    @Test
    fun `end callbacks carry a bbbkit token made at create time`() {
        val keys = CallbackVerifier(listOf("an-application-key"), now = 1_700_000_000uL)
        val url = keys.endCallbackUrl("https://lms.example.com/bbb/ended", "physics-101", expiresAt = 1_700_086_400uL)
        assertTrue(url.startsWith("https://lms.example.com/bbb/ended?bbbkit_expires=1700086400&bbbkit_token="), url)
        val app = BbbCallbacks(keys)
        assertEquals(Reply(200), app.ended("$url&recordingmarks=false&meetingID=physics-101"))
        assertEquals(listOf("physics-101"), app.endedMeetings)
        assertEquals(Reply(401, "callback_signature"), app.ended("$url&recordingmarks=false&meetingID=chemistry-2"))

        val bad = assertFailsWith<BbbException.InvalidParameter> { keys.endCallbackUrl("https://x/#frag", "m", 1uL) }
        assertEquals("url", bad.parameter)
    }

    @Test
    fun `every kind is the core's code, and a when over the kinds is exhaustive`() {
        val codes = CallbackErrorKind.entries.map { it.toString() }
        assertEquals(12, codes.size)
        assertTrue(codes.all { it.startsWith("callback_") }, codes.toString())
        fun log(kind: CallbackErrorKind): String = when (kind) {
            CallbackErrorKind.SIGNATURE, CallbackErrorKind.REPLAYABLE_CHECKSUM -> "forged or misconfigured secret"
            CallbackErrorKind.EXPIRED, CallbackErrorKind.NOT_YET_VALID -> "clock or replay"
            CallbackErrorKind.MALFORMED, CallbackErrorKind.TOO_LARGE, CallbackErrorKind.MISSING,
            CallbackErrorKind.MISSING_CLAIM, CallbackErrorKind.CHECKSUM_LENGTH -> "not a BBB callback"
            CallbackErrorKind.ALGORITHM_NONE, CallbackErrorKind.ALGORITHM_UNSUPPORTED,
            CallbackErrorKind.ALGORITHM_NOT_ALLOWED -> "algorithm refused"
        }
        assertEquals("algorithm refused", log(CallbackErrorKind.ALGORITHM_NONE))
    }

    @Test
    fun `no secret in toString or messages, and one verifier serves many threads`() {
        val other = "s3cr3t-value-that-must-not-leak"
        val v = CallbackVerifier(listOf(other, secret))
        assertFalse(other in v.toString() || secret in v.toString(), v.toString())
        val wrong = assertFailsWith<BbbException.Callback> { v.webhookBearer("Bearer ${other}x", hookBody.toByteArray()) }
        assertFalse(other in wrong.toString() || other in wrong.message.orEmpty(), wrong.toString())
        val empty = assertFailsWith<BbbException.InvalidParameter> { CallbackVerifier(listOf(other, "")) }
        assertEquals("secret", empty.parameter)
        assertFalse(other in empty.toString())

        val pool = Executors.newFixedThreadPool(8)
        try {
            val body = "signed_parameters=$readyToken".toByteArray()
            val results = (1..8).map { pool.submit(Callable { (1..100).map { v.recordingReady(body).keyIndex } }) }
                .flatMap { it.get(60, TimeUnit.SECONDS) }
            assertEquals(800, results.size)
            assertTrue(results.all { it == 1u })
        } finally {
            pool.shutdownNow()
        }
    }
}
