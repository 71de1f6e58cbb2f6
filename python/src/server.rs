//! `Server`, `Verifier`, `Verified` and `checksum`.

use bbbkit::{Algorithm, JoinRequest};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use zeroize::Zeroizing;

use crate::errors::IntoPyResult;
use crate::types::{algorithm_to_py, pairs, parse_enum, text, text_as, type_name};

fn algorithm(py: Python<'_>, value: Option<&Bound<'_, PyAny>>) -> PyResult<Algorithm> {
    match value {
        None => Ok(Algorithm::default()),
        Some(v) if v.is_none() => Ok(Algorithm::default()),
        Some(v) => parse_enum(py, &text(v, "algorithm")?),
    }
}

/// A BigBlueButton server: its API base URL, its shared secret and the checksum algorithm.
///
/// Create one at start-up and share it: it is immutable and safe to use from any thread.
/// Its ``repr`` never shows the secret.
///
/// >>> server = Server("bbb.example.com", "8cd8ef52e8e101574e400365b55e11a6")
/// >>> server.base_url
/// 'https://bbb.example.com/bigbluebutton/api/'
/// >>> server
/// Server(base_url='https://bbb.example.com/bigbluebutton/api/', algorithm='sha256')
#[pyclass(frozen, module = "bbbkit", name = "Server")]
pub(crate) struct PyServer(bbbkit::Server);

