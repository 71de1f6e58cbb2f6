//! Conversions between Python values and the core's types.

use std::borrow::Cow;
use std::str::FromStr;

use bbbkit::{
    Algorithm, ApiErrorKind, ApiRequest, CallbackError, Feature, GuestPolicy, GuestStatus,
    InvalidParameter, JoinRequest, JwtAlgorithm, Layout, MessageKey, Param, RecordingState, Role,
    TextTrackKind, VerifyError,
};
use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyString, PyTuple};

use crate::errors::{not_utf8, IntoPyResult};

static ALGORITHMS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
static GUEST_STATUSES: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
static JWT_ALGORITHMS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();

/// The members of a Python enum of `bbbkit._types`, looked up once, in the given order.
fn members<'py>(
    py: Python<'py>,
    cell: &'py PyOnceLock<Vec<Py<PyAny>>>,
    class: &str,
    values: &[&str],
) -> PyResult<&'py [Py<PyAny>]> {
    cell.get_or_try_init(py, || {
        let cls = py.import("bbbkit._types")?.getattr(class)?;
        values
            .iter()
            .map(|v| Ok(cls.call1((*v,))?.unbind()))
            .collect::<PyResult<Vec<_>>>()
    })
    .map(Vec::as_slice)
}

/// The name of an object's type, for `TypeError` messages (never the value itself).
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned())
}

/// A core enum from a `str` or a member of the str-valued Python enum, case-insensitively.
pub(crate) fn parse_enum<T>(py: Python<'_>, value: &str) -> PyResult<T>
where
    T: FromStr<Err = InvalidParameter>,
{
    value.parse::<T>().py_err(py)
}

/// A layout; an unknown one is refused naming `parameter`.
pub(crate) fn parse_layout(py: Python<'_>, value: &str, parameter: &str) -> PyResult<Layout> {
    value
        .parse::<Layout>()
        .map_err(|e| e.with_parameter(parameter))
        .py_err(py)
}

/// `bbbkit.Algorithm` member for a core algorithm.
pub(crate) fn algorithm_to_py(py: Python<'_>, alg: Algorithm) -> PyResult<Bound<'_, PyAny>> {
    const VALUES: [&str; 4] = [
        Algorithm::ALL[0].as_str(),
        Algorithm::ALL[1].as_str(),
        Algorithm::ALL[2].as_str(),
        Algorithm::ALL[3].as_str(),
    ];
    let all = members(py, &ALGORITHMS, "Algorithm", &VALUES)?;
    let i = Algorithm::ALL.iter().position(|a| *a == alg).unwrap_or(0);
    Ok(all[i].bind(py).clone())
}

/// `bbbkit.JwtAlgorithm` member for a core JWT algorithm.
pub(crate) fn jwt_algorithm_to_py(py: Python<'_>, alg: JwtAlgorithm) -> PyResult<Bound<'_, PyAny>> {
    const VALUES: [&str; 3] = [
        JwtAlgorithm::ALL[0].as_str(),
        JwtAlgorithm::ALL[1].as_str(),
        JwtAlgorithm::ALL[2].as_str(),
    ];
    let all = members(py, &JWT_ALGORITHMS, "JwtAlgorithm", &VALUES)?;
    let i = JwtAlgorithm::ALL
        .iter()
        .position(|a| *a == alg)
        .unwrap_or(0);
    Ok(all[i].bind(py).clone())
}

/// `bbbkit.GuestStatus` member, or the plain string for a status bbbkit does not know.
pub(crate) fn guest_status_to_py<'py>(
    py: Python<'py>,
    status: &GuestStatus,
) -> PyResult<Bound<'py, PyAny>> {
    let i = match status {
        GuestStatus::Allow => 0,
        GuestStatus::Wait => 1,
        GuestStatus::Deny => 2,
        other => return Ok(PyString::new(py, other.as_str()).into_any()),
    };
    let all = members(
        py,
        &GUEST_STATUSES,
        "GuestStatus",
        &["ALLOW", "WAIT", "DENY"],
    )?;
    Ok(all[i].bind(py).clone())
}

/// A `str` argument (a str-valued enum member counts), the parameter named `what`.
///
/// A `str` that cannot be UTF-8 raises `InvalidParameter` (see [`not_utf8`]).
pub(crate) fn text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    text_as(obj, || what.to_owned(), || what.to_owned())
}

