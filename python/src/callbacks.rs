//! `CallbackVerifier` and what it returns: verifying what a BBB server sends back.
//!
//! Every rule lives in the core's `bbbkit::CallbackVerifier`; this module converts the Python
//! arguments (`bytes` or `str` bodies, a `str` or a list of secrets, keyword options) and
//! wraps the core's results.

use std::hash::{DefaultHasher, Hash, Hasher};

use bbbkit::{JwtAlgorithm, WebhookSchemes};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyString, PyTuple};
use zeroize::Zeroizing;

use crate::errors::{invalid_parameter, IntoPyResult};
use crate::server::py_str_repr;
use crate::types::{algorithm_to_py, input_named, jwt_algorithm_to_py, text, text_as, type_name};

static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The Python value of a JSON text the core produced (so it is valid JSON).
fn json_value<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    let loads = JSON_LOADS.get_or_try_init(py, || {
        Ok::<_, PyErr>(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((json,))
}

/// A JWT algorithm from its name (`HS256`, any case), or `InvalidParameter` naming
/// `parameter` with the core's `one_of` rule.
pub(crate) fn parse_jwt_algorithm(
    py: Python<'_>,
    name: &str,
    parameter: &str,
) -> PyResult<JwtAlgorithm> {
    name.parse::<JwtAlgorithm>()
        .map_err(|e| invalid_parameter(py, parameter, e.rule()))
}

/// A non-negative integer argument (seconds since the epoch, a size in bytes).
fn unsigned(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<u64> {
    if obj.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be int, not bool"
        )));
    }
    obj.extract::<u64>().map_err(|e| {
        if e.is_instance_of::<PyTypeError>(obj.py()) {
            PyTypeError::new_err(format!("{what} must be int, not {}", type_name(obj)))
        } else {
            PyValueError::new_err(format!("{what} must be an int from 0 to 2**64-1"))
        }
    })
}

