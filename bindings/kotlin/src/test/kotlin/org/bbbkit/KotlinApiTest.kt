package org.bbbkit

import com.sun.jna.Platform
import org.junit.jupiter.api.Test
import java.io.File
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** What the vectors cannot show: Kotlin idioms, exception classes, threads, secrets. */
class KotlinApiTest {
    private val secret = "8cd8ef52e8e101574e400365b55e11a6"
    private val server = Server("https://bbb.example.com/bigbluebutton/", secret)
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")

    @Test
    fun `join request defaults leave every optional parameter unset`() {
        val request = JoinRequest(meetingId = "physics-101", fullName = "Marie Curie")
        assertNull(request.role)
        assertNull(request.password)
        assertNull(request.createTime)
        assertNull(request.redirect)
        assertNull(request.auth)
        assertNull(request.enforceLayout)
        assertFalse(request.guest)
        assertFalse(request.bot)
        assertFalse(request.excludeFromDashboard)
        assertEquals(emptyList(), request.userdata)
        assertEquals(emptyList(), request.extra)
        assertTrue(request.effectiveAuth())
        assertFalse(request.copy(guest = true).effectiveAuth())
    }

    @Test
    fun `named arguments give the documented URL`() {
        val url = server.joinUrl(JoinRequest(meetingId = "replace-with-meeting-id", fullName = "John Doe", role = Role.VIEWER))
        // The first case of tests/vectors/join.json, whose checksum hashlib computed.
        assertEquals(
            "https://bbb.example.com/bigbluebutton/api/join?meetingID=replace-with-meeting-id&fullName=John+Doe" +
                "&role=VIEWER&checksum=9f79d88256fec53cf7ea3700672d52309923042887d51777b2f595b20bd47fbf",
            url,
        )
    }

    @Test
    fun `server defaults to SHA-256 and takes another algorithm by name`() {
        assertEquals(ChecksumAlgorithm.SHA256, server.algorithm())
        val sha1 = Server("bbb.example.com", secret, algorithm = ChecksumAlgorithm.SHA1)
        assertEquals(ChecksumAlgorithm.SHA1, sha1.algorithm())
        assertEquals("https://bbb.example.com/bigbluebutton/api/", sha1.baseUrl())
        val url = sha1.apiUrl("end", "meetingID" to "physics-101")
        assertEquals(40, url.substringAfter("checksum=").length)
        assertEquals(ChecksumAlgorithm.SHA384, checksumAlgorithmFromName("SHA-384"))
    }

    @Test
    fun `invalid parameter is a typed exception naming the parameter and the rule`() {
        val e = assertFailsWith<BbbException.InvalidParameter> {
            server.joinUrl(JoinRequest(meetingId = "a,b", fullName = "Ada", role = Role.VIEWER))
        }
        assertEquals("meetingID", e.parameter)
        assertEquals("no_comma", e.rule)
        assertEquals("must not contain a comma", e.reason)
        assertTrue("meetingID" in e.message)
        assertIs<BbbException>(e)
        assertIs<Exception>(e)

        val missingRole = assertFailsWith<BbbException.InvalidParameter> {
            server.joinUrl(JoinRequest(meetingId = "physics-101", fullName = "Ada"))
        }
        assertEquals("role" to "role_or_password", missingRole.parameter to missingRole.rule)

        val badUrl = assertFailsWith<BbbException.InvalidParameter> { Server("ftp://bbb.example.com", secret) }
        assertEquals("url" to "http_url", badUrl.parameter to badUrl.rule)
    }

    @Test
    fun `a sealed exception is matched exhaustively`() {
        fun describe(e: BbbException): String = when (e) {
            is BbbException.InvalidParameter -> "fix ${e.parameter}"
            is BbbException.Api -> "server said ${e.key}"
            is BbbException.Parse -> "unreadable: ${e.code}"
            is BbbException.Callback -> "answer ${e.httpStatus}: ${e.kind}"
            is BbbException.ChecksumMissing, is BbbException.ChecksumDuplicate,
            is BbbException.ChecksumMalformed, is BbbException.ChecksumLength,
            is BbbException.AlgorithmNotAllowed, is BbbException.ChecksumMismatch -> "forged"
        }
        val e = assertFailsWith<BbbException> { parseJoinResponse("<html/>".toByteArray()) }
        assertEquals("unreadable: not_bbb", describe(e))
    }

