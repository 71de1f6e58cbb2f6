// The runtime of the buffer-shaped calls (bindings/uniffi/src/jvm.rs): the generated bodies of
// the hot calls and of every answer parser, rewritten by tools/PatchBindings.java, call
// `uniffiBufferCall`.
//
// UniFFI's own calls allocate JNA `Structure`s (the call status, every `RustBuffer` argument
// and result), and with them native `Memory` tracked in a global map and a cleaner. Here the
// arguments and the answer travel through one direct `ByteBuffer` per thread, in UniFFI's
// serialization, and the native call takes integers only.
//
// Memory: the thread's buffer never holds more than `KEEP` bytes (64 KiB, as the Rust side's
// `KEEP`). Arguments larger than that (a large answer body to parse) are written into a block
// of native memory of their exact size, freed as soon as the call returns; an answer larger
// than the buffer (or than `KEEP`) stays where the library wrote it (bit 55 of the call's result
// says so), is read in place and then freed (`bbbkit_jvm_pending`, `bbbkit_jvm_release`). So a 50 MB answer leaves nothing behind
// in the thread, and is never copied into a Java-side buffer.
package org.bbbkit

import com.sun.jna.Native
import com.sun.jna.Pointer
import java.nio.ByteBuffer
import java.nio.ByteOrder

/** A thread's buffer for the arguments and the answer of its calls. */
internal class UniffiScratch private constructor() {
    private var own: ByteBuffer = allocate(INITIAL)
    private var ownAddress: Long = addressOf(own)

    /** The buffer of the call in progress: [own], or a one-off block for large arguments. */
    @JvmField var buf: ByteBuffer = own
    @JvmField var address: Long = ownAddress
    private var block: Long = 0
    private var pending = false

    /** A cleared buffer with room for [size] bytes of arguments, at [address]. */
    fun forArguments(size: ULong): ByteBuffer {
        if (size > own.capacity().toULong()) {
            if (size <= KEEP.toULong()) {
                grow(size.toInt())
            } else {
                require(size <= Int.MAX_VALUE.toULong()) { "bbbkit: $size bytes of arguments do not fit in a buffer" }
                val at = Native.malloc(size.toLong())
                if (at == 0L) throw OutOfMemoryError("bbbkit: no native memory for $size bytes of arguments")
                block = at
                address = at
                buf = Pointer(at).getByteBuffer(0, size.toLong()).order(ByteOrder.BIG_ENDIAN)
                return buf
            }
        }
        buf = own
        address = ownAddress
        buf.clear()
        return buf
    }

    /** Frees the one-off block of the call's arguments, if any (idempotent). */
    fun dropArguments() {
        if (block != 0L) {
            val at = block
            block = 0
            buf = own
            address = ownAddress
            Native.free(at)
        }
    }

    /**
     * The answer of the call that returned [result], positioned for reading; throws the call's
     * error or panic. [done] must follow, once the answer is read.
     */
    fun <E : Exception> answer(result: Long, errorHandler: UniffiRustCallStatusErrorHandler<E>): ByteBuffer {
        val len = result and LEN_MASK
        val answer: ByteBuffer
        if (result and PENDING_BIT == 0L) {
            answer = buf
            answer.clear()
            answer.limit(len.toInt())
        } else {
            // Left on the Rust side: read it there. The arguments' block is not needed any more.
            dropArguments()
            pending = true
            val at = UniffiBufferLib.bbbkit_jvm_pending()
            check(at != 0L) { "bbbkit: no pending answer of $len bytes" }
            require(len <= Int.MAX_VALUE) { "bbbkit: an answer of $len bytes does not fit in a buffer" }
            answer = Pointer(at).getByteBuffer(0, len).order(ByteOrder.BIG_ENDIAN)
        }
        when ((result ushr 56).toInt()) {
            CODE_OK -> return answer
            CODE_ERROR -> {
                val capacity = answer.getLong()
                val length = answer.getLong()
                val data = answer.getLong()
                done()
                throw errorHandler.lift(RustBuffer.create(capacity.toULong(), length.toULong(), Pointer(data)))
            }
            else -> {
                val message = ByteArray(len.toInt())
                answer.get(message)
                done()
                throw InternalException(message.toString(Charsets.UTF_8))
            }
        }
    }

    /** After the answer is read (or failed): frees the arguments' block and a pending answer. */
    fun done() {
        dropArguments()
        if (pending) {
            pending = false
            UniffiBufferLib.bbbkit_jvm_release()
        }
    }

    private fun grow(size: Int) {
        // By half again at least, so that a series of growing arguments is not quadratic; never
        // beyond KEEP.
        val capacity = minOf(KEEP, maxOf(size, own.capacity() * 3 / 2))
        own = allocate(capacity)
        ownAddress = addressOf(own)
    }

    companion object {
        private const val INITIAL = 16 * 1024

        /**
         * The most a thread's buffer holds: 64 KiB, as the Rust side's `KEEP` (the largest
         * answer it copies into a buffer). A getMeetingInfo of 100 attendees is 32 KB; above 64 KiB a parse
         * takes about half a millisecond, next to which the one-off block and reading the
         * answer in place cost under 1 %, while 64 KiB kept per thread stays small even for a
         * server's few hundred threads.
         */
        internal const val KEEP = 64 * 1024
        private const val PENDING_BIT = 1L shl 55
        private const val LEN_MASK = PENDING_BIT - 1
        private const val CODE_OK = 0
        private const val CODE_ERROR = 1

        private val current: ThreadLocal<UniffiScratch> = ThreadLocal.withInitial { UniffiScratch() }

        @JvmStatic fun get(): UniffiScratch = current.get()

        /** The capacity of this thread's own buffer (for the tests). */
        internal fun ownCapacity(): Int = current.get().own.capacity()

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
    val result = try {
        write(buf)
        call(handle, scratch.address, buf.position().toLong(), buf.capacity().toLong())
    } catch (e: Throwable) {
        scratch.dropArguments()
        throw e
    }
    val answer = scratch.answer(result, errorHandler)
    try {
        val value = read(answer)
        if (answer.hasRemaining()) throw RuntimeException("junk remaining in buffer after lifting, something is very wrong!!")
        return value
    } finally {
        scratch.done()
    }
}
