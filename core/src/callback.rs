//! Verifying what a BigBlueButton server sends back to the application: recording-ready
//! callbacks (a JWT), learning-analytics callbacks (a bearer JWT), bbb-webhooks event POSTs (a
//! checksum over the callback URL and the body, or a bearer secret), and end-meeting callbacks
//! (unsigned by BBB: bbbkit signs the URL itself at create time).
//!
//! The four schemes are unrelated (`bbb-callbacks.md`); each has its own method on
//! [`CallbackVerifier`]. Every refusal is a [`CallbackError`] naming what failed, never a
//! secret, and [`CallbackError::http_status`] says what to answer.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Map, Value};
use sha2::{Sha256, Sha384, Sha512};
use subtle::ConstantTimeEq;

use crate::algorithm::{ct_eq_digest, digest, Algorithm};
use crate::encode::push_pair;
use crate::integer::{read, Grouping};
use crate::invalid::{InvalidParameter, Rule};
use crate::secret::Secret;
use crate::validate::{check_http_url, check_no_control};

/// Base64url as JWTs write it: no padding, but a padded token is read too.
const B64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The default size limit of a callback body or token: 1 MiB. BBB's callbacks are a few
/// hundred bytes; a webhook event rarely passes a few kilobytes.
pub const DEFAULT_CALLBACK_MAX_SIZE: usize = 1024 * 1024;

/// The deepest JSON nesting accepted in a token or an event.
const MAX_JSON_DEPTH: usize = 32;

/// An HMAC JWT algorithm. Only these three are ever accepted: `none` and asymmetric
/// algorithms are refused, so no algorithm-confusion is possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JwtAlgorithm {
    /// `HS256`: what BBB signs recording-ready callbacks with.
    Hs256,
    /// `HS384`.
    Hs384,
    /// `HS512`: what BBB signs analytics callbacks with (and Scalelite may use).
    Hs512,
}

impl JwtAlgorithm {
    /// All three, weakest first.
    pub const ALL: [JwtAlgorithm; 3] = [
        JwtAlgorithm::Hs256,
        JwtAlgorithm::Hs384,
        JwtAlgorithm::Hs512,
    ];

    /// A stable number (1, 2, 3), as the C ABI uses it.
    pub const fn code(self) -> u32 {
        match self {
            JwtAlgorithm::Hs256 => 1,
            JwtAlgorithm::Hs384 => 2,
            JwtAlgorithm::Hs512 => 3,
        }
    }

    /// The algorithm with this [`code`](Self::code), if any.
    pub const fn from_code(code: u32) -> Option<JwtAlgorithm> {
        match code {
            1 => Some(JwtAlgorithm::Hs256),
            2 => Some(JwtAlgorithm::Hs384),
            3 => Some(JwtAlgorithm::Hs512),
            _ => None,
        }
    }

    /// The `alg` header value: `HS256`, `HS384`, `HS512`.
    pub const fn as_str(self) -> &'static str {
        match self {
            JwtAlgorithm::Hs256 => "HS256",
            JwtAlgorithm::Hs384 => "HS384",
            JwtAlgorithm::Hs512 => "HS512",
        }
    }

    fn from_alg(alg: &str) -> Option<JwtAlgorithm> {
        JwtAlgorithm::ALL.into_iter().find(|a| a.as_str() == alg)
    }

    fn index(self) -> usize {
        self as usize
    }

    fn mac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        fn run<M: Mac + KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
            // HMAC takes keys of any length: this cannot fail.
            let mut m = <M as KeyInit>::new_from_slice(key).expect("HMAC accepts any key length");
            m.update(data);
            m.finalize().into_bytes().to_vec()
        }
        match self {
            JwtAlgorithm::Hs256 => run::<Hmac<Sha256>>(key, data),
            JwtAlgorithm::Hs384 => run::<Hmac<Sha384>>(key, data),
            JwtAlgorithm::Hs512 => run::<Hmac<Sha512>>(key, data),
        }
    }
}

impl std::str::FromStr for JwtAlgorithm {
    type Err = InvalidParameter;
    /// `HS256`, `HS384` or `HS512`, in any case. The error names `algorithm`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("hs512".parse::<bbbkit::JwtAlgorithm>()?, bbbkit::JwtAlgorithm::Hs512);
    /// assert!("RS256".parse::<bbbkit::JwtAlgorithm>().is_err());
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JwtAlgorithm::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| InvalidParameter::new("algorithm", Rule::OneOf("HS256, HS384, HS512")))
    }
}