    @Test
    fun `api error carries the key, the message and every error`() {
        val xml = """
            <response><returncode>FAILED</returncode>
            <errors>
              <error><key>missingParamMeetingID</key><message>You must specify a meeting ID.</message></error>
              <error><key>missingParamFullName</key><message>You must specify a name.</message></error>
            </errors></response>
        """.trimIndent()
        val e = assertFailsWith<BbbException.Api> { parseJoinResponse(xml.toByteArray()) }
        assertEquals(MessageKey.MissingParamMeetingId, e.key)
        assertEquals("missingParamMeetingID", e.key.toString())
        assertEquals(ApiErrorKind.INVALID_REQUEST, e.kind)
        assertEquals("You must specify a meeting ID.", e.serverMessage)
        assertEquals(
            listOf(
                ApiErrorDetail(MessageKey.MissingParamMeetingId, ApiErrorKind.INVALID_REQUEST, "You must specify a meeting ID."),
                ApiErrorDetail(MessageKey.MissingParamFullName, ApiErrorKind.INVALID_REQUEST, "You must specify a name."),
            ),
            e.errors,
        )
    }

    @Test
    fun `an api error is matched on its kind`() {
        val body = File(fixtures, "error_checksum.xml").readBytes()
        val e = assertFailsWith<BbbException.Api> { parseJoinResponse(body) }
        val action = when (e.kind) {
            ApiErrorKind.CHECKSUM_ERROR -> "check the shared secret"
            ApiErrorKind.CREATE_TIME_MISMATCH -> "create the meeting again"
            ApiErrorKind.MEETING_ENDED, ApiErrorKind.MEETING_NOT_FOUND -> "create the meeting"
            ApiErrorKind.GUEST_DENIED -> "tell the guest"
            else -> "show ${e.serverMessage}"
        }
        assertEquals("check the shared secret", action)
        assertEquals(MessageKey.ChecksumError, e.key)
        assertEquals("checksum_error", e.kind.toString())
        assertEquals(ApiErrorKind.CHECKSUM_ERROR, e.key.kind())

        // A key bbbkit does not know keeps its spelling, and its kind says so.
        val odd = assertFailsWith<BbbException.Api> {
            parseResponse("<response><returncode>FAILED</returncode><messageKey>somethingNew</messageKey></response>".toByteArray())
        }
        assertEquals(MessageKey.Other("somethingNew"), odd.key)
        assertEquals(ApiErrorKind.UNKNOWN_API_ERROR, odd.kind)
        assertEquals("somethingNew", odd.key.toString())
    }

    @Test
    fun `join requests convert from BBB names`() {
        val names = joinParameterNames()
        assertEquals(listOf("meetingID", "fullName", "role"), names.take(3))
        val request = joinRequestFromParams(
            listOf("meetingID" to "physics-101", "fullName" to "Ada", "role" to "viewer", "userdata-bbb_x" to "1", "lang" to "de")
                .map { it.toQueryParam() },
        )
        assertEquals(JoinRequest("physics-101", "Ada", Role.VIEWER, userdata = listOf(QueryParam("bbb_x", "1")), extra = listOf(QueryParam("lang", "de"))), request)
        val e = assertFailsWith<BbbException.InvalidParameter> {
            joinRequestFromParams(listOf(QueryParam("defaultLayout", "GRID")))
        }
        assertEquals("defaultLayout" to "one_of", e.parameter to e.rule)
    }

    @Test
    fun `verification errors are distinct classes`() {
        val url = server.apiUrl("end", "meetingID" to "physics-101")
        val verified = server.verifyUrl(url)
        assertEquals("end", verified.call)
        assertEquals(listOf(QueryParam("meetingID", "physics-101")), verified.params)
        assertEquals(0u, verified.keyIndex)

        assertFailsWith<BbbException.ChecksumMismatch> { server.verifyUrl(url.replace("physics-101", "physics-102")) }
        assertFailsWith<BbbException.ChecksumMissing> { server.verify("end", "meetingID=physics-101") }
        val length = assertFailsWith<BbbException.ChecksumLength> { server.verify("end", "meetingID=x&checksum=abc") }
        assertEquals(3uL, length.length)

        val rotated = Verifier(listOf("new-secret-2026", secret), allowed = listOf(ChecksumAlgorithm.SHA256))
        assertEquals(1u, rotated.verifyUrl(url).keyIndex)
        assertEquals(listOf(ChecksumAlgorithm.SHA256), rotated.allowed())
        val sha1Url = Server("bbb.example.com", secret, ChecksumAlgorithm.SHA1).apiUrl("end", "meetingID" to "x")
        val notAllowed = assertFailsWith<BbbException.AlgorithmNotAllowed> { rotated.verifyUrl(sha1Url) }
        assertEquals(ChecksumAlgorithm.SHA1, notAllowed.algorithm)
    }

