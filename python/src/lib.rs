//! The native module `bbbkit._bbbkit`: a thin layer over the `bbbkit` core crate.
//!
//! It converts Python values to the core's types and the core's errors to Python exceptions
//! (see `errors.rs`), and nothing else: every protocol rule lives in the core.

mod answers;
mod callbacks;
mod calls;
mod errors;
mod results;
mod server;
mod types;

use pyo3::prelude::*;

/// The native part of bbbkit. Import from ``bbbkit`` instead.
#[pymodule]
mod _bbbkit {
    #[pymodule_export]
    use crate::callbacks::{
        PyAnalyticsToken, PyCallbackVerifier, PyEndCallback, PyRecordingReady, PyWebhookEvent,
        PyWebhookPost,
    };
    #[pymodule_export]
    use crate::calls::{
        _feature, _guest_policy, _recording_state, _text_track_kind, PyDocument, PyGroup,
        PyPluginManifest, PyPreparedRequest,
    };
    #[pymodule_export]
    use crate::results::{parse_error_redirect, parse_response, PyElement, PyResponse};
    #[pymodule_export]
    use crate::server::{checksum, effective_auth, PyServer, PyVerified, PyVerifier};
    #[pymodule_export]
    use crate::types::{_algorithm, _api_error_kind, _jwt_algorithm, _layout, _role};

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", bbbkit::VERSION)?;
        crate::types::add_declarations(m)?;
        crate::answers::add_declarations(m)?;
        Ok(())
    }
}
