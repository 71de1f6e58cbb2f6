//! The one place where the core's errors become Python exceptions.
//!
//! The exception classes live in `bbbkit/_errors.py` (plain Python, so that they can subclass
//! `ValueError` and pickle); this module only picks the class and fills in its attributes.

use bbbkit::{ApiError, CallbackError, Error, Rule, VerifyError};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyModule, PyTuple};

use crate::types::{algorithm_to_py, jwt_algorithm_to_py};

static ERRORS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

fn errors_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    ERRORS
        .get_or_try_init(py, || Ok(py.import("bbbkit._errors")?.unbind()))
        .map(|m| m.bind(py))
}

/// The name of the class for a kind or code, by the one rule every front end follows:
/// PascalCase of the snake-case name (`meeting_not_found` → `MeetingNotFound`).
fn class_name(snake: &str) -> String {
    snake
        .split('_')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

/// The class named after `snake` in `bbbkit._errors`, or `fallback` when a newer core has a
/// kind this package has no class for (a test checks that every kind has one).
fn class_for<'py>(
    module: &Bound<'py, PyModule>,
    snake: &str,
    fallback: &str,
) -> PyResult<Bound<'py, PyAny>> {
    match module.getattr(class_name(snake)) {
        Ok(class) => Ok(class),
        Err(_) => module.getattr(fallback),
    }
}

/// A `bbbkit.ApiError` instance (of the subclass for its key), not raised.
pub(crate) fn api_error_object<'py>(py: Python<'py>, e: &ApiError) -> PyResult<Bound<'py, PyAny>> {
    let module = errors_module(py)?;
    let detail = module.getattr("ApiErrorDetail")?;
    let errors = PyList::empty(py);
    for d in &e.errors {
        errors.append(detail.call1((d.key.as_str(), d.message.as_str(), d.kind.as_str()))?)?;
    }
    let errors = PyTuple::new(py, errors)?;
    let details = PyTuple::new(py, e.details.iter().map(|(n, v)| (n.as_str(), v.as_str())))?;
    class_for(module, e.kind.as_str(), "UnknownApiError")?.call1((
        e.key.as_str(),
        e.message.as_str(),
        errors,
        details,
        e.kind.as_str(),
    ))
}

fn build<'py>(py: Python<'py>, err: &Error) -> PyResult<Bound<'py, PyAny>> {
    let module = errors_module(py)?;
    let message = err.to_string();
    match err {
        Error::InvalidParameter(e) => {
            module
                .getattr("InvalidParameter")?
                .call1((message, e.parameter(), e.rule().code()))
        }
        Error::Verify(e) => {
            let class = class_for(module, e.code(), "VerifyError")?;
            match e {
                VerifyError::AlgorithmNotAllowed(alg) => {
                    class.call1((message, algorithm_to_py(py, *alg)?))
                }
                VerifyError::UnknownLength(len) => class.call1((message, *len)),
                _ => class.call1((message,)),
            }
        }
        Error::Parse(e) => module.getattr("ParseError")?.call1((message, e.code())),
        Error::Callback(e) => callback_error(py, module, e, message),
        Error::Api(e) => api_error_object(py, e),
        _ => module.getattr("BbbError")?.call1((message,)),
    }
}

/// A `bbbkit.CallbackError` instance of the subclass named after the code, with the
/// attributes the variant carries and the HTTP status to answer.
fn callback_error<'py>(
    py: Python<'py>,
    module: &Bound<'py, PyModule>,
    e: &CallbackError,
    message: String,
) -> PyResult<Bound<'py, PyAny>> {
    let class = class_for(module, e.code(), "CallbackError")?;
    let status = e.http_status();
    let exc = match e {
        CallbackError::TooLarge { limit } => class.call1((message, *limit, status)),
        CallbackError::ChecksumLength(len) => class.call1((message, *len, status)),
        CallbackError::AlgorithmNotAllowed(alg) => {
            class.call1((message, jwt_algorithm_to_py(py, *alg)?, status))
        }
        CallbackError::Expired(at) => class.call1((message, *at, status)),
        CallbackError::NotYetValid(at) => class.call1((message, *at, status)),
        CallbackError::MissingClaim(claim) => class.call1((message, *claim, status)),
        _ => class.call1((message, status)),
    }?;
    // The base class, for a code newer than this package: keep the core's code.
    if exc.getattr("code")?.extract::<String>()? != e.code() {
        exc.setattr("code", e.code())?;
    }
    Ok(exc)
}

/// `InvalidParameter` for a value the core cannot parse for the front end (a JWT algorithm's
/// name), with the core's wording of the rule.
pub(crate) fn invalid_parameter(py: Python<'_>, parameter: &str, rule: Rule) -> PyErr {
    let message = format!("invalid parameter `{parameter}`: {rule}");
    let exc = errors_module(py).and_then(|m| {
        m.getattr("InvalidParameter")?
            .call1((message.as_str(), parameter, rule.code()))
    });
    match exc {
        Ok(exc) => PyErr::from_value(exc),
        Err(import_failed) => {
            let e = PyRuntimeError::new_err(message);
            e.set_cause(py, Some(import_failed));
            e
        }
    }
}

/// The rule code of a `str` argument that cannot be UTF-8 (it holds a lone surrogate), the
/// code the C ABI uses for a string that is not UTF-8.
pub(crate) const RULE_UTF8: &str = "utf8";

/// `InvalidParameter` for a `str` argument that cannot be encoded as UTF-8: a lone surrogate,
/// as `os.fsdecode` and `os.environ` make of bytes that are not UTF-8. It carries the
/// parameter's name and the rule, never the value (the `UnicodeEncodeError` it replaces held
/// the whole string, so it is dropped, not chained).
pub(crate) fn not_utf8(py: Python<'_>, parameter: &str) -> PyErr {
    let message = format!(
        "invalid parameter `{parameter}`: must be valid UTF-8 text (it contains a lone \
         surrogate, as os.fsdecode() makes of bytes that are not UTF-8)"
    );
    let exc = errors_module(py).and_then(|m| {
        m.getattr("InvalidParameter")?
            .call1((message.as_str(), parameter, RULE_UTF8))
    });
    match exc {
        Ok(exc) => PyErr::from_value(exc),
        Err(import_failed) => {
            let e = PyRuntimeError::new_err(message);
            e.set_cause(py, Some(import_failed));
            e
        }
    }
}

/// Converts a core error into the matching Python exception.
pub(crate) fn to_py(py: Python<'_>, err: impl Into<Error>) -> PyErr {
    let err = err.into();
    match build(py, &err) {
        Ok(exc) => PyErr::from_value(exc),
        Err(import_failed) => {
            let e = PyRuntimeError::new_err(err.to_string());
            e.set_cause(py, Some(import_failed));
            e
        }
    }
}

/// `Result<T, bbbkit::Error>` → `PyResult<T>`.
pub(crate) trait IntoPyResult<T> {
    fn py_err(self, py: Python<'_>) -> PyResult<T>;
}

impl<T, E: Into<Error>> IntoPyResult<T> for Result<T, E> {
    fn py_err(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_py(py, e))
    }
}