/// A `str` argument; `what` names it in a `TypeError` ("each secret"), `parameter` in an
/// `InvalidParameter` ("secret"). Both are only called on failure.
pub(crate) fn text_as(
    obj: &Bound<'_, PyAny>,
    what: impl FnOnce() -> String,
    parameter: impl FnOnce() -> String,
) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(utf8_str(s, parameter)?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{} must be str, not {}",
            what(),
            type_name(obj)
        ))),
    }
}

/// The UTF-8 text of a `str`. One with a lone surrogate raises `InvalidParameter` naming
/// `parameter`; the `UnicodeEncodeError`, which holds the whole value, is dropped.
pub(crate) fn utf8_str<'a>(
    s: &'a Bound<'_, PyString>,
    parameter: impl FnOnce() -> String,
) -> PyResult<Cow<'a, str>> {
    s.to_cow().map_err(|e| unicode_error(s.py(), e, parameter))
}

/// `InvalidParameter` for an encoding failure, any other error as it is.
pub(crate) fn unicode_error(
    py: Python<'_>,
    err: PyErr,
    parameter: impl FnOnce() -> String,
) -> PyErr {
    if err.is_instance_of::<PyUnicodeEncodeError>(py) {
        not_utf8(py, &parameter())
    } else {
        err
    }
}

/// Name/value pairs from a mapping (insertion order kept) or an iterable of 2-tuples, all `str`.
pub(crate) fn pairs(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<(String, String)>> {
    let shape = || {
        PyTypeError::new_err(format!(
            "{what} must be a mapping of str to str or an iterable of (str, str) pairs, not {}",
            type_name(obj)
        ))
    };
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(shape());
    }
    let mut out = Vec::new();
    if let Ok(dict) = obj.cast::<PyDict>() {
        out.reserve(dict.len());
        for (k, v) in dict.iter() {
            out.push(pair(&k, &v, what)?);
        }
        return Ok(out);
    }
    let items = if obj.hasattr("items")? && obj.hasattr("keys")? {
        obj.call_method0("items")?
    } else {
        obj.clone()
    };
    for item in items.try_iter().map_err(|_| shape())? {
        let item = item?;
        let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract().map_err(|_| shape())?;
        out.push(pair(&k, &v, what)?);
    }
    Ok(out)
}

/// One name/value pair of `pairs`. A name that cannot be UTF-8 is named by `what`
/// (`userdata`), a value by its BBB name (`userdata-<key>`, or the name itself).
fn pair(k: &Bound<'_, PyAny>, v: &Bound<'_, PyAny>, what: &str) -> PyResult<(String, String)> {
    let key = text_as(k, || format!("{what} keys"), || what.to_owned())?;
    let value = text_as(
        v,
        || format!("{what} values"),
        || {
            if what == "userdata" {
                format!("userdata-{key}")
            } else if what == "meta" {
                format!("meta_{key}")
            } else {
                key.clone()
            }
        },
    )?;
    Ok((key, value))
}

/// An integer argument that is not a `bool`.
pub(crate) fn int(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<i64> {
    if obj.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be int, not bool"
        )));
    }
    obj.extract::<i64>().map_err(|e| {
        if e.is_instance_of::<PyTypeError>(obj.py()) {
            PyTypeError::new_err(format!("{what} must be int, not {}", type_name(obj)))
        } else {
            e
        }
    })
}

/// Response bytes: `bytes`, `bytearray` or `str` (encoded as UTF-8).
pub(crate) enum Input<'a> {
    Borrowed(&'a [u8]),
    Owned(Vec<u8>),
}

impl Input<'_> {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            Input::Borrowed(b) => b,
            Input::Owned(v) => v,
        }
    }
}

pub(crate) fn input<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Input<'a>> {
    input_named(obj, "data")
}

/// `input` for the argument named `what` (in a `TypeError` and an `InvalidParameter`).
pub(crate) fn input_named<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Input<'a>> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Input::Borrowed(b.as_bytes()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let text = utf8_str(s, || what.to_owned())?;
        return Ok(Input::Owned(text.into_owned().into_bytes()));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Input::Owned(b.to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be bytes or str, not {}",
        type_name(obj)
    )))
}

/// The canonical spelling of a role, for `Role._missing_`.
#[pyfunction]
pub(crate) fn _role(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(parse_enum::<Role>(py, &text(value, "role")?)?.as_str())
}

