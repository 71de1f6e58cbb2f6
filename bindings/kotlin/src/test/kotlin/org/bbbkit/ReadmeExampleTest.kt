package org.bbbkit

import org.junit.jupiter.api.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** The README's "Use" section, with the HTTP client replaced by the server's recorded answers. */
class ReadmeExampleTest {
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
    private val secret = "8cd8ef52e8e101574e400365b55e11a6"

    private fun httpGet(url: String): ByteArray = when (url.substringAfter("/api/").substringBefore('?')) {
        "create" -> File(fixtures, "create_success.xml").readBytes()
        "getRecordings" -> File(fixtures, "get_recordings_presentation.xml").readBytes()
        "isMeetingRunning" -> "<response><returncode>SUCCESS</returncode><running>true</running></response>".toByteArray()
        else -> error("unexpected call $url")
    }

    @Test
    fun `the README's use section runs`() {
        val server = Server("https://bbb.example.com/bigbluebutton/", secret)
        val legacy = Server("bbb.example.com", secret, algorithm = ChecksumAlgorithm.SHA1)
        assertEquals(ChecksumAlgorithm.SHA1, legacy.algorithm())

        val created: Created = parseCreateResponse(httpGet(server.apiUrl("create", "meetingID" to "physics-101", "name" to "Physics")))

        val url = server.joinUrl(
            JoinRequest(
                meetingId = "physics-101",
                fullName = "Marie Curie",
                role = Role.MODERATOR,
                createTime = created.createTime,
                userId = "u-17",
                redirect = false,
                enforceLayout = Layout.SMART_LAYOUT,
                userdata = listOf(QueryParam("bbb_skip_check_audio", "true")),
            ),
        )
        assertTrue(url.startsWith("https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&createTime=1715261728123&userID=u-17&redirect=false&enforceLayout=SMART_LAYOUT&userdata-bbb_skip_check_audio=true&checksum="), url)

        val end = server.apiUrl("end", "meetingID" to "physics-101")
        assertTrue(end.startsWith("https://bbb.example.com/bigbluebutton/api/end?meetingID=physics-101&checksum="))

        val info: ApiResponse = parseResponse(httpGet(server.apiUrl("isMeetingRunning", "meetingID" to "physics-101")))
        assertEquals("true", info.get("running"))

        val recordings = parseResponse(httpGet(server.apiUrl("getRecordings", "meetingID" to "physics-101")))
        val image = recordings.root().child("recordings")?.child("recording")?.child("playback")?.child("format")
            ?.child("preview")?.child("images")?.child("image")
        assertEquals("176", image?.attribute("width"))
        assertEquals(listOf("width", "height", "alt"), image?.attributes()?.map { it.name })

        val newSecret = "new-secret-2026"
        val verifier = Verifier(listOf(newSecret, secret), allowed = listOf(ChecksumAlgorithm.SHA256))
        val verified = verifier.verifyUrl(url)
        assertEquals(1u, verified.keyIndex)
        assertEquals("u-17", verified.paramMap["userID"])
    }
}
