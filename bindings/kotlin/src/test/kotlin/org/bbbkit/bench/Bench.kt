// A small wall-clock benchmark of the Kotlin layer: each figure includes the JNA call and the
// conversion of arguments and results, on top of the core's own work.
//
//   cd bindings/kotlin && mvn -q test-compile exec:java \
//       -Dexec.mainClass=org.bbbkit.bench.BenchKt -Dexec.classpathScope=test
package org.bbbkit.bench

import org.bbbkit.JoinRequest
import org.bbbkit.Role
import org.bbbkit.Server
import org.bbbkit.ChecksumAlgorithm
import org.bbbkit.apiUrl
import org.bbbkit.bbbkitVersion
import org.bbbkit.checksum
import org.bbbkit.parseJoinResponse
import com.sun.jna.Native
import java.io.File

/** A JNA direct-mapped call with no arguments and no conversions: the floor for any call. */
private object Libc {
    init {
        Native.register("c")
    }

    external fun getpid(): Int
}

private fun measure(name: String, op: () -> Any) {
    var sink = 0
    fun run(n: Int): Long {
        val start = System.nanoTime()
        repeat(n) { sink += op().hashCode() }
        return System.nanoTime() - start
    }
    // Warm up (JIT, JNA) for about a second, then take the median of 7 one-second samples.
    var n = 1000
    while (run(n) < 200_000_000L) n *= 2
    val perOp = (1..7).map { run(n * 5).toDouble() / (n * 5) }.sorted()
    println("| %-40s | %10.2f µs | %12.0f |".format(name, perOp[3] / 1000, 1e9 / perOp[3]))
    if (sink == 42) println()
}

fun main() {
    val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
    val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
    val request = JoinRequest(
        meetingId = "physics-101", fullName = "Marie Curie", role = Role.MODERATOR,
        createTime = 1715261728123, userId = "u-17",
    )
    val url = server.joinUrl(request)
    val joinXml = File(fixtures, "join_success_3.0.xml").readBytes()

    println("| operation (Kotlin → JNA → Rust) | median time | ops/s |")
    println("|---|---:|---:|")
    measure("libc getpid() through JNA (baseline)") { Libc.getpid() }
    measure("bbbkitVersion() (a bare FFI round trip)") { bbbkitVersion() }
    measure("checksum(call, query, secret, SHA-256)") {
        checksum("join", "meetingID=physics-101&fullName=Marie+Curie", "secret", ChecksumAlgorithm.SHA256)
    }
    measure("joinUrl (5 parameters, SHA-256)") { server.joinUrl(request) }
    measure("apiUrl(\"end\", meetingID)") { server.apiUrl("end", "meetingID" to "physics-101") }
    measure("verifyUrl (join URL, SHA-256)") { server.verifyUrl(url) }
    measure("parseJoinResponse (3.0 fixture)") { parseJoinResponse(joinXml) }
}