/// A header value that may be absent (`request.headers.get(...)` gives `None`): `""`.
fn header(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<String> {
    match obj.filter(|o| !o.is_none()) {
        Some(o) => text(o, what),
        None => Ok(String::new()),
    }
}

/// Verifies what a BigBlueButton server sends back: recording-ready callbacks, learning
/// analytics callbacks, bbb-webhooks events, and end-meeting callbacks (through a token
/// bbbkit adds to the URL).
///
/// ``secrets`` is one secret or a list of them, tried in order (rotation, or a Scalelite
/// tenant's secrets). ``allowed`` restricts the JWT algorithms (by default HS256 for recording
/// ready callbacks and HS512 for analytics ones, what BBB sends), as :class:`Verifier`'s
/// ``allowed`` does for checksums; ``allow`` is its deprecated spelling (it warns with
/// :class:`DeprecationWarning`); ``now`` (seconds since the
/// epoch) replaces the clock for ``exp`` and ``nbf``; ``max_size`` (bytes) replaces the
/// default size limit of 1 MiB. Its ``repr`` never shows the secrets.
///
/// Every method raises a :class:`CallbackError` subclass when the callback does not verify;
/// answer ``e.http_status`` (401).
///
/// The recording-ready callback of ``bbb-callbacks.md`` §7.1:
///
/// >>> verifier = CallbackVerifier("639259d4-9dd8-4b25-bf01-95f9567eaf4b")
/// >>> token = ("eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0"
/// ...          "Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0."
/// ...          "8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8")
/// >>> ready = verifier.recording_ready(b"signed_parameters=" + token.encode())
/// >>> ready.meeting_id, ready.record_id
/// ('test01', 'ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124')
/// >>> ready.algorithm
/// <JwtAlgorithm.HS256: 'HS256'>
/// >>> try:
/// ...     verifier.recording_ready("signed_parameters=" + token.replace("8vrk", "8vrl"))
/// ... except CallbackError as e:
/// ...     print(type(e).__name__, e.code, e.http_status)
/// CallbackSignature callback_signature 401
/// >>> verifier
/// CallbackVerifier(secrets=1, allowed=None, now=None, max_size=1048576)
#[pyclass(frozen, module = "bbbkit", name = "CallbackVerifier")]
pub(crate) struct PyCallbackVerifier {
    inner: bbbkit::CallbackVerifier,
    secrets: usize,
    allowed: Option<Vec<JwtAlgorithm>>,
    now: Option<u64>,
    max_size: usize,
}

#[pymethods]
impl PyCallbackVerifier {
    #[new]
    #[pyo3(signature = (secrets, *, allowed = None, now = None, max_size = None, allow = None))]
    fn new(
        py: Python<'_>,
        secrets: &Bound<'_, PyAny>,
        allowed: Option<&Bound<'_, PyAny>>,
        now: Option<&Bound<'_, PyAny>>,
        max_size: Option<&Bound<'_, PyAny>>,
        allow: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        // `allow` is the deprecated spelling of `allowed` (the keyword of `Verifier`).
        let allow = allow.filter(|a| !a.is_none());
        let allowed = allowed.filter(|a| !a.is_none());
        if allow.is_some() {
            if allowed.is_some() {
                return Err(PyTypeError::new_err(
                    "give allowed or its deprecated spelling allow, not both",
                ));
            }
            PyErr::warn(
                py,
                &py.get_type::<pyo3::exceptions::PyDeprecationWarning>(),
                c"CallbackVerifier(allow=...) is deprecated: use allowed=..., as Verifier does",
                1,
            )?;
        }
        let allow = allowed.or(allow);
        let mut list: Vec<Zeroizing<String>> = Vec::new();
        if secrets.is_instance_of::<PyString>() {
            list.push(Zeroizing::new(text(secrets, "secret")?));
        } else {
            let iter = secrets.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "secrets must be a str or a list of str, not {}",
                    type_name(secrets)
                ))
            })?;
            for s in iter {
                list.push(Zeroizing::new(text_as(
                    &s?,
                    || "each secret".to_owned(),
                    || "secret".to_owned(),
                )?));
            }
        }
        let mut inner =
            bbbkit::CallbackVerifier::new(list.iter().map(|s| s.as_str())).py_err(py)?;

        let allowed = match allow {
            None => None,
            Some(a) => {
                if a.is_instance_of::<PyString>() {
                    return Err(PyTypeError::new_err(
                        "allowed must be a list of JWT algorithms, not a single str",
                    ));
                }
                let iter = a.try_iter().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "allowed must be a list of JWT algorithms, not {}",
                        type_name(a)
                    ))
                })?;
                let mut algs = Vec::new();
                for item in iter {
                    let name = text_as(
                        &item?,
                        || "each algorithm".to_owned(),
                        || "allowed".to_owned(),
                    )?;
                    let alg = parse_jwt_algorithm(py, &name, "allowed")?;
                    if !algs.contains(&alg) {
                        algs.push(alg);
                    }
                }
                inner = inner.allow(&algs);
                Some(algs)
            }
        };
        let now = match now.filter(|n| !n.is_none()) {
            None => None,
            Some(n) => {
                let n = unsigned(n, "now")?;
                inner = inner.now(n);
                Some(n)
            }
        };
        let max_size = match max_size.filter(|m| !m.is_none()) {
            None => bbbkit::DEFAULT_CALLBACK_MAX_SIZE,
            Some(m) => {
                let m = usize::try_from(unsigned(m, "max_size")?).unwrap_or(usize::MAX);
                inner = inner.max_size(m);
                m
            }
        };
        Ok(PyCallbackVerifier {
            inner,
            secrets: list.len(),
            allowed,
            now,
            max_size,
        })
    }

    /// Verifies a recording-ready callback (``meta_bbb-recording-ready-url``).
    ///
    /// ``body`` is the POST body as received (``request.body``): the form
    /// ``signed_parameters=<JWT>`` that BBB and Scalelite send, the JSON
    /// ``{"signed_parameters": "<JWT>"}`` of some load balancers, or the bare token. BBB sends
    /// one callback per playback format with the same token: act idempotently on
    /// :attr:`RecordingReady.record_id`.
    fn recording_ready(
        &self,
        py: Python<'_>,
        body: &Bound<'_, PyAny>,
    ) -> PyResult<PyRecordingReady> {
        let body = input_named(body, "body")?;
        self.inner
            .recording_ready(body.as_bytes())
            .py_err(py)
            .map(PyRecordingReady)
    }

    /// Verifies a learning-analytics callback's ``Authorization`` header (``Bearer <JWT>``,
    /// HS512 by default, with an ``exp`` that has not passed). ``None`` counts as a missing
    /// header. The JSON body is **not** covered by the token: treat it as unauthenticated.
    #[pyo3(signature = (authorization))]
    fn analytics(
        &self,
        py: Python<'_>,
        authorization: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyAnalyticsToken> {
        let authorization = header(authorization, "authorization")?;
        self.inner
            .analytics(&authorization)
            .py_err(py)
            .map(PyAnalyticsToken)
    }

    /// Verifies a bbb-webhooks event POST signed with a checksum.
    ///
    /// ``callback_url`` is the URL the hook was registered with (from your settings, not
    /// rebuilt from the request) followed by the request's ``checksum`` parameter; ``body`` is
    /// the raw request body (``request.body``). By default only bbb-webhooks 3.4+ is accepted;
    /// ``accept_v2=True`` also accepts 2.x (BBB 2.6, 2.7), and
    /// ``accept_replayable_v3_0_checksum=True`` accepts 3.0–3.3's constant checksum, which
    /// does not cover the body and can be replayed by anyone who saw one callback.
    #[pyo3(signature = (callback_url, body, *, accept_v2 = false, accept_replayable_v3_0_checksum = false))]
    fn webhook(
        &self,
        py: Python<'_>,
        callback_url: &Bound<'_, PyAny>,
        body: &Bound<'_, PyAny>,
        accept_v2: bool,
        accept_replayable_v3_0_checksum: bool,
    ) -> PyResult<PyWebhookPost> {
        let url = text(callback_url, "callback_url")?;
        let body = input_named(body, "body")?;
        let mut schemes = WebhookSchemes::default();
        if accept_v2 {
            schemes = schemes.with_v2();
        }
        if accept_replayable_v3_0_checksum {
            schemes = schemes.with_replayable_v3_0_constant();
        }
        self.inner
            .webhook(&url, body.as_bytes(), schemes)
            .py_err(py)
            .map(PyWebhookPost)
    }

    /// Verifies a bbb-webhooks event POST in bearer mode: the ``Authorization`` header is
    /// ``Bearer <secret>`` (``None`` counts as a missing header); there is no checksum.
    #[pyo3(signature = (authorization, body))]
    fn webhook_bearer(
        &self,
        py: Python<'_>,
        authorization: Option<&Bound<'_, PyAny>>,
        body: &Bound<'_, PyAny>,
    ) -> PyResult<PyWebhookPost> {
        let authorization = Zeroizing::new(header(authorization, "authorization")?);
        let body = input_named(body, "body")?;
        self.inner
            .webhook_bearer(&authorization, body.as_bytes())
            .py_err(py)
            .map(PyWebhookPost)
    }

    /// The end-meeting callback URL to give ``create`` as ``meta_endCallbackUrl``, with a
    /// token bbbkit adds (``bbbkit_expires``, ``bbbkit_token``: an HMAC of the meeting ID and
    /// the expiry under the first secret). BBB does not sign this callback: the token
    /// authenticates the URL, which anyone who can read the meeting's metadata sees.
    ///
    /// >>> keys = CallbackVerifier("an-application-key", now=1_700_000_000)
    /// >>> url = keys.end_callback_url("https://lms.example.com/bbb/ended", "physics-101", 1_700_086_400)
    /// >>> url
    /// 'https://lms.example.com/bbb/ended?bbbkit_expires=1700086400&bbbkit_token=m-P4sn_sH5x2nJzts1bn6H_F-iPJ7ZgVAxttDq0FFJQ'
    /// >>> keys.end_callback(url + "&recordingmarks=true&meetingID=physics-101")
    /// EndCallback(meeting_id='physics-101', recording_marks=True, key_index=0)
    fn end_callback_url(
        &self,
        py: Python<'_>,
        url: &Bound<'_, PyAny>,
        meeting_id: &Bound<'_, PyAny>,
        expires_at: &Bound<'_, PyAny>,
    ) -> PyResult<String> {
        let url = text(url, "url")?;
        let meeting_id = text_as(
            meeting_id,
            || "meeting_id".to_owned(),
            || "meetingID".to_owned(),
        )?;
        let expires_at = unsigned(expires_at, "expires_at")?;
        self.inner
            .end_callback_url(&url, &meeting_id, expires_at)
            .py_err(py)
    }

    /// Verifies an end-meeting callback made from :meth:`end_callback_url`: pass the full
    /// request URL (``request.build_absolute_uri()``); only its query is read.
    fn end_callback(&self, py: Python<'_>, url: &Bound<'_, PyAny>) -> PyResult<PyEndCallback> {
        self.inner
            .end_callback(&text(url, "url")?)
            .py_err(py)
            .map(PyEndCallback)
    }

    fn __repr__(&self) -> String {
        let allowed = match &self.allowed {
            None => "None".to_owned(),
            Some(algs) => format!(
                "[{}]",
                algs.iter()
                    .map(|a| format!("'{}'", a.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let now = self
            .now
            .map_or_else(|| "None".to_owned(), |n| n.to_string());
        format!(
            "CallbackVerifier(secrets={}, allowed={allowed}, now={now}, max_size={})",
            self.secrets, self.max_size
        )
    }
}

fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// A recording-ready callback that verified. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "RecordingReady")]
#[derive(PartialEq)]
pub(crate) struct PyRecordingReady(bbbkit::RecordingReady);

#[pymethods]
impl PyRecordingReady {
    /// The external meeting ID (the ``meetingID`` of ``create``).
    #[getter]
    fn meeting_id(&self) -> &str {
        &self.0.meeting_id
    }
    /// The record ID: the internal meeting ID of the recorded session.
    #[getter]
    fn record_id(&self) -> &str {
        &self.0.record_id
    }
    /// Every other claim of the token, decoded from JSON, in the token's order (BBB sends
    /// none; some load balancers and newer servers add some). A new ``dict`` at each access.
    #[getter]
    fn other_claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let claims = PyDict::new(py);
        for (name, json) in &self.0.other_claims {
            claims.set_item(name, json_value(py, json)?)?;
        }
        Ok(claims)
    }
    /// The algorithm the token was signed with.
    #[getter]
    fn algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        jwt_algorithm_to_py(py, self.0.algorithm)
    }
    /// The index, in the verifier's list, of the secret that matched.
    #[getter]
    fn key_index(&self) -> usize {
        self.0.key_index
    }

    fn __hash__(&self) -> u64 {
        let r = &self.0;
        hash_of((
            &r.meeting_id,
            &r.record_id,
            &r.other_claims,
            r.algorithm,
            r.key_index,
        ))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = &self.0;
        Ok(format!(
            "RecordingReady(meeting_id={}, record_id={}, other_claims={}, algorithm='{}', \
             key_index={})",
            py_str_repr(py, &r.meeting_id),
            py_str_repr(py, &r.record_id),
            self.other_claims(py)?.repr()?,
            r.algorithm.as_str(),
            r.key_index
        ))
    }
}

/// A learning-analytics bearer token that verified. Immutable. The request body is **not**
/// covered by it.
#[pyclass(frozen, eq, module = "bbbkit", name = "AnalyticsToken")]
#[derive(PartialEq)]
pub(crate) struct PyAnalyticsToken(bbbkit::AnalyticsToken);

#[pymethods]
impl PyAnalyticsToken {
    /// The token's expiry, in seconds since the epoch.
    #[getter]
    fn expires_at(&self) -> u64 {
        self.0.expires_at
    }
    /// The algorithm the token was signed with.
    #[getter]
    fn algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        jwt_algorithm_to_py(py, self.0.algorithm)
    }
    /// The index, in the verifier's list, of the secret that matched.
    #[getter]
    fn key_index(&self) -> usize {
        self.0.key_index
    }

    fn __hash__(&self) -> u64 {
        hash_of((self.0.expires_at, self.0.algorithm, self.0.key_index))
    }

    fn __repr__(&self) -> String {
        format!(
            "AnalyticsToken(expires_at={}, algorithm='{}', key_index={})",
            self.0.expires_at,
            self.0.algorithm.as_str(),
            self.0.key_index
        )
    }
}

/// One bbb-webhooks event. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "WebhookEvent")]
#[derive(PartialEq)]
pub(crate) struct PyWebhookEvent(bbbkit::WebhookEvent);

#[pymethods]
impl PyWebhookEvent {
    /// The event's id (``meeting-ended``, ``user-joined``, …), or a raw event's
    /// ``envelope.name``.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
    /// The internal meeting ID, if the event has one.
    #[getter]
    fn internal_meeting_id(&self) -> Option<&str> {
        self.0.internal_meeting_id.as_deref()
    }
    /// The external meeting ID (the ``meetingID`` of ``create``), if the event has one.
    #[getter]
    fn external_meeting_id(&self) -> Option<&str> {
        self.0.external_meeting_id.as_deref()
    }
    /// When the event happened, in milliseconds since the epoch, if the event says.
    #[getter]
    fn timestamp(&self) -> Option<i64> {
        self.0.timestamp
    }
    /// The whole event, decoded from JSON (a ``dict`` for every event BBB sends), for every
    /// other attribute. A new object at each access.
    #[getter]
    fn raw<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_value(py, &self.0.raw)
    }
    /// The whole event as JSON text (to store or log as it is).
    #[getter]
    fn raw_json(&self) -> &str {
        &self.0.raw
    }

    fn __hash__(&self) -> u64 {
        let e = &self.0;
        hash_of((
            &e.id,
            &e.internal_meeting_id,
            &e.external_meeting_id,
            e.timestamp,
            &e.raw,
        ))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let e = &self.0;
        let opt = |s: &Option<String>| {
            s.as_deref()
                .map_or_else(|| "None".to_owned(), |s| py_str_repr(py, s))
        };
        format!(
            "WebhookEvent(id={}, internal_meeting_id={}, external_meeting_id={}, timestamp={})",
            py_str_repr(py, &e.id),
            opt(&e.internal_meeting_id),
            opt(&e.external_meeting_id),
            e.timestamp
                .map_or_else(|| "None".to_owned(), |t| t.to_string()),
        )
    }
}

