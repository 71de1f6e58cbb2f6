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
use crate::types::{input, text};

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

fn opt_repr(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| py_str_repr(py, s))
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