/// `Server`'s methods. The methods of every call (`join_url`, `create_url`,
/// `get_recordings_url`, …) come after the generic ones, written by `build.rs` from
/// [`bbbkit::for_each_call!`] (see `server_call_methods!`): a keyword per declared row, named
/// after its field, each value converted by the field's type.
macro_rules! server_methods {
    ($($calls:tt)*) => {
        #[pymethods]
        impl PyServer {
            #[new]
            #[pyo3(signature = (url, secret, algorithm = None), text_signature = "(url, secret, algorithm='sha256')")]
            fn new(
                py: Python<'_>,
                url: &Bound<'_, PyAny>,
                secret: &Bound<'_, PyAny>,
                algorithm: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Self> {
                let url = text(url, "url")?;
                let secret = Zeroizing::new(text(secret, "secret")?);
                let alg = self::algorithm(py, algorithm)?;
                let server = bbbkit::Server::new(&url, &secret).py_err(py)?;
                Ok(PyServer(server.with_algorithm(alg)))
            }

            /// The normalised API base URL, ending in ``/``.
            #[getter]
            fn base_url(&self) -> &str {
                self.0.base_url()
            }

            /// The algorithm used for signing.
            #[getter]
            fn algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                algorithm_to_py(py, self.0.algorithm())
            }

            /// The signed URL of any API call, with the parameters in the given order.
            ///
            /// ``params`` is a mapping of ``str`` to ``str`` (its order is kept) or an iterable of
            /// ``(name, value)`` pairs.
            ///
            /// >>> server = Server("https://bbb.example.com", "secret")
            /// >>> url = server.api_url("getMeetingInfo", {"meetingID": "room 1"})
            /// >>> url.startswith("https://bbb.example.com/bigbluebutton/api/getMeetingInfo?meetingID=room+1&checksum=")
            /// True
            #[pyo3(signature = (call, params = None))]
            fn api_url(
                &self,
                py: Python<'_>,
                call: &Bound<'_, PyAny>,
                params: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<String> {
                let call = text(call, "call")?;
                let params = match params.filter(|p| !p.is_none()) {
                    Some(p) => pairs(p, "params")?,
                    None => Vec::new(),
                };
                self.0.api_url(&call, params).py_err(py)
            }

            /// The checksum of ``call`` with a query you built yourself (exactly as sent, without
            /// ``?`` and ``checksum``), with this server's secret and algorithm.
            fn checksum(
                &self,
                call: &Bound<'_, PyAny>,
                query: &Bound<'_, PyAny>,
            ) -> PyResult<String> {
                Ok(self.0.checksum(&text(call, "call")?, &text(query, "query")?))
            }

            /// Verifies a signed query for ``call`` against this server's secret, with any of the
            /// four algorithms. Raises a :class:`VerifyError` subclass when it does not verify.
            fn verify(
                &self,
                py: Python<'_>,
                call: &Bound<'_, PyAny>,
                query: &Bound<'_, PyAny>,
            ) -> PyResult<PyVerified> {
                let (call, query) = (text(call, "call")?, text(query, "query")?);
                self.0.verify(&call, &query).py_err(py).map(PyVerified)
            }

            /// Verifies a full signed URL (``…/api/CALL?query``), taking the call from the path.
            fn verify_url(&self, py: Python<'_>, url: &Bound<'_, PyAny>) -> PyResult<PyVerified> {
                self.0.verify_url(&text(url, "url")?).py_err(py).map(PyVerified)
            }

            /// Method, signed URL and body of any call bbbkit declares (:data:`CALL_PARAMETERS`),
            /// its parameters named and written as in the BBB API: the string channel, as
            /// forms and configuration files hold them.
            ///
            /// ``params`` is a mapping or ``(name, value)`` pairs, set in order, then the
            /// keyword arguments. Values are ``str``: booleans ``true``/``false``, lists
            /// comma-separated, enums in any case, ``meta_<name>`` per metadata pair,
            /// ``groups`` and ``pluginManifests`` as JSON arrays, ``document`` as JSON (it
            /// adds; ``content`` in base64), a feature newer than bbbkit as ``newer:NAME``.
            /// Any other name is sent as a parameter newer than bbbkit; ``extra`` (a mapping or
            /// pairs) adds parameters newer than bbbkit after them, never read as declared
            /// ones (a name that shadows one is refused, rule ``reserved``). Raises
            /// :class:`InvalidParameter` for an unknown call (``parameter`` ``call``), a
            /// declared parameter given twice (rule ``duplicate``: BBB reads the first value,
            /// so a second one is never signed in its place), or a value the server would
            /// reject.
            ///
            /// >>> server = Server("https://bbb.example.com", "secret")
            /// >>> r = server.prepare("getRecordings", {"meetingID": "cs101,cs102"}, state="published")
            /// >>> r.method, r.url.startswith("https://bbb.example.com/bigbluebutton/api/getRecordings?meetingID=cs101%2Ccs102&state=published&checksum=")
            /// ('GET', True)
            #[pyo3(signature = (call, params = None, *, extra = None, **named))]
            fn prepare(
                &self,
                py: Python<'_>,
                call: &Bound<'_, PyAny>,
                params: Option<&Bound<'_, PyAny>>,
                extra: Option<&Bound<'_, PyAny>>,
                named: Option<&Bound<'_, PyDict>>,
            ) -> PyResult<crate::calls::PyPreparedRequest> {
                crate::calls::prepare_by_name(py, &self.0, call, params, extra, named)
            }

            $($calls)*

            fn __repr__(&self, py: Python<'_>) -> String {
                format!(
                    "Server(base_url={}, algorithm='{}')",
                    py_str_repr(py, self.0.base_url()),
                    self.0.algorithm().as_str()
                )
            }
        }
    };
}

// `server_call_methods!`: the methods of every other call, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/call_methods.rs"));

server_call_methods!(server_methods);

/// A Python-style repr of a string (single quotes, escapes).
pub(crate) fn py_str_repr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// Verifies signed queries against one or more secrets, with an allow-list of algorithms.
///
/// Several secrets allow rotation: sign with the new one while still accepting the old.
///
/// >>> v = Verifier(["new-secret", "old-secret"], allowed=["sha256", "sha512"])
/// >>> v
/// Verifier(secrets=2, allowed=['sha256', 'sha512'])
#[pyclass(frozen, module = "bbbkit", name = "Verifier")]
pub(crate) struct PyVerifier {
    inner: bbbkit::Verifier,
    secrets: usize,
}

#[pymethods]
impl PyVerifier {
    #[new]
    #[pyo3(signature = (secrets, allowed = None))]
    fn new(
        py: Python<'_>,
        secrets: &Bound<'_, PyAny>,
        allowed: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        if secrets.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "secrets must be a list of str, not a single str",
            ));
        }
        let mut list: Vec<Zeroizing<String>> = Vec::new();
        let iter = secrets.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "secrets must be a list of str, not {}",
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
        let mut verifier = bbbkit::Verifier::new(list.iter().map(|s| s.as_str())).py_err(py)?;
        if let Some(allowed) = allowed.filter(|a| !a.is_none()) {
            if allowed.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(
                    "allowed must be a list of algorithms, not a single str",
                ));
            }
            let iter = allowed.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "allowed must be a list of algorithms, not {}",
                    type_name(allowed)
                ))
            })?;
            let mut algs = Vec::new();
            for a in iter {
                let name = text_as(&a?, || "each algorithm".to_owned(), || "allowed".to_owned())?;
                algs.push(parse_enum::<Algorithm>(py, &name)?);
            }
            verifier = verifier.allow(&algs);
        }
        Ok(PyVerifier {
            inner: verifier,
            secrets: list.len(),
        })
    }

    /// The algorithms accepted.
    #[getter]
    fn allowed<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .allowed()
            .into_iter()
            .map(|a| algorithm_to_py(py, a))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Verifies the query of a ``call`` (with or without a leading ``?``).
    fn verify(
        &self,
        py: Python<'_>,
        call: &Bound<'_, PyAny>,
        query: &Bound<'_, PyAny>,
    ) -> PyResult<PyVerified> {
        let (call, query) = (text(call, "call")?, text(query, "query")?);
        self.inner.verify(&call, &query).py_err(py).map(PyVerified)
    }

    /// Verifies a full signed URL (``…/api/CALL?query``).
    fn verify_url(&self, py: Python<'_>, url: &Bound<'_, PyAny>) -> PyResult<PyVerified> {
        self.inner
            .verify_url(&text(url, "url")?)
            .py_err(py)
            .map(PyVerified)
    }

    fn __repr__(&self) -> String {
        let allowed: Vec<String> = self
            .inner
            .allowed()
            .iter()
            .map(|a| format!("'{}'", a.as_str()))
            .collect();
        format!(
            "Verifier(secrets={}, allowed=[{}])",
            self.secrets,
            allowed.join(", ")
        )
    }
}

