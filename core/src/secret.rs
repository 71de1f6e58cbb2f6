//! [`Secret`]: a shared secret, never printed and wiped from memory when dropped. Used by
//! [`Server`](crate::Server), [`Verifier`](crate::Verifier) and the callback verifiers.

use std::fmt;

use zeroize::Zeroizing;

use crate::invalid::{InvalidParameter, Rule};
use crate::validate::check_no_control;

/// A shared secret: never printed, wiped from memory when dropped.
#[derive(Clone)]
pub(crate) struct Secret(Zeroizing<String>);

impl Secret {
    /// Trims the secret and refuses an empty one or one with control characters. The error
    /// names the parameter, never the value.
    pub(crate) fn new(parameter: &str, secret: &str) -> Result<Secret, InvalidParameter> {
        let trimmed = secret.trim();
        if trimmed.is_empty() {
            return Err(InvalidParameter::new(parameter, Rule::Required));
        }
        check_no_control(parameter, trimmed)?;
        Ok(Secret(Zeroizing::new(trimmed.to_owned())))
    }

    /// A list of secrets (rotation, a load balancer's tenants): each checked as by
    /// [`Secret::new`] under `secret`; an empty list names `secrets`.
    pub(crate) fn list<I, S>(secrets: I) -> Result<Vec<Secret>, InvalidParameter>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let secrets = secrets
            .into_iter()
            .map(|s| Secret::new("secret", s.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        if secrets.is_empty() {
            return Err(InvalidParameter::new("secrets", Rule::Required));
        }
        Ok(secrets)
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}