impl fmt::Display for JwtAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a callback did not verify. No variant carries a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackError {
    /// The body, token, header or URL is not of the expected form (what is wrong is said).
    #[error("the callback is malformed: {0}")]
    Malformed(String),
    /// The body or token is larger than the limit.
    #[error("the callback is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// No token, no `signed_parameters`, no `Authorization` value or no `checksum` to check.
    #[error("the callback carries no {0}")]
    Missing(&'static str),
    /// The JWT says `alg: none`: never accepted.
    #[error("the token is unsigned (alg none)")]
    AlgorithmNone,
    /// The JWT's algorithm is not an HMAC one (HS256, HS384, HS512).
    #[error("the token's algorithm {0:?} is not HS256, HS384 or HS512")]
    UnsupportedAlgorithm(String),
    /// The JWT's algorithm is not on the allow-list.
    #[error("the token's algorithm {0} is not allowed")]
    AlgorithmNotAllowed(JwtAlgorithm),
    /// The checksum's length matches no algorithm.
    #[error("a checksum of {0} hex digits matches no algorithm (40, 64, 96 or 128 expected)")]
    ChecksumLength(usize),
    /// The signature, checksum or bearer secret does not match any of the secrets.
    #[error("the signature does not match")]
    Signature,
    /// The token's `exp` has passed.
    #[error("the token expired at {0}")]
    Expired(u64),
    /// The token's `nbf` has not come yet.
    #[error("the token is not valid before {0}")]
    NotYetValid(u64),
    /// A claim or field the callback must carry is missing or of the wrong type.
    #[error("the callback has no valid `{0}`")]
    MissingClaim(&'static str),
    /// The webhook checksum is bbb-webhooks 3.0–3.3's constant `H(url + "{}" + secret)`, which
    /// does not cover the body and can be replayed: refused unless explicitly allowed.
    #[error(
        "the webhook is signed with bbb-webhooks 3.0-3.3's constant checksum, which does not \
         cover the body and can be replayed; upgrade bbb-webhooks or opt in explicitly"
    )]
    ReplayableChecksum,
}

/// The declaration of [`CallbackErrorKind`]: each kind with its stable code. Front ends that
/// need a type of their own call it with a macro of theirs, which receives rows
/// `/// doc  Variant = "code",`.
#[macro_export]
macro_rules! for_each_callback_error_kind {
    ($m:ident) => {
        $m! {
            /// `callback_malformed`: the body, token, header or URL is not of the expected form.
            Malformed = "callback_malformed",
            /// `callback_too_large`: larger than the size limit.
            TooLarge = "callback_too_large",
            /// `callback_missing`: no token, `signed_parameters`, `Authorization` or `checksum`.
            Missing = "callback_missing",
            /// `callback_algorithm_none`: an unsigned JWT (`alg: none`).
            AlgorithmNone = "callback_algorithm_none",
            /// `callback_algorithm_unsupported`: a JWT algorithm other than HS256, HS384, HS512.
            AlgorithmUnsupported = "callback_algorithm_unsupported",
            /// `callback_algorithm_not_allowed`: a JWT algorithm not on the allow-list.
            AlgorithmNotAllowed = "callback_algorithm_not_allowed",
            /// `callback_checksum_length`: a webhook checksum of a length no algorithm has.
            ChecksumLength = "callback_checksum_length",
            /// `callback_signature`: the signature, checksum or bearer secret matches no secret.
            Signature = "callback_signature",
            /// `callback_expired`: the token's `exp` (or the end-callback URL's expiry) has passed.
            Expired = "callback_expired",
            /// `callback_not_yet_valid`: the token's `nbf` has not come yet.
            NotYetValid = "callback_not_yet_valid",
            /// `callback_missing_claim`: a claim or field the callback must carry is missing or
            /// of the wrong type.
            MissingClaim = "callback_missing_claim",
            /// `callback_replayable_checksum`: bbb-webhooks 3.0–3.3's constant checksum,
            /// refused unless explicitly allowed.
            ReplayableChecksum = "callback_replayable_checksum",
        }
    };
}

macro_rules! callback_error_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, )*) => {
        /// What kind of [`CallbackError`] it is, without its details: what front ends name
        /// their exception classes or enum cases after.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum CallbackErrorKind {
            $( $(#[$doc])* $variant, )*
        }

        impl CallbackErrorKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [CallbackErrorKind] = &[$(CallbackErrorKind::$variant),*];

            /// The stable code, as used in `tests/vectors/`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(CallbackErrorKind::$variant => $code,)*
                }
            }
        }

        impl CallbackError {
            /// Every code, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),*];
        }
    };
}

crate::for_each_callback_error_kind!(callback_error_kinds);

impl CallbackError {
    /// What kind of error it is.
    pub fn kind(&self) -> CallbackErrorKind {
        match self {
            CallbackError::Malformed(_) => CallbackErrorKind::Malformed,
            CallbackError::TooLarge { .. } => CallbackErrorKind::TooLarge,
            CallbackError::Missing(_) => CallbackErrorKind::Missing,
            CallbackError::AlgorithmNone => CallbackErrorKind::AlgorithmNone,
            CallbackError::UnsupportedAlgorithm(_) => CallbackErrorKind::AlgorithmUnsupported,
            CallbackError::AlgorithmNotAllowed(_) => CallbackErrorKind::AlgorithmNotAllowed,
            CallbackError::ChecksumLength(_) => CallbackErrorKind::ChecksumLength,
            CallbackError::Signature => CallbackErrorKind::Signature,
            CallbackError::Expired(_) => CallbackErrorKind::Expired,
            CallbackError::NotYetValid(_) => CallbackErrorKind::NotYetValid,
            CallbackError::MissingClaim(_) => CallbackErrorKind::MissingClaim,
            CallbackError::ReplayableChecksum => CallbackErrorKind::ReplayableChecksum,
        }
    }