/// A query that verified. Act only on :meth:`params`: exactly what the checksum covers.
#[pyclass(frozen, eq, module = "bbbkit", name = "Verified")]
#[derive(PartialEq)]
pub(crate) struct PyVerified(bbbkit::Verified);

#[pymethods]
impl PyVerified {
    /// The algorithm the checksum was made with.
    #[getter]
    fn algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        algorithm_to_py(py, self.0.algorithm)
    }

    /// The index, in the verifier's list, of the secret that matched (0 for a ``Server``).
    #[getter]
    fn key_index(&self) -> usize {
        self.0.key_index
    }

    /// The call that was verified.
    #[getter]
    fn call(&self) -> &str {
        self.0.call()
    }

    /// The signed query, exactly as received, without ``?`` and without the checksum.
    #[getter]
    fn query(&self) -> &str {
        self.0.query()
    }

    /// The signed parameters, decoded, in order, as ``(name, value)`` pairs.
    fn params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .0
            .params()
            .into_iter()
            .map(|(k, v)| PyTuple::new(py, [k, v]))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let v = &self.0;
        let mut h = DefaultHasher::new();
        (v.algorithm, v.key_index, v.call(), v.query()).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Verified(algorithm='{}', key_index={}, call={}, query={})",
            self.0.algorithm.as_str(),
            self.0.key_index,
            py_str_repr(py, self.0.call()),
            py_str_repr(py, self.0.query())
        )
    }
}

/// The checksum BigBlueButton expects: the lowercase hex digest of ``call + query + secret``.
///
/// ``query`` must be the exact bytes you send, without ``?`` and without ``checksum``.
///
/// >>> checksum("create", "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
/// ...          "639259d4-9dd8-4b25-bf01-95f9567eaf4b", "sha1")
/// '1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17'
#[pyfunction]
#[pyo3(signature = (call, query, secret, algorithm = None), text_signature = "(call, query, secret, algorithm='sha256')")]
pub(crate) fn checksum(
    py: Python<'_>,
    call: &Bound<'_, PyAny>,
    query: &Bound<'_, PyAny>,
    secret: &Bound<'_, PyAny>,
    algorithm: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let (call, query) = (text(call, "call")?, text(query, "query")?);
    let secret = Zeroizing::new(text(secret, "secret")?);
    let alg = self::algorithm(py, algorithm)?;
    Ok(bbbkit::checksum(&call, &query, &secret, alg))
}

/// Whether BBB will treat a user joining with these ``guest`` and ``auth`` values as
/// authenticated: ``auth`` when given, else ``not guest``.
///
/// A ``guest`` parameter of any value makes the server start the user unauthenticated, which
/// is why :meth:`Server.join_url` never sends ``guest=false``.
///
/// >>> effective_auth(), effective_auth(guest=True), effective_auth(guest=True, auth=True)
/// (True, False, True)
#[pyfunction]
#[pyo3(signature = (*, guest = false, auth = None))]
pub(crate) fn effective_auth(guest: bool, auth: Option<bool>) -> bool {
    let mut req = JoinRequest::default();
    req.guest = guest;
    req.auth = auth;
    req.effective_auth()
}