    @Test
    fun `parse functions take the size limit as a default argument`() {
        val xml = "<response><returncode>SUCCESS</returncode><running>false</running></response>".toByteArray()
        assertEquals("false", parseResponse(xml).get("running"))
        assertNull(parseResponse(xml).get("absent"))
        val e = assertFailsWith<BbbException.Parse> { parseResponse(xml, maxSize = 10uL) }
        assertEquals("too_large", e.code)
        val deep = ("<response><returncode>SUCCESS</returncode>" + "<a>".repeat(6) + "</a>".repeat(6) + "</response>").toByteArray()
        assertEquals("a", parseResponse(deep).root().children()[1].name())
        assertEquals("too_deep", assertFailsWith<BbbException.Parse> { parseResponse(deep, maxDepth = 4u) }.code)
    }

    /** 100,000 nested elements with the largest maxDepth, on a thread with a 256 KiB stack. */
    @Test
    fun `a 100000 deep answer parses at the largest max depth on a small stack`() {
        val levels = 100_000
        val deep = ("<response><returncode>SUCCESS</returncode>" + "<a>".repeat(levels) + "deep" +
            "</a>".repeat(levels) + "</response>").toByteArray()
        val deepJson = ("{\"response\":{\"returncode\":\"FAILED\",\"errors\":" + "[".repeat(levels) +
            "]".repeat(levels) + "}}").toByteArray()
        var failure: Throwable? = null
        val thread = Thread(null, {
            try {
                val r = parseResponse(deep, maxDepth = UInt.MAX_VALUE)
                assertEquals("SUCCESS", r.get("returncode"))
                var el = r.root().children()[1]
                repeat(100) {
                    assertEquals("a", el.name())
                    el = el.child("a")!!
                }
                val printed = r.root().toString()
                assertTrue(printed.endsWith("] }".repeat(levels + 1)), "Debug form")
                assertTrue(r.root() == parseResponse(deep, maxDepth = UInt.MAX_VALUE).root())
                assertEquals("too_deep", assertFailsWith<BbbException.Parse> { parseResponse(deep) }.code)
                assertEquals(
                    "too_deep",
                    assertFailsWith<BbbException.Parse> { parseResponse(deepJson, maxDepth = UInt.MAX_VALUE) }.code,
                )
            } catch (t: Throwable) {
                failure = t
            }
        }, "deep", 256L * 1024)
        thread.start()
        thread.join()
        failure?.let { throw it }
    }

    @Test
    fun `one server is shared by many threads`() {
        val request = JoinRequest(meetingId = "physics-101", fullName = "Marie Curie", role = Role.MODERATOR)
        val expected = server.joinUrl(request)
        val pool = Executors.newFixedThreadPool(8)
        try {
            val results = (0 until 8).map { t ->
                pool.submit(
                    Callable {
                        (0 until 250).map { i ->
                            val url = server.joinUrl(request.copy(userId = "u-$t-$i"))
                            assertEquals("join", server.verifyUrl(url).call)
                            server.joinUrl(request)
                        }
                    },
                )
            }.flatMap { it.get(60, TimeUnit.SECONDS) }
            assertEquals(2000, results.size)
            assertTrue(results.all { it == expected })
        } finally {
            pool.shutdownNow()
        }
    }

    @Test
    fun `no secret in toString, messages or records`() {
        val weird = "s3cr3t-value-that-must-not-leak"
        val s = Server("https://bbb.example.com", weird)
        assertFalse(weird in s.toString(), s.toString())
        assertTrue("bbb.example.com" in s.toString())
        val v = Verifier(listOf(weird, secret))
        assertFalse(weird in v.toString() || secret in v.toString(), v.toString())

        val bad = assertFailsWith<BbbException.InvalidParameter> { Server("https://bbb.example.com", "bad\u0001$weird") }
        assertEquals("secret", bad.parameter)
        assertFalse(weird in bad.toString() || weird in bad.message, bad.toString())

        val mismatch = assertFailsWith<BbbException.ChecksumMismatch> {
            s.verify("end", "meetingID=x&checksum=" + "0".repeat(64))
        }
        assertFalse(weird in mismatch.toString())
        val url = s.joinUrl(JoinRequest("physics-101", "Ada", Role.VIEWER))
        assertFalse(weird in url)
        assertFalse(weird in s.verifyUrl(url).toString())
    }

