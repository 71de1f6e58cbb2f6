//! The one error type: Kotlin sees a sealed `BbbException`, Swift an `enum BbbError: Error`.

use std::collections::HashMap;
use std::fmt;

use bbbkit::Algorithm;

use crate::callback::CallbackErrorKind;
use crate::parse::ApiErrorDetail;

/// Everything that can go wrong in bbbkit. No variant ever carries the shared secret.
///
/// Each variant has a `reason`: the core's human-readable explanation. Match on the variant
/// and its codes (`rule`, `code`, `key`, `kind`), never on `reason`.
///
/// The verification variants are the core's `VerifyError`s one to one, named after their
/// codes (`checksum_mismatch` → `ChecksumMismatch`).
///
/// Its text (`toString()`, Swift's `description` and `localizedDescription`) names the
/// parameter and the rule, or the key, or the check that failed.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Error)]
#[uniffi::export(Display)]
pub enum BbbError {
    /// Input refused before anything was signed.
    InvalidParameter {
        /// The parameter's name as the BBB API spells it (`meetingID`, `userdata-foo`).
        parameter: String,
        /// The rule it broke, as a stable code: `required`, `no_comma`, `http_url`, …
        rule: String,
        /// What the rule says, for people: "must not contain a comma".
        reason: String,
    },
    /// A signed query has no `checksum` parameter, or an empty one.
    ChecksumMissing {
        /// For people.
        reason: String,
    },
    /// A signed query carries more than one `checksum` parameter.
    ChecksumDuplicate {
        /// For people.
        reason: String,
    },
    /// The checksum is not hexadecimal.
    ChecksumMalformed {
        /// For people.
        reason: String,
    },
    /// No algorithm has a digest of this many hex digits.
    ChecksumLength {
        /// The number of hex digits found.
        length: u64,
        /// For people.
        reason: String,
    },
    /// The checksum's algorithm is not on the verifier's allow-list.
    AlgorithmNotAllowed {
        /// The algorithm the checksum's length implies.
        algorithm: Algorithm,
        /// For people.
        reason: String,
    },
    /// The checksum does not match the call, the query and any of the secrets.
    ChecksumMismatch {
        /// For people.
        reason: String,
    },
    /// The bytes are not a BigBlueButton response.
    Parse {
        /// A stable code: `too_large`, `malformed`, `not_bbb`, `missing_field`, …
        code: String,
        /// For people.
        reason: String,
    },
    /// The server answered `FAILED`.
    Api {
        /// The first error's `messageKey`, typed (`MessageKey.ChecksumError`); unknown keys are
        /// `Other`, as the server spelled them.
        key: MessageKey,
        /// What the key means for the application in the call answered
        /// (`ApiErrorKind.CHECKSUM_ERROR`; `notFound` is `RECORDING_NOT_FOUND` in a publish,
        /// delete or update answer, `MEETING_NOT_FOUND` elsewhere): match on this.
        kind: ApiErrorKind,
        /// The first error's message, as sent.
        server_message: String,
        /// Every error, in the order the server sent them; never empty.
        errors: Vec<ApiErrorDetail>,
        /// The other values of the `FAILED` answer by element name (a failed
        /// putRecordingTextTrack keeps its `recordId`); usually empty.
        details: HashMap<String, String>,
    },
    /// A callback from the server (recording ready, analytics, webhook, end of meeting) did
    /// not verify. Answer `http_status` and do nothing else with the request.
    Callback {
        /// What failed, typed (`CallbackErrorKind.SIGNATURE`); its text is the core's code
        /// (`callback_signature`).
        kind: CallbackErrorKind,
        /// The HTTP status to answer: 401, which bbb-webhooks treats as final (any other error
        /// status makes it retry and then delete the hook).
        http_status: i32,
        /// For people (never a secret).
        reason: String,
    },
}

impl fmt::Display for BbbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BbbError::InvalidParameter {
                parameter, reason, ..
            } => write!(f, "invalid parameter `{parameter}`: {reason}"),
            BbbError::Api {
                key,
                server_message,
                ..
            } => write!(f, "BigBlueButton answered FAILED: {key}: {server_message}"),
            BbbError::ChecksumMissing { reason }
            | BbbError::ChecksumDuplicate { reason }
            | BbbError::ChecksumMalformed { reason }
            | BbbError::ChecksumLength { reason, .. }
            | BbbError::AlgorithmNotAllowed { reason, .. }
            | BbbError::ChecksumMismatch { reason }
            | BbbError::Parse { reason, .. }
            | BbbError::Callback { reason, .. } => f.write_str(reason),
        }
    }
}

impl std::error::Error for BbbError {}

impl From<bbbkit::InvalidParameter> for BbbError {
    fn from(e: bbbkit::InvalidParameter) -> Self {
        BbbError::InvalidParameter {
            parameter: e.parameter().to_owned(),
            rule: e.rule().code().to_owned(),
            reason: e.rule().to_string(),
        }
    }
}

