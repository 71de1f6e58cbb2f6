//! `CallbackVerifier`: what a BigBlueButton server sends back (recording ready, analytics,
//! bbb-webhooks, end of meeting), verified by the core and converted into records.

use std::fmt;
use std::sync::Arc;

use bbbkit::{Algorithm, JwtAlgorithm};

use crate::body::Body;
use crate::error::BbbError;

/// An HMAC JWT algorithm: the only ones a callback token may use (`none` and asymmetric
/// algorithms are always refused).
///
/// In Kotlin `JwtAlgorithm.HS256`, in Swift `.hs256`.
#[uniffi::remote(Enum)]
pub enum JwtAlgorithm {
    /// `HS256`: what BBB signs recording-ready callbacks with.
    Hs256,
    /// `HS384`.
    Hs384,
    /// `HS512`: what BBB signs analytics callbacks with (and Scalelite may use).
    Hs512,
}

/// Which bbb-webhooks scheme a webhook POST matched. Its text (`toString()`, `description`) is
/// the core's stable name: `v3.4`, `v2`, `v3.0-constant`, `bearer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
#[uniffi::export(Display)]
pub enum WebhookScheme {
    /// bbb-webhooks 3.4+: the checksum covers the callback URL and the raw body.
    V3_4,
    /// bbb-webhooks 2.x (BBB 2.6, 2.7): the checksum covers the URL and the fields as JSON.
    V2,
    /// bbb-webhooks 3.0–3.3: a constant checksum that covers no body and can be replayed
    /// (only with `acceptReplayableV30Checksum`).
    // Named so that Kotlin reads `V3_0_CONSTANT` and Swift `.v30Constant`.
    #[uniffi(name = "V3_0_CONSTANT")]
    V3_0Constant,
    /// `Authorization: Bearer <secret>` (bbb-webhooks' `auth2_0` mode).
    Bearer,
}

impl WebhookScheme {
    /// The core's scheme; the compiler checks that every variant here has one.
    fn core(self) -> bbbkit::WebhookScheme {
        match self {
            WebhookScheme::V3_4 => bbbkit::WebhookScheme::V3_4,
            WebhookScheme::V2 => bbbkit::WebhookScheme::V2,
            WebhookScheme::V3_0Constant => bbbkit::WebhookScheme::V3_0Constant,
            WebhookScheme::Bearer => bbbkit::WebhookScheme::Bearer,
        }
    }

    /// This binding's variant for a core scheme, or `None` for one the core added later: the
    /// caller then refuses the POST (fails closed) rather than name its scheme wrongly.
    fn from_core(scheme: bbbkit::WebhookScheme) -> Option<Self> {
        [
            WebhookScheme::V3_4,
            WebhookScheme::V2,
            WebhookScheme::V3_0Constant,
            WebhookScheme::Bearer,
        ]
        .into_iter()
        .find(|s| s.core() == scheme)
    }
}

impl fmt::Display for WebhookScheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.core().as_str())
    }
}

/// The core's `CallbackErrorKind` rows, as a UniFFI enum (the core's enum is
/// non-exhaustive, which rules out `#[uniffi::remote]`).
macro_rules! callback_error_kind {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, )*) => {
        /// Why a callback did not verify: the core's `CallbackErrorKind`, typed. Its text
        /// (`toString()`, `description`) is the code as the vectors spell it
        /// (`callback_signature`). Whatever the kind, the answer to BBB is the error's
        /// `httpStatus` (401).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
        #[uniffi::export(Display)]
        pub enum CallbackErrorKind {
            $( $(#[$doc])* $variant, )*
        }

        impl CallbackErrorKind {
            /// Every kind, in the core's order.
            pub const ALL: &'static [CallbackErrorKind] = &[$( CallbackErrorKind::$variant, )*];

            /// The core's code for this kind (`callback_signature`).
            pub fn code(self) -> &'static str {
                match self {
                    $( CallbackErrorKind::$variant => bbbkit::CallbackErrorKind::$variant.as_str(), )*
                }
            }
        }

        impl From<&bbbkit::CallbackError> for CallbackErrorKind {
            /// A kind the core adds later (its enum is non-exhaustive) crosses as `Malformed`;
            /// the error's `reason` keeps the core's text.
            fn from(e: &bbbkit::CallbackError) -> Self {
                match e.kind() {
                    $( bbbkit::CallbackErrorKind::$variant => CallbackErrorKind::$variant, )*
                    #[allow(unreachable_patterns)]
                    _ => CallbackErrorKind::Malformed,
                }
            }
        }
    };
}

