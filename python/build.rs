//! Writes `Server`'s methods for every API call, `join` included, from the core's one
//! declaration of the calls ([`bbbkit::for_each_call!`] and each request's `PARAMETERS`).
//!
//! The calls need Python method names (`get_meeting_info_url`) and a positional order for
//! their required parameters, which `macro_rules!` cannot make from the rows, so this script
//! writes them: one `macro_rules! server_call_methods` in `OUT_DIR/call_methods.rs` whose body
//! is the methods, included by `src/server.rs` inside `Server`'s `#[pymethods]` block.
//!
//! Each call gets:
//! - `<call>_url` (snake case of the call, `/` as `_`) when it is sent by `GET`: every
//!   parameter that is not in a body;
//! - `<call>_request` when it is sent by `POST` or can carry a body (`create`): every
//!   parameter, returning a `PreparedRequest`.
//!
//! The required parameters are positional (`meeting_id` first, then the others in declared
//! order, as the core's `new(…)` constructors take them), then, optional but positional, a
//! parameter that may stand in for a required one (`join`'s `role`, the alternative of its
//! `password`); every other is keyword-only, named after its `field`, followed by `extra`
//! (parameters newer than bbbkit). Each value is
//! converted by the field's type (`crate::calls::field`), nothing here names a parameter.

use std::fmt::Write as _;
use std::path::PathBuf;

use bbbkit::{ApiRequest, Param, ParamType};

/// One call as `for_each_call!` declares it.
struct Call {
    ty: &'static str,
    name: &'static str,
    method: &'static str,
    doc: &'static str,
}

macro_rules! calls {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        &[$( Call { ty: stringify!($ty), name: $call, method: stringify!($method), doc: $tydoc } ),*]
    };
}

const CALLS: &[Call] = bbbkit::for_each_call!(calls);

