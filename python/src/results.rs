//! Parsed responses: `Joined`, `Created`, `Response`, `Element`, and the parse functions.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use bbbkit::ParseOptions;
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyMappingProxy, PyString, PyTuple};

use crate::errors::{api_error_object, IntoPyResult};
use crate::server::py_str_repr;
use crate::types::{guest_status_to_py, input, text};

pub(crate) fn options(max_size: Option<usize>, max_depth: Option<usize>) -> ParseOptions {
    let mut opts = ParseOptions::default();
    if let Some(n) = max_size {
        opts = opts.max_size(n);
    }
    if let Some(n) = max_depth {
        opts = opts.max_depth(n);
    }
    opts
}

/// A hash of an element and its children (the core's types are `Eq` but not all `Hash`),
/// in document order with an explicit stack, so that any depth is safe.
fn hash_element(e: &bbbkit::Element, h: &mut DefaultHasher) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        e.name.hash(h);
        e.attributes.hash(h);
        e.text.hash(h);
        e.children.len().hash(h);
        stack.extend(e.children.iter().rev());
    }
}

/// Inputs at least this large are parsed without holding the GIL, so other Python threads run.
const DETACH_FROM: usize = 16 * 1024;

/// Runs a parser on `data`, letting other Python threads run meanwhile when `data` is large.
pub(crate) fn parse_with<T: Send>(
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

/// What a `repr` shows for a value that lets someone in (a token, a password): the core's
/// marker, `[redacted]`, as every bbbkit language prints it, or `''` when it is empty. `%r`
/// logging records reprs; the value itself stays readable as the attribute.
fn redacted(py: Python<'_>, s: &str) -> String {
    if s.is_empty() {
        py_str_repr(py, s)
    } else {
        bbbkit::REDACTED.to_owned()
    }
}

fn opt_repr(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| py_str_repr(py, s))
}

/// A successful ``join`` with ``redirect=False``. Immutable.
///
/// Open :attr:`url` in the user's browser with the ``JSESSIONID`` cookie of the join
/// response. Its ``repr`` shows ``[redacted]`` for :attr:`auth_token` and
/// :attr:`session_token`, and :attr:`url` with the session token replaced by ``[redacted]``;
/// the attributes hold the values.
#[pyclass(frozen, eq, module = "bbbkit", name = "Joined")]
#[derive(PartialEq)]
pub(crate) struct PyJoined(bbbkit::Joined);

impl From<bbbkit::Joined> for PyJoined {
    fn from(j: bbbkit::Joined) -> Self {
        PyJoined(j)
    }
}

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
            redacted(py, &j.auth_token),
            redacted(py, &j.session_token),
            py_str_repr(py, j.guest_status.as_str()),
            py_str_repr(py, &j.redacted_url()),
            py_str_repr(py, &j.message_key),
            py_str_repr(py, &j.message),
        )
    }
}

/// A successful ``create``. Immutable.
///
/// Its ``repr`` shows ``[redacted]`` for the passwords; the attributes hold the values.
#[pyclass(frozen, eq, module = "bbbkit", name = "Created")]
#[derive(PartialEq)]
pub(crate) struct PyCreated(bbbkit::Created);

