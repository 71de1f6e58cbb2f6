//! Every API call, `join` included: the conversions of Python values to the typed requests'
//! fields, the by-name path (`Server.prepare`), `PreparedRequest`, and the value classes a
//! request holds (`Document`, `Group`, `PluginManifest`).
//!
//! `Server`'s per-call methods (`create_url`, `get_recordings_url`, …) are written by
//! `build.rs` from the core's declaration; each converts its arguments with [`field`],
//! [`json_field`] and [`extra`], by the Rust type of the request's field, so nothing here
//! names a parameter.

use std::hash::{DefaultHasher, Hash, Hasher};

use bbbkit::{
    ApiRequest, DocumentSource, Feature, FeatureName, GuestPolicy, Layout, RecordingState, Role,
    TextTrackKind,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyMapping, PyMemoryView, PyString, PyTuple,
};

use crate::errors::IntoPyResult;
use crate::server::py_str_repr;
use crate::types::{int, pairs, text, text_as, type_name};

/// A field's type, converted from its Python value. `name` is the BBB name (for
/// `InvalidParameter`), `field` the keyword (for `TypeError`).
pub(crate) trait FromPy: Sized {
    fn from_py(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self>;
}

/// Sets a request's field from its argument; `None` (or leaving it out) does not send it.
pub(crate) fn field<T: FromPy>(
    _py: Python<'_>,
    slot: &mut T,
    name: &str,
    field: &str,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    if let Some(v) = value.filter(|v| !v.is_none()) {
        *slot = T::from_py(v, name, field)?;
    }
    Ok(())
}

/// Sets a JSON field (`clientSettingsOverride`): JSON text as a `str`, or a mapping written as
/// JSON by Python's `json` module. The core checks the JSON.
pub(crate) fn json_field(
    py: Python<'_>,
    slot: &mut Option<String>,
    name: &str,
    field: &str,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    let Some(v) = value.filter(|v| !v.is_none()) else {
        return Ok(());
    };
    *slot = Some(if v.is_instance_of::<PyString>() {
        String::from_py(v, name, field)?
    } else if v.cast::<PyMapping>().is_ok() || v.is_instance_of::<PyDict>() {
        let dumps = py.import("json")?.getattr("dumps")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("ensure_ascii", false)?;
        kwargs.set_item("separators", (",", ":"))?;
        let dict = PyDict::new(py);
        dict.update(&v.cast::<PyMapping>()?.clone())?;
        let json = dumps.call((dict,), Some(&kwargs)).map_err(|e| {
            if e.is_instance_of::<PyTypeError>(py) {
                PyTypeError::new_err(format!("{field} must be JSON-serializable: {e}"))
            } else {
                e
            }
        })?;
        String::from_py(&json, name, field)?
    } else {
        return Err(PyTypeError::new_err(format!(
            "{field} must be a mapping or JSON text (str), not {}",
            type_name(v)
        )));
    });
    Ok(())
}

/// Sets the parameters newer than bbbkit (`extra`).
pub(crate) fn extra(
    slot: &mut Vec<(String, String)>,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    if let Some(x) = value.filter(|x| !x.is_none()) {
        *slot = pairs(x, "extra")?;
    }
    Ok(())
}

impl FromPy for String {
    fn from_py(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
        text_as(value, || field.to_owned(), || name.to_owned())
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
        T::from_py(value, name, field).map(Some)
    }
}

impl FromPy for bool {
    fn from_py(value: &Bound<'_, PyAny>, _: &str, field: &str) -> PyResult<Self> {
        match value.cast::<PyBool>() {
            Ok(b) => Ok(b.is_true()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{field} must be bool, not {}",
                type_name(value)
            ))),
        }
    }
}

impl FromPy for i64 {
    fn from_py(value: &Bound<'_, PyAny>, _: &str, field: &str) -> PyResult<Self> {
        int(value, field)
    }
}

