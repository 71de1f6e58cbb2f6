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
//!   unreadable argument. When `len > cap`, or `len >` [`KEEP`], nothing was written and bit
//!   55 ([`PENDING_BIT`]) is set: the answer waits in a per-thread slot, which the caller reads
//!   in place
//!   ([`bbbkit_jvm_pending`]) and then frees ([`bbbkit_jvm_release`]). So no buffer of the
//!   caller ever has to grow to an answer's size, and a large answer is freed once it is read.
//! * A body (`Vec<u8>` in UniFFI's signature) is read in place from `buf` (`&[u8]`): the parse
//!   functions run on the caller's bytes, with no copy of the answer being parsed.
//!
//! The Kotlin side is generated: `bindings/kotlin/tools/PatchBindings.java` rewrites the
//! generated bodies of the functions listed below to call these (and fails the build when a
//! listed function is missing). Every typed answer parser has an entry, expanded from the rows
//! of [`bbbkit::for_each_answer_kind!`] (with [`crate::parse_response`] and
//! [`crate::parse_error_redirect`], listed by hand): PatchBindings puts every generated
//! `parse…` function on this path, and the library refuses to start when the two lists differ.
//! Each entry calls the very function UniFFI exports (or, for a body, the same function on a
//! borrowed slice, which the exported one calls), so the behaviour is the same by
//! construction; the JUnit suites run every vector through them.

use std::cell::RefCell;
use std::ffi::{c_char, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use uniffi::{Lift, Lower, LowerError};

use crate::{
    ApiResponse, BbbError, ChecksumAlgorithm, ErrorRedirect, JoinRequest, QueryParam, Server,
    UniFfiTag, Verified,
};

const CODE_OK: u64 = 0;
const CODE_ERROR: u64 = 1;
const CODE_PANIC: u64 = 2;
/// Set in a call's result when the answer was left in [`PENDING`] instead of the buffer.
const PENDING_BIT: u64 = 1 << 55;

thread_local! {
    /// An answer that did not fit in the caller's buffer (or is larger than [`KEEP`]), until
    /// [`bbbkit_jvm_release`]: at most one per thread, replaced by the next one.
    static PENDING: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The vector answers are written into, kept between calls (up to [`KEEP`] bytes).
    static SPARE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The largest answer vector kept for the thread's next call, and the largest answer copied
/// into the caller's buffer; the Kotlin side keeps its per-thread buffer to the same size
/// (`BufferCall.kt`). Larger answers wait in [`PENDING`] and are freed once read.
const KEEP: usize = 64 * 1024;

/// The size of arguments or answer from which the heap is trimmed after a call: 1 MiB, as the
/// C ABI does (`bindings/c/src/alloc.rs`).
const TRIM_FROM: u64 = 1 << 20;

/// Returns the heap's free pages to the system (glibc's `malloc_trim`; nothing elsewhere).
///
/// A large parse leaves the core's freed allocations (the typed answer, freed as it is
/// written) as resident pages that the JVM cannot reuse: the Java objects read from the answer
/// then come on top of them instead of taking their place.
fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: `malloc_trim` takes no pointer, allocates nothing and only releases free pages.
        unsafe { malloc_trim(0) };
    }
}

fn spare() -> Vec<u8> {
    SPARE.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

fn give_back(mut v: Vec<u8>) {
    if v.capacity() <= KEEP {
        v.clear();
        SPARE.with(|s| *s.borrow_mut() = v);
    }
}

/// A call's answer before it is copied out.
enum Outcome {
    Value(Vec<u8>),
    Error(Vec<u8>),
}

fn value<T: Lower<UniFfiTag>>(v: T) -> Outcome {
    let mut out = spare();
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

/// An argument of an entry point, read from the caller's buffer.
trait Arg<'a>: Sized {
    fn read(input: &mut &'a [u8]) -> Result<Self, String>;
}

/// Arguments read with UniFFI's own [`Lift::try_read`], as owned values.
macro_rules! lifted_args {
    ($($ty:ty),* $(,)?) => {$(
        impl Arg<'_> for $ty {
            fn read(input: &mut &[u8]) -> Result<Self, String> {
                <$ty as Lift<UniFfiTag>>::try_read(input)
                    .map_err(|e| format!("bbbkit: unreadable argument: {e}"))
            }
        }
    )*};
}

lifted_args!(
    String,
    ChecksumAlgorithm,
    JoinRequest,
    Vec<QueryParam>,
    Option<u64>,
    Option<u32>
);

/// A body, written by Kotlin as UniFFI writes a `ByteArray` (an `i32` length, big-endian, then
/// the bytes), borrowed where it lies.
impl<'a> Arg<'a> for &'a [u8] {
    fn read(input: &mut &'a [u8]) -> Result<Self, String> {
        let unreadable = || "bbbkit: unreadable argument: a body's length".to_owned();
        let (len, rest) = input.split_first_chunk::<4>().ok_or_else(unreadable)?;
        let len = usize::try_from(i32::from_be_bytes(*len)).map_err(|_| unreadable())?;
        if rest.len() < len {
            return Err(format!(
                "bbbkit: unreadable argument: a body of {len} bytes in {}",
                rest.len()
            ));
        }
        let (body, rest) = rest.split_at(len);
        *input = rest;
        Ok(body)
    }
}