    /// A stable, language-neutral code, as used in `tests/vectors/` (the kind's code).
    pub fn code(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The HTTP status to answer: always 401. The request is not authenticated, whatever
    /// failed; bbb-webhooks treats 401 as final (any other error status makes it retry a dozen
    /// times and then delete the hook), and BBB's docs read 401 on a recording-ready callback
    /// as "the shared secret does not match".
    pub fn http_status(&self) -> u16 {
        401
    }
}

fn malformed(what: impl Into<String>) -> CallbackError {
    CallbackError::Malformed(what.into())
}

/// A recording-ready callback that verified.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingReady {
    /// The external meeting ID (`meeting_id`).
    pub meeting_id: String,
    /// The record ID (`record_id`): the internal meeting ID of the recorded session.
    pub record_id: String,
    /// Every other claim, in the token's order, each value as JSON text (`"presentation"`,
    /// `1718000000`).
    pub other_claims: Vec<(String, String)>,
    /// The algorithm the token was signed with.
    pub algorithm: JwtAlgorithm,
    /// The index of the secret that matched.
    pub key_index: usize,
}

/// A learning-analytics bearer token that verified. The request body is **not** covered by
/// it: the token is a 24-hour credential that would authenticate any body.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AnalyticsToken {
    /// The token's expiry, in seconds since the epoch.
    pub expires_at: u64,
    /// The algorithm the token was signed with.
    pub algorithm: JwtAlgorithm,
    /// The index of the secret that matched.
    pub key_index: usize,
}

/// Which bbb-webhooks checksum schemes to accept.
///
/// # Examples
///
/// ```
/// use bbbkit::WebhookSchemes;
/// let default = WebhookSchemes::default();
/// assert!(default.v3_4 && !default.v2 && !default.v3_0_constant_replayable);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookSchemes {
    /// bbb-webhooks 3.4+: `H(callbackURL + raw body + secret)`. On by default.
    pub v3_4: bool,
    /// bbb-webhooks 2.x (BBB 2.6, 2.7): `H(callbackURL + JSON of the fields + secret)`.
    pub v2: bool,
    /// bbb-webhooks 3.0–3.3: `H(callbackURL + "{}" + secret)`, the same for every event. It
    /// authenticates nothing about the body and anyone who saw one callback can replay it.
    /// Accept it only while the server cannot be upgraded.
    pub v3_0_constant_replayable: bool,
}

impl Default for WebhookSchemes {
    fn default() -> Self {
        WebhookSchemes {
            v3_4: true,
            v2: false,
            v3_0_constant_replayable: false,
        }
    }
}

impl WebhookSchemes {
    /// Also accepts bbb-webhooks 2.x.
    #[must_use]
    pub fn with_v2(mut self) -> Self {
        self.v2 = true;
        self
    }

    /// Also accepts bbb-webhooks 3.0–3.3's constant, replayable checksum. Read
    /// [`v3_0_constant_replayable`](Self::v3_0_constant_replayable) first.
    #[must_use]
    pub fn with_replayable_v3_0_constant(mut self) -> Self {
        self.v3_0_constant_replayable = true;
        self
    }
}

/// Which scheme a webhook checksum matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebhookScheme {
    /// bbb-webhooks 3.4+.
    V3_4,
    /// bbb-webhooks 2.x.
    V2,
    /// bbb-webhooks 3.0–3.3 (replayable).
    V3_0Constant,
    /// `Authorization: Bearer <secret>`.
    Bearer,
}

impl WebhookScheme {
    /// Every scheme.
    pub const ALL: [WebhookScheme; 4] = [
        WebhookScheme::V3_4,
        WebhookScheme::V2,
        WebhookScheme::V3_0Constant,
        WebhookScheme::Bearer,
    ];

    /// A stable name: `v3.4`, `v2`, `v3.0-constant`, `bearer`.
    pub const fn as_str(self) -> &'static str {
        match self {
            WebhookScheme::V3_4 => "v3.4",
            WebhookScheme::V2 => "v2",
            WebhookScheme::V3_0Constant => "v3.0-constant",
            WebhookScheme::Bearer => "bearer",
        }
    }
}

