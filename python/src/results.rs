//! Parsed responses: `Joined`, `Created`, `Response`, `Element`, and the parse functions.

use std::hash::{DefaultHasher, Hash, Hasher};

use bbbkit::ParseOptions;
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::errors::{api_error_object, IntoPyResult};
use crate::server::py_str_repr;
use crate::types::{guest_status_to_py, input};

fn options(max_size: Option<usize>, max_depth: Option<usize>) -> ParseOptions {
    let mut opts = ParseOptions::default();
    if let Some(n) = max_size {
        opts = opts.max_size(n);
    }
    if let Some(n) = max_depth {
        opts = opts.max_depth(n);
    }
    opts
}

/// A hash of an element and its children (the core's types are `Eq` but not all `Hash`).
fn hash_element(e: &bbbkit::Element, h: &mut DefaultHasher) {
    e.name.hash(h);
    e.text.hash(h);
    e.children.len().hash(h);
    for c in &e.children {
        hash_element(c, h);
    }
}

/// Inputs at least this large are parsed without holding the GIL, so other Python threads run.
const DETACH_FROM: usize = 16 * 1024;

/// Runs a parser on `data`, letting other Python threads run meanwhile when `data` is large.
fn parse_with<T: Send>(
    py: Python<'_>,
    data: &[u8],
    parse: impl FnOnce(&[u8]) -> bbbkit::Result<T> + Send,
) -> PyResult<T> {
    let result = if data.len() >= DETACH_FROM {
        py.detach(|| parse(data))
    } else {
        parse(data)
    };
    result.py_err(py)
}

fn opt_repr(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| py_str_repr(py, s))
}

/// A successful ``join`` with ``redirect=False``. Immutable.
///
/// Open :attr:`url` in the user's browser with the ``JSESSIONID`` cookie of the join
/// response.
#[pyclass(frozen, eq, module = "bbbkit", name = "Joined")]
#[derive(PartialEq)]
pub(crate) struct PyJoined(bbbkit::Joined);

#[pymethods]
impl PyJoined {
    /// The *internal* meeting ID.
    #[getter]
    fn meeting_id(&self) -> &str {
        &self.0.meeting_id
    }
    /// The user's internal ID.
    #[getter]
    fn user_id(&self) -> &str {
        &self.0.user_id
    }
    /// The auth token.
    #[getter]
    fn auth_token(&self) -> &str {
        &self.0.auth_token
    }
    /// The session token.
    #[getter]
    fn session_token(&self) -> &str {
        &self.0.session_token
    }
    /// ``GuestStatus.ALLOW`` or ``GuestStatus.WAIT`` (``DENY``, or the string as sent for a
    /// status bbbkit does not know).
    #[getter]
    fn guest_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guest_status_to_py(py, &self.0.guest_status)
    }
    /// The client URL to open, entities decoded.
    #[getter]
    fn url(&self) -> &str {
        &self.0.url
    }
    /// ``successfullyJoined``, or ``guestWait`` on 2.6/2.7.
    #[getter]
    fn message_key(&self) -> &str {
        &self.0.message_key
    }
    /// The human message.
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }
    /// Whether the user waits for a moderator's approval.
    #[getter]
    fn is_waiting(&self) -> bool {
        self.0.is_waiting()
    }

    fn __hash__(&self) -> u64 {
        let j = &self.0;
        let mut h = DefaultHasher::new();
        (&j.meeting_id, &j.user_id, &j.auth_token, &j.session_token).hash(&mut h);
        (&j.guest_status, &j.url, &j.message_key, &j.message).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let j = &self.0;
        format!(
            "Joined(meeting_id={}, user_id={}, auth_token={}, session_token={}, \
             guest_status={}, url={}, message_key={}, message={})",
            py_str_repr(py, &j.meeting_id),
            py_str_repr(py, &j.user_id),
            py_str_repr(py, &j.auth_token),
            py_str_repr(py, &j.session_token),
            py_str_repr(py, j.guest_status.as_str()),
            py_str_repr(py, &j.url),
            py_str_repr(py, &j.message_key),
            py_str_repr(py, &j.message),
        )
    }
}

/// A successful ``create``. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "Created")]
#[derive(PartialEq)]
pub(crate) struct PyCreated(bbbkit::Created);

