package org.bbbkit

import org.junit.jupiter.api.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The README's "Every call, typed" section, with the HTTP client replaced by recorded answers. */
class ReadmeCallsTest {
    private val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
    private val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")

    private fun httpGet(url: String): ByteArray = when (url.substringAfter("/api/").substringBefore('?')) {
        "getMeetingInfo" -> File(fixtures, "get_meeting_info_full.xml").readBytes()
        "getRecordings" -> File(fixtures, "get_recordings_presentation.xml").readBytes()
        else -> error("unexpected call $url")
    }

    @Test
    fun `the README's typed calls run`() {
        val create = CreateRequest(
            meetingId = "cs101",
            name = "CS 101",
            record = true,
            meta = mapOf("bbb-origin" to "myapp"),
            guestPolicy = GuestPolicy.ASK_MODERATOR,
            disabledFeatures = listOf(Feature.Polls, Feature.SharedNotes, Feature.Newer("whiteboardAi")),
            groups = listOf(BreakoutGroup(id = "g1", name = "Team A", roster = listOf("u-1", "u-2"))),
            documents = listOf(Document(DocumentSource.Url("https://files.example.com/week1.pdf"), current = true)),
        )
        val prepared: PreparedRequest = server.prepareCreate(create)
        assertEquals(HttpMethod.POST, prepared.method)
        assertEquals("application/xml", prepared.contentType)
        assertTrue(prepared.bodyText!!.contains("""<document url="https://files.example.com/week1.pdf" current="true""""), prepared.bodyText)
        assertTrue(
            prepared.url.startsWith(
                "https://bbb.example.com/bigbluebutton/api/create?name=CS+101&meetingID=cs101&record=true&meta_bbb-origin=myapp" +
                    "&guestPolicy=ASK_MODERATOR&groups=",
            ),
            prepared.url,
        )
        assertTrue("&disabledFeatures=polls%2CsharedNotes%2CwhiteboardAi&checksum=" in prepared.url, prepared.url)

        val info = parseMeetingInfo(httpGet(server.getMeetingInfoUrl(GetMeetingInfoRequest("cs101"))))
        info.attendees.forEach { println("${it.fullName} (${it.role})") }
        assertEquals("myapp", info.metadata["bbb-origin"])
        assertEquals(listOf("Ada L", "Zoë O'Neil"), info.attendees.map { it.fullName })

        val recordings = parseRecordings(httpGet(server.getRecordingsUrl(
            GetRecordingsRequest(meetingId = listOf("cs101"), state = listOf(RecordingState.PUBLISHED), limit = 10),
        )))
        recordings.recordings.flatMap { it.playback }.forEach { println("${it.formatType}: ${it.url}, ${it.preview.size} previews") }
        assertEquals("presentation", recordings.recordings[0].playback[0].formatType)
        assertNull(recordings.pagination?.totalElements)

        val byName = server.prepareByName("getRecordings", "meetingID" to "cs101,cs102", "state" to "published", "meta_course" to "%math%")
        assertTrue(byName.url.contains("getRecordings?meetingID=cs101%2Ccs102&state=published&meta_course=%25math%25&checksum="), byName.url)
    }
}