fn arg<'a, T: Arg<'a>>(input: &mut &'a [u8]) -> Result<T, String> {
    T::read(input)
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
    if in_len >= TRIM_FROM || len >= TRIM_FROM {
        trim();
    }
    if len <= cap && bytes.len() <= KEEP {
        // SAFETY: the caller guarantees `buf[..cap]` is writable, and `len <= cap`.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, bytes.len()) };
        give_back(bytes);
        (code << 56) | len
    } else {
        // The previous pending answer, if its caller never released it, is freed here.
        PENDING.with(|p| *p.borrow_mut() = bytes);
        (code << 56) | PENDING_BIT | len
    }
}

/// The address of the answer of this thread's last call, which did not fit in the caller's
/// buffer (its length was in the call's result); valid until [`bbbkit_jvm_release`] or the
/// thread's next call. Null when there is none.
fn bbbkit_jvm_pending() -> u64 {
    PENDING.with(|p| {
        let pending = p.borrow();
        if pending.is_empty() {
            0
        } else {
            pending.as_ptr() as u64
        }
    })
}

/// Frees the pending answer (a small one's vector is kept for the next answer).
fn bbbkit_jvm_release() {
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    give_back(pending);
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

/// JNI's `JNINativeMethod`.
#[repr(C)]
struct JniNativeMethod {
    name: *const c_char,
    signature: *const c_char,
    fn_ptr: *mut c_void,
}

/// Entry `index` of the JNI function table of `env` (a `JNIEnv*`).
///
/// # Safety
///
/// `env` must be the current thread's `JNIEnv*`.
unsafe fn jni_function(env: *mut c_void, index: usize) -> *const c_void {
    // SAFETY: a `JNIEnv*` points to a pointer to the table of JNI functions.
    unsafe { *(*(env as *const *const *const c_void)).add(index) }
}

/// The JNI twin of [`bbbkit_jvm_pending`].
extern "system" fn jni_pending(_env: *mut c_void, _this: *mut c_void) -> i64 {
    bbbkit_jvm_pending() as i64
}

/// The JNI twin of [`bbbkit_jvm_release`].
extern "system" fn jni_release(_env: *mut c_void, _this: *mut c_void) {
    bbbkit_jvm_release()
}

/// Binds the `external fun`s of the Kotlin class `class_name` (`org/bbbkit/UniffiBufferLib`)
/// to the JNI twins of the entry points below, with JNI's `RegisterNatives`: a call then costs
/// a plain JNI transition instead of JNA's dispatch (which converts every argument and sets
/// `errno` on every call). Called once, through JNA, which passes the `JNIEnv`. Returns the
/// number of methods bound, or a negative number when the class or a method is missing
/// (the JVM's exception is then cleared, the Kotlin side reports the failure).
///
/// # Safety
///
/// `env` must be the current thread's `JNIEnv*`, `class_name` a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_jvm_register_jni(
    env: *mut c_void,
    class_name: *const c_char,
) -> i32 {
    type FindClass = unsafe extern "system" fn(*mut c_void, *const c_char) -> *mut c_void;
    type ExceptionClear = unsafe extern "system" fn(*mut c_void);
    type RegisterNatives =
        unsafe extern "system" fn(*mut c_void, *mut c_void, *const JniNativeMethod, i32) -> i32;
    // Indices in JNI's function table (jni.h, `struct JNINativeInterface_`), stable since JNI 1.2.
    const FIND_CLASS: usize = 6;
    const EXCEPTION_CLEAR: usize = 17;
    const REGISTER_NATIVES: usize = 215;
    // SAFETY: `env` is a valid `JNIEnv*` (the caller's contract) and these are the functions
    // at those indices, with these signatures.
    unsafe {
        let find_class: FindClass = std::mem::transmute(jni_function(env, FIND_CLASS));
        let clear: ExceptionClear = std::mem::transmute(jni_function(env, EXCEPTION_CLEAR));
        let register: RegisterNatives = std::mem::transmute(jni_function(env, REGISTER_NATIVES));
        let class = find_class(env, class_name);
        if class.is_null() {
            clear(env);
            return -1;
        }
        let methods = jni_methods();
        if register(env, class, methods.as_ptr(), methods.len() as i32) != 0 {
            clear(env);
            return -2;
        }
        methods.len() as i32
    }
}