/// A value of one of the core's string enums: a `str` in any case, or the Python enum's member.
macro_rules! enum_from_py {
    ($($ty:ty),*) => {$(
        impl FromPy for $ty {
            fn from_py(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
                let s = String::from_py(value, name, field)?;
                s.parse::<$ty>()
                    .map_err(|e| e.with_parameter(name))
                    .py_err(value.py())
            }
        }
    )*};
}
enum_from_py!(
    Role,
    GuestPolicy,
    Layout,
    TextTrackKind,
    RecordingState,
    FeatureName
);

/// The items of a list argument: any iterable but `str`/`bytes`; one `str` (or one object of a
/// value class) counts as a list of one.
fn items<'py>(
    value: &Bound<'py, PyAny>,
    field: &str,
    single: impl Fn(&Bound<'py, PyAny>) -> bool,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if single(value) {
        return Ok(vec![value.clone()]);
    }
    if value.is_instance_of::<PyBytes>()
        || value.is_instance_of::<PyByteArray>()
        || value.cast::<PyMapping>().is_ok()
    {
        return Err(PyTypeError::new_err(format!(
            "{field} must be a list, not {}",
            type_name(value)
        )));
    }
    let iter = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!("{field} must be a list, not {}", type_name(value)))
    })?;
    iter.collect()
}

/// A list of strings or of enum values; the core checks the items.
impl<T: ListItem> FromPy for Vec<T> {
    fn from_py(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
        items(value, field, T::is_single)?
            .iter()
            .map(|v| T::item(v, name, field))
            .collect()
    }
}

/// An item of a list field.
pub(crate) trait ListItem: Sized {
    /// Whether one value given alone stands for a list of one.
    fn is_single(value: &Bound<'_, PyAny>) -> bool;
    fn item(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self>;
}

/// The `TypeError` wording of a list's item.
fn each(field: &str) -> String {
    format!("each item of {field}")
}

macro_rules! string_items {
    ($($ty:ty),*) => {$(
        impl ListItem for $ty {
            fn is_single(value: &Bound<'_, PyAny>) -> bool {
                value.is_instance_of::<PyString>()
            }
            fn item(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
                <$ty as FromPy>::from_py(value, name, &each(field))
            }
        }
    )*};
}
string_items!(String, RecordingState, FeatureName);

/// `meta`: a mapping of names (without `meta_`) to values, or `(name, value)` pairs.
impl FromPy for Vec<(String, String)> {
    fn from_py(value: &Bound<'_, PyAny>, _: &str, field: &str) -> PyResult<Self> {
        pairs(value, field)
    }
}

impl ListItem for bbbkit::Group {
    fn is_single(value: &Bound<'_, PyAny>) -> bool {
        value.is_instance_of::<PyGroup>()
    }
    fn item(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
        if let Ok(g) = value.cast::<PyGroup>() {
            return Ok(g.get().0.clone());
        }
        let what = each(field);
        let dict = mapping(value, &what, "Group")?;
        let mut id = None;
        let mut group_name = None;
        let mut roster = Vec::new();
        for (k, v) in dict.iter() {
            match text(&k, &format!("{what}'s keys"))?.as_str() {
                "id" => id = Some(String::from_py(&v, name, &format!("{what}'s id"))?),
                "name" if !v.is_none() => {
                    group_name = Some(String::from_py(&v, name, &format!("{what}'s name"))?)
                }
                "name" => {}
                "roster" => roster = Vec::<String>::from_py(&v, name, &format!("{what}'s roster"))?,
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "{what} has an unknown key {}: a group has id, name and roster",
                        py_str_repr(value.py(), other)
                    )))
                }
            }
        }
        let Some(id) = id else {
            return Err(PyTypeError::new_err(format!("{what} has no id")));
        };
        let mut g = bbbkit::Group::new(id).roster(roster);
        g.name = group_name;
        Ok(g)
    }
}