    @Test
    fun `getRecordings keeps the preview image's attributes`() {
        val recordings = parseResponse(File(fixtures, "get_recordings_presentation.xml").readBytes())
        val recording = recordings.root().child("recordings")!!.child("recording")!!
        assertEquals(emptyList(), recording.attributes())
        val image = recording.child("playback")!!.child("format")!!.child("preview")!!
            .child("images")!!.child("image")!!
        assertEquals(
            listOf(QueryParam("width", "176"), QueryParam("height", "136"), QueryParam("alt", "Welcome & \"agenda\" é")),
            image.attributes(),
        )
        assertEquals(176, image.attribute("width")?.toInt())
        assertEquals("136", image.attribute("height"))
        assertNull(image.attribute("title"))
        assertTrue(image.text().endsWith("/thumbnails/thumb-1.png"), image.text())
        assertTrue("176" in image.toString(), image.toString())
    }

    @Test
    fun `toString of parsed answers redacts tokens and passwords`() {
        val joined = parseJoinResponse(File(fixtures, "join_success_3.0.xml").readBytes())
        // The values stay readable as properties...
        assertEquals("nrmw2bkmxxgo", joined.authToken)
        assertEquals("ljbp2qalayrpgs3p", joined.sessionToken)
        assertEquals("https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p", joined.url)
        val (meetingId, _, authToken) = joined
        assertEquals("nrmw2bkmxxgo", authToken)
        assertEquals(joined.meetingId, meetingId)
        // ...but not in what logs and crash reporters record.
        for (text in listOf(joined.toString(), "$joined", listOf(joined).toString())) {
            assertFalse("nrmw2bkmxxgo" in text || "ljbp2qalayrpgs3p" in text, text)
            assertTrue("authToken=[redacted]" in text && "sessionToken=[redacted]" in text, text)
            assertTrue("url=https://bbb.example.com/html5client/?sessionToken=[redacted]" in text, text)
            assertTrue("meetingId=${joined.meetingId}" in text && "userId=w_euxnssffnsjl" in text, text)
        }
        assertEquals(joined, joined.copy())

        val created = parseCreateResponse(File(fixtures, "create_success.xml").readBytes())
        assertEquals("ap-6f1c", created.attendeePw)
        assertEquals("mp-9a2e", created.moderatorPw)
        val text = created.toString()
        assertFalse("ap-6f1c" in text || "mp-9a2e" in text, text)
        assertTrue("attendeePw=[redacted]" in text && "moderatorPw=[redacted]" in text, text)
        assertTrue("meetingId=physics-101" in text && "createTime=1715261728123" in text, text)
        assertTrue("parentMeetingId=bbb-none" in text && "messageKey=null" in text, text)
        assertTrue("moderatorPw=null" in created.copy(moderatorPw = null).toString())
    }

    @Test
    fun `the native library is a classpath resource for this platform`() {
        val name = System.mapLibraryName("bbbkit_uniffi")
        val resource = Server::class.java.classLoader.getResource("${Platform.RESOURCE_PREFIX}/$name")
        assertNotNull(resource, "${Platform.RESOURCE_PREFIX}/$name is not on the classpath")
        assertEquals(System.getProperty("bbbkit.version"), bbbkitVersion())
    }

    @Test
    fun `error redirects are parsed into a record`() {
        val location = "https://lms.example.com/bbb-error?errors=" +
            "[%7B%22key%22:%22guestDeniedAccess%22,%22message%22:%22Denied%22%7D]"
        val redirect = parseErrorRedirect(location)
        assertEquals(MessageKey.GuestDeniedAccess, redirect.key)
        assertEquals(ApiErrorKind.GUEST_DENIED, redirect.kind)
        assertEquals(listOf(ApiErrorDetail(MessageKey.GuestDeniedAccess, ApiErrorKind.GUEST_DENIED, "Denied")), redirect.errors)
        assertEquals("no_errors", assertFailsWith<BbbException.Parse> { parseErrorRedirect("https://x/") }.code)
    }
}
