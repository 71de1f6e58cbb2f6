//! Buffer-shaped entry points for the hot calls of the Kotlin/JVM bindings.
//!
//! UniFFI's scaffolding passes `RustBuffer` and `RustCallStatus` structs by value and by
//! pointer. On the JVM, JNA maps each of those to a `Structure`, and every `Structure` costs a
//! native `Memory` allocation with its bookkeeping (a global map and a cleaner), plus reflection
//! to copy its fields: tens of microseconds per call in a loop (see BENCHMARKS.md). The functions
//! here do the same work with only integer arguments, so JNA's direct mapping passes them
//! without allocating anything:
//!
//! `bbbkit_jvm_…(handle, buf, in_len, cap) -> u64`
//!
//! * `handle` is the object's UniFFI handle, *borrowed*: the Kotlin side holds its call
//!   counter for the duration of the call, exactly as for UniFFI's own method calls, so the
//!   object cannot be freed meanwhile. `0` for functions.
//! * `buf` points to a buffer of `cap` bytes owned by the caller (a per-thread direct
//!   `ByteBuffer`). Its first `in_len` bytes are the arguments, each written by the generated
//!   Kotlin converter (`FfiConverter….write`) and read here with UniFFI's own
//!   [`Lift::try_read`]: the format is UniFFI's, only the transport differs.
//! * The answer overwrites the buffer: the return value written with [`Lower::write`], an error
//!   as the `RustBuffer` of [`LowerError::lower_error`] (capacity, length, data; big-endian
//!   `u64`s), which the Kotlin side lifts and frees exactly as UniFFI does, or a panic's message.
//! * The result is `code << 56 | len`: code 0 for a value, 1 for an error, 2 for a panic or an
//!   unreadable argument. When `len > cap` nothing was written: the answer waits in a
//!   per-thread slot until [`bbbkit_jvm_take`] copies it into a buffer that is large enough.
//!
//! The Kotlin side is generated: `bindings/kotlin/tools/PatchBindings.java` rewrites the
//! generated bodies of the functions listed below to call these (and fails the build when a
//! listed function is missing). Each entry calls the very function UniFFI exports, so the
//! behaviour is the same by construction; the JUnit suites run every vector through them.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use uniffi::{Lift, Lower, LowerError};

use crate::{
    BbbError, ChecksumAlgorithm, JoinRequest, Joined, QueryParam, Server, UniFfiTag, Verified,
};

const CODE_OK: u64 = 0;
const CODE_ERROR: u64 = 1;
const CODE_PANIC: u64 = 2;

thread_local! {
    /// An answer that did not fit in the caller's buffer, until [`bbbkit_jvm_take`].
    static PENDING: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A call's answer before it is copied out.
enum Outcome {
    Value(Vec<u8>),
    Error(Vec<u8>),
}

fn value<T: Lower<UniFfiTag>>(v: T) -> Outcome {
    let mut out = Vec::with_capacity(256);
    T::write(v, &mut out);
    Outcome::Value(out)
}

fn result<T: Lower<UniFfiTag>, E: LowerError<UniFfiTag>>(r: Result<T, E>) -> Outcome {
    match r {
        Ok(v) => value(v),
        Err(e) => {
            let buf = E::lower_error(e);
            let mut out = Vec::with_capacity(24);
            out.extend_from_slice(&(buf.capacity() as u64).to_be_bytes());
            out.extend_from_slice(&(buf.len() as u64).to_be_bytes());
            out.extend_from_slice(&(buf.data_pointer() as u64).to_be_bytes());
            // `RustBuffer` has no destructor: the Kotlin side owns the buffer now and frees it
            // with `rustbuffer_free`, as for UniFFI's own calls.
            Outcome::Error(out)
        }
    }
}

fn arg<T: Lift<UniFfiTag>>(input: &mut &[u8]) -> Result<T, String> {
    T::try_read(input).map_err(|e| format!("bbbkit: unreadable argument: {e}"))
}

/// Runs `f` on the arguments in `buf[..in_len]` and writes its answer into `buf[..cap]`.
///
/// # Safety
///
/// `buf` must be valid for reads and writes of `cap` bytes and `in_len <= cap`.
unsafe fn run(
    buf: *mut u8,
    in_len: u64,
    cap: u64,
    f: impl FnOnce(&mut &[u8]) -> Result<Outcome, String>,
) -> u64 {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if in_len > cap {
            return Err(format!(
                "bbbkit: {in_len} bytes of arguments in a buffer of {cap}"
            ));
        }
        // SAFETY: the caller guarantees `buf[..in_len]` is readable; every argument is copied
        // into an owned value before the buffer is written below.
        let mut input = unsafe { std::slice::from_raw_parts(buf, in_len as usize) };
        let outcome = f(&mut input)?;
        if input.is_empty() {
            Ok(outcome)
        } else {
            Err(format!(
                "bbbkit: {} bytes left after the arguments",
                input.len()
            ))
        }
    }));
    let (code, bytes) = match outcome {
        Ok(Ok(Outcome::Value(v))) => (CODE_OK, v),
        Ok(Ok(Outcome::Error(v))) => (CODE_ERROR, v),
        Ok(Err(message)) => (CODE_PANIC, message.into_bytes()),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "Rust panic".to_owned());
            (CODE_PANIC, message.into_bytes())
        }
    };
    let len = bytes.len() as u64;
    if len <= cap {
        // SAFETY: the caller guarantees `buf[..cap]` is writable, and `len <= cap`.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, bytes.len()) };
    } else {
        PENDING.with(|p| *p.borrow_mut() = bytes);
    }
    (code << 56) | len
}

