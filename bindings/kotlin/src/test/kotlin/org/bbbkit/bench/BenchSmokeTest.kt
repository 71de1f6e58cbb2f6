package org.bbbkit.bench

import java.io.File
import kotlin.test.Test
import kotlin.test.assertTrue

/**
 * Runs the benchmark (Bench.kt) with tiny rounds: bbbkit and the hand-rolled JVM code must give
 * equal answers, and the harness must run. Times are printed, never checked.
 */
class BenchSmokeTest {
    @Test
    fun benchRunsAndAnswersAgree() {
        val fixtures = File(System.getProperty("bbbkit.fixtures") ?: "../../tests/fixtures")
        val table = runBench(Settings(warmupMs = 50, roundMs = 5, rounds = 3), fixtures)
        assertTrue(table.contains("Answers checked equal"))
    }
}
