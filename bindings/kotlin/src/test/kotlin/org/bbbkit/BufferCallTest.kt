package org.bbbkit

import org.junit.jupiter.api.Test
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

/**
 * The buffer entry points (bindings/uniffi/src/jvm.rs, BufferCall.kt) beyond what the vectors
 * reach: answers larger than a thread's buffer, errors, closed objects, threads.
 */
class BufferCallTest {
    private val secret = "8cd8ef52e8e101574e400365b55e11a6"
    private val server = Server("https://bbb.example.com/bigbluebutton/", secret)

    @Test
    fun `arguments and answers larger than the thread's buffer`() {
        // 100,000 characters, 3 UTF-8 bytes each, percent-encoded: ~900 kB of URL.
        val big = "é€".repeat(50_000)
        val url = server.apiUrl("create", "meetingID" to "m", "name" to big)
        assertTrue(url.length > 500_000)
        val verified = server.verifyUrl(url)
        assertEquals(big, verified.paramMap["name"])
        // A small call afterwards still works, and the thread kept no large buffer.
        assertEquals("create", server.verifyUrl(server.apiUrl("create", "meetingID" to "m")).call)
        assertTrue(UniffiScratch.ownCapacity() <= UniffiScratch.KEEP, "${UniffiScratch.ownCapacity()}")
    }

    private fun meetingInfo(attendees: Int): ByteArray {
        val attendee = (0 until attendees).joinToString("") { i ->
            "<attendee><userID>u-$i</userID><fullName>Student $i é</fullName><role>VIEWER</role>" +
                "<isPresenter>false</isPresenter><isListeningOnly>false</isListeningOnly>" +
                "<hasJoinedVoice>true</hasJoinedVoice><hasVideo>false</hasVideo><clientType>HTML5</clientType></attendee>"
        }
        return ("<response><returncode>SUCCESS</returncode><meetingName>Physics</meetingName><meetingID>m</meetingID>" +
            "<internalMeetingID>i</internalMeetingID><createTime>1</createTime><attendees>$attendee</attendees></response>")
            .toByteArray()
    }

    @Test
    fun `answers of every size parse, and a large one leaves no large buffer behind`() {
        // Bodies and answers below, around and above the thread's buffer and KEEP (64 KiB).
        for (n in listOf(0, 1, 30, 60, 120, 200, 400, 3_000, 20_000)) {
            val body = meetingInfo(n)
            val info = parseMeetingInfo(body)
            assertEquals(n, info.attendees.size, "$n attendees, ${body.size} bytes")
            if (n > 0) assertEquals("Student ${n - 1} é", info.attendees.last().fullName)
            // The same bytes through the tree (another entry point, an object answer).
            assertEquals("Physics", parseResponse(body).get("meetingName"))
            assertTrue(UniffiScratch.ownCapacity() <= UniffiScratch.KEEP, "${UniffiScratch.ownCapacity()} after $n")
        }
        // Errors of a large call: the size limit, and a FAILED answer with a large body.
        val big = meetingInfo(3_000)
        val tooLarge = assertFailsWith<BbbException.Parse> { parseMeetingInfo(big, maxSize = 100_000UL) }
        assertEquals("too_large", tooLarge.code)
        val failed = ("<response><returncode>FAILED</returncode><messageKey>notFound</messageKey><message>" +
            "x".repeat(200_000) + "</message></response>").toByteArray()
        val api = assertFailsWith<BbbException.Api> { parseMeetingInfo(failed) }
        assertEquals(200_000, api.serverMessage.length)
        // And a small call afterwards still works.
        assertEquals(1, parseMeetingInfo(meetingInfo(1)).attendees.size)
    }

    @Test
    fun `errors come back as the same exceptions, repeatedly`() {
        repeat(3) {
            val e = assertFailsWith<BbbException.InvalidParameter> {
                server.joinUrl(JoinRequest(meetingId = "", fullName = "Marie Curie"))
            }
            assertEquals("meetingID", e.parameter)
            assertFailsWith<BbbException.ChecksumMismatch> {
                server.verifyUrl(server.apiUrl("end", "meetingID" to "m").replace("meetingID=m", "meetingID=n"))
            }
        }
        assertFailsWith<BbbException> { parseJoinResponse("<response><returncode>SUCCESS".toByteArray()) }
    }

    @Test
    fun `strings are UTF-8 and a lone surrogate is still refused`() {
        val name = "Zoë 🎓 Ωmega"
        val url = server.joinUrl(JoinRequest(meetingId = "m-1", fullName = name, role = Role.VIEWER))
        assertEquals(name, server.verifyUrl(url).paramMap["fullName"])
        assertFailsWith<java.nio.charset.CharacterCodingException> {
            server.joinUrl(JoinRequest(meetingId = "m-1", fullName = "a\uD800b", role = Role.VIEWER))
        }
    }

    @Test
    fun `a closed server refuses calls instead of reading freed memory`() {
        val closed = Server("https://bbb.example.com/bigbluebutton/", secret)
        closed.close()
        assertFailsWith<IllegalStateException> { closed.joinUrl(JoinRequest(meetingId = "m", fullName = "n")) }
        assertFailsWith<IllegalStateException> { closed.verifyUrl("https://bbb.example.com/bigbluebutton/api/end?checksum=0") }
    }

    @Test
    fun `threads each get their own buffer`() {
        val pool = Executors.newFixedThreadPool(4)
        try {
            val tasks = (0 until 8).map { t ->
                Callable {
                    repeat(2_000) { i ->
                        val name = "user $t-$i " + "x".repeat(i % 97)
                        val url = server.joinUrl(JoinRequest(meetingId = "m-$t", fullName = name, role = Role.VIEWER))
                        assertEquals(name, server.verifyUrl(url).paramMap["fullName"])
                    }
                }
            }
            pool.invokeAll(tasks).forEach { it.get() }
        } finally {
            pool.shutdown()
            pool.awaitTermination(10, TimeUnit.SECONDS)
        }
    }
}
