// The Kotlin/JVM benchmark: bbbkit (Kotlin → JNA → Rust) against hand-rolled JVM code doing the
// same work, in one run, after checking that both give equal answers.
//
//   cd bindings/kotlin && mvn -q test-compile exec:java \
//       -Dexec.mainClass=org.bbbkit.bench.BenchKt -Dexec.classpathScope=test
//
// Hand-rolled means what a JVM application writes without bbbkit: `URLEncoder` and
// `MessageDigest` to sign and to verify, the JDK's StAX or DOM parser for an answer.
//
// Method (JMH-like, without its harness): every operation is warmed up for `warmupMs` (JIT, JNA,
// the per-thread buffers), then the contenders are measured in interleaved rounds of `roundMs`
// each (A, B, C, A, B, C, …; 40 rounds of 100 ms by default), so that load from other processes
// hits all of them alike; each figure is the best round (the one least disturbed), with the
// median beside it. Results feed a
// sink so that the JIT cannot drop the work. `BenchSmokeTest` runs the same code with tiny
// rounds in `tests/run kotlin`: it checks the answers, never the times.
package org.bbbkit.bench

import com.sun.jna.Native
import org.bbbkit.ChecksumAlgorithm
import org.bbbkit.GuestStatus
import org.bbbkit.JoinRequest
import org.bbbkit.Joined
import org.bbbkit.QueryParam
import org.bbbkit.Role
import org.bbbkit.Server
import org.bbbkit.Verified
import org.bbbkit.apiUrl
import org.bbbkit.bbbkitVersion
import org.bbbkit.checksum
import org.bbbkit.parseJoinResponse
import java.io.ByteArrayInputStream
import java.io.File
import java.net.URLDecoder
import java.net.URLEncoder
import java.security.MessageDigest
import java.util.HexFormat
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.stream.XMLInputFactory
import javax.xml.stream.XMLStreamConstants
import org.w3c.dom.Element

/** A JNA direct-mapped call with no arguments and no conversions: the floor for any call. */
private object Libc {
    init {
        Native.register("c")
    }

    external fun getpid(): Int
}

// ---- Hand-rolled JVM code -------------------------------------------------------------------

private val HEX = HexFormat.of()
private fun enc(s: String): String = URLEncoder.encode(s, Charsets.UTF_8)

/** The join URL with `URLEncoder` and `MessageDigest`, as an application writes it. */
internal fun handJoinUrl(base: String, secret: String, r: JoinRequest): String {
    val query = buildString {
        append("meetingID=").append(enc(r.meetingId))
        append("&fullName=").append(enc(r.fullName))
        r.role?.let { append("&role=").append(it.name) }
        r.createTime?.let { append("&createTime=").append(it) }
        r.userId?.let { append("&userID=").append(enc(it)) }
    }
    val digest = MessageDigest.getInstance("SHA-256").digest(("join" + query + secret).toByteArray())
    return base + "join?" + query + "&checksum=" + HEX.formatHex(digest)
}

/** Verifies a signed URL: the call, the query without its checksum, a SHA-256 compared in constant time. */
internal fun handVerifyUrl(secret: String, url: String): Verified {
    val api = url.indexOf("/api/")
    val mark = url.indexOf('?', api)
    require(api >= 0 && mark > api) { "not an API URL" }
    val call = url.substring(api + 5, mark)
    val signed = ArrayList<String>()
    var checksum: String? = null
    for (part in url.substring(mark + 1).split('&')) {
        if (part.startsWith("checksum=")) {
            require(checksum == null) { "duplicate checksum" }
            checksum = part.substring(9)
        } else if (part.isNotEmpty()) {
            signed.add(part)
        }
    }
    val query = signed.joinToString("&")
    val expected = MessageDigest.getInstance("SHA-256").digest((call + query + secret).toByteArray())
    require(checksum != null && checksum.length == 64) { "no SHA-256 checksum" }
    require(MessageDigest.isEqual(expected, HEX.parseHex(checksum))) { "checksum mismatch" }
    val params = signed.map {
        val eq = it.indexOf('=')
        if (eq < 0) QueryParam(URLDecoder.decode(it, Charsets.UTF_8), "")
        else QueryParam(URLDecoder.decode(it.substring(0, eq), Charsets.UTF_8), URLDecoder.decode(it.substring(eq + 1), Charsets.UTF_8))
    }
    return Verified(ChecksumAlgorithm.SHA256, 0u, call, query, params)
}

