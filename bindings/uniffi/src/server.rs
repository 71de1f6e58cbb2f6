//! `Server`, `Verifier` and the checksum function.

use std::fmt;
use std::sync::Arc;

use bbbkit::Algorithm;

use crate::convert::{pairs, params, QueryParam};
use crate::error::BbbError;

/// A BigBlueButton server: the API base URL, the shared secret and the checksum algorithm.
///
/// Immutable and safe to share between threads. The secret never appears in `toString()`,
/// `description` or any error.
#[derive(uniffi::Object)]
#[uniffi::export(Debug)]
pub struct Server {
    pub(crate) inner: bbbkit::Server,
}

impl fmt::Debug for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The core's Debug redacts the secret.
        fmt::Debug::fmt(&self.inner, f)
    }
}

#[uniffi::export]
impl Server {
    /// A server from its URL (`https://bbb.example.com`, `…/bigbluebutton/` or
    /// `…/bigbluebutton/api`) and shared secret. `algorithm` defaults to SHA-256.
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] for `url` (not an absolute http(s) URL, credentials, a
    /// query) or `secret` (empty, control characters).
    #[uniffi::constructor(default(algorithm = None))]
    pub fn new(
        url: String,
        secret: String,
        algorithm: Option<Algorithm>,
    ) -> Result<Arc<Self>, BbbError> {
        let mut inner = bbbkit::Server::new(&url, &secret)?;
        if let Some(a) = algorithm {
            inner = inner.with_algorithm(a);
        }
        Ok(Arc::new(Server { inner }))
    }

    /// The normalised API base URL, ending in `/api/`.
    pub fn base_url(&self) -> String {
        self.inner.base_url().to_owned()
    }

    /// The algorithm used to sign.
    pub fn algorithm(&self) -> Algorithm {
        self.inner.algorithm()
    }

    /// The signed URL of any other call (`create`, `end`, `getMeetingInfo`, `hooks/create`),
    /// with its parameters in the order given.
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] for a bad call name, an empty name, control characters
    /// or a `checksum` parameter.
    #[uniffi::method(default(params = []))]
    pub fn api_url(&self, call: String, params: Vec<QueryParam>) -> Result<String, BbbError> {
        Ok(self.inner.api_url(&call, pairs(params))?)
    }

    /// The checksum of `call` + `query` with this server's secret and algorithm.
    pub fn checksum(&self, call: String, query: String) -> String {
        self.inner.checksum(&call, &query)
    }

    /// Verifies an incoming signed query (with or without the leading `?`) for `call`.
    ///
    /// # Errors
    ///
    /// One of the checksum errors, or [`BbbError::InvalidParameter`] for a bad call name.
    pub fn verify(&self, call: String, query: String) -> Result<Verified, BbbError> {
        Ok(self.inner.verify(&call, &query)?.into())
    }

    /// Verifies a whole signed URL (`…/api/CALL?query`).
    ///
    /// # Errors
    ///
    /// As [`Server::verify`], and [`BbbError::InvalidParameter`] for `url` when it names no
    /// API call.
    pub fn verify_url(&self, url: String) -> Result<Verified, BbbError> {
        Ok(self.inner.verify_url(&url)?.into())
    }
}

/// Checks incoming signed queries against one or more secrets (rotation), with an optional
/// allow-list of algorithms.
#[derive(uniffi::Object)]
#[uniffi::export(Debug)]
pub struct Verifier {
    inner: bbbkit::Verifier,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The core's Debug redacts the secrets.
        fmt::Debug::fmt(&self.inner, f)
    }
}

#[uniffi::export]
impl Verifier {
    /// A verifier for these secrets (the current one first). `allowed` limits the algorithms;
    /// by default all four are accepted.
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] for `secrets` (none given) or `secret` (empty).
    #[uniffi::constructor(default(allowed = None))]
    pub fn new(
        secrets: Vec<String>,
        allowed: Option<Vec<Algorithm>>,
    ) -> Result<Arc<Self>, BbbError> {
        let mut inner = bbbkit::Verifier::new(&secrets)?;
        if let Some(allowed) = allowed {
            inner = inner.allow(&allowed);
        }
        Ok(Arc::new(Verifier { inner }))
    }

    /// The algorithms this verifier accepts, weakest first.
    pub fn allowed(&self) -> Vec<Algorithm> {
        self.inner.allowed()
    }

    /// Verifies an incoming signed query for `call`.
    ///
    /// # Errors
    ///
    /// One of the checksum errors, or [`BbbError::InvalidParameter`] for a bad call name.
    pub fn verify(&self, call: String, query: String) -> Result<Verified, BbbError> {
        Ok(self.inner.verify(&call, &query)?.into())
    }

    /// Verifies a whole signed URL (`…/api/CALL?query`).
    ///
    /// # Errors
    ///
    /// As [`Verifier::verify`], and [`BbbError::InvalidParameter`] for `url`.
    pub fn verify_url(&self, url: String) -> Result<Verified, BbbError> {
        Ok(self.inner.verify_url(&url)?.into())
    }
}

/// A query that verified.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Verified {
    /// The algorithm of the checksum.
    pub algorithm: Algorithm,
    /// Which secret matched: 0 for the first.
    pub key_index: u32,
    /// The call.
    pub call: String,
    /// The signed query, without the checksum, as received.
    pub query: String,
    /// The signed parameters, decoded, in order.
    pub params: Vec<QueryParam>,
}

impl From<bbbkit::Verified> for Verified {
    fn from(v: bbbkit::Verified) -> Self {
        let decoded = params(v.params());
        Verified {
            algorithm: v.algorithm,
            key_index: u32::try_from(v.key_index).unwrap_or(u32::MAX),
            call: v.call().to_owned(),
            query: v.query().to_owned(),
            params: decoded,
        }
    }
}

/// The checksum BigBlueButton expects: the lowercase hex digest of `call + query + secret`.
/// `query` is exactly what you send, without `?` and without the checksum parameter.
#[uniffi::export]
pub fn checksum(call: String, query: String, secret: String, algorithm: Algorithm) -> String {
    bbbkit::checksum(&call, &query, &secret, algorithm)
}
