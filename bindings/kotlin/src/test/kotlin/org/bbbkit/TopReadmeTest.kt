package org.bbbkit

import org.junit.jupiter.api.Test
import java.io.File
import kotlin.test.assertEquals

/** The repository README's Kotlin example: the test checks the README shows exactly this code, then runs it. */
class TopReadmeTest {
    // Computed independently with Python's hashlib (as tests/readme-examples.sh does).
    private val expected = "https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&createTime=1715261728123&checksum=b239dcd35c3411b5c444befa73a256570b0358a3c6de048c8a9be6acbb64fdb4"

    @Test
    fun `the top-level README's Kotlin example is this code, and it prints the expected URL`() {
        val readme = File(System.getProperty("bbbkit.readme") ?: "../../README.md").readText()
        val block = readme.substringAfter("### Kotlin").substringAfter("```kotlin\n").substringBefore("```")
        assertEquals(
            listOf(
                "import org.bbbkit.*",
                "val server = Server(\"https://bbb.example.com/bigbluebutton/\", \"8cd8ef52e8e101574e400365b55e11a6\")",
                "val url = server.joinUrl(JoinRequest(meetingId = \"physics-101\", fullName = \"Marie Curie\", role = Role.MODERATOR, createTime = 1715261728123))",
                "println(url)",
            ),
            block.lines().filter { it.isNotBlank() },
        )

        val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
        val url = server.joinUrl(JoinRequest(meetingId = "physics-101", fullName = "Marie Curie", role = Role.MODERATOR, createTime = 1715261728123))
        println(url)
        assertEquals(expected, url)
    }
}
