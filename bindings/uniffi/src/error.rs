//! The one error type: Kotlin sees a sealed `BbbException`, Swift an `enum BbbError: Error`.

use std::fmt;

use crate::convert::ChecksumAlgorithm;
use crate::parse::ApiErrorDetail;

/// Everything that can go wrong in bbbkit. No variant ever carries the shared secret.
///
/// Each variant has a `reason`: the core's human-readable explanation. Match on the variant
/// and its codes (`rule`, `code`, `key`), never on `reason`.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Error)]
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
        algorithm: ChecksumAlgorithm,
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
        /// The first error's `messageKey`, as the server spells it (`checksumError`).
        key: String,
        /// The first error's message, as sent.
        server_message: String,
        /// Every error, in the order the server sent them; never empty.
        errors: Vec<ApiErrorDetail>,
    },
}

impl BbbError {
    /// A stable, language-neutral name for the kind of error: `invalid_parameter`,
    /// `checksum_missing`, …, `parse` or `api` (as in `tests/vectors/`).
    pub fn kind(&self) -> &'static str {
        match self {
            BbbError::InvalidParameter { .. } => "invalid_parameter",
            BbbError::ChecksumMissing { .. } => "checksum_missing",
            BbbError::ChecksumDuplicate { .. } => "checksum_duplicate",
            BbbError::ChecksumMalformed { .. } => "checksum_malformed",
            BbbError::ChecksumLength { .. } => "checksum_length",
            BbbError::AlgorithmNotAllowed { .. } => "algorithm_not_allowed",
            BbbError::ChecksumMismatch { .. } => "checksum_mismatch",
            BbbError::Parse { .. } => "parse",
            BbbError::Api { .. } => "api",
        }
    }
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
            | BbbError::Parse { reason, .. } => f.write_str(reason),
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
        BbbError::Api {
            key: e.key.as_str().to_owned(),
            server_message: e.message,
            errors: e.errors.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<bbbkit::Error> for BbbError {
    fn from(e: bbbkit::Error) -> Self {
        match e {
            bbbkit::Error::InvalidParameter(e) => e.into(),
            bbbkit::Error::Api(e) => e.into(),
            bbbkit::Error::Parse(e) => BbbError::Parse {
                code: e.code().to_owned(),
                reason: e.to_string(),
            },
            bbbkit::Error::Verify(e) => {
                let reason = e.to_string();
                match e {
                    bbbkit::VerifyError::DuplicateChecksum => {
                        BbbError::ChecksumDuplicate { reason }
                    }
                    bbbkit::VerifyError::MalformedChecksum => {
                        BbbError::ChecksumMalformed { reason }
                    }
                    bbbkit::VerifyError::UnknownLength(n) => BbbError::ChecksumLength {
                        length: n as u64,
                        reason,
                    },
                    bbbkit::VerifyError::AlgorithmNotAllowed(a) => BbbError::AlgorithmNotAllowed {
                        algorithm: a.into(),
                        reason,
                    },
                    bbbkit::VerifyError::MissingChecksum => BbbError::ChecksumMissing { reason },
                    // Mismatch, and any kind a later core adds: the query did not verify.
                    _ => BbbError::ChecksumMismatch { reason },
                }
            }
            // The core's error enum is non-exhaustive; a later layer still reports its text.
            other => BbbError::Parse {
                code: other.kind().to_owned(),
                reason: other.to_string(),
            },
        }
    }
}
