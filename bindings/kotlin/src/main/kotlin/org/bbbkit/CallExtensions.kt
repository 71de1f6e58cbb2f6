// Kotlin conveniences for the declared calls: type conversions only.
package org.bbbkit

/**
 * Any declared call by name, with [params] named and written as in the BBB API, set in order:
 * `server.prepareByName("getMeetingInfo", "meetingID" to "cs101")`.
 *
 * @throws BbbException.InvalidParameter naming `call` for a call bbbkit does not declare, or the
 *   parameter that does not convert or breaks a rule.
 */
@Throws(BbbException::class)
fun Server.prepareByName(call: String, vararg params: Pair<String, String>): PreparedRequest =
    prepareByName(call, params.map { it.toQueryParam() })

/** The body as text (the XML of `create` and `insertDocument`), or null when there is none. */
val PreparedRequest.bodyText: String?
    get() = body?.toString(Charsets.UTF_8)