private fun guestStatus(s: String?): GuestStatus = when (s) {
    null, "ALLOW" -> GuestStatus.Allow
    "WAIT" -> GuestStatus.Wait
    "DENY" -> GuestStatus.Deny
    else -> GuestStatus.Other(s)
}

private fun joined(fields: Map<String, String>): Joined {
    require(fields["returncode"] == "SUCCESS") { "not a successful join answer" }
    fun f(name: String) = requireNotNull(fields[name]) { "no $name" }
    return Joined(
        f("meeting_id"), f("user_id"), f("auth_token"), f("session_token"),
        guestStatus(fields["guestStatus"]), f("url"), fields["messageKey"] ?: "", fields["message"] ?: "",
    )
}

private val stax: XMLInputFactory = XMLInputFactory.newInstance().apply {
    setProperty(XMLInputFactory.SUPPORT_DTD, false)
    setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false)
}

/** The join answer with StAX (the JDK's streaming parser; the factory is reused). */
internal fun handParseJoinStax(body: ByteArray): Joined {
    val r = stax.createXMLStreamReader(ByteArrayInputStream(body))
    val fields = HashMap<String, String>()
    try {
        var depth = 0
        while (r.hasNext()) {
            when (r.next()) {
                XMLStreamConstants.START_ELEMENT -> {
                    depth++
                    if (depth == 1) require(r.localName == "response") { "not a BBB answer" }
                    else if (depth == 2) fields[r.localName] = r.elementText.also { depth-- }
                }
                XMLStreamConstants.END_ELEMENT -> depth--
            }
        }
    } finally {
        r.close()
    }
    return joined(fields)
}

private val dom = ThreadLocal.withInitial {
    DocumentBuilderFactory.newInstance().apply {
        setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        isExpandEntityReferences = false
    }.newDocumentBuilder()
}

/** The join answer with DOM (the builder is reused). */
internal fun handParseJoinDom(body: ByteArray): Joined {
    val root = dom.get().parse(ByteArrayInputStream(body)).documentElement
    require(root.tagName == "response") { "not a BBB answer" }
    val fields = HashMap<String, String>()
    val children = root.childNodes
    for (i in 0 until children.length) {
        val n = children.item(i)
        if (n is Element) fields[n.tagName] = n.textContent
    }
    return joined(fields)
}

// ---- Harness --------------------------------------------------------------------------------

internal class Settings(val warmupMs: Long, val roundMs: Long, val rounds: Int)

private class Op(val name: String, val body: () -> Any) {
    val perOp = ArrayList<Double>()
}

@Volatile private var sink = 0

/** Runs [op] for about [ms] milliseconds; returns ns per call. */
private fun timed(op: Op, ms: Long): Double {
    val deadline = System.nanoTime() + ms * 1_000_000
    var calls = 0L
    var acc = 0
    val start = System.nanoTime()
    var now: Long
    do {
        for (i in 0 until 64) acc += op.body().hashCode()
        calls += 64
        now = System.nanoTime()
    } while (now < deadline)
    sink += acc
    return (now - start).toDouble() / calls
}

/** Warms every op up, then measures them in interleaved rounds. */
private fun measure(ops: List<Op>, s: Settings) {
    for (op in ops) timed(op, s.warmupMs)
    repeat(s.rounds) { for (op in ops) op.perOp.add(timed(op, s.roundMs)) }
}

private fun Op.best() = perOp.minOrNull()!!
private fun Op.median() = perOp.sorted()[perOp.size / 2]
private fun fmt(ns: Double) = if (ns < 10_000) "%.2f µs".format(ns / 1000) else "%.1f µs".format(ns / 1000)

/** The answers of both sides must be equal before anything is timed. */
private fun <T> same(what: String, bbbkit: T, hand: T): T {
    check(bbbkit == hand) { "$what: bbbkit and the hand-rolled code differ:\n  bbbkit: $bbbkit\n  hand:   $hand" }
    return bbbkit
}