/// A bbb-webhooks POST that verified. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "WebhookPost")]
#[derive(PartialEq)]
pub(crate) struct PyWebhookPost(bbbkit::WebhookPost);

#[pymethods]
impl PyWebhookPost {
    /// The ``domain`` field: the BBB server's domain.
    #[getter]
    fn domain(&self) -> &str {
        &self.0.domain
    }
    /// The ``timestamp`` field, in milliseconds since the epoch.
    #[getter]
    fn timestamp(&self) -> i64 {
        self.0.timestamp
    }
    /// The events of the POST, in order.
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let events = self
            .0
            .events
            .iter()
            .map(|e| Bound::new(py, PyWebhookEvent(e.clone())))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, events)
    }
    /// The scheme that matched: ``"v3.4"`` (bbb-webhooks 3.4+), ``"v2"``,
    /// ``"v3.0-constant"`` (replayable) or ``"bearer"``.
    #[getter]
    fn scheme(&self) -> &'static str {
        self.0.scheme.as_str()
    }
    /// The checksum's algorithm (``None`` for a bearer request).
    #[getter]
    fn algorithm<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.algorithm.map(|a| algorithm_to_py(py, a)).transpose()
    }
    /// The index, in the verifier's list, of the secret that matched.
    #[getter]
    fn key_index(&self) -> usize {
        self.0.key_index
    }

    fn __hash__(&self) -> u64 {
        let w = &self.0;
        let events: Vec<&str> = w.events.iter().map(|e| e.raw.as_str()).collect();
        hash_of((
            &w.domain,
            w.timestamp,
            events,
            w.scheme,
            w.algorithm,
            w.key_index,
        ))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let w = &self.0;
        let ids = w
            .events
            .iter()
            .map(|e| py_str_repr(py, &e.id))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "WebhookPost(domain={}, timestamp={}, events=[{ids}], scheme='{}', algorithm={}, \
             key_index={})",
            py_str_repr(py, &w.domain),
            w.timestamp,
            w.scheme.as_str(),
            w.algorithm
                .map_or_else(|| "None".to_owned(), |a| format!("'{}'", a.as_str())),
            w.key_index
        )
    }
}

/// An end-meeting callback whose bbbkit token verified. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "EndCallback")]
#[derive(PartialEq)]
pub(crate) struct PyEndCallback(bbbkit::EndCallback);

#[pymethods]
impl PyEndCallback {
    /// The meeting the URL was signed for (the external meeting ID).
    #[getter]
    fn meeting_id(&self) -> &str {
        &self.0.meeting_id
    }
    /// ``recordingmarks``: whether recording was switched on at some point.
    #[getter]
    fn recording_marks(&self) -> bool {
        self.0.recording_marks
    }
    /// The index, in the verifier's list, of the key that matched.
    #[getter]
    fn key_index(&self) -> usize {
        self.0.key_index
    }

    fn __hash__(&self) -> u64 {
        hash_of((&self.0.meeting_id, self.0.recording_marks, self.0.key_index))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "EndCallback(meeting_id={}, recording_marks={}, key_index={})",
            py_str_repr(py, &self.0.meeting_id),
            if self.0.recording_marks {
                "True"
            } else {
                "False"
            },
            self.0.key_index
        )
    }
}
