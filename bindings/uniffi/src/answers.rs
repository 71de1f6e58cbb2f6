//! The typed answers of every call: records and their parse functions.
//!
//! - The parse functions (`parse_meeting_info`, …; Kotlin `parseMeetingInfo(bytes)`) are
//!   expanded from the rows of [`bbbkit::for_each_answer_kind!`]: an answer kind added to the
//!   core gets its function here with no edit, once its record exists (the build says so).
//! - The records restate the core's fields (its structs are `#[non_exhaustive]`, so UniFFI
//!   cannot build them); `metadata` and `customData` are maps. The Kotlin and Swift vector
//!   runners compare each record, field by field, with the core's JSON form, so a field the
//!   core adds and this crate misses fails those suites.
//! - Their text (`toString()`, `description`) is the data-class form with the property names
//!   of Kotlin and Swift; the deprecated meeting passwords are `[redacted]` there (the fields
//!   keep the values).

use std::collections::HashMap;
use std::fmt;

use crate::body::Body;
use crate::calls::FromCore;
use crate::convert::GuestStatus;
use crate::error::BbbError;

/// Writes a value as a Kotlin data class's `toString()` would.
trait Show {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Show for String {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl Show for i64 {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Show for bool {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<T: Show> Show for Option<T> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(v) => v.show(f),
            None => f.write_str("null"),
        }
    }
}

impl<T: Show> Show for Vec<T> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            v.show(f)?;
        }
        f.write_str("]")
    }
}

/// `{key=value, …}`, in key order.
impl Show for HashMap<String, String> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut pairs: Vec<_> = self.iter().collect();
        pairs.sort_unstable();
        f.write_str("{")?;
        for (i, (k, v)) in pairs.into_iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{k}={v}")?;
        }
        f.write_str("}")
    }
}

/// Whether a field holds a value (`false` only for `null`): what a redacted field shows.
trait Present {
    fn present(&self) -> bool {
        true
    }
}

impl<T> Present for Option<T> {
    fn present(&self) -> bool {
        self.is_some()
    }
}

impl Present for String {}
impl Present for i64 {}
impl Present for bool {}
impl<T> Present for Vec<T> {}
impl Present for HashMap<String, String> {}

/// `meeting_id` → `meetingId`: the property name in Kotlin and Swift.
fn camel(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The records, expanded from the core's declaration ([`bbbkit::for_each_answer_type!`]): per
/// type a record with the same fields and docs, its conversion from the core, and its text,
/// with the fields the core marks `[redacted]` shown as `[redacted]` when set (and a
/// `[redacted = method]` field as `self.method()` gives it). The core's `Pairs` is a map here;
/// `Vec<Attendee>` names this module's record.
macro_rules! answer_records {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident {
            $(
                $(#[doc = $fdoc:literal])*
                $([$flag:ident $(= $fval:tt)?])*
                $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ),
            )*
        }
    )*) => {$(
        $(#[doc = $doc])*
        #[derive(Clone, PartialEq, Eq, uniffi::Record)]
        #[uniffi::export(Display)]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
                pub $field: $ty,
            )*
        }

        impl From<bbbkit::$name> for $name {
            fn from(core: bbbkit::$name) -> Self {
                $name { $( $field: FromCore::from_core(core.$field), )* }
            }
        }

        impl FromCore<Vec<bbbkit::$name>> for Vec<$name> {
            fn from_core(core: Vec<bbbkit::$name>) -> Self {
                core.into_iter().map(Into::into).collect()
            }
        }

        impl FromCore<Option<bbbkit::$name>> for Option<$name> {
            fn from_core(core: Option<bbbkit::$name>) -> Self {
                core.map(Into::into)
            }
        }

        impl fmt::Display for $name {
            #[allow(unused_assignments, unused_mut)]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "("))?;
                let mut first = true;
                $(
                    if !first {
                        f.write_str(", ")?;
                    }
                    first = false;
                    write!(f, "{}=", camel(stringify!($field)))?;
                    answer_records!(@show self f $field $([$flag $(= $fval)?])*);
                )*
                f.write_str(")")
            }
        }

        /// As the text: no secret in a log line.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }

        impl Show for $name {
            fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    )*};

    (@show $self:ident $f:ident $field:ident) => {
        Show::show(&$self.$field, $f)?;
    };
    (@show $self:ident $f:ident $field:ident [redacted] $($rest:tt)*) => {
        $f.write_str(if Present::present(&$self.$field) { bbbkit::REDACTED } else { "null" })?;
    };
    (@show $self:ident $f:ident $field:ident [redacted = $m:ident] $($rest:tt)*) => {
        $f.write_str(&$self.$m())?;
    };
    (@show $self:ident $f:ident $field:ident [$flag:ident $(= $fval:tt)?] $($rest:tt)*) => {
        answer_records!(@show $self $f $field $($rest)*)
    };
}

