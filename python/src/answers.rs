//! The typed answers of every call (`MeetingInfo`, `Recordings`, `Hooks`, …) and their parse
//! functions (`parse_meeting_info`, …), one per kind of the core's `for_each_answer_kind!`.
//!
//! Each class wraps the core's value and converts a field to Python on first access, then
//! hands out that object: `info.attendees is info.attendees`. Lists are tuples of frozen
//! objects, `metadata` and `custom_data` read-only mappings; the passwords show as
//! `[redacted]` in a `repr`. A field is converted by its Rust type ([`ToPyField`]).

use std::hash::{DefaultHasher, Hash, Hasher};

use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyMappingProxy, PyString, PyTuple};
use pyo3::IntoPyObjectExt;

use crate::errors::IntoPyResult;
use crate::results::{options, parse_with};
use crate::types::guest_status_to_py;
use crate::types::{input, text};

/// A core answer type with its Python class.
pub(crate) trait AnswerClass: Clone {
    type Class;
    fn wrap(self) -> Self::Class;
    /// The Python object of `self`.
    fn into_object(self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

/// A field's Python value.
pub(crate) trait ToPyField {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

macro_rules! scalar_fields {
    ($($ty:ty),*) => {$(
        impl ToPyField for $ty {
            fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                self.clone().into_py_any(py)
            }
        }
    )*};
}
scalar_fields!(String, Option<String>, i64, Option<i64>, bool, Option<bool>);

/// A list of strings: a tuple.
impl ToPyField for Vec<String> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyTuple::new(py, self)?.into_any().unbind())
    }
}

/// Name/value pairs (`metadata`, `custom_data`): a read-only mapping, in document order.
impl ToPyField for Vec<(String, String)> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in self {
            dict.set_item(k, v)?;
        }
        Ok(PyMappingProxy::new(py, dict.as_mapping())
            .into_any()
            .unbind())
    }
}

/// A list of answer objects: a tuple of frozen objects.
impl<T: AnswerClass> ToPyField for Vec<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let items = self
            .iter()
            .map(|v| v.clone().into_object(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyTuple::new(py, items)?.into_any().unbind())
    }
}

/// The guest status: a ``GuestStatus`` member, or the string as sent for one bbbkit does not
/// know.
impl ToPyField for bbbkit::GuestStatus {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(guest_status_to_py(py, self)?.unbind())
    }
}

/// An optional answer object.
impl<T: AnswerClass> ToPyField for Option<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Some(v) => v.clone().into_object(py),
            None => Ok(py.None()),
        }
    }
}

/// The index of `name` in `names`, at compile time.
const fn index_of(names: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no such field")
}

/// A field's value in a `repr`: its Python repr, or the core's `[redacted]` for a secret that
/// is set. A string enum member (the guest status) shows as the string it is.
fn field_repr(value: &Bound<'_, PyAny>, secret: bool) -> PyResult<String> {
    if let Ok(s) = value.cast::<PyString>() {
        let text = s.to_cow()?;
        if secret && !text.is_empty() {
            return Ok(bbbkit::REDACTED.to_owned());
        }
        let plain = PyString::new(value.py(), &text);
        return Ok(plain.repr()?.to_cow()?.into_owned());
    }
    Ok(value.repr()?.to_cow()?.into_owned())
}