/// One bbb-webhooks event.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookEvent {
    /// The event's id (`meeting-ended`, `user-joined`, …), or a raw event's `envelope.name`.
    pub id: String,
    /// `attributes.meeting["internal-meeting-id"]` (or a raw event's `meetingId`), if any.
    pub internal_meeting_id: Option<String>,
    /// `attributes.meeting["external-meeting-id"]`, if any.
    pub external_meeting_id: Option<String>,
    /// `event.ts` (epoch milliseconds), if any.
    pub timestamp: Option<i64>,
    /// The whole event as JSON text, for every other attribute.
    pub raw: String,
}

/// A bbb-webhooks POST that verified.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookPost {
    /// The `domain` field: the BBB server's domain.
    pub domain: String,
    /// The `timestamp` field (epoch milliseconds).
    pub timestamp: i64,
    /// The events of the `event` field (a JSON array), in order.
    pub events: Vec<WebhookEvent>,
    /// The scheme that matched.
    pub scheme: WebhookScheme,
    /// The checksum's algorithm (`None` for a bearer request).
    pub algorithm: Option<Algorithm>,
    /// The index of the secret that matched.
    pub key_index: usize,
}

/// An end-meeting callback whose bbbkit token verified.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EndCallback {
    /// The meeting the URL was signed for, which is also the last `meetingID` BBB appended.
    pub meeting_id: String,
    /// `recordingmarks`: whether recording was switched on at some point.
    pub recording_marks: bool,
    /// The index of the key that matched.
    pub key_index: usize,
}

/// Verifies the callbacks BBB sends back, against one or more secrets (rotation, or a
/// Scalelite tenant's secrets).
///
/// # Examples
///
/// The recording-ready callback of `bbb-callbacks.md` §7.1:
///
/// ```
/// use bbbkit::{CallbackVerifier, JwtAlgorithm};
/// let token = "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8";
/// let verifier = CallbackVerifier::new(["639259d4-9dd8-4b25-bf01-95f9567eaf4b"])?;
/// let ready = verifier.recording_ready(format!("signed_parameters={token}").as_bytes())?;
/// assert_eq!(ready.meeting_id, "test01");
/// assert_eq!(ready.record_id, "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124");
/// assert_eq!(ready.algorithm, JwtAlgorithm::Hs256);
///
/// let forged = token.replace("8vrk", "8vrl");
/// let err = verifier.recording_ready(forged.as_bytes()).unwrap_err();
/// assert_eq!(err.code(), "callback_signature");
/// assert_eq!(err.http_status(), 401);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone)]
pub struct CallbackVerifier {
    secrets: Vec<Secret>,
    allowed: Option<[bool; 3]>,
    now: Option<u64>,
    max_size: usize,
}

impl fmt::Debug for CallbackVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackVerifier")
            .field(
                "secrets",
                &format_args!("[{} redacted]", self.secrets.len()),
            )
            .field("allowed", &self.allowed)
            .field("now", &self.now)
            .field("max_size", &self.max_size)
            .finish()
    }
}