/// The canonical spelling of a layout, for `Layout._missing_`.
#[pyfunction]
pub(crate) fn _layout(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(parse_layout(py, &text(value, "layout")?, "layout")?.as_str())
}

/// The canonical spelling of an algorithm, for `Algorithm._missing_`.
#[pyfunction]
pub(crate) fn _algorithm(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(parse_enum::<Algorithm>(py, &text(value, "algorithm")?)?.as_str())
}

/// The canonical spelling of a JWT algorithm, for `JwtAlgorithm._missing_`.
#[pyfunction]
pub(crate) fn _jwt_algorithm(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let name = text(value, "algorithm")?;
    Ok(crate::callbacks::parse_jwt_algorithm(py, &name, "algorithm")?.as_str())
}

/// The kind (`meeting_not_found`, …) of a server's `messageKey`, for `ApiError.kind`.
#[pyfunction]
pub(crate) fn _api_error_kind(key: &str) -> &'static str {
    MessageKey::from(key).kind().as_str()
}

/// The module's declarations, read from the core: every join parameter (one tuple per
/// parameter, in emission order, that `bbbkit.Parameter` wraps), the spellings of the enums,
/// the API error kinds and the verification and callback codes (named after the exception
/// classes).
/// One parameter as the tuple `bbbkit.Parameter` wraps (the order of its fields).
fn param_tuple<'py>(py: Python<'py>, p: &Param) -> PyResult<Bound<'py, PyTuple>> {
    let rules = PyTuple::new(py, p.rules.iter().map(|r| r.code()))?;
    let requires_all = PyTuple::new(py, p.requires_all)?;
    (
        p.name,
        p.field,
        p.ty.as_str(),
        p.required,
        rules,
        p.only_when_true,
        p.requires,
        p.alternative,
        p.doc,
        requires_all,
        p.in_body,
    )
        .into_pyobject(py)
}

pub(crate) fn add_declarations(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let params = JoinRequest::PARAMETERS
        .iter()
        .map(|p| param_tuple(py, p))
        .collect::<PyResult<Vec<_>>>()?;
    m.add("_JOIN_PARAMETERS", PyTuple::new(py, params)?)?;
    let calls = PyDict::new(py);
    for call in ApiRequest::CALLS {
        let params = ApiRequest::parameters_of(call)
            .unwrap_or_default()
            .iter()
            .map(|p| param_tuple(py, p))
            .collect::<PyResult<Vec<_>>>()?;
        calls.set_item(call, PyTuple::new(py, params)?)?;
    }
    m.add("_CALL_PARAMETERS", calls)?;
    m.add(
        "_GUEST_POLICIES",
        PyTuple::new(py, GuestPolicy::ALL.iter().map(|v| v.as_str()))?,
    )?;
    m.add(
        "_RECORDING_STATES",
        PyTuple::new(py, RecordingState::ALL.iter().map(|v| v.as_str()))?,
    )?;
    m.add(
        "_TEXT_TRACK_KINDS",
        PyTuple::new(py, TextTrackKind::ALL.iter().map(|v| v.as_str()))?,
    )?;
    m.add(
        "_FEATURES",
        PyTuple::new(py, Feature::ALL.iter().map(|v| v.as_str()))?,
    )?;
    m.add(
        "_ROLES",
        PyTuple::new(py, Role::ALL.iter().map(|r| r.as_str()))?,
    )?;
    m.add(
        "_LAYOUTS",
        PyTuple::new(py, Layout::ALL.iter().map(|l| l.as_str()))?,
    )?;
    m.add(
        "_ALGORITHMS",
        PyTuple::new(py, Algorithm::ALL.iter().map(|a| a.as_str()))?,
    )?;
    m.add(
        "_API_ERROR_KINDS",
        PyTuple::new(py, ApiErrorKind::ALL.iter().map(|k| k.as_str()))?,
    )?;
    m.add("_VERIFY_ERROR_CODES", PyTuple::new(py, VerifyError::CODES)?)?;
    m.add(
        "_JWT_ALGORITHMS",
        PyTuple::new(py, JwtAlgorithm::ALL.iter().map(|a| a.as_str()))?,
    )?;
    m.add(
        "_CALLBACK_ERROR_CODES",
        PyTuple::new(py, CallbackError::CODES)?,
    )?;
    Ok(())
}