/// Declares the Python class of every core answer type from the core's declaration
/// ([`bbbkit::for_each_answer_type!`]): a frozen class with one getter per field (named after
/// the field, or its JSON key when the row gives one: `type`), the field's docs, `==`, `hash`
/// and a `repr` that redacts what the core redacts.
///
/// The rows are first put in one shape (`@row`, one arm per flag a row may carry), then each
/// class is written (`@class`). Joined also gets `is_waiting`.
macro_rules! answer_classes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $($body:tt)* }
    )*) => {
        $( answer_classes!(@row $name [$($doc)*] [] $($body)*); )*

        /// Adds the answer classes to the module.
        pub(crate) fn add_classes(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_class::<classes::$name>()?; )*
            Ok(())
        }

        /// (class name, its fields) of every answer class, for `_ANSWER_CLASSES`.
        pub(crate) const CLASSES: &[(&str, &[(&str, &str, &str)])] =
            &[$( (stringify!($name), classes::$name::FIELDS) ),*];
    };

    // One row in the shape `{ [docs] field [pyname?] shown ty }`.
    (@row $name:ident $docs:tt [$($done:tt)*]
        $(#[doc = $fdoc:literal])* [json = $key:literal] $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ), $($rest:tt)*
    ) => {
        answer_classes!(@row $name $docs [$($done)* { [$($fdoc)*] $field [$key] Plain $ty }] $($rest)*);
    };
    (@row $name:ident $docs:tt [$($done:tt)*]
        $(#[doc = $fdoc:literal])* [redacted] $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ), $($rest:tt)*
    ) => {
        answer_classes!(@row $name $docs [$($done)* { [$($fdoc)*] $field [] Secret $ty }] $($rest)*);
    };
    (@row $name:ident $docs:tt [$($done:tt)*]
        $(#[doc = $fdoc:literal])* [redacted = $m:ident] $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ), $($rest:tt)*
    ) => {
        answer_classes!(@row $name $docs [$($done)* { [$($fdoc)*] $field [] (With $m) $ty }] $($rest)*);
    };
    (@row $name:ident $docs:tt [$($done:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ), $($rest:tt)*
    ) => {
        answer_classes!(@row $name $docs [$($done)* { [$($fdoc)*] $field [] Plain $ty }] $($rest)*);
    };
    (@row Joined $docs:tt $done:tt) => {
        answer_classes!(@class Joined $docs $done [
            /// Whether the user waits for a moderator's approval.
            #[getter]
            fn is_waiting(&self) -> bool {
                self.inner.is_waiting()
            }
        ]);
    };
    (@row $name:ident $docs:tt $done:tt) => {
        answer_classes!(@class $name $docs $done []);
    };

    (@class $name:ident [$($doc:literal)*]
        [$( { [$($fdoc:literal)*] $field:ident [$($pyname:literal)?] $shown:tt $ty:ty } )*]
        [$($extra:tt)*]
    ) => {
        impl AnswerClass for bbbkit::$name {
            type Class = classes::$name;
            fn wrap(self) -> classes::$name {
                classes::$name {
                    inner: self,
                    cache: [const { PyOnceLock::new() }; classes::$name::NAMES.len()],
                }
            }
            fn into_object(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                Ok(Py::new(py, self.wrap())?.into_any())
            }
        }

        impl classes::$name {
            /// The Python names of the fields, in order.
            const NAMES: &'static [&'static str] = &[$( answer_classes!(@name $field $($pyname)?) ),*];
            /// (Python name, core type, doc) of each field, for the stubs.
            const FIELDS: &'static [(&'static str, &'static str, &'static str)] =
                &[$( (answer_classes!(@name $field $($pyname)?), stringify!($ty), concat!($($fdoc, "\n"),*)) ),*];

            fn field<'py>(
                &self,
                py: Python<'py>,
                i: usize,
                value: impl FnOnce() -> PyResult<Py<PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                self.cache[i].get_or_try_init(py, value).map(|v| v.bind(py).clone())
            }

            /// Every field's value, in order.
            fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
                Ok(vec![$( self.$field(py)? ),*])
            }
        }

        impl PartialEq for classes::$name {
            fn eq(&self, other: &Self) -> bool {
                self.inner == other.inner
            }
        }

        #[pymethods]
        impl classes::$name {
            $(
                $(#[doc = $fdoc])*
                #[getter]
                $( #[pyo3(name = $pyname)] )?
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    const I: usize = index_of(classes::$name::NAMES, answer_classes!(@name $field $($pyname)?));
                    self.field(py, I, || ToPyField::to_py(&self.inner.$field, py))
                }
            )*

            $($extra)*

            fn __hash__(&self, py: Python<'_>) -> PyResult<u64> {
                let mut h = DefaultHasher::new();
                for v in self.values(py)? {
                    // Tuples and mappings of frozen objects: hash what they hold.
                    v.repr()?.to_cow()?.hash(&mut h);
                }
                Ok(h.finish())
            }

            #[allow(unused_assignments)]
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let values = self.values(py)?;
                let mut parts = Vec::with_capacity(Self::NAMES.len());
                let mut i = 0;
                $(
                    let shown = answer_classes!(@repr self py values[i], $shown);
                    parts.push(format!("{}={}", Self::NAMES[i], shown));
                    i += 1;
                )*
                Ok(format!("{}({})", stringify!($name), parts.join(", ")))
            }
        }
    };

    // A field in a `repr`: its Python repr, `[redacted]` for a secret that is set, or the repr
    // of what the core's method gives.
    (@repr $s:ident $py:ident $v:expr, Plain) => { field_repr(&$v, false)? };
    (@repr $s:ident $py:ident $v:expr, Secret) => { field_repr(&$v, true)? };
    (@repr $s:ident $py:ident $v:expr, (With $m:ident)) => {
        PyString::new($py, &$s.inner.$m()).repr()?.to_cow()?.into_owned()
    };

    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $pyname:literal) => { $pyname };
}

/// The answer classes, named as the core names its types.
pub(crate) mod classes {
    use pyo3::prelude::*;
    use pyo3::sync::PyOnceLock;