bbbkit::for_each_callback_error_kind!(callback_error_kind);

impl fmt::Display for CallbackErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl From<bbbkit::CallbackError> for BbbError {
    fn from(e: bbbkit::CallbackError) -> Self {
        BbbError::Callback {
            kind: CallbackErrorKind::from(&e),
            http_status: i32::from(e.http_status()),
            reason: e.to_string(),
        }
    }
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One claim of a recording-ready token besides `meeting_id` and `record_id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, uniffi::Record)]
pub struct JwtClaim {
    /// The claim's name.
    pub name: String,
    /// Its value as JSON text: `"presentation"` (with the quotes), `1718000000`, `true`.
    pub json: String,
}

/// A recording-ready callback that verified. BBB sends one per playback format with the same
/// token: act idempotently on `record_id`.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RecordingReady {
    /// The external meeting ID (`meeting_id`).
    pub meeting_id: String,
    /// The record ID (`record_id`).
    pub record_id: String,
    /// Every other claim, in the token's order.
    pub other_claims: Vec<JwtClaim>,
    /// The algorithm the token was signed with.
    pub algorithm: JwtAlgorithm,
    /// Which secret matched: 0 for the first.
    pub key_index: u32,
}

impl From<bbbkit::RecordingReady> for RecordingReady {
    fn from(r: bbbkit::RecordingReady) -> Self {
        RecordingReady {
            meeting_id: r.meeting_id,
            record_id: r.record_id,
            other_claims: r
                .other_claims
                .into_iter()
                .map(|(name, json)| JwtClaim { name, json })
                .collect(),
            algorithm: r.algorithm,
            key_index: index(r.key_index),
        }
    }
}

/// A learning-analytics bearer token that verified. The request body is **not** covered by it:
/// treat the body as unauthenticated data from whoever holds a valid token.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct AnalyticsToken {
    /// The token's expiry, in seconds since the epoch.
    pub expires_at: u64,
    /// The algorithm the token was signed with.
    pub algorithm: JwtAlgorithm,
    /// Which secret matched: 0 for the first.
    pub key_index: u32,
}

impl From<bbbkit::AnalyticsToken> for AnalyticsToken {
    fn from(a: bbbkit::AnalyticsToken) -> Self {
        AnalyticsToken {
            expires_at: a.expires_at,
            algorithm: a.algorithm,
            key_index: index(a.key_index),
        }
    }
}

/// One bbb-webhooks event.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct WebhookEvent {
    /// The event's id (`meeting-ended`, `user-joined`, …).
    pub id: String,
    /// The internal meeting ID, if the event has one.
    pub internal_meeting_id: Option<String>,
    /// The external meeting ID, if the event has one.
    pub external_meeting_id: Option<String>,
    /// The event's time (`event.ts`, epoch milliseconds), if any.
    pub timestamp: Option<i64>,
    /// The whole event as JSON text, for every other attribute.
    pub raw: String,
}

impl From<bbbkit::WebhookEvent> for WebhookEvent {
    fn from(e: bbbkit::WebhookEvent) -> Self {
        WebhookEvent {
            id: e.id,
            internal_meeting_id: e.internal_meeting_id,
            external_meeting_id: e.external_meeting_id,
            timestamp: e.timestamp,
            raw: e.raw,
        }
    }
}

/// A bbb-webhooks POST that verified.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct WebhookPost {
    /// The `domain` field: the BBB server's domain.
    pub domain: String,
    /// The `timestamp` field (epoch milliseconds).
    pub timestamp: i64,
    /// The events of the `event` field, in order.
    pub events: Vec<WebhookEvent>,
    /// The scheme that matched.
    pub scheme: WebhookScheme,
    /// The checksum's algorithm; `null`/`nil` for a bearer request.
    pub algorithm: Option<Algorithm>,
    /// Which secret matched: 0 for the first.
    pub key_index: u32,
}

impl TryFrom<bbbkit::WebhookPost> for WebhookPost {
    type Error = BbbError;

    fn try_from(p: bbbkit::WebhookPost) -> Result<Self, BbbError> {
        let scheme = WebhookScheme::from_core(p.scheme).ok_or_else(|| BbbError::Callback {
            kind: CallbackErrorKind::Malformed,
            http_status: 401,
            reason: format!(
                "the webhook matched scheme `{}`, which this binding does not know",
                p.scheme.as_str()
            ),
        })?;
        Ok(WebhookPost {
            domain: p.domain,
            timestamp: p.timestamp,
            events: p.events.into_iter().map(Into::into).collect(),
            scheme,
            algorithm: p.algorithm,
            key_index: index(p.key_index),
        })
    }
}

/// An end-meeting callback whose bbbkit token verified.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct EndCallback {
    /// The meeting the URL was signed for (the last `meetingID` BBB appended).
    pub meeting_id: String,
    /// `recordingmarks`: whether recording was switched on at some point.
    pub recording_marks: bool,
    /// Which key matched: 0 for the first.
    pub key_index: u32,
}

impl From<bbbkit::EndCallback> for EndCallback {
    fn from(e: bbbkit::EndCallback) -> Self {
        EndCallback {
            meeting_id: e.meeting_id,
            recording_marks: e.recording_marks,
            key_index: index(e.key_index),
        }
    }
}

/// Verifies the callbacks a BigBlueButton server sends back, against one or more secrets
/// (the current one first: rotation, or a Scalelite tenant's secrets).
///
/// Immutable and safe to share between threads. The secrets never appear in `toString()`,
/// `description` or any error. Every refusal is `BbbError::Callback` with a typed `kind` and
/// the `httpStatus` to answer (401).
#[derive(uniffi::Object)]
#[uniffi::export(Debug)]
pub struct CallbackVerifier {
    inner: bbbkit::CallbackVerifier,
}

impl fmt::Debug for CallbackVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The core's Debug redacts the secrets.
        fmt::Debug::fmt(&self.inner, f)
    }
}

#[uniffi::export]
impl CallbackVerifier {
    /// A verifier for these secrets, tried in order.
    ///
    /// - `allowed`: the JWT algorithms to accept. By default recording-ready tokens accept
    ///   HS256 and analytics tokens HS512 (what BBB sends); Scalelite may sign recordings with
    ///   HS512 and bbblb analytics with HS256.
    /// - `now`: seconds since the epoch to check `exp`/`nbf` against, instead of the clock
    ///   (for tests).
    /// - `max_size`: the size limit in bytes of a body, a token or an end-callback URL (default
    ///   1 MiB).
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] for `secret` (none given, one empty or with control
    /// characters); the error never contains a secret.
    #[uniffi::constructor(default(allowed = None, now = None, max_size = None))]
    pub fn new(
        secrets: Vec<String>,
        allowed: Option<Vec<JwtAlgorithm>>,
        now: Option<u64>,
        max_size: Option<u64>,
    ) -> Result<Arc<Self>, BbbError> {
        let mut inner = bbbkit::CallbackVerifier::new(&secrets)?;
        if let Some(allowed) = allowed {
            inner = inner.allow(&allowed);
        }
        if let Some(now) = now {
            inner = inner.now(now);
        }
        if let Some(n) = max_size {
            inner = inner.max_size(usize::try_from(n).unwrap_or(usize::MAX));
        }
        Ok(Arc::new(CallbackVerifier { inner }))
    }

    /// Verifies a recording-ready callback (`meta_bbb-recording-ready-url`). `body` is the POST
    /// body as received: the form `signed_parameters=<JWT>`, the JSON
    /// `{"signed_parameters": "<JWT>"}` or the bare token.
    ///
    /// # Errors
    ///
    /// [`BbbError::Callback`]; answer its `http_status`.
    pub fn recording_ready(&self, body: Body) -> Result<RecordingReady, BbbError> {
        Ok(self.inner.recording_ready(&body)?.into())
    }

    /// Verifies a learning-analytics callback's `Authorization` header (`Bearer <JWT>`, with
    /// an `exp` that has not passed). The JSON body is not covered by the token.
    ///
    /// # Errors
    ///
    /// [`BbbError::Callback`]; answer its `http_status`.
    pub fn analytics(&self, authorization: String) -> Result<AnalyticsToken, BbbError> {
        Ok(self.inner.analytics(&authorization)?.into())
    }

    /// Verifies a bbb-webhooks event POST signed with a checksum. `callback_url` is the URL the
    /// hook was registered with followed by the request's `checksum` parameter (the request
    /// URL as received, if no proxy changed its scheme, host or port); `body` is the raw body.
    ///
    /// bbb-webhooks 3.4+ is always accepted. `accept_v2` also accepts bbb-webhooks 2.x (BBB
    /// 2.6, 2.7). `accept_replayable_v3_0_checksum` also accepts bbb-webhooks 3.0–3.3's
    /// constant checksum, which covers no body and can be replayed by anyone who saw one
    /// callback: only while the server cannot be upgraded.
    ///
    /// # Errors
    ///
    /// [`BbbError::Callback`]; answer its `http_status` (401 stops bbb-webhooks' retries).
    #[uniffi::method(default(accept_v2 = false, accept_replayable_v3_0_checksum = false))]
    pub fn webhook(
        &self,
        callback_url: String,
        body: Body,
        accept_v2: bool,
        accept_replayable_v3_0_checksum: bool,
    ) -> Result<WebhookPost, BbbError> {
        let mut schemes = bbbkit::WebhookSchemes::default();
        if accept_v2 {
            schemes = schemes.with_v2();
        }
        if accept_replayable_v3_0_checksum {
            schemes = schemes.with_replayable_v3_0_constant();
        }
        self.inner
            .webhook(&callback_url, &body, schemes)?
            .try_into()
    }

    /// Verifies a bbb-webhooks event POST in bearer mode: `authorization` is the
    /// `Authorization` header, `Bearer <secret>`.
    ///
    /// # Errors
    ///
    /// [`BbbError::Callback`]; answer its `http_status`.
    pub fn webhook_bearer(
        &self,
        authorization: String,
        body: Body,
    ) -> Result<WebhookPost, BbbError> {
        self.inner.webhook_bearer(&authorization, &body)?.try_into()
    }

    /// The end-meeting callback URL to give `create` as `meta_endCallbackUrl`: `url` with a
    /// bbbkit token for `meeting_id` that expires at `expires_at` (seconds since the epoch),
    /// made with the first secret. BBB does not sign this callback; the token authenticates
    /// the URL, which anyone who can read the meeting's metadata can see.
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] for `url` (not an absolute http(s) URL, a fragment) or
    /// `meetingID` (empty, control characters).
    pub fn end_callback_url(
        &self,
        url: String,
        meeting_id: String,
        expires_at: u64,
    ) -> Result<String, BbbError> {
        Ok(self.inner.end_callback_url(&url, &meeting_id, expires_at)?)
    }

    /// Verifies an end-meeting callback made from [`CallbackVerifier::end_callback_url`]:
    /// `url` is the request URL as received.
    ///
    /// # Errors
    ///
    /// [`BbbError::Callback`]; answer its `http_status`.
    pub fn end_callback(&self, url: String) -> Result<EndCallback, BbbError> {
        Ok(self.inner.end_callback(&url)?.into())
    }
}