/// `getMeetingInfo` → `get_meeting_info`, `hooks/create` → `hooks_create`.
fn snake(call: &str) -> String {
    let mut out = String::new();
    for c in call.chars() {
        if c == '/' {
            out.push('_');
        } else if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The parameters passed positionally, in order: the required ones, then those that stand in
/// for another (`role` or `password`), which are optional.
fn positional(params: &[&'static Param]) -> Vec<&'static Param> {
    let mut out: Vec<_> = params.iter().copied().filter(|p| p.required).collect();
    out.extend(
        params
            .iter()
            .copied()
            .filter(|p| !p.required && p.alternative.is_some()),
    );
    if let Some(i) = out.iter().position(|p| p.field == "meeting_id") {
        let p = out.remove(i);
        out.insert(0, p);
    }
    out
}

/// Doctest examples of some methods, appended to their generated docs (Python's test suite
/// runs them). The expected URL is the spec's worked example, signed with SHA-1.
const EXAMPLES: &[(&str, &str)] = &[(
    "join_url",
    r#">>> server = Server("https://bbb.example.com/bigbluebutton/api/", "secret", algorithm="sha1")
>>> server.join_url("room", "Zoë O'Neil", "viewer")
'https://bbb.example.com/bigbluebutton/api/join?meetingID=room&fullName=Zo%C3%AB+O%27Neil&role=VIEWER&checksum=94a2b0cd67e5989714fef9c179821921eac67104'"#,
)];

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// Writes `text` as `///` lines: paragraphs (separated by a blank line) wrapped at 92 columns.
fn doc_lines(out: &mut String, text: &str) {
    for (i, paragraph) in text.trim().split("\n\n").enumerate() {
        if i > 0 {
            out.push_str("    ///\n");
        }
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + word.len() > 92 {
                let _ = writeln!(out, "    /// {line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        let _ = writeln!(out, "    /// {line}");
    }
}

/// One method: `kind` is `url` or `request`.
fn method(out: &mut String, call: &Call, all: &'static [Param], kind: &str) {
    let params: Vec<&'static Param> = all
        .iter()
        .filter(|p| kind == "request" || !p.in_body)
        .collect();
    let pos = positional(&params);
    let kw: Vec<_> = params
        .iter()
        .copied()
        .filter(|p| !pos.iter().any(|q| q.name == p.name))
        .collect();
    let name = format!("{}_{kind}", snake(call.name));

    let mut doc = if kind == "url" {
        format!("The signed URL of a ``{}`` call. {}\n", call.name, call.doc)
    } else {
        format!(
            "The method, signed URL and body of a ``{}`` call: a :class:`PreparedRequest`. {}\n",
            call.name, call.doc
        )
    };
    doc.push('\n');
    let _ = write!(
        doc,
        "Each parameter of ``{}`` in :data:`CALL_PARAMETERS` ",
        call.name
    );
    if kind == "url" && params.len() != all.len() {
        doc.push_str("that is not sent in a body ");
    }
    doc.push_str(
        "is an argument named after its ``field``; leave one out, or pass ``None``, to not \
         send it. ``extra`` holds parameters newer than bbbkit (a mapping or ``(name, value)`` \
         pairs). Input the server would reject raises :class:`InvalidParameter` naming the \
         parameter (in the BBB spelling) and the rule; a wrong Python type raises \
         :class:`TypeError`.\n",
    );
    if kind == "request" {
        doc.push_str(
            "\nThe body is **not** signed: the checksum covers only the URL's query. Send it \
             over HTTPS.\n",
        );
    }
    if kind == "url" && params.len() != all.len() {
        let _ = write!(
            doc,
            "\nFor the parameters sent in a body, use :meth:`{}_request`.\n",
            snake(call.name)
        );
    }
    doc_lines(out, &doc);
    if let Some((_, example)) = EXAMPLES.iter().find(|(m, _)| *m == name) {
        out.push_str("    ///\n");
        for line in example.lines() {
            let _ = writeln!(out, "    /// {line}");
        }
    }

    // #[pyo3(signature = (...))]
    let mut sig = Vec::new();
    for p in &pos {
        sig.push(if p.required {
            p.field.to_owned()
        } else {
            format!("{} = None", p.field)
        });
    }
    sig.push("*".to_owned());
    for p in &kw {
        sig.push(format!("{} = None", p.field));
    }
    sig.push("extra = None".to_owned());
    let _ = writeln!(out, "    #[pyo3(signature = ({}))]", sig.join(", "));
    out.push_str("    #[allow(clippy::too_many_arguments, unused_variables)]\n");
    let ret = if kind == "url" {
        "String"
    } else {
        "crate::calls::PyPreparedRequest"
    };
    let _ = writeln!(
        out,
        "    fn {name}(\n        &self,\n        py: Python<'_>,"
    );
    for p in &pos {
        if p.required {
            let _ = writeln!(out, "        {}: &Bound<'_, PyAny>,", p.field);
        } else {
            let _ = writeln!(out, "        {}: Option<&Bound<'_, PyAny>>,", p.field);
        }
    }
    for p in &kw {
        let _ = writeln!(out, "        {}: Option<&Bound<'_, PyAny>>,", p.field);
    }
    out.push_str("        extra: Option<&Bound<'_, PyAny>>,\n");
    let _ = writeln!(out, "    ) -> PyResult<{ret}> {{");
    let _ = writeln!(out, "        let mut req = bbbkit::{}::default();", call.ty);
    // Converted in declaration (emission) order, so the first bad value named is the first sent.
    for p in &params {
        let value = if p.required && pos.iter().any(|q| q.name == p.name) {
            format!("Some({})", p.field)
        } else {
            p.field.to_owned()
        };
        let convert = match p.ty {
            ParamType::Json => "json_field",
            _ => "field",
        };
        let _ = writeln!(
            out,
            "        crate::calls::{convert}(py, &mut req.{}, {}, {}, {value})?;",
            p.field,
            lit(p.name),
            lit(p.field),
        );
    }
    out.push_str("        crate::calls::extra(&mut req.extra, extra)?;\n");
    if kind == "url" {
        out.push_str("        self.0.url(&req).py_err(py)\n");
    } else {
        out.push_str("        self.0.prepare(&req).py_err(py).map(Into::into)\n");
    }
    out.push_str("    }\n\n");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::from(
        "// Generated by python/build.rs from bbbkit::for_each_call! and the PARAMETERS lists.\n\
         // Do not edit: change the core's declaration, or build.rs.\n\
         macro_rules! server_call_methods {\n    ($m:ident) => {\n        $m! {\n",
    );
    let mut methods = String::new();
    assert_eq!(
        ApiRequest::CALLS,
        CALLS.iter().map(|c| c.name).collect::<Vec<_>>(),
        "for_each_call! and ApiRequest::CALLS differ"
    );
    for call in CALLS {
        let params = ApiRequest::parameters_of(call.name).expect("a declared call");
        let has_body = params.iter().any(|p| p.in_body);
        if call.method == "Get" {
            method(&mut methods, call, params, "url");
        }
        if call.method == "Post" || has_body {
            method(&mut methods, call, params, "request");
        }
    }
    out.push_str(&methods);
    out.push_str("        }\n    };\n}\n");
    let path = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("call_methods.rs");
    std::fs::write(path, out).expect("writing call_methods.rs");
}