impl From<bbbkit::Created> for PyCreated {
    fn from(c: bbbkit::Created) -> Self {
        PyCreated(c)
    }
}

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
    /// ``hasUserJoined``; ``None`` when the server sent none.
    #[getter]
    fn has_user_joined(&self) -> Option<bool> {
        self.0.has_user_joined
    }
    /// ``duration`` in minutes (0: unlimited).
    #[getter]
    fn duration(&self) -> Option<i64> {
        self.0.duration
    }
    /// ``hasBeenForciblyEnded``; ``None`` when the server sent none.
    #[getter]
    fn has_been_forcibly_ended(&self) -> Option<bool> {
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
            c.attendee_pw
                .as_deref()
                .map_or("None".into(), |p| redacted(py, p)),
            c.moderator_pw
                .as_deref()
                .map_or("None".into(), |p| redacted(py, p)),
            c.create_time,
            opt(&c.voice_bridge),
            opt(&c.dial_number),
            opt(&c.create_date),
            c.has_user_joined.map_or("None", py_bool),
            c.duration
                .map_or_else(|| "None".to_owned(), |d| d.to_string()),
            c.has_been_forcibly_ended.map_or("None", py_bool),
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

/// One XML element of a response: its name, its attributes, its text and its children.
/// Immutable.
///
/// Elements share the parsed tree (an `Arc` of the core's root plus the path of child indices
/// from it), so reading one never copies a subtree. Each element converts its children and
/// attributes to Python objects once, on first access, and hands out those objects after:
/// `r.element("x") is r.element("x")`.
#[pyclass(frozen, eq, module = "bbbkit", name = "Element")]
pub(crate) struct PyElement {
    /// The root of the whole document.
    tree: Arc<bbbkit::Element>,
    /// The child indices leading from `tree` to this element (empty for the root).
    path: Box<[usize]>,
    /// This element's children as `Element` objects, made on first access.
    children: PyOnceLock<Py<PyTuple>>,
    /// A read-only mapping of the attributes, made on first access.
    attributes: PyOnceLock<Py<PyMappingProxy>>,
}

impl PartialEq for PyElement {
    fn eq(&self, other: &Self) -> bool {
        (Arc::ptr_eq(&self.tree, &other.tree) && self.path == other.path)
            || self.element() == other.element()
    }
}

impl PyElement {
    fn new(tree: Arc<bbbkit::Element>, path: Box<[usize]>) -> Self {
        PyElement {
            tree,
            path,
            children: PyOnceLock::new(),
            attributes: PyOnceLock::new(),
        }
    }

    /// The core element this object stands for.
    fn element(&self) -> &bbbkit::Element {
        self.path.iter().fold(&*self.tree, |e, &i| &e.children[i])
    }

    /// The children as `Element` objects, made once.
    fn child_objects<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyTuple>> {
        self.children
            .get_or_try_init(py, || {
                let n = self.element().children.len();
                let items = (0..n)
                    .map(|i| {
                        let mut path = Vec::with_capacity(self.path.len() + 1);
                        path.extend_from_slice(&self.path);
                        path.push(i);
                        Py::new(py, PyElement::new(self.tree.clone(), path.into()))
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Ok(PyTuple::new(py, items)?.unbind())
            })
            .map(|t| t.bind(py))
    }

    /// The first child with this name, as the object `children` holds.
    fn child_object<'py>(
        &self,
        py: Python<'py>,
        name: &str,
    ) -> PyResult<Option<Bound<'py, PyElement>>> {
        match self.element().children.iter().position(|c| c.name == name) {
            Some(i) => Ok(Some(self.child_objects(py)?.get_item(i)?.cast_into()?)),
            None => Ok(None),
        }
    }

    fn repr(e: &bbbkit::Element, py: Python<'_>) -> String {
        let mut out = format!("Element(name={}", py_str_repr(py, &e.name));
        if !e.attributes.is_empty() {
            let attrs: Vec<String> = e
                .attributes
                .iter()
                .map(|(k, v)| format!("{}: {}", py_str_repr(py, k), py_str_repr(py, v)))
                .collect();
            out += &format!(", attributes={{{}}}", attrs.join(", "));
        }
        if e.children.is_empty() {
            out += &format!(", text={})", py_str_repr(py, &e.text));
        } else {
            out += &format!(", children={})", e.children.len());
        }
        out
    }
}

#[pymethods]
impl PyElement {
    /// The element's name.
    #[getter]
    fn name(&self) -> &str {
        &self.element().name
    }
    /// The attributes, values decoded, in document order: a read-only mapping.
    #[getter]
    fn attributes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyMappingProxy>> {
        self.attributes
            .get_or_try_init(py, || {
                let dict = PyDict::new(py);
                for (k, v) in &self.element().attributes {
                    dict.set_item(k, v)?;
                }
                Ok::<_, PyErr>(PyMappingProxy::new(py, dict.as_mapping()).unbind())
            })
            .map(|m| m.bind(py).clone())
    }
    /// The value of the attribute with this name, or ``None``.
    fn attribute(&self, name: &str) -> Option<&str> {
        self.element().attribute(name)
    }
    /// The decoded text of a leaf element (empty for one with children).
    #[getter]
    fn text(&self) -> &str {
        &self.element().text
    }
    /// The child elements, in document order: a tuple, the same one at every access.
    #[getter]
    fn children<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        self.child_objects(py).cloned()
    }
    /// The first child with this name, or ``None``.
    fn child<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Option<Bound<'py, PyElement>>> {
        self.child_object(py, name)
    }
    /// The text of the first child with this name, or ``None``.
    fn child_text(&self, name: &str) -> Option<&str> {
        self.element().child_text(name)
    }
    fn __len__(&self) -> usize {
        self.element().children.len()
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        hash_element(self.element(), &mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        PyElement::repr(self.element(), py)
    }
}