/** Runs the benchmark; returns the table it printed. */
internal fun runBench(s: Settings, fixtures: File): String {
    val base = "https://bbb.example.com/bigbluebutton/"
    val secret = "8cd8ef52e8e101574e400365b55e11a6"
    val server = Server(base, secret)
    val request = JoinRequest(
        meetingId = "physics-101", fullName = "Marie Curie", role = Role.MODERATOR,
        createTime = 1715261728123, userId = "u-17",
    )
    val url = server.joinUrl(request)
    val joinXml = File(fixtures, "join_success_3.0.xml").readBytes()

    // Equal answers first.
    val apiBase = server.baseUrl()
    same("joinUrl", url, handJoinUrl(apiBase, secret, request))
    same("verifyUrl", server.verifyUrl(url), handVerifyUrl(secret, url))
    val parsed = parseJoinResponse(joinXml)
    same("parseJoinResponse (StAX)", parsed, handParseJoinStax(joinXml))
    same("parseJoinResponse (DOM)", parsed, handParseJoinDom(joinXml))
    val query = "meetingID=physics-101&fullName=Marie+Curie"
    same("checksum", checksum("join", query, "secret", ChecksumAlgorithm.SHA256),
        HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(("join" + query + "secret").toByteArray())))

    val getpid = Op("libc `getpid()` through JNA direct mapping") { Libc.getpid() }
    val version = Op("`bbbkitVersion()`") { bbbkitVersion() }
    val checksumOp = Op("`checksum(call, query, secret, SHA-256)`") {
        checksum("join", query, "secret", ChecksumAlgorithm.SHA256)
    }
    val join = Op("`joinUrl`") { server.joinUrl(request) }
    val handJoin = Op("URLEncoder + MessageDigest") { handJoinUrl(apiBase, secret, request) }
    val apiUrl = Op("`apiUrl(\"end\", meetingID)`") { server.apiUrl("end", "meetingID" to "physics-101") }
    val verify = Op("`verifyUrl`") { server.verifyUrl(url) }
    val handVerify = Op("split + URLDecoder + MessageDigest") { handVerifyUrl(secret, url) }
    val parse = Op("`parseJoinResponse`") { parseJoinResponse(joinXml) }
    val handStax = Op("StAX (`XMLStreamReader`)") { handParseJoinStax(joinXml) }
    val handDom = Op("DOM (`DocumentBuilder`)") { handParseJoinDom(joinXml) }
    val all = listOf(getpid, version, checksumOp, join, handJoin, apiUrl, verify, handVerify, parse, handStax, handDom)
    // `-Dbbbkit.bench.only=joinUrl,URLEncoder` measures only the operations whose name contains
    // one of these (for a profiler); the table then shows only complete rows.
    val only = System.getProperty("bbbkit.bench.only")?.split(',')
    measure(if (only == null) all else all.filter { op -> only.any { it in op.name } }, s)

    val out = StringBuilder()
    fun row(what: String, b: Op, h: Op?) {
        if (b.perOp.isEmpty() || (h != null && h.perOp.isEmpty())) return
        val ratio = h?.let { "%.2f×".format(b.best() / it.best()) } ?: ""
        out.append("| $what | ${fmt(b.best())} (${fmt(b.median())}) | ${h?.let { "${it.name}: ${fmt(it.best())} (${fmt(it.median())})" } ?: ""} | $ratio |\n")
    }
    out.append("| operation | bbbkit, best (median) | hand-rolled JVM, best (median) | bbbkit ÷ hand-rolled |\n")
    out.append("|---|---:|---:|---:|\n")
    row("join URL, 5 parameters, SHA-256", join, handJoin)
    row("verify that URL", verify, handVerify)
    row("parse a join answer (459 B)", parse, handStax)
    row("parse a join answer (459 B)", parse, handDom)
    row("bare round trip `bbbkitVersion()`", version, getpid)
    row("`checksum(…)` (a function, 4 arguments)", checksumOp, null)
    row("`apiUrl(\"end\", meetingID)`", apiUrl, null)
    out.append("\nAnswers checked equal. Rounds: ${s.rounds} × ${s.roundMs} ms after ${s.warmupMs} ms of warm-up per operation; sink ${sink and 1}.\n")
    print(out)
    return out.toString()
}

fun main() {
    val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
    val settings = Settings(
        warmupMs = System.getProperty("bbbkit.bench.warmupMs")?.toLong() ?: 2000,
        roundMs = System.getProperty("bbbkit.bench.roundMs")?.toLong() ?: 100,
        rounds = System.getProperty("bbbkit.bench.rounds")?.toInt() ?: 40,
    )
    println("JVM: ${System.getProperty("java.vm.name")} ${System.getProperty("java.version")}, JNA ${Native.VERSION}, bbbkit ${bbbkitVersion()}")
    runBench(settings, fixtures)
}