/// One entry per call, `fn name[self: Object](arguments) => answer;`: a module `name` with
/// the entry (`name::call`) and its JNI twin (`name::jni`, bound by
/// [`bbbkit_jvm_register_jni`] under the name `name`). `fn "prefix" + name …` binds it as
/// `prefixname` (the entries expanded from the answer kinds).
macro_rules! jvm_calls {
    ($(
        $(#[$doc:meta])*
        fn $($prefix:literal +)? $name:ident $([$obj:ident: $Obj:ty])? ($($arg:ident: $ty:ty),* $(,)?) => $body:expr;
    )*) => {$(
        $(#[$doc])*
        #[allow(non_snake_case)]
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            /// The entry point.
            ///
            /// # Safety
            ///
            /// As the module says: `buf[..cap]` readable and writable, `in_len <= cap`,
            /// `handle` borrowed and kept alive by the caller.
            pub(super) unsafe fn call(handle: u64, buf: *mut u8, in_len: u64, cap: u64) -> u64 {
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

            /// The JNI twin of [`call`].
            pub(super) unsafe extern "system" fn jni(
                _env: *mut c_void,
                _this: *mut c_void,
                handle: i64,
                buf: i64,
                in_len: i64,
                cap: i64,
            ) -> i64 {
                // SAFETY: forwarded from the Kotlin caller.
                unsafe { call(handle as u64, buf as *mut u8, in_len as u64, cap as u64) as i64 }
            }

            /// The JNI method's name, NUL-terminated.
            pub(super) const JNI_NAME: &str = concat!($($prefix,)? stringify!($name), "\0");
        }
    )*

        /// The methods [`bbbkit_jvm_register_jni`] binds: `bbbkit_jvm_pending`,
        /// `bbbkit_jvm_release` and every entry.
        fn jni_methods() -> Vec<JniNativeMethod> {
            vec![
                JniNativeMethod {
                    name: c"bbbkit_jvm_pending".as_ptr(),
                    signature: c"()J".as_ptr(),
                    fn_ptr: jni_pending as *mut c_void,
                },
                JniNativeMethod {
                    name: c"bbbkit_jvm_release".as_ptr(),
                    signature: c"()V".as_ptr(),
                    fn_ptr: jni_release as *mut c_void,
                },
                $(JniNativeMethod {
                    name: $name::JNI_NAME.as_ptr().cast(),
                    signature: c"(JJJJ)J".as_ptr(),
                    fn_ptr: $name::jni as *mut c_void,
                },)*
            ]
        }
    };
}

/// The entries: the hand-listed hot calls, then one per answer kind (the rows of
/// [`bbbkit::for_each_answer_kind!`], as `answers.rs` expands them): `bbbkit_jvm_func_parse_…`,
/// reading the body in place.
macro_rules! jvm_entries {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $kind:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        jvm_calls! {
            /// [`crate::bbbkit_version`].
            fn bbbkit_jvm_func_bbbkit_version() => value(crate::bbbkit_version());
            /// [`crate::checksum`].
            fn bbbkit_jvm_func_checksum(
                call: String, query: String, secret: String, algorithm: ChecksumAlgorithm
            ) => value(crate::checksum(call, query, secret, algorithm));
            /// [`crate::parse_response`].
            fn bbbkit_jvm_func_parse_response(
                body: &[u8], max_size: Option<u64>, max_depth: Option<u32>
            ) => result::<Arc<ApiResponse>, BbbError>(
                crate::parse::parse_response_slice(body, max_size, max_depth)
            );
            /// [`crate::parse_error_redirect`].
            fn bbbkit_jvm_func_parse_error_redirect(location: String)
                => result::<ErrorRedirect, BbbError>(crate::parse_error_redirect(location));
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
            $(
                #[doc = concat!("`", stringify!($parser), "` (", $call, "), on the body in place.")]
                fn "bbbkit_jvm_func_" + $parser(
                    body: &[u8], max_size: Option<u64>, max_depth: Option<u32>
                ) => result::<crate::$ty, BbbError>(
                    crate::answers::from_slice::$parser(body, max_size, max_depth)
                );
            )*
        }
    };
}

bbbkit::for_each_answer_kind!(jvm_entries);

#[cfg(test)]
mod tests {
    use super::*;

    const LEN: u64 = PENDING_BIT - 1;

    fn args(values: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
        let mut v = Vec::new();
        values(&mut v);
        v
    }

    /// The pending answer of the last call, copied, then released.
    fn pending(len: usize) -> Vec<u8> {
        let at = bbbkit_jvm_pending();
        assert_ne!(at, 0);
        // SAFETY: the pending answer holds `len` bytes (the call's result said so).
        let copy = unsafe { std::slice::from_raw_parts(at as *const u8, len) }.to_vec();
        bbbkit_jvm_release();
        assert_eq!(bbbkit_jvm_pending(), 0);
        copy
    }

    #[test]
    fn an_answer_fits_or_waits_to_be_read_in_place() {
        let mut buf = vec![0u8; 64];
        // SAFETY: `buf` holds 64 bytes.
        let r = unsafe { bbbkit_jvm_func_bbbkit_version::call(0, buf.as_mut_ptr(), 0, 64) };
        assert_eq!(r >> 55, CODE_OK << 1);
        let len = (r & LEN) as usize;
        let mut out = &buf[..len];
        let version = <String as Lift<UniFfiTag>>::try_read(&mut out).unwrap();
        assert_eq!(version, crate::bbbkit_version());
        assert_eq!(bbbkit_jvm_pending(), 0);

        let mut small = [0u8; 2];
        // SAFETY: `small` holds 2 bytes.
        let r = unsafe { bbbkit_jvm_func_bbbkit_version::call(0, small.as_mut_ptr(), 0, 2) };
        assert_eq!((r >> 55, (r & LEN) as usize), ((CODE_OK << 1) | 1, len));
        assert_eq!(pending(len), buf[..len]);
    }

    #[test]
    fn a_body_is_read_in_place_and_a_large_answer_is_never_copied() {
        let attendee =
            "<attendee><userID>u</userID><fullName>Student</fullName><role>VIEWER</role>\
            <isPresenter>false</isPresenter><isListeningOnly>false</isListeningOnly>\
            <hasJoinedVoice>true</hasJoinedVoice><hasVideo>false</hasVideo>\
            <clientType>HTML5</clientType></attendee>";
        let body = format!(
            "<response><returncode>SUCCESS</returncode><meetingName>M</meetingName>\
             <meetingID>m</meetingID><internalMeetingID>i</internalMeetingID>\
             <createTime>1</createTime><attendees>{}</attendees></response>",
            attendee.repeat(2000)
        );
        let expected = crate::parse_meeting_info(body.clone().into(), None, None).unwrap();
        let mut buf = args(|v| {
            <Vec<u8> as Lower<UniFfiTag>>::write(body.clone().into_bytes(), v);
            <Option<u64> as Lower<UniFfiTag>>::write(None, v);
            <Option<u32> as Lower<UniFfiTag>>::write(None, v);
        });
        let in_len = buf.len() as u64;
        buf.resize(4 * body.len(), 0);
        let cap = buf.len() as u64;
        // SAFETY: `buf` holds `cap` bytes.
        let r = unsafe { parse_meeting_info::call(0, buf.as_mut_ptr(), in_len, cap) };
        let len = (r & LEN) as usize;
        assert_eq!(r >> 55, (CODE_OK << 1) | 1);
        // Larger than KEEP: left pending although the buffer had room.
        assert!(len > KEEP && (len as u64) < cap, "{len}");
        let answer = pending(len);
        let read = <crate::MeetingInfo as Lift<UniFfiTag>>::try_read(&mut answer.as_slice());
        assert!(read.unwrap() == expected);
    }

    #[test]
    fn a_method_borrows_its_object_and_errors_come_as_rust_buffers() {
        let server = Server::new("https://bbb.example.com".into(), "secret".into(), None).unwrap();
        let handle = uniffi::Handle::from_arc(server.clone()).as_raw();
        let mut buf = args(|v| {
            <String as Lower<UniFfiTag>>::write("https://x/api/end?meetingID=m".into(), v)
        });
        let in_len = buf.len() as u64;
        buf.resize(256, 0);
        // SAFETY: `buf` holds 256 bytes; `handle` is alive (the Arc is leaked until below).
        let r = unsafe {
            bbbkit_jvm_method_server_verify_url::call(handle, buf.as_mut_ptr(), in_len, 256)
        };
        assert_eq!((r >> 55, r & LEN), (CODE_ERROR << 1, 24));
        let word = |i: usize| u64::from_be_bytes(buf[i * 8..i * 8 + 8].try_into().unwrap());
        // SAFETY: the three words are the parts of the `Vec` behind the error's `RustBuffer`.
        let error =
            unsafe { Vec::from_raw_parts(word(2) as *mut u8, word(1) as usize, word(0) as usize) };
        let error = <BbbError as Lift<UniFfiTag>>::try_read(&mut error.as_slice()).unwrap();
        assert!(
            matches!(error, BbbError::ChecksumMissing { .. }),
            "{error:?}"
        );
        // SAFETY: the handle made above, used once.
        drop(unsafe { uniffi::Handle::from_raw_unchecked(handle).into_arc::<Server>() });
        assert_eq!(Arc::strong_count(&server), 1);
    }

    #[test]
    fn bad_arguments_are_reported_not_read_past() {
        let mut buf = args(|v| <String as Lower<UniFfiTag>>::write("join".into(), v));
        let in_len = buf.len() as u64;
        buf.resize(128, 0);
        // One string where four arguments are expected.
        // SAFETY: `buf` holds 128 bytes.
        let r = unsafe { bbbkit_jvm_func_checksum::call(0, buf.as_mut_ptr(), in_len, 128) };
        assert_eq!(r >> 56, CODE_PANIC);
        // Junk after the arguments.
        // SAFETY: `buf` holds 128 bytes.
        let r = unsafe { bbbkit_jvm_func_bbbkit_version::call(0, buf.as_mut_ptr(), 3, 128) };
        assert_eq!(r >> 56, CODE_PANIC);
        // More arguments than the buffer.
        // SAFETY: `buf` holds 128 bytes; nothing is read when `in_len > cap`.
        let r = unsafe { bbbkit_jvm_func_bbbkit_version::call(0, buf.as_mut_ptr(), 200, 128) };
        assert_eq!(r >> 56, CODE_PANIC);
        // A null handle.
        // SAFETY: `buf` holds 128 bytes.
        let r = unsafe { bbbkit_jvm_method_server_verify_url::call(0, buf.as_mut_ptr(), 0, 128) };
        assert_eq!(r >> 56, CODE_PANIC);
        // A body longer than the arguments, and a negative length.
        for len in [1000i32, -1] {
            let mut buf = args(|v| {
                v.extend_from_slice(&len.to_be_bytes());
                v.extend_from_slice(b"<response/>");
                <Option<u64> as Lower<UniFfiTag>>::write(None, v);
                <Option<u32> as Lower<UniFfiTag>>::write(None, v);
            });
            let in_len = buf.len() as u64;
            buf.resize(128, 0);
            // SAFETY: `buf` holds 128 bytes.
            let r = unsafe { parse_recordings::call(0, buf.as_mut_ptr(), in_len, 128) };
            assert_eq!(r >> 56, CODE_PANIC, "{len}");
        }
    }

    #[test]
    fn every_answer_kind_has_an_entry_and_names_are_unique() {
        let names: Vec<String> = jni_methods()
            .iter()
            // SAFETY: every name is a NUL-terminated static string.
            .map(|m| {
                unsafe { std::ffi::CStr::from_ptr(m.name) }
                    .to_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        macro_rules! expect_entries {
            ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $kind:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
                $(assert!(names.contains(&concat!("bbbkit_jvm_func_", stringify!($parser)).to_owned()), "{}", stringify!($parser));)*
            };
        }
        bbbkit::for_each_answer_kind!(expect_entries);
        assert!(names.contains(&"bbbkit_jvm_func_parse_response".to_owned()));
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }
}