/// A ``SUCCESS`` response of any call: the envelope plus every element. Immutable.
///
/// >>> r = parse_response(b"<response><returncode>SUCCESS</returncode><running>true</running></response>")
/// >>> r["running"], r.get("missing"), r.message_key
/// ('true', None, None)
#[pyclass(frozen, eq, module = "bbbkit", name = "Response")]
pub(crate) struct PyResponse {
    message_key: Option<String>,
    message: Option<String>,
    /// The parsed tree, shared with every `Element` handed out.
    tree: Arc<bbbkit::Element>,
    /// The root as an `Element` object, made on first access.
    root: PyOnceLock<Py<PyElement>>,
}

impl PartialEq for PyResponse {
    fn eq(&self, other: &Self) -> bool {
        self.message_key == other.message_key
            && self.message == other.message
            && self.tree == other.tree
    }
}

impl From<bbbkit::Response> for PyResponse {
    fn from(r: bbbkit::Response) -> Self {
        PyResponse {
            message_key: r.message_key,
            message: r.message,
            tree: Arc::new(r.root),
            root: PyOnceLock::new(),
        }
    }
}

impl PyResponse {
    fn root_object<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyElement>> {
        self.root
            .get_or_try_init(py, || {
                Py::new(py, PyElement::new(self.tree.clone(), Box::new([])))
            })
            .map(|r| r.bind(py))
    }
}

#[pymethods]
impl PyResponse {
    /// ``messageKey``, when present and non-empty (warnings such as ``duplicateWarning``).
    #[getter]
    fn message_key(&self) -> Option<&str> {
        self.message_key.as_deref()
    }
    /// ``message``, when present and non-empty.
    #[getter]
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    /// The ``<response>`` element itself, with every child.
    #[getter]
    fn root<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyElement>> {
        self.root_object(py).cloned()
    }
    /// The text of the first top-level element with this name, or ``default``.
    #[pyo3(signature = (name, default = None))]
    fn get(&self, py: Python<'_>, name: &str, default: Option<Py<PyAny>>) -> Py<PyAny> {
        match self.tree.child_text(name) {
            Some(t) => PyString::new(py, t).into_any().unbind(),
            None => default.unwrap_or_else(|| py.None()),
        }
    }
    /// The first top-level element with this name, or ``None``.
    fn element<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Option<Bound<'py, PyElement>>> {
        self.root_object(py)?.get().child_object(py, name)
    }
    fn __getitem__(&self, name: &str) -> PyResult<&str> {
        self.tree
            .child_text(name)
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }
    fn __contains__(&self, name: &str) -> bool {
        self.tree.child(name).is_some()
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        (&self.message_key, &self.message).hash(&mut h);
        hash_element(&self.tree, &mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Response(message_key={}, message={}, root={})",
            opt_repr(py, self.message_key.as_deref()),
            opt_repr(py, self.message.as_deref()),
            PyElement::repr(&self.tree, py)
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
    parse_with(py, data.as_bytes(), |d| opts.parse_response(d)).map(PyResponse::from)
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
    location: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let location = text(location, "location")?;
    let e = bbbkit::parse_error_redirect(&location).py_err(py)?;
    api_error_object(py, &e)
}
