// Kotlin conveniences over the generated bindings: type conversions only.
package org.bbbkit

/** A [QueryParam] from `"name" to "value"`. */
fun Pair<String, String>.toQueryParam(): QueryParam = QueryParam(first, second)

/**
 * The signed URL of [call] with [params] in the order given:
 * `server.apiUrl("end", "meetingID" to "physics-101")`.
 *
 * @throws BbbException.InvalidParameter for a bad call name or parameter.
 */
@Throws(BbbException::class)
fun Server.apiUrl(call: String, vararg params: Pair<String, String>): String =
    apiUrl(call, params.map { it.toQueryParam() })

/** The signed parameters as a map (the last value wins for a repeated name). */
val Verified.paramMap: Map<String, String>
    get() = params.associate { it.name to it.value }