impl ListItem for bbbkit::PluginManifest {
    fn is_single(value: &Bound<'_, PyAny>) -> bool {
        value.is_instance_of::<PyPluginManifest>()
    }
    fn item(value: &Bound<'_, PyAny>, name: &str, field: &str) -> PyResult<Self> {
        if let Ok(m) = value.cast::<PyPluginManifest>() {
            return Ok(m.get().0.clone());
        }
        let what = each(field);
        let dict = mapping(value, &what, "PluginManifest")?;
        let mut url = None;
        let mut checksum = None;
        for (k, v) in dict.iter() {
            match text(&k, &format!("{what}'s keys"))?.as_str() {
                "url" => url = Some(String::from_py(&v, name, &format!("{what}'s url"))?),
                "checksum" if !v.is_none() => {
                    checksum = Some(String::from_py(&v, name, &format!("{what}'s checksum"))?)
                }
                "checksum" => {}
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "{what} has an unknown key {}: a plugin manifest has url and checksum",
                        py_str_repr(value.py(), other)
                    )))
                }
            }
        }
        let Some(url) = url else {
            return Err(PyTypeError::new_err(format!("{what} has no url")));
        };
        let mut m = bbbkit::PluginManifest::new(url);
        m.checksum = checksum;
        Ok(m)
    }
}

impl ListItem for bbbkit::Document {
    fn is_single(value: &Bound<'_, PyAny>) -> bool {
        value.is_instance_of::<PyDocument>()
    }
    fn item(value: &Bound<'_, PyAny>, _: &str, field: &str) -> PyResult<Self> {
        match value.cast::<PyDocument>() {
            Ok(d) => Ok(d.get().0.clone()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{} must be a bbbkit.Document (Document.url(...) or Document.content(...)), not {}",
                each(field),
                type_name(value)
            ))),
        }
    }
}

/// A dict of a value class's keys, for a list item given as a mapping.
fn mapping<'py>(
    value: &Bound<'py, PyAny>,
    what: &str,
    class: &str,
) -> PyResult<Bound<'py, PyDict>> {
    if let Ok(d) = value.cast::<PyDict>() {
        return Ok(d.clone());
    }
    match value.cast::<PyMapping>() {
        Ok(m) => {
            let d = PyDict::new(value.py());
            d.update(m)?;
            Ok(d)
        }
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a bbbkit.{class} or a mapping, not {}",
            type_name(value)
        ))),
    }
}

/// A Python `bool` literal.
fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// A call ready to send: the HTTP method, the signed URL and, when the call has one, the body
/// and its ``Content-Type``. Immutable. bbbkit never sends it: your HTTP client does.
///
/// The body is **not** signed (the checksum covers only the URL's query): send it over HTTPS.
/// For ``putRecordingTextTrack``, :attr:`content_type` is ``multipart/form-data`` (your client
/// adds the boundary) and :attr:`file_field` names the part that carries the file.
///
/// >>> server = Server("https://bbb.example.com", "secret")
/// >>> r = server.create_request("room-1", "Physics 101", documents=[Document.url("https://files.example.com/a.pdf")])
/// >>> r.method, r.content_type, b"<modules>" in r.body
/// ('POST', 'application/xml', True)
#[pyclass(frozen, eq, module = "bbbkit", name = "PreparedRequest")]
#[derive(PartialEq)]
pub(crate) struct PyPreparedRequest(bbbkit::PreparedRequest);

impl From<bbbkit::PreparedRequest> for PyPreparedRequest {
    fn from(r: bbbkit::PreparedRequest) -> Self {
        PyPreparedRequest(r)
    }
}