/// Copies the answer of this thread's last call, which did not fit, into `buf[..cap]`; returns
/// its length (nothing is copied if `cap` is still too small).
///
/// # Safety
///
/// `buf` must be valid for writes of `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_jvm_take(buf: *mut u8, cap: u64) -> u64 {
    PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        let len = pending.len() as u64;
        if len <= cap {
            // SAFETY: the caller guarantees `buf[..cap]` is writable, and `len <= cap`.
            unsafe { std::ptr::copy_nonoverlapping(pending.as_ptr(), buf, pending.len()) };
            *pending = Vec::new();
        }
        len
    })
}

/// The object behind a borrowed UniFFI handle.
///
/// # Safety
///
/// `handle` must be a live handle of a `T` (made by UniFFI from an `Arc<T>`), kept alive by the
/// caller for the whole call.
unsafe fn borrow<'a, T>(handle: u64) -> Result<&'a T, String> {
    if handle == 0 {
        return Err("bbbkit: null handle".to_owned());
    }
    // SAFETY: a UniFFI handle of a Rust object is `Arc::into_raw` of it (see
    // `uniffi::Handle::from_arc`); the caller keeps that `Arc` alive during the call.
    Ok(unsafe { &*uniffi::Handle::from_raw_unchecked(handle).as_pointer::<T>() })
}

/// One `extern "C"` entry per call: `fn name[self: Object](arguments) => answer;`.
macro_rules! jvm_calls {
    ($(
        $(#[$doc:meta])*
        fn $name:ident $([$obj:ident: $Obj:ty])? ($($arg:ident: $ty:ty),* $(,)?) => $body:expr;
    )*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        ///
        /// As the module says: `buf[..cap]` readable and writable, `in_len <= cap`, `handle`
        /// borrowed and kept alive by the caller.
        #[no_mangle]
        pub unsafe extern "C" fn $name(handle: u64, buf: *mut u8, in_len: u64, cap: u64) -> u64 {
            let _ = handle;
            // SAFETY: forwarded from the caller.
            unsafe {
                run(buf, in_len, cap, |input| {
                    $(let $obj: &$Obj = borrow(handle)?;)?
                    $(let $arg: $ty = arg(input)?;)*
                    let _ = &input;
                    Ok($body)
                })
            }
        }
    )*};
}

jvm_calls! {
    /// [`crate::bbbkit_version`].
    fn bbbkit_jvm_func_bbbkit_version() => value(crate::bbbkit_version());
    /// [`crate::checksum`].
    fn bbbkit_jvm_func_checksum(
        call: String, query: String, secret: String, algorithm: ChecksumAlgorithm
    ) => value(crate::checksum(call, query, secret, algorithm));
    /// [`crate::parse_join_response`].
    fn bbbkit_jvm_func_parse_join_response(
        body: Vec<u8>, max_size: Option<u64>, max_depth: Option<u32>
    ) => result::<Joined, BbbError>(crate::parse_join_response(body, max_size, max_depth));
    /// [`Server::join_url`].
    fn bbbkit_jvm_method_server_join_url[server: Server](request: JoinRequest)
        => result::<String, BbbError>(server.join_url(request));
    /// [`Server::api_url`].
    fn bbbkit_jvm_method_server_api_url[server: Server](call: String, params: Vec<QueryParam>)
        => result::<String, BbbError>(server.api_url(call, params));
    /// [`Server::checksum`].
    fn bbbkit_jvm_method_server_checksum[server: Server](call: String, query: String)
        => value(server.checksum(call, query));
    /// [`Server::verify`].
    fn bbbkit_jvm_method_server_verify[server: Server](call: String, query: String)
        => result::<Verified, BbbError>(server.verify(call, query));
    /// [`Server::verify_url`].
    fn bbbkit_jvm_method_server_verify_url[server: Server](url: String)
        => result::<Verified, BbbError>(server.verify_url(url));
}
