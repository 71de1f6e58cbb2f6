package org.bbbkit

import org.junit.jupiter.api.Test
import java.io.File
import kotlin.test.assertEquals

/**
 * The repository README's Kotlin example: the test checks the README shows exactly this code,
 * then runs it, with the HTTP client replaced by the server's recorded answers.
 */
class TopReadmeTest {
    // Computed independently with Python's hashlib (as tests/readme-examples.sh does).
    private val expected = "https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&createTime=1715261728123&checksum=b239dcd35c3411b5c444befa73a256570b0358a3c6de048c8a9be6acbb64fdb4"
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
    private val called = mutableListOf<String>()

    private fun httpGet(url: String): ByteArray {
        called += url
        return when (url.substringAfter("/api/").substringBefore('?')) {
            "create" -> File(fixtures, "create_success.xml").readBytes()
            "getMeetingInfo" -> File(fixtures, "get_meeting_info.xml").readBytes()
            else -> error("unexpected call $url")
        }
    }

    @Test
    fun `the top-level README's Kotlin example is this code, and it prints the expected URL`() {
        val readme = File(System.getProperty("bbbkit.readme") ?: "../../README.md").readText()
        val block = readme.substringAfter("### Kotlin").substringAfter("```kotlin\n").substringBefore("```")
        assertEquals(
            listOf(
                "import org.bbbkit.*",
                "// httpGet(url): ByteArray is your HTTP client (OkHttp, Ktor, java.net.http).",
                "val server = Server(\"https://bbb.example.com/bigbluebutton/\", \"8cd8ef52e8e101574e400365b55e11a6\")",
                "val created = parseCreateResponse(httpGet(server.createUrl(CreateRequest(meetingId = \"physics-101\", name = \"Physics 101\", record = true))))",
                "val url = server.joinUrl(JoinRequest(meetingId = \"physics-101\", fullName = \"Marie Curie\", role = Role.MODERATOR, createTime = created.createTime))",
                "val info = parseMeetingInfo(httpGet(server.getMeetingInfoUrl(GetMeetingInfoRequest(meetingId = \"physics-101\"))))",
                "println(url)",
                "println(\"\${info.participantCount} in \${info.meetingName}\")",
            ),
            block.lines().filter { it.isNotBlank() },
        )

        // httpGet(url): ByteArray is your HTTP client (OkHttp, Ktor, java.net.http).
        val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
        val created = parseCreateResponse(httpGet(server.createUrl(CreateRequest(meetingId = "physics-101", name = "Physics 101", record = true))))
        val url = server.joinUrl(JoinRequest(meetingId = "physics-101", fullName = "Marie Curie", role = Role.MODERATOR, createTime = created.createTime))
        val info = parseMeetingInfo(httpGet(server.getMeetingInfoUrl(GetMeetingInfoRequest(meetingId = "physics-101"))))
        println(url)
        println("${info.participantCount} in ${info.meetingName}")

        assertEquals(expected, url)
        assertEquals("2 in Physics & Chemistry 101", "${info.participantCount} in ${info.meetingName}")
        assertEquals(
            listOf(
                // Computed independently with Python's hashlib, as the join URL above.
                "https://bbb.example.com/bigbluebutton/api/create?name=Physics+101&meetingID=physics-101&record=true" +
                    "&checksum=51e780f077b8a9ddcd0f8282e8992a0eb1408da4a6a54b268dc57096d4832d34",
                "https://bbb.example.com/bigbluebutton/api/getMeetingInfo?meetingID=physics-101" +
                    "&checksum=f76e40220b6a3253131335cfc35ca0f12b8ead9b684dae3d57009c919ddd1a57",
            ),
            called,
        )
    }
}
