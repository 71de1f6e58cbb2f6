package org.bbbkit

import com.sun.jna.Platform
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/**
 * Runs after `package` (Failsafe) with the built jar on the classpath instead of
 * target/classes: the jar alone, with JNA, is enough to sign a URL.
 */
class PackagedJarIT {
    @Test
    fun `the jar carries the native library and works with no extra setup`() {
        val codeSource = Server::class.java.protectionDomain.codeSource.location.toString()
        assertTrue(codeSource.endsWith(".jar"), "classes come from $codeSource, not from the jar")

        val resource = Server::class.java.classLoader
            .getResource("${Platform.RESOURCE_PREFIX}/${System.mapLibraryName("bbbkit_uniffi")}")
        assertNotNull(resource)
        assertEquals("jar", resource.protocol, "the native library comes from $resource")

        val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
        val url = server.joinUrl(JoinRequest(meetingId = "replace-with-meeting-id", fullName = "John Doe", role = Role.VIEWER))
        assertEquals(
            "https://bbb.example.com/bigbluebutton/api/join?meetingID=replace-with-meeting-id&fullName=John+Doe" +
                "&role=VIEWER&checksum=9f79d88256fec53cf7ea3700672d52309923042887d51777b2f595b20bd47fbf",
            url,
        )
    }
}