/// The core's name/value pairs cross as a map.
type Pairs = HashMap<String, String>;

bbbkit::for_each_answer_type!(answer_records);

impl Joined {
    /// `url` with the session token replaced by `[redacted]`: what its text shows.
    fn redacted_url(&self) -> String {
        bbbkit::redact_join_url(&self.url, &self.session_token)
    }
}

impl FromCore<bbbkit::GuestStatus> for GuestStatus {
    fn from_core(core: bbbkit::GuestStatus) -> Self {
        core.into()
    }
}

/// The guest status as Kotlin and Swift name it: `Allow`, `Wait`, `Deny`, `Other(value=…)`.
impl Show for GuestStatus {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuestStatus::Allow => f.write_str("Allow"),
            GuestStatus::Wait => f.write_str("Wait"),
            GuestStatus::Deny => f.write_str("Deny"),
            GuestStatus::Other { value } => write!(f, "Other(value={value})"),
        }
    }
}

impl Present for GuestStatus {}

/// One exported parse function per answer kind; `join` and `create` are in `parse.rs`.
macro_rules! answer_parser {
    (Join, $($rest:tt)*) => {};
    (Create, $($rest:tt)*) => {};
    ($variant:ident, $call:literal, $parser:ident, $ty:ident) => {
        // UniFFI reads literal docs only: the call is its own line.
        /// Parses the server's answer to the call below (XML, or the JSON error form), with
        /// the same limits as `parseJoinResponse`: `max_size` in bytes (default 64 MiB),
        /// `max_depth` in element nesting (default 32).
        ///
        /// # Errors
        ///
        /// [`BbbError::Api`] when the server answered `FAILED` (typed key and kind);
        /// [`BbbError::Parse`] for bytes that are not this answer (`missing_field`,
        /// `invalid_field`, `too_large`, `not_bbb`, …).
        ///
        /// BBB call:
        #[doc = $call]
        #[uniffi::export(default(max_size = None, max_depth = None))]
        pub fn $parser(
            body: Body,
            max_size: Option<u64>,
            max_depth: Option<u32>,
        ) -> Result<$ty, BbbError> {
            from_slice::$parser(&body, max_size, max_depth)
        }
    };
}

macro_rules! answer_parsers {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        $( answer_parser!($variant, $call, $parser, $ty); )*
    };
}

bbbkit::for_each_answer_kind!(answer_parsers);

/// Every answer kind's parse on a borrowed body, `join` and `create` too: the exported parse
/// functions call these, and so do the JVM's buffer entry points (`jvm.rs`), which read the
/// body where the caller wrote it instead of copying it into a `Vec`.
pub(crate) mod from_slice {
    use crate::error::BbbError;
    use crate::parse::options;

    macro_rules! slice_parsers {
        ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {$(
            pub(crate) fn $parser(
                body: &[u8],
                max_size: Option<u64>,
                max_depth: Option<u32>,
            ) -> Result<crate::$ty, BbbError> {
                Ok(options(max_size, max_depth).$parser(body)?.into())
            }
        )*};
    }

    bbbkit::for_each_answer_kind!(slice_parsers);
}