#[pymethods]
impl PyCreated {
    /// ``meetingID``, the application's ID.
    #[getter]
    fn meeting_id(&self) -> &str {
        &self.0.meeting_id
    }
    /// ``internalMeetingID``.
    #[getter]
    fn internal_meeting_id(&self) -> &str {
        &self.0.internal_meeting_id
    }
    /// ``parentMeetingID`` (``bbb-none`` for a meeting that is not a breakout room).
    #[getter]
    fn parent_meeting_id(&self) -> Option<&str> {
        self.0.parent_meeting_id.as_deref()
    }
    /// ``attendeePW`` (deprecated).
    #[getter]
    fn attendee_pw(&self) -> Option<&str> {
        self.0.attendee_pw.as_deref()
    }
    /// ``moderatorPW`` (deprecated).
    #[getter]
    fn moderator_pw(&self) -> Option<&str> {
        self.0.moderator_pw.as_deref()
    }
    /// ``createTime``, epoch milliseconds: pass it to ``join_url(create_time=...)``.
    #[getter]
    fn create_time(&self) -> i64 {
        self.0.create_time
    }
    /// ``voiceBridge``, kept as text.
    #[getter]
    fn voice_bridge(&self) -> Option<&str> {
        self.0.voice_bridge.as_deref()
    }
    /// ``dialNumber``.
    #[getter]
    fn dial_number(&self) -> Option<&str> {
        self.0.dial_number.as_deref()
    }
    /// ``createDate``, as the server formats it.
    #[getter]
    fn create_date(&self) -> Option<&str> {
        self.0.create_date.as_deref()
    }
    /// ``hasUserJoined``.
    #[getter]
    fn has_user_joined(&self) -> bool {
        self.0.has_user_joined
    }
    /// ``duration`` in minutes (0: unlimited).
    #[getter]
    fn duration(&self) -> Option<i64> {
        self.0.duration
    }
    /// ``hasBeenForciblyEnded``.
    #[getter]
    fn has_been_forcibly_ended(&self) -> bool {
        self.0.has_been_forcibly_ended
    }
    /// ``messageKey``, when non-empty.
    #[getter]
    fn message_key(&self) -> Option<&str> {
        self.0.message_key.as_deref()
    }
    /// ``message``, when non-empty.
    #[getter]
    fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }
    /// The meeting already existed with the same settings (``duplicateWarning``).
    #[getter]
    fn duplicate_warning(&self) -> bool {
        self.0.duplicate_warning
    }

    fn __hash__(&self) -> u64 {
        let c = &self.0;
        let mut h = DefaultHasher::new();
        (
            &c.meeting_id,
            &c.internal_meeting_id,
            &c.parent_meeting_id,
            &c.attendee_pw,
        )
            .hash(&mut h);
        (
            &c.moderator_pw,
            c.create_time,
            &c.voice_bridge,
            &c.dial_number,
        )
            .hash(&mut h);
        (
            &c.create_date,
            c.has_user_joined,
            c.duration,
            c.has_been_forcibly_ended,
        )
            .hash(&mut h);
        (&c.message_key, &c.message, c.duplicate_warning).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let c = &self.0;
        let opt = |s: &Option<String>| opt_repr(py, s.as_deref());
        format!(
            "Created(meeting_id={}, internal_meeting_id={}, parent_meeting_id={}, \
             attendee_pw={}, moderator_pw={}, create_time={}, voice_bridge={}, dial_number={}, \
             create_date={}, has_user_joined={}, duration={}, has_been_forcibly_ended={}, \
             message_key={}, message={}, duplicate_warning={})",
            py_str_repr(py, &c.meeting_id),
            py_str_repr(py, &c.internal_meeting_id),
            opt(&c.parent_meeting_id),
            opt(&c.attendee_pw),
            opt(&c.moderator_pw),
            c.create_time,
            opt(&c.voice_bridge),
            opt(&c.dial_number),
            opt(&c.create_date),
            py_bool(c.has_user_joined),
            c.duration
                .map_or_else(|| "None".to_owned(), |d| d.to_string()),
            py_bool(c.has_been_forcibly_ended),
            opt(&c.message_key),
            opt(&c.message),
            py_bool(c.duplicate_warning),
        )
    }
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// One XML element of a response: its name, its text and its children. Immutable.
#[pyclass(frozen, eq, module = "bbbkit", name = "Element")]
#[derive(PartialEq)]
pub(crate) struct PyElement(bbbkit::Element);