#[pymethods]
impl PyPreparedRequest {
    /// ``"GET"`` or ``"POST"``.
    #[getter]
    fn method(&self) -> &'static str {
        self.0.method.as_str()
    }
    /// The signed URL.
    #[getter]
    fn url(&self) -> &str {
        &self.0.url
    }
    /// The body to send, or ``None`` (not signed).
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        self.0.body.as_deref().map(|b| PyBytes::new(py, b))
    }
    /// The body's ``Content-Type`` (``application/xml``), ``multipart/form-data`` for an
    /// upload, or ``None``.
    #[getter]
    fn content_type(&self) -> Option<&'static str> {
        self.0.content_type
    }
    /// For ``putRecordingTextTrack``: the multipart field that carries the file (``file``).
    #[getter]
    fn file_field(&self) -> Option<&'static str> {
        self.0.file_field
    }
    fn __hash__(&self) -> u64 {
        let r = &self.0;
        let mut h = DefaultHasher::new();
        (r.method, &r.url, &r.body, r.content_type, r.file_field).hash(&mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let r = &self.0;
        let opt = |s: Option<&str>| s.map_or_else(|| "None".to_owned(), |s| py_str_repr(py, s));
        format!(
            "PreparedRequest(method='{}', url={}, body={}, content_type={}, file_field={})",
            r.method.as_str(),
            py_str_repr(py, &r.url),
            r.body
                .as_ref()
                .map_or_else(|| "None".to_owned(), |b| format!("<{} bytes>", b.len())),
            opt(r.content_type),
            opt(r.file_field),
        )
    }
}

/// One presentation document of ``create`` or ``insertDocument``: made with
/// :meth:`Document.url` (the server downloads it) or :meth:`Document.content` (the bytes, sent
/// base64-encoded in the body). Immutable.
///
/// The flags left out keep the core's defaults, which are what the server does without them:
/// not current, not downloadable, removable.
///
/// >>> Document.url("https://files.example.com/slides.pdf", current=True)
/// Document.url('https://files.example.com/slides.pdf', filename=None, current=True, downloadable=False, removable=True)
/// >>> Document.content("notes.txt", b"Week 1").source
/// b'Week 1'
#[pyclass(frozen, eq, module = "bbbkit", name = "Document")]
#[derive(PartialEq)]
pub(crate) struct PyDocument(bbbkit::Document);

impl PyDocument {
    fn flags(
        mut d: bbbkit::Document,
        current: Option<bool>,
        downloadable: Option<bool>,
        removable: Option<bool>,
    ) -> Self {
        if let Some(c) = current {
            d = d.current(c);
        }
        if let Some(c) = downloadable {
            d = d.downloadable(c);
        }
        if let Some(c) = removable {
            d = d.removable(c);
        }
        PyDocument(d)
    }
}

#[pymethods]
impl PyDocument {
    /// A document the server downloads from an http(s) URL (checked when the request is
    /// signed). ``filename`` gives the type when the URL does not end with one.
    #[staticmethod]
    #[pyo3(signature = (url, *, filename = None, current = None, downloadable = None, removable = None))]
    fn url(
        url: &Bound<'_, PyAny>,
        filename: Option<&Bound<'_, PyAny>>,
        current: Option<bool>,
        downloadable: Option<bool>,
        removable: Option<bool>,
    ) -> PyResult<Self> {
        let mut d = bbbkit::Document::url(String::from_py(url, "document", "url")?);
        if let Some(f) = filename.filter(|f| !f.is_none()) {
            d = d.filename(String::from_py(f, "document", "filename")?);
        }
        Ok(PyDocument::flags(d, current, downloadable, removable))
    }

    /// A document sent inline: its file name (which gives the type, such as ``slides.pdf``)
    /// and its bytes (``bytes``, ``bytearray`` or ``memoryview``).
    #[staticmethod]
    #[pyo3(signature = (filename, content, *, current = None, downloadable = None, removable = None))]
    fn content(
        filename: &Bound<'_, PyAny>,
        content: &Bound<'_, PyAny>,
        current: Option<bool>,
        downloadable: Option<bool>,
        removable: Option<bool>,
    ) -> PyResult<Self> {
        let filename = String::from_py(filename, "document", "filename")?;
        let bytes = if let Ok(b) = content.cast::<PyBytes>() {
            b.as_bytes().to_vec()
        } else if let Ok(b) = content.cast::<PyByteArray>() {
            b.to_vec()
        } else if content.is_instance_of::<PyMemoryView>() {
            content
                .call_method0("tobytes")?
                .cast::<PyBytes>()?
                .as_bytes()
                .to_vec()
        } else {
            return Err(PyTypeError::new_err(format!(
                "content must be bytes, not {}",
                type_name(content)
            )));
        };
        Ok(PyDocument::flags(
            bbbkit::Document::content(filename, bytes),
            current,
            downloadable,
            removable,
        ))
    }