impl CallbackVerifier {
    /// A verifier for these secrets, tried in order. Each is trimmed.
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`]: `secrets` when there is none, `secret` when one is empty or has
    /// control characters. The error never contains a secret.
    pub fn new<I, S>(secrets: I) -> crate::Result<CallbackVerifier>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let secrets = Secret::list(secrets)?;
        Ok(CallbackVerifier {
            secrets,
            allowed: None,
            now: None,
            max_size: DEFAULT_CALLBACK_MAX_SIZE,
        })
    }

    /// Accepts only these JWT algorithms. Without it, recording-ready tokens accept HS256 (what
    /// BBB sends) and analytics tokens HS512 (what BBB sends).
    #[must_use]
    pub fn allow(mut self, algorithms: &[JwtAlgorithm]) -> CallbackVerifier {
        let mut allowed = [false; 3];
        for a in algorithms {
            allowed[a.index()] = true;
        }
        self.allowed = Some(allowed);
        self
    }

    /// Uses this time (seconds since the epoch) instead of the clock, for `exp` and `nbf`.
    #[must_use]
    pub fn now(mut self, unix_seconds: u64) -> CallbackVerifier {
        self.now = Some(unix_seconds);
        self
    }

    /// Sets the size limit of a body or token (default [`DEFAULT_CALLBACK_MAX_SIZE`]).
    #[must_use]
    pub fn max_size(mut self, bytes: usize) -> CallbackVerifier {
        self.max_size = bytes;
        self
    }

    fn clock(&self) -> u64 {
        self.now.unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
    }

    fn check_size(&self, len: usize) -> Result<(), CallbackError> {
        if len > self.max_size {
            return Err(CallbackError::TooLarge {
                limit: self.max_size,
            });
        }
        Ok(())
    }

    /// Verifies a recording-ready callback (`meta_bbb-recording-ready-url`).
    ///
    /// `body` is the POST body as received: the form `signed_parameters=<JWT>` that BBB and
    /// Scalelite send, the JSON `{"signed_parameters": "<JWT>"}` that some load balancers
    /// send, or the bare token. The token must be HS256 (or an algorithm allowed with
    /// [`allow`](Self::allow)), signed with one of the secrets, carry string claims
    /// `meeting_id` and `record_id`, and, if it has `exp` or `nbf`, be within them (BBB sends
    /// neither). Extra claims are kept. BBB sends one callback per playback format with the
    /// same token: act idempotently on `record_id`.
    ///
    /// # Errors
    ///
    /// A [`CallbackError`] naming what failed; answer [`CallbackError::http_status`].
    pub fn recording_ready(&self, body: &[u8]) -> Result<RecordingReady, CallbackError> {
        self.check_size(body.len())?;
        let text = std::str::from_utf8(body).map_err(|_| malformed("the body is not UTF-8"))?;
        let token = signed_parameters(text.trim())?;
        let (claims, algorithm, key_index) = self.verify_jwt(&token, [true, false, false])?;
        let mut meeting_id = None;
        let mut record_id = None;
        let mut other_claims = Vec::new();
        for (k, v) in claims {
            match (k.as_str(), v) {
                ("meeting_id", Value::String(s)) => meeting_id = Some(s),
                ("record_id", Value::String(s)) => record_id = Some(s),
                ("meeting_id", _) => return Err(CallbackError::MissingClaim("meeting_id")),
                ("record_id", _) => return Err(CallbackError::MissingClaim("record_id")),
                (_, v) => other_claims.push((k, v.to_string())),
            }
        }
        Ok(RecordingReady {
            meeting_id: meeting_id.ok_or(CallbackError::MissingClaim("meeting_id"))?,
            record_id: record_id.ok_or(CallbackError::MissingClaim("record_id"))?,
            other_claims,
            algorithm,
            key_index,
        })
    }

    /// Verifies a learning-analytics callback's `Authorization` header
    /// (`meta_analytics-callback-url`): `Bearer <JWT>`, HS512 (or an algorithm allowed with
    /// [`allow`](Self::allow)), with an `exp` that has not passed. The JSON body is **not**
    /// covered by the token: treat it as unauthenticated data from whoever holds a valid
    /// token.
    ///
    /// # Errors
    ///
    /// A [`CallbackError`] naming what failed; answer [`CallbackError::http_status`].
    pub fn analytics(&self, authorization: &str) -> Result<AnalyticsToken, CallbackError> {
        self.check_size(authorization.len())?;
        let token = bearer(authorization)?;
        let (claims, algorithm, key_index) = self.verify_jwt(token, [false, false, true])?;
        let expires_at = claims
            .get("exp")
            .and_then(Value::as_u64)
            .ok_or(CallbackError::MissingClaim("exp"))?;
        Ok(AnalyticsToken {
            expires_at,
            algorithm,
            key_index,
        })
    }

    /// Verifies a bbb-webhooks event POST signed with a checksum.
    ///
    /// `callback_url` is the URL the hook was registered with, followed by the `checksum`
    /// parameter the request carried (the request URL as received, if no proxy changed its
    /// scheme, host or port); `body` is the raw request body. The algorithm is picked by the
    /// checksum's length. `schemes` says which bbb-webhooks versions to accept
    /// ([`WebhookSchemes::default`]: 3.4+ only).
    ///
    /// # Errors
    ///
    /// A [`CallbackError`] naming what failed; answer [`CallbackError::http_status`] (401 stops
    /// bbb-webhooks' retries).
    pub fn webhook(
        &self,
        callback_url: &str,
        body: &[u8],
        schemes: WebhookSchemes,
    ) -> Result<WebhookPost, CallbackError> {
        self.check_size(body.len())?;
        let text = std::str::from_utf8(body).map_err(|_| malformed("the body is not UTF-8"))?;
        let (url, hex) = split_checksum(callback_url)?;
        let algorithm =
            Algorithm::from_hex_len(hex.len()).ok_or(CallbackError::ChecksumLength(hex.len()))?;
        let mut given = [0u8; 64];
        let given = &mut given[..algorithm.hex_len() / 2];
        hex::decode_to_slice(hex, given)
            .map_err(|_| malformed("the checksum is not hexadecimal"))?;
        let matches = |data: &str| -> Option<usize> {
            self.secrets.iter().position(|s| {
                let mut out = [0u8; 64];
                let n = digest(algorithm, url, data, s.expose(), &mut out);
                ct_eq_digest(&out[..n], given)
            })
        };
        // The body is read only once a checksum over it (or, for 2.x, over its fields)
        // verified: a tampered body is a bad signature, whatever it holds.
        let v2 = || -> Option<usize> { matches(&webhook_fields(text).ok()?.v2_json()) };
        let (scheme, key_index) = if let Some(k) = schemes.v3_4.then(|| matches(text)).flatten() {
            (WebhookScheme::V3_4, k)
        } else if let Some(k) = schemes.v2.then(v2).flatten() {
            (WebhookScheme::V2, k)
        } else if let Some(k) = matches("{}") {
            if !schemes.v3_0_constant_replayable {
                return Err(CallbackError::ReplayableChecksum);
            }
            (WebhookScheme::V3_0Constant, k)
        } else {
            return Err(CallbackError::Signature);
        };
        webhook_fields(text)?.into_post(scheme, Some(algorithm), key_index)
    }

    /// Verifies a bbb-webhooks event POST in bearer mode (`bbb.auth2_0`): the `Authorization`
    /// header is `Bearer <secret>`, compared in constant time; there is no checksum.
    ///
    /// # Errors
    ///
    /// A [`CallbackError`] naming what failed; answer [`CallbackError::http_status`].
    pub fn webhook_bearer(
        &self,
        authorization: &str,
        body: &[u8],
    ) -> Result<WebhookPost, CallbackError> {
        self.check_size(body.len())?;
        self.check_size(authorization.len())?;
        let given = bearer(authorization)?;
        let key_index = self
            .secrets
            .iter()
            .position(|s| bool::from(s.expose().as_bytes().ct_eq(given.as_bytes())))
            .ok_or(CallbackError::Signature)?;
        let text = std::str::from_utf8(body).map_err(|_| malformed("the body is not UTF-8"))?;
        webhook_fields(text)?.into_post(WebhookScheme::Bearer, None, key_index)
    }

    /// The end-meeting callback URL to give `create` as `meta_endCallbackUrl`, with a token
    /// bbbkit adds: `bbbkit_expires` (seconds since the epoch) and `bbbkit_token`, an
    /// HMAC-SHA256 of the meeting ID and the expiry under the verifier's first secret (any key
    /// the application chooses; it need not be the BBB secret). BBB does not sign this
    /// callback, so the token authenticates the URL, not BBB: anyone who can read the
    /// meeting's metadata (getMeetingInfo, recordings) sees the URL and can call it until it
    /// expires. Confirm with getMeetingInfo when it matters.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::CallbackVerifier;
    /// let keys = CallbackVerifier::new(["an-application-key"])?.now(1_700_000_000);
    /// let url = keys.end_callback_url("https://lms.example.com/bbb/ended", "physics-101", 1_700_086_400)?;
    /// // BBB appends recordingmarks and the meeting ID when the meeting ends:
    /// let ended = keys.end_callback(&format!("{url}&recordingmarks=true&meetingID=physics-101"))?;
    /// assert_eq!(ended.meeting_id, "physics-101");
    /// assert!(ended.recording_marks);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for a `url` that is not an absolute http(s) URL or has a fragment,
    /// or an empty `meeting_id`.
    pub fn end_callback_url(
        &self,
        url: &str,
        meeting_id: &str,
        expires_at: u64,
    ) -> Result<String, InvalidParameter> {
        let parsed = check_http_url("url", url)?;
        if parsed.fragment().is_some() {
            return Err(InvalidParameter::new("url", Rule::BaseUrl));
        }
        if meeting_id.is_empty() {
            return Err(InvalidParameter::new("meetingID", Rule::Required));
        }
        check_no_control("meetingID", meeting_id)?;
        let token = end_token(self.secrets[0].expose(), meeting_id, expires_at);
        let mut out = String::with_capacity(url.len() + 96);
        out.push_str(url);
        out.push(if parsed.query().is_some() { '&' } else { '?' });
        push_pair(
            &mut out,
            "bbbkit_expires",
            itoa::Buffer::new().format(expires_at),
        );
        out.push('&');
        push_pair(&mut out, "bbbkit_token", &token);
        Ok(out)
    }

    /// Verifies an end-meeting callback made from [`end_callback_url`](Self::end_callback_url):
    /// the token matches the last `meetingID` (BBB appends one, so a URL that carried its own
    /// has two) and has not expired; `recordingmarks` is read.
    ///
    /// # Errors
    ///
    /// A [`CallbackError`] naming what failed; answer [`CallbackError::http_status`].
    pub fn end_callback(&self, url: &str) -> Result<EndCallback, CallbackError> {
        self.check_size(url.len())?;
        let query = url
            .split_once('?')
            .map(|(_, q)| q.split_once('#').map_or(q, |(q, _)| q))
            .ok_or(CallbackError::Missing("query"))?;
        let (mut meeting_id, mut marks, mut expires, mut token) = (None, None, None, None);
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let once = |slot: &mut Option<String>, name| match slot.replace(v.to_string()) {
                Some(_) => Err(malformed(format!("`{name}` is given twice"))),
                None => Ok(()),
            };
            match &*k {
                "meetingID" => meeting_id = Some(v.into_owned()),
                "recordingmarks" => once(&mut marks, "recordingmarks")?,
                "bbbkit_expires" => once(&mut expires, "bbbkit_expires")?,
                "bbbkit_token" => once(&mut token, "bbbkit_token")?,
                _ => {}
            }
        }
        let meeting_id = meeting_id.ok_or(CallbackError::MissingClaim("meetingID"))?;
        let token = token.ok_or(CallbackError::Missing("bbbkit_token"))?;
        let expires_at: u64 = expires
            .ok_or(CallbackError::MissingClaim("bbbkit_expires"))?
            .parse()
            .map_err(|_| CallbackError::MissingClaim("bbbkit_expires"))?;
        let given = B64URL
            .decode(token.as_bytes())
            .map_err(|_| malformed("bbbkit_token is not base64url"))?;
        let key_index = self
            .secrets
            .iter()
            .position(|s| {
                let want = end_mac(s.expose(), &meeting_id, expires_at);
                ct_eq_digest(&want, &given)
            })
            .ok_or(CallbackError::Signature)?;
        if self.clock() >= expires_at {
            return Err(CallbackError::Expired(expires_at));
        }
        let recording_marks = match marks.as_deref() {
            Some("true") => true,
            Some("false") | None => false,
            Some(_) => return Err(CallbackError::MissingClaim("recordingmarks")),
        };
        Ok(EndCallback {
            meeting_id,
            recording_marks,
            key_index,
        })
    }

    /// Checks a compact JWT: an allowed HMAC algorithm, a signature by one of the secrets, and
    /// `exp`/`nbf` when present. Returns the claims, in order.
    fn verify_jwt(
        &self,
        token: &str,
        default_allowed: [bool; 3],
    ) -> Result<(Map<String, Value>, JwtAlgorithm, usize), CallbackError> {
        let mut parts = token.split('.');
        let (Some(h64), Some(p64), Some(s64), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(malformed("a JWT has three dot-separated parts"));
        };
        let header = json_object(&b64(h64, "header")?, "header")?;
        let alg = match header.get("alg") {
            Some(Value::String(a)) => a.as_str(),
            _ => return Err(malformed("the JWT header has no `alg`")),
        };
        if alg.eq_ignore_ascii_case("none") {
            return Err(CallbackError::AlgorithmNone);
        }
        let algorithm = JwtAlgorithm::from_alg(alg)
            .ok_or_else(|| CallbackError::UnsupportedAlgorithm(truncated(alg)))?;
        if !self.allowed.unwrap_or(default_allowed)[algorithm.index()] {
            return Err(CallbackError::AlgorithmNotAllowed(algorithm));
        }
        let signature = b64(s64, "signature")?;
        let signed = &token[..h64.len() + 1 + p64.len()];
        let key_index = self
            .secrets
            .iter()
            .position(|s| {
                let want = algorithm.mac(s.expose().as_bytes(), signed.as_bytes());
                ct_eq_digest(&want, &signature)
            })
            .ok_or(CallbackError::Signature)?;
        // Only a token that verified is read any further.
        let claims = json_object(&b64(p64, "payload")?, "payload")?;
        let now = self.clock();
        if let Some(exp) = claims.get("exp") {
            let exp = exp.as_u64().ok_or(CallbackError::MissingClaim("exp"))?;
            if now >= exp {
                return Err(CallbackError::Expired(exp));
            }
        }
        if let Some(nbf) = claims.get("nbf") {
            let nbf = nbf.as_u64().ok_or(CallbackError::MissingClaim("nbf"))?;
            if now < nbf {
                return Err(CallbackError::NotYetValid(nbf));
            }
        }
        Ok((claims, algorithm, key_index))
    }
}

/// The end-callback MAC: HMAC-SHA256 of `bbbkit:end:<expires>:<meeting id>`.
fn end_mac(key: &str, meeting_id: &str, expires_at: u64) -> Vec<u8> {
    let data = format!("bbbkit:end:{expires_at}:{meeting_id}");
    JwtAlgorithm::Hs256.mac(key.as_bytes(), data.as_bytes())
}

fn end_token(key: &str, meeting_id: &str, expires_at: u64) -> String {
    B64URL.encode(end_mac(key, meeting_id, expires_at))
}

fn truncated(s: &str) -> String {
    s.chars().take(32).collect()
}

fn b64(part: &str, what: &'static str) -> Result<Vec<u8>, CallbackError> {
    B64URL
        .decode(part.as_bytes())
        .map_err(|_| malformed(format!("the JWT {what} is not base64url")))
}

fn json_object(bytes: &[u8], what: &'static str) -> Result<Map<String, Value>, CallbackError> {
    match parse_json(bytes)? {
        Value::Object(m) => Ok(m),
        _ => Err(malformed(format!("the JWT {what} is not a JSON object"))),
    }
}

/// JSON with a nesting limit (serde_json's own recursion limit is higher).
fn parse_json(bytes: &[u8]) -> Result<Value, CallbackError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (true, false, _) => {}
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_JSON_DEPTH {
                    return Err(malformed(format!(
                        "the JSON nests deeper than {MAX_JSON_DEPTH} levels"
                    )));
                }
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    serde_json::from_slice(bytes).map_err(|e| malformed(format!("invalid JSON: {e}")))
}

/// The token of a recording-ready body: form, JSON or bare.
fn signed_parameters(text: &str) -> Result<String, CallbackError> {
    const NAME: &str = "signed_parameters";
    if text.is_empty() {
        return Err(CallbackError::Missing("signed_parameters"));
    }
    if text.starts_with('{') {
        let Value::Object(m) = parse_json(text.as_bytes())? else {
            return Err(malformed("the JSON body is not an object"));
        };
        return match m.get(NAME) {
            Some(Value::String(t)) => Ok(t.clone()),
            Some(_) => Err(malformed("`signed_parameters` is not a string")),
            None => Err(CallbackError::Missing("signed_parameters")),
        };
    }
    if !text.contains("signed_parameters") {
        return Ok(text.to_owned());
    }
    let mut found = None;
    for (k, v) in form_urlencoded::parse(text.as_bytes()) {
        if k == NAME && found.replace(v.into_owned()).is_some() {
            return Err(malformed("`signed_parameters` is given twice"));
        }
    }
    found.ok_or(CallbackError::Missing("signed_parameters"))
}

/// The token of an `Authorization: Bearer <token>` value (scheme in any case).
fn bearer(authorization: &str) -> Result<&str, CallbackError> {
    let value = authorization.trim();
    if value.is_empty() {
        return Err(CallbackError::Missing("Authorization"));
    }
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(token.trim())
        }
        _ => Err(malformed(
            "the Authorization header is not `Bearer <token>`",
        )),
    }
}

/// The callback URL without its final `checksum` parameter, and the checksum.
fn split_checksum(url: &str) -> Result<(&str, &str), CallbackError> {
    let at = ["?checksum=", "&checksum="]
        .iter()
        .filter_map(|p| url.rfind(p))
        .max()
        .ok_or(CallbackError::Missing("checksum"))?;
    let hex = &url[at + "?checksum=".len()..];
    if hex.is_empty() {
        return Err(CallbackError::Missing("checksum"));
    }
    if hex.contains(['&', '#', '?']) {
        return Err(malformed("the checksum is not the URL's last parameter"));
    }
    Ok((&url[..at], hex))
}

/// The form fields of a webhook body.
struct WebhookFields {
    domain: String,
    event: String,
    timestamp: i64,
    events: Vec<Value>,
}

fn webhook_fields(body: &str) -> Result<WebhookFields, CallbackError> {
    let (mut domain, mut event, mut timestamp) = (None, None, None);
    for (k, v) in form_urlencoded::parse(body.as_bytes()) {
        let slot = match &*k {
            "domain" => &mut domain,
            "event" => &mut event,
            "timestamp" => &mut timestamp,
            _ => continue,
        };
        if slot.replace(v.into_owned()).is_some() {
            return Err(malformed(format!("`{k}` is given twice")));
        }
    }
    let event: String = event.ok_or(CallbackError::MissingClaim("event"))?;
    let timestamp = timestamp
        .and_then(|t| read(&t, Grouping::Refused))
        .ok_or(CallbackError::MissingClaim("timestamp"))?;
    let Value::Array(events) = parse_json(event.as_bytes())? else {
        return Err(CallbackError::MissingClaim("event"));
    };
    Ok(WebhookFields {
        domain: domain.ok_or(CallbackError::MissingClaim("domain"))?,
        event,
        timestamp,
        events,
    })
}

impl WebhookFields {
    /// bbb-webhooks 2.x's hashed text: `JSON.stringify({event, timestamp, domain})`.
    fn v2_json(&self) -> String {
        let s = |v: &str| Value::String(v.to_owned()).to_string();
        format!(
            "{{\"event\":{},\"timestamp\":{},\"domain\":{}}}",
            s(&self.event),
            self.timestamp,
            s(&self.domain)
        )
    }

    fn into_post(
        self,
        scheme: WebhookScheme,
        algorithm: Option<Algorithm>,
        key_index: usize,
    ) -> Result<WebhookPost, CallbackError> {
        let events = self.events.into_iter().map(webhook_event).collect();
        Ok(WebhookPost {
            domain: self.domain,
            timestamp: self.timestamp,
            events,
            scheme,
            algorithm,
            key_index,
        })
    }
}

fn webhook_event(v: Value) -> WebhookEvent {
    let text = |p: &str| v.pointer(p).and_then(Value::as_str).map(str::to_owned);
    let id = text("/data/id")
        .or_else(|| text("/envelope/name"))
        .unwrap_or_default();
    WebhookEvent {
        id,
        internal_meeting_id: text("/data/attributes/meeting/internal-meeting-id")
            .or_else(|| text("/core/header/meetingId")),
        external_meeting_id: text("/data/attributes/meeting/external-meeting-id"),
        timestamp: v
            .pointer("/data/event/ts")
            .or_else(|| v.pointer("/envelope/timestamp"))
            .and_then(Value::as_i64),
        raw: v.to_string(),
    }
}