#[pymethods]
impl PyElement {
    /// The element's name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }
    /// The decoded text of a leaf element (empty for one with children).
    #[getter]
    fn text(&self) -> &str {
        &self.0.text
    }
    /// The child elements, in document order.
    #[getter]
    fn children<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .0
            .children
            .iter()
            .map(|c| Py::new(py, PyElement(c.clone())))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// The first child with this name, or ``None``.
    fn child(&self, name: &str) -> Option<PyElement> {
        self.0.child(name).cloned().map(PyElement)
    }
    /// The text of the first child with this name, or ``None``.
    fn child_text(&self, name: &str) -> Option<&str> {
        self.0.child_text(name)
    }
    fn __len__(&self) -> usize {
        self.0.children.len()
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        hash_element(&self.0, &mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        if self.0.children.is_empty() {
            format!(
                "Element(name={}, text={})",
                py_str_repr(py, &self.0.name),
                py_str_repr(py, &self.0.text)
            )
        } else {
            format!(
                "Element(name={}, children={})",
                py_str_repr(py, &self.0.name),
                self.0.children.len()
            )
        }
    }
}

/// A ``SUCCESS`` response of any call: the envelope plus every element. Immutable.
///
/// >>> r = parse_response(b"<response><returncode>SUCCESS</returncode><running>true</running></response>")
/// >>> r["running"], r.get("missing"), r.message_key
/// ('true', None, None)
#[pyclass(frozen, eq, module = "bbbkit", name = "Response")]
#[derive(PartialEq)]
pub(crate) struct PyResponse(bbbkit::Response);

#[pymethods]
impl PyResponse {
    /// ``messageKey``, when present and non-empty (warnings such as ``duplicateWarning``).
    #[getter]
    fn message_key(&self) -> Option<&str> {
        self.0.message_key.as_deref()
    }
    /// ``message``, when present and non-empty.
    #[getter]
    fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }
    /// The ``<response>`` element itself, with every child.
    #[getter]
    fn root(&self) -> PyElement {
        PyElement(self.0.root.clone())
    }
    /// The text of the first top-level element with this name, or ``default``.
    #[pyo3(signature = (name, default = None))]
    fn get(&self, py: Python<'_>, name: &str, default: Option<Py<PyAny>>) -> Py<PyAny> {
        match self.0.get(name) {
            Some(t) => pyo3::types::PyString::new(py, t).into_any().unbind(),
            None => default.unwrap_or_else(|| py.None()),
        }
    }
    /// The first top-level element with this name, or ``None``.
    fn element(&self, name: &str) -> Option<PyElement> {
        self.0.element(name).cloned().map(PyElement)
    }
    fn __getitem__(&self, name: &str) -> PyResult<&str> {
        self.0
            .get(name)
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }
    fn __contains__(&self, name: &str) -> bool {
        self.0.element(name).is_some()
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        (&self.0.message_key, &self.0.message).hash(&mut h);
        hash_element(&self.0.root, &mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Response(message_key={}, message={}, root={})",
            opt_repr(py, self.0.message_key.as_deref()),
            opt_repr(py, self.0.message.as_deref()),
            PyElement(self.0.root.clone()).__repr__(py)
        )
    }
}

/// Parses the answer to a ``join`` with ``redirect=False``.
///
/// Raises an :class:`ApiError` subclass when the server answered ``FAILED``, and
/// :class:`ParseError` when ``data`` is not a BBB join response.
#[pyfunction]
#[pyo3(signature = (data, *, max_size = None, max_depth = None))]
pub(crate) fn parse_join_response(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    max_size: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<PyJoined> {
    let data = input(data)?;
    let opts = options(max_size, max_depth);
    parse_with(py, data.as_bytes(), |d| opts.parse_join_response(d)).map(PyJoined)
}

/// Parses the answer to a ``create``.
///
/// Raises as :func:`parse_join_response`.
#[pyfunction]
#[pyo3(signature = (data, *, max_size = None, max_depth = None))]
pub(crate) fn parse_create_response(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    max_size: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<PyCreated> {
    let data = input(data)?;
    let opts = options(max_size, max_depth);
    parse_with(py, data.as_bytes(), |d| opts.parse_create_response(d)).map(PyCreated)
}

/// Parses the answer to any call into the generic envelope.
///
/// Raises as :func:`parse_join_response`.
#[pyfunction]
#[pyo3(signature = (data, *, max_size = None, max_depth = None))]
pub(crate) fn parse_response(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    max_size: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<PyResponse> {
    let data = input(data)?;
    let opts = options(max_size, max_depth);
    parse_with(py, data.as_bytes(), |d| opts.parse_response(d)).map(PyResponse)
}

/// Reads the errors of a ``Location`` the server redirected to (``BASE?errors=<JSON>``).
///
/// Returns (does not raise) the :class:`ApiError` subclass for the first error's key; raise
/// it if you like. Raises :class:`ParseError` when the location has no readable errors.
///
/// >>> e = parse_error_redirect("https://bbb.example.com/?errors=%5B%7B%22key%22%3A%22guestDeniedAccess%22%2C%22message%22%3A%22Denied%22%7D%5D")
/// >>> type(e).__name__, e.message_key, e.message
/// ('GuestDenied', 'guestDeniedAccess', 'Denied')
#[pyfunction]
pub(crate) fn parse_error_redirect<'py>(
    py: Python<'py>,
    location: String,
) -> PyResult<Bound<'py, PyAny>> {
    let e = bbbkit::parse_error_redirect(&location).py_err(py)?;
    api_error_object(py, &e)
}