impl From<bbbkit::ApiError> for BbbError {
    fn from(e: bbbkit::ApiError) -> Self {
        let mut details = HashMap::new();
        for (name, value) in e.details {
            details.entry(name).or_insert(value);
        }
        BbbError::Api {
            kind: e.kind.into(),
            key: e.key.into(),
            server_message: e.message,
            errors: e.errors.into_iter().map(Into::into).collect(),
            details,
        }
    }
}

impl From<bbbkit::VerifyError> for BbbError {
    /// One variant per core variant, carrying the core's text as `reason`.
    fn from(e: bbbkit::VerifyError) -> Self {
        let reason = e.to_string();
        match e {
            bbbkit::VerifyError::MissingChecksum => BbbError::ChecksumMissing { reason },
            bbbkit::VerifyError::DuplicateChecksum => BbbError::ChecksumDuplicate { reason },
            bbbkit::VerifyError::MalformedChecksum => BbbError::ChecksumMalformed { reason },
            bbbkit::VerifyError::UnknownLength(n) => BbbError::ChecksumLength {
                length: n as u64,
                reason,
            },
            bbbkit::VerifyError::AlgorithmNotAllowed(algorithm) => {
                BbbError::AlgorithmNotAllowed { algorithm, reason }
            }
            bbbkit::VerifyError::Mismatch => BbbError::ChecksumMismatch { reason },
            // The core's enum is non-exhaustive. A kind added later did not verify either; the
            // test `verify_errors_map_one_to_one` fails until it has a variant of its own.
            _ => BbbError::ChecksumMismatch { reason },
        }
    }
}

impl From<bbbkit::Error> for BbbError {
    fn from(e: bbbkit::Error) -> Self {
        match e {
            bbbkit::Error::InvalidParameter(e) => e.into(),
            bbbkit::Error::Api(e) => e.into(),
            bbbkit::Error::Verify(e) => e.into(),
            bbbkit::Error::Callback(e) => e.into(),
            bbbkit::Error::Parse(e) => BbbError::Parse {
                code: e.code().to_owned(),
                reason: e.to_string(),
            },
            // The core's error enum is non-exhaustive; a later layer still reports its text.
            other => BbbError::Parse {
                code: other.kind().to_owned(),
                reason: other.to_string(),
            },
        }
    }
}

/// Mirrors a core enum whose `#[non_exhaustive]` rules out `#[uniffi::remote]` without a
/// panicking arm. The variants are the core's own rows (its `for_each_*` declaration), so
/// nothing is listed here; a value the core adds without a row would cross as `$fallback`.
macro_rules! mirror_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident from $core:path, else $fallback:expr;
        { $( $(#[$vdoc:meta])* $variant:ident, )* }
        $({ $(#[$odoc:meta])* $other:ident { $(#[$fdoc:meta])* value: String } })?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
        #[uniffi::export(Display)]
        pub enum $name {
            $( $(#[$vdoc])* $variant, )*
            $( $(#[$odoc])* $other { $(#[$fdoc])* value: String }, )?
        }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                use $core as Core;
                match v {
                    $( Core::$variant => $name::$variant, )*
                    #[allow(unreachable_patterns)]
                    other => {
                        let fallback: fn(&$core) -> $name = $fallback;
                        fallback(&other)
                    }
                }
            }
        }

        impl From<&$name> for $core {
            fn from(v: &$name) -> Self {
                use $core as Core;
                match v {
                    $( $name::$variant => Core::$variant, )*
                    $( $name::$other { value } => Core::from(value.as_str()), )?
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(<$core>::from(self).as_str())
            }
        }
    };
}

/// The core's `ApiErrorKind` rows, as a UniFFI enum.
macro_rules! api_error_kind_enum {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal), )*) => {
        mirror_enum! {
            /// What a failed call means for the application: the kind of its [`MessageKey`].
            /// Match on this rather than on keys. Its text (`toString()`, `description`) is the
            /// core's snake-case name, `checksum_error`.
            pub enum ApiErrorKind from bbbkit::ApiErrorKind, else |_| ApiErrorKind::UnknownApiError;
            { $( $(#[$doc])* $variant, )* }
        }
    };
}

bbbkit::for_each_api_error_kind!(api_error_kind_enum);

/// The core's `MessageKey` rows, as a UniFFI enum with `Other` for keys it does not know.
macro_rules! message_key_enum {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $spelling:literal, $kind:ident), )*) => {
        mirror_enum! {
            /// The `messageKey` of a failed call, typed. Its text (`toString()`, `description`)
            /// is the key as the server spells it (`checksumError`); [`MessageKey::kind`] says
            /// what it means.
            pub enum MessageKey from bbbkit::MessageKey, else |k| MessageKey::Other { value: k.as_str().to_owned() };
            { $( $(#[$doc])* $variant, )* }
            {
                /// A key this version does not know, as the server spelled it.
                Other {
                    /// The key.
                    value: String
                }
            }
        }
    };
}

bbbkit::for_each_message_key!(message_key_enum);

#[uniffi::export]
impl MessageKey {
    /// What the key means for the application (the core's table).
    pub fn kind(&self) -> ApiErrorKind {
        bbbkit::MessageKey::from(self).kind().into()
    }
}
