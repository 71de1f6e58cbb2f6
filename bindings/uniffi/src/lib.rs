//! # bbbkit for Kotlin and Swift
//!
//! UniFFI exports over the [`bbbkit`] core. This crate converts types and errors and nothing
//! else: every rule of the BigBlueButton protocol lives in the core.
//!
//! The generated Kotlin lives in package `org.bbbkit` (see `bindings/kotlin/`), the generated
//! Swift in module `BbbKit` (see `bindings/swift/`). Names avoid the Kotlin and Swift built-ins:
//! the error enum is `BbbError` (Kotlin: `BbbException`), the generic answer is `ApiResponse`,
//! the algorithm enum is `ChecksumAlgorithm`.
//!
//! ```
//! use bbbkit_uniffi::{JoinRequest, Role, Server};
//!
//! let server = Server::new(
//!     "https://bbb.example.com/bigbluebutton/".into(),
//!     "8cd8ef52e8e101574e400365b55e11a6".into(),
//!     None,
//! )?;
//! let url = server.join_url(JoinRequest {
//!     role: Some(Role::Moderator),
//!     create_time: Some(1715261728123),
//!     ..JoinRequest::new("physics-101", "Marie Curie")
//! })?;
//! assert!(url.starts_with("https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101"));
//! # Ok::<(), bbbkit_uniffi::BbbError>(())
//! ```

mod convert;
mod error;
mod parse;
mod server;

pub use convert::{ChecksumAlgorithm, GuestStatus, JoinRequest, Layout, QueryParam, Role};
pub use error::BbbError;
pub use parse::{
    parse_create_response, parse_error_redirect, parse_join_response, parse_response,
    ApiErrorDetail, ApiResponse, Created, ErrorRedirect, Joined, ResponseElement,
};
pub use server::{checksum, Server, Verified, Verifier};

uniffi::setup_scaffolding!("bbbkit");

/// The version of bbbkit, for example `0.1.0`.
#[uniffi::export]
pub fn bbbkit_version() -> String {
    bbbkit::VERSION.to_owned()
}

/// Parses a role name, case-insensitively: `MODERATOR` or `VIEWER`.
///
/// # Errors
///
/// [`BbbError::InvalidParameter`] for `role` with rule `one_of`.
#[uniffi::export]
pub fn role_from_name(name: String) -> Result<Role, BbbError> {
    Ok(name.parse::<bbbkit::Role>()?.into())
}

/// Parses a layout name, case-insensitively, with `-` or space for `_`
/// (`smart-layout`, `SMART_LAYOUT`).
///
/// # Errors
///
/// [`BbbError::InvalidParameter`] with rule `one_of`.
#[uniffi::export]
pub fn layout_from_name(name: String) -> Result<Layout, BbbError> {
    Ok(name.parse::<bbbkit::Layout>()?.into())
}

/// Parses an algorithm name, case-insensitively, with or without a dash: `sha256`, `SHA-256`.
///
/// # Errors
///
/// [`BbbError::InvalidParameter`] for `algorithm` with rule `one_of`.
#[uniffi::export]
pub fn checksum_algorithm_from_name(name: String) -> Result<ChecksumAlgorithm, BbbError> {
    Ok(name.parse::<bbbkit::Algorithm>()?.into())
}
