// Kotlin's side of `bindings/kotlin/bench.sh` (through tools/bench/same-calls.sh): the calls of
// core/examples/same_calls.rs, on the same request and the same files, timed the same way
// (rounds of 200 calls, the best round per call), so that each can be divided by the core's
// own time and the outputs checked equal.
//
//   java -cp … org.bbbkit.bench.SameCallsKt ROUNDS meeting_info.xml...
//
// Prints `url URL`, `attendees FILE N`, then `join_url NS` and `parse_meeting_info FILE NS`.
package org.bbbkit.bench

import org.bbbkit.JoinRequest
import org.bbbkit.Role
import org.bbbkit.Server
import org.bbbkit.parseMeetingInfo
import java.io.File

private const val CALLS = 200

/** Keeps the results alive so that the JIT cannot drop the calls. */
private var sameCallsSink = 0

private fun bestOf(rounds: Int, f: () -> Any): Double {
    var best = Double.MAX_VALUE
    repeat(rounds) {
        val start = System.nanoTime()
        repeat(CALLS) { sameCallsSink += f().hashCode() and 1 }
        best = minOf(best, (System.nanoTime() - start).toDouble() / CALLS)
    }
    return best
}

fun main(args: Array<String>) {
    val rounds = args.firstOrNull()?.toIntOrNull() ?: 20
    val files = args.drop(1).map(::File)
    val server = Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
    val request = JoinRequest(
        meetingId = "physics-101-2026", fullName = "Marie Skłodowska Curie", role = Role.VIEWER,
        createTime = 1715261728123, userId = "moodle-user-48213", redirect = false,
    )
    println("url ${server.joinUrl(request)}")
    val bodies = files.map { it.name to it.readBytes() }
    for ((name, body) in bodies) println("attendees $name ${parseMeetingInfo(body).attendees.size}")
    // The JIT compiles the calls during the first rounds; the best round is after it.
    println("join_url %.1f".format(bestOf(rounds) { server.joinUrl(request) }))
    for ((name, body) in bodies) {
        println("parse_meeting_info $name %.1f".format(bestOf(rounds) { parseMeetingInfo(body) }))
    }
    if (sameCallsSink == Int.MIN_VALUE) println()
}