    /// The URL (``str``) or the bytes (``bytes``).
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        match &self.0.source {
            DocumentSource::Url(u) => PyString::new(py, u).into_any(),
            DocumentSource::Content(b) => PyBytes::new(py, b).into_any(),
            #[allow(unreachable_patterns)]
            _ => py.None().into_bound(py),
        }
    }
    /// The file name, if given (always for inline bytes).
    #[getter]
    fn filename(&self) -> Option<&str> {
        self.0.filename.as_deref()
    }
    /// Shown first.
    #[getter]
    fn current(&self) -> bool {
        self.0.current
    }
    /// Users may download it.
    #[getter]
    fn downloadable(&self) -> bool {
        self.0.downloadable
    }
    /// Presenters may remove it.
    #[getter]
    fn removable(&self) -> bool {
        self.0.removable
    }
    fn __hash__(&self) -> u64 {
        let d = &self.0;
        let mut h = DefaultHasher::new();
        match &d.source {
            DocumentSource::Url(u) => (0u8, u.as_bytes()).hash(&mut h),
            DocumentSource::Content(b) => (1u8, b.as_slice()).hash(&mut h),
            #[allow(unreachable_patterns)]
            _ => {}
        }
        (&d.filename, d.current, d.downloadable, d.removable).hash(&mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.0;
        let flags = format!(
            "current={}, downloadable={}, removable={}",
            py_bool(d.current),
            py_bool(d.downloadable),
            py_bool(d.removable)
        );
        let filename = d
            .filename
            .as_deref()
            .map_or_else(|| "None".to_owned(), |f| py_str_repr(py, f));
        match &d.source {
            DocumentSource::Content(b) => {
                format!("Document.content({filename}, <{} bytes>, {flags})", b.len())
            }
            DocumentSource::Url(u) => format!(
                "Document.url({}, filename={filename}, {flags})",
                py_str_repr(py, u)
            ),
            #[allow(unreachable_patterns)]
            _ => format!("Document({flags})"),
        }
    }
}

/// A breakout group of ``create``'s ``groups``: its id, an optional name and the user IDs in
/// it. Immutable. A mapping with the same keys works too.
///
/// >>> Group("g1", "Team A", ["u1", "u2"])
/// Group(id='g1', name='Team A', roster=('u1', 'u2'))
#[pyclass(frozen, eq, module = "bbbkit", name = "Group")]
#[derive(PartialEq)]
pub(crate) struct PyGroup(bbbkit::Group);

#[pymethods]
impl PyGroup {
    #[new]
    #[pyo3(signature = (id, name = None, roster = None))]
    fn new(
        id: &Bound<'_, PyAny>,
        name: Option<&Bound<'_, PyAny>>,
        roster: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut g = bbbkit::Group::new(String::from_py(id, "groups", "id")?);
        if let Some(n) = name.filter(|n| !n.is_none()) {
            g = g.name(String::from_py(n, "groups", "name")?);
        }
        if let Some(r) = roster.filter(|r| !r.is_none()) {
            g = g.roster(Vec::<String>::from_py(r, "groups", "roster")?);
        }
        Ok(PyGroup(g))
    }
    /// The group's id.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
    /// The group's name, if any.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.0.name.as_deref()
    }
    /// The user IDs in the group.
    #[getter]
    fn roster<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.roster)
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        (&self.0.id, &self.0.name, &self.0.roster).hash(&mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Group(id={}, name={}, roster={})",
            py_str_repr(py, &self.0.id),
            self.0
                .name
                .as_deref()
                .map_or_else(|| "None".to_owned(), |n| py_str_repr(py, n)),
            self.roster(py)?.repr()?
        ))
    }
}

