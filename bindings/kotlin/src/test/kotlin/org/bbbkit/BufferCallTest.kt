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
        // A small call afterwards still works, with the grown buffer.
        assertEquals("create", server.verifyUrl(server.apiUrl("create", "meetingID" to "m")).call)
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
