// The runtime of the buffer-shaped calls (bindings/uniffi/src/jvm.rs): the generated bodies of
// the hot calls, rewritten by tools/PatchBindings.java, call `uniffiBufferCall`.
//
// UniFFI's own calls allocate JNA `Structure`s (the call status, every `RustBuffer` argument
// and result), and with them native `Memory` tracked in a global map and a cleaner. Here the
// arguments and the answer travel through one direct `ByteBuffer` per thread, in UniFFI's
// serialization, and the native call takes integers only.
package org.bbbkit

import com.sun.jna.Native
import com.sun.jna.Pointer
import java.nio.ByteBuffer
import java.nio.ByteOrder

/** A thread's buffer for the arguments and the answer of its calls. */
internal class UniffiScratch private constructor() {
    @JvmField var buf: ByteBuffer = allocate(INITIAL)
    @JvmField var address: Long = addressOf(buf)

    /** The buffer, cleared, with room for [size] bytes of arguments. */
    fun forArguments(size: ULong): ByteBuffer {
        if (size > buf.capacity().toULong()) replace(size.toLong())
        buf.clear()
        return buf
    }

    /**
     * The answer of the call that returned [result], positioned for reading; throws the call's
     * error or panic.
     */
    fun <E : Exception> answer(result: Long, errorHandler: UniffiRustCallStatusErrorHandler<E>): ByteBuffer {
        val len = result and LEN_MASK
        if (len > buf.capacity()) {
            replace(len)
            val taken = UniffiBufferLib.bbbkit_jvm_take(address, buf.capacity().toLong())
            check(taken == len) { "bbbkit: the pending answer has $taken bytes, not $len" }
        }
        buf.clear()
        buf.limit(len.toInt())
        when ((result ushr 56).toInt()) {
            CODE_OK -> return buf
            CODE_ERROR -> {
                val capacity = buf.getLong()
                val length = buf.getLong()
                val data = buf.getLong()
                throw errorHandler.lift(RustBuffer.create(capacity.toULong(), length.toULong(), Pointer(data)))
            }
            else -> {
                val message = ByteArray(len.toInt())
                buf.get(message)
                throw InternalException(message.toString(Charsets.UTF_8))
            }
        }
    }

    private fun replace(size: Long) {
        require(size <= Int.MAX_VALUE) { "bbbkit: $size bytes do not fit in a buffer" }
        // Grow by half again at least, so that a series of growing answers is not quadratic.
        val capacity = maxOf(size, minOf(Int.MAX_VALUE.toLong(), buf.capacity() * 3L / 2)).toInt()
        val next = allocate(capacity)
        buf = next
        address = addressOf(next)
    }

    companion object {
        private const val INITIAL = 16 * 1024
        private const val LEN_MASK = 0x00FF_FFFF_FFFF_FFFFL
        private const val CODE_OK = 0
        private const val CODE_ERROR = 1

        private val current: ThreadLocal<UniffiScratch> = ThreadLocal.withInitial { UniffiScratch() }

        @JvmStatic fun get(): UniffiScratch = current.get()

        private fun allocate(size: Int): ByteBuffer = ByteBuffer.allocateDirect(size).order(ByteOrder.BIG_ENDIAN)

        private fun addressOf(buf: ByteBuffer): Long = Pointer.nativeValue(Native.getDirectBufferPointer(buf))
    }
}

/**
 * One call through a buffer entry point: [write] the arguments ([argumentsSize] bytes at most),
 * [call] the entry point with `(handle, address, length, capacity)`, [read] the answer.
 */
internal inline fun <R, E : Exception> uniffiBufferCall(
    handle: Long,
    errorHandler: UniffiRustCallStatusErrorHandler<E>,
    argumentsSize: ULong,
    write: (ByteBuffer) -> Unit,
    read: (ByteBuffer) -> R,
    call: (Long, Long, Long, Long) -> Long,
): R {
    val scratch = UniffiScratch.get()
    val buf = scratch.forArguments(argumentsSize)
    write(buf)
    val result = call(handle, scratch.address, buf.position().toLong(), buf.capacity().toLong())
    val answer = scratch.answer(result, errorHandler)
    val value = read(answer)
    if (answer.hasRemaining()) throw RuntimeException("junk remaining in buffer after lifting, something is very wrong!!")
    return value
}