/// A client plugin of ``create``'s ``plugin_manifests`` (BBB 3.0): the manifest's URL and an
/// optional checksum. Immutable. A mapping with the same keys works too.
///
/// >>> PluginManifest("https://plugins.example.com/manifest.json")
/// PluginManifest(url='https://plugins.example.com/manifest.json', checksum=None)
#[pyclass(frozen, eq, module = "bbbkit", name = "PluginManifest")]
#[derive(PartialEq)]
pub(crate) struct PyPluginManifest(bbbkit::PluginManifest);

#[pymethods]
impl PyPluginManifest {
    #[new]
    #[pyo3(signature = (url, checksum = None))]
    fn new(url: &Bound<'_, PyAny>, checksum: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let mut m = bbbkit::PluginManifest::new(String::from_py(url, "pluginManifests", "url")?);
        if let Some(c) = checksum.filter(|c| !c.is_none()) {
            m = m.checksum(String::from_py(c, "pluginManifests", "checksum")?);
        }
        Ok(PyPluginManifest(m))
    }
    /// The manifest's URL.
    #[getter]
    fn url(&self) -> &str {
        &self.0.url
    }
    /// The manifest's checksum, if given.
    #[getter]
    fn checksum(&self) -> Option<&str> {
        self.0.checksum.as_deref()
    }
    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        (&self.0.url, &self.0.checksum).hash(&mut h);
        h.finish()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "PluginManifest(url={}, checksum={})",
            py_str_repr(py, &self.0.url),
            self.0
                .checksum
                .as_deref()
                .map_or_else(|| "None".to_owned(), |c| py_str_repr(py, c))
        )
    }
}

/// `Server.prepare`: a call by its API name, its parameters by their BBB names with the
/// string values of the core's `set` (pairs first, in order, then the keywords), then the
/// `extra` ones as the core's `add_param` adds them.
pub(crate) fn prepare_by_name(
    py: Python<'_>,
    server: &bbbkit::Server,
    call: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
    extra: Option<&Bound<'_, PyAny>>,
    named: Option<&Bound<'_, PyDict>>,
) -> PyResult<PyPreparedRequest> {
    let call = text(call, "call")?;
    let mut req = ApiRequest::new(&call).py_err(py)?;
    if let Some(p) = params.filter(|p| !p.is_none()) {
        for (k, v) in pairs(p, "params")? {
            req.set(&k, &v).py_err(py)?;
        }
    }
    if let Some(named) = named {
        for (k, v) in named.iter() {
            let k = text(&k, "keywords")?;
            let v = text_as(&v, || k.clone(), || k.clone())?;
            req.set(&k, &v).py_err(py)?;
        }
    }
    if let Some(e) = extra.filter(|e| !e.is_none()) {
        for (k, v) in pairs(e, "extra")? {
            req.add_param(&k, &v);
        }
    }
    server
        .prepare_request(&req)
        .py_err(py)
        .map(PyPreparedRequest)
}

/// The canonical spelling of a guest policy, for `GuestPolicy._missing_`.
#[pyfunction]
pub(crate) fn _guest_policy(value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    GuestPolicy::from_py(value, "guestPolicy", "guest_policy").map(GuestPolicy::as_str)
}

/// The canonical spelling of a recording state, for `RecordingState._missing_`.
#[pyfunction]
pub(crate) fn _recording_state(value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    RecordingState::from_py(value, "state", "state").map(RecordingState::as_str)
}

/// The canonical spelling of a text track kind, for `TextTrackKind._missing_`.
#[pyfunction]
pub(crate) fn _text_track_kind(value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    TextTrackKind::from_py(value, "kind", "kind").map(TextTrackKind::as_str)
}

/// The canonical spelling of a known feature, for `Feature._missing_`.
#[pyfunction]
pub(crate) fn _feature(value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let s = text(value, "feature")?;
    s.parse::<Feature>().py_err(value.py()).map(Feature::as_str)
}