    /// Declares the class structs: the core's value and each field's Python value, made on first
    /// access.
    macro_rules! class_structs {
        ($(
            $(#[doc = $doc:literal])*
            $name:ident {
                $(
                    $(#[doc = $fdoc:literal])*
                    $([$flag:ident $(= $fval:tt)?])*
                    $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ),
                )*
            }
        )*) => {$(
            $(#[doc = $doc])*
            #[pyclass(frozen, eq, module = "bbbkit")]
            pub(crate) struct $name {
                pub(super) inner: bbbkit::$name,
                pub(super) cache: [PyOnceLock<Py<PyAny>>; [$(stringify!($field)),*].len()],
            }
        )*};
    }

    bbbkit::for_each_answer_type!(class_structs);
}

bbbkit::for_each_answer_type!(answer_classes);

/// A parsed answer as its Python object.
pub(crate) trait IntoPyAnswer {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

impl<T: AnswerClass> IntoPyAnswer for T {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.into_object(py)
    }
}

/// A parse function per answer kind, but join's and create's (`results.rs` has them).
macro_rules! parse_function {
    ($parser:ident, $call:literal, $ty:ident) => {
        #[doc = concat!(
            "Parses the answer to ``", $call, "``: a :class:`", stringify!($ty), "`.\n\n",
            "Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any\n",
            "of its forms), and :class:`ParseError` when ``data`` is not that answer (the error\n",
            "names the element)."
        )]
        #[pyfunction]
        #[pyo3(signature = (data, *, max_size = None, max_depth = None))]
        pub(crate) fn $parser(
            py: Python<'_>,
            data: &Bound<'_, PyAny>,
            max_size: Option<usize>,
            max_depth: Option<usize>,
        ) -> PyResult<Py<<bbbkit::$ty as AnswerClass>::Class>> {
            let data = input(data)?;
            let opts = options(max_size, max_depth);
            let answer = parse_with(py, data.as_bytes(), |d| opts.$parser(d))?;
            Py::new(py, answer.wrap())
        }
    };
}

macro_rules! add_parse_function {
    ($m:ident, $parser:ident) => {
        $m.add_function(wrap_pyfunction!($parser, $m)?)?;
    };
}

macro_rules! answer_kinds {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        $( parse_function!($parser, $call, $ty); )*

        /// Adds the parse functions to the module.
        pub(crate) fn add_parse_functions(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( add_parse_function!(m, $parser); )*
            Ok(())
        }

        /// (name, call, parse function, class) of every answer kind, in the core's order.
        pub(crate) const KINDS: &[(&str, &str, &str, &str)] =
            &[$( ($name, $call, stringify!($parser), stringify!($ty)) ),*];

        /// `parse_answer`'s dispatch.
        fn parse_kind(
            py: Python<'_>,
            kind: bbbkit::AnswerKind,
            data: &[u8],
            opts: &bbbkit::ParseOptions,
        ) -> PyResult<Py<PyAny>> {
            match kind {
                $( bbbkit::AnswerKind::$variant => {
                    parse_with(py, data, |d| opts.$parser(d))?.into_py_answer(py)
                } )*
                #[allow(unreachable_patterns)]
                _ => Err(PyAttributeError::new_err(format!("no parser for {kind}"))),
            }
        }
    };
}

bbbkit::for_each_answer_kind!(answer_kinds);

/// The module's declarations of the answers: `_ANSWER_KINDS` (name, call, parse function,
/// class) and `_ANSWER_CLASSES` (class → its fields as (name, Rust type, doc)).
pub(crate) fn add_declarations(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("_ANSWER_KINDS", PyTuple::new(py, KINDS)?)?;
    let classes = PyDict::new(py);
    for (name, fields) in CLASSES {
        classes.set_item(name, PyTuple::new(py, *fields)?)?;
    }
    m.add("_ANSWER_CLASSES", classes)?;
    add_classes(m)?;
    add_parse_functions(m)?;
    m.add_function(wrap_pyfunction!(parse_answer, m)?)
}

/// Parses the answer of the call that ``kind`` names (``"meeting-info"``, ``"recordings"``,
/// … as :data:`ANSWER_KINDS` lists them, in any case): the class that call's ``parse_*``
/// function returns. For code that knows the call only at run time.
///
/// >>> parse_answer("running", b"<response><returncode>SUCCESS</returncode><running>true</running></response>")
/// MeetingRunning(running=True)
#[pyfunction]
#[pyo3(signature = (kind, data, *, max_size = None, max_depth = None))]
pub(crate) fn parse_answer(
    py: Python<'_>,
    kind: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
    max_size: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<Py<PyAny>> {
    let kind: bbbkit::AnswerKind = text(kind, "kind")?.parse().py_err(py)?;
    let data = input(data)?;
    parse_kind(py, kind, data.as_bytes(), &options(max_size, max_depth))
}
