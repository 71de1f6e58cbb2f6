//! Checking incoming signed queries.

use std::borrow::Cow;

use crate::algorithm::{ct_eq_digest, decode_hex, digest, Algorithm};
use crate::error::{Result, VerifyError};
use crate::invalid::{InvalidParameter, Rule};
use crate::secret::Secret;
use crate::validate::check_call;

pub(crate) const ALL_ALLOWED: [bool; 4] = [true; 4];

/// A query that verified.
///
/// Act only on [`Verified::params`]: they are exactly the parameters the checksum covers.
///
/// # Examples
///
/// ```
/// use bbbkit::{checksum, Algorithm, Server};
/// let q = "meetingID=room";
/// let server = Server::new("bbb.example.com", "secret")?;
/// let ok = server.verify("end", &format!("{q}&checksum={}", checksum("end", q, "secret", Algorithm::Sha1)))?;
/// assert_eq!((ok.call(), ok.query()), ("end", "meetingID=room"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Verified {
    /// The algorithm the checksum was made with.
    pub algorithm: Algorithm,
    /// The index, in the verifier's list, of the secret that matched (0 for a `Server`).
    pub key_index: usize,
    /// The call, then the signed query: one allocation for both.
    signed: String,
    /// Where the query starts in `signed`.
    call_len: usize,
}

impl std::fmt::Debug for Verified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verified")
            .field("algorithm", &self.algorithm)
            .field("key_index", &self.key_index)
            .field("call", &self.call())
            .field("query", &self.query())
            .finish()
    }
}

impl Verified {
    fn new(algorithm: Algorithm, key_index: usize, call: &str, query: &str) -> Verified {
        let mut signed = String::with_capacity(call.len() + query.len());
        signed.push_str(call);
        signed.push_str(query);
        Verified {
            algorithm,
            key_index,
            signed,
            call_len: call.len(),
        }
    }

    /// The call that was verified.
    pub fn call(&self) -> &str {
        self.signed.get(..self.call_len).unwrap_or_default()
    }

    /// The signed query, exactly as received, without `?` and without the checksum.
    pub fn query(&self) -> &str {
        self.signed.get(self.call_len..).unwrap_or_default()
    }

    /// The signed parameters, decoded (`+` and `%XX`), in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{checksum, Algorithm, Server};
    /// let q = "meetingID=room+1&fullName=Zo%C3%AB";
    /// let cs = checksum("join", q, "secret", Algorithm::Sha256);
    /// let server = Server::new("bbb.example.com", "secret")?;
    /// let ok = server.verify("join", &format!("{q}&checksum={cs}"))?;
    /// assert_eq!(ok.params()[1], ("fullName".to_string(), "Zoë".to_string()));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn params(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query().as_bytes())
            .into_owned()
            .collect()
    }
}

/// Verifies signed queries against one or more secrets, with an allow-list of algorithms.
///
/// Several secrets allow rotation: sign with the new one while still accepting the old.
/// The comparison is constant-time. The checksum parameter may stand anywhere in the query;
/// exactly that parameter is removed before hashing, and a query with two is refused.
///
/// # Examples
///
/// ```
/// use bbbkit::{checksum, Algorithm, Verifier, VerifyError, Error};
///
/// let verifier = Verifier::new(["new-secret", "old-secret"])?
///     .allow(&[Algorithm::Sha256, Algorithm::Sha512]);
/// let q = "meetingID=room";
/// let signed = format!("{q}&checksum={}", checksum("end", q, "old-secret", Algorithm::Sha256));
/// let ok = verifier.verify("end", &signed)?;
/// assert_eq!((ok.algorithm, ok.key_index), (Algorithm::Sha256, 1));
///
/// let sha1 = format!("{q}&checksum={}", checksum("end", q, "new-secret", Algorithm::Sha1));
/// assert_eq!(
///     verifier.verify("end", &sha1),
///     Err(Error::Verify(VerifyError::AlgorithmNotAllowed(Algorithm::Sha1)))
/// );
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Verifier {
    secrets: Vec<Secret>,
    allowed: [bool; 4],
}

impl Verifier {
    /// A verifier for these secrets (tried in order), allowing all four algorithms.
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for `secrets` when the list is empty, or `secret` when one is
    /// empty.
    pub fn new<I, S>(secrets: I) -> Result<Verifier>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let secrets = Secret::list(secrets)?;
        Ok(Verifier {
            secrets,
            allowed: ALL_ALLOWED,
        })
    }

    /// The same verifier, accepting only these algorithms.
    #[must_use]
    pub fn allow(mut self, algorithms: &[Algorithm]) -> Verifier {
        self.allowed = [false; 4];
        for a in algorithms {
            self.allowed[a.index()] = true;
        }
        self
    }

    /// The algorithms accepted.
    pub fn allowed(&self) -> Vec<Algorithm> {
        Algorithm::ALL
            .into_iter()
            .filter(|a| self.allowed[a.index()])
            .collect()
    }

    /// Verifies the query of a `call` (with or without a leading `?`).
    ///
    /// # Errors
    ///
    /// See [`Server::verify`](crate::Server::verify).
    pub fn verify(&self, call: &str, query: &str) -> Result<Verified> {
        verify_query(&self.secrets, self.allowed, call, query)
    }

    /// Verifies a full signed URL (`…/api/CALL?query`).
    ///
    /// # Errors
    ///
    /// See [`Server::verify_url`](crate::Server::verify_url).
    pub fn verify_url(&self, url: &str) -> Result<Verified> {
        verify_url(&self.secrets, self.allowed, url)
    }
}

/// Splits `…/api/CALL?query#fragment` into the call and the query.
pub(crate) fn verify_url(secrets: &[Secret], allowed: [bool; 4], url: &str) -> Result<Verified> {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(u, _)| u);
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let call = path
        .rfind("/api/")
        .map(|i| &path[i + 5..])
        .filter(|c| !c.is_empty())
        .ok_or_else(|| InvalidParameter::new("url", Rule::Url))?;
    verify_query(secrets, allowed, call, query)
}

/// Whether a raw parameter name means `checksum` to the server, which decodes names
/// (`checksu%6D` is `checksum` too).
fn is_checksum_name(raw: &[u8]) -> bool {
    if raw == b"checksum" {
        return true;
    }
    // Eight decoded bytes come from at most 24 (`%XX` each).
    if raw.len() > 8 && raw.len() <= 24 && raw.iter().any(|&b| b == b'%' || b == b'+') {
        let decoded: Vec<u8> = percent_encoding::percent_decode(raw).collect();
        return decoded == b"checksum";
    }
    false
}

pub(crate) fn verify_query(
    secrets: &[Secret],
    allowed: [bool; 4],
    call: &str,
    query: &str,
) -> Result<Verified> {
    check_call(call)?;
    let q = query.strip_prefix('?').unwrap_or(query);

    // Find the one checksum parameter: its byte range in `q`. Each parameter is skipped with
    // memchr; only a name that can decode to `checksum` (it starts with `c`, or `%` as in
    // `%63hecksum`) is read.
    let bytes = q.as_bytes();
    let mut found: Option<(usize, usize, &str, bool)> = None;
    let mut seg_start = 0;
    loop {
        let seg_end =
            memchr::memchr(b'&', &bytes[seg_start..]).map_or(bytes.len(), |i| seg_start + i);
        if matches!(bytes.get(seg_start), Some(b'c' | b'%')) {
            let seg = &bytes[seg_start..seg_end];
            let name_end = seg_start + memchr::memchr(b'=', seg).unwrap_or(seg.len());
            let name = &bytes[seg_start..name_end];
            if is_checksum_name(name) {
                if found.is_some() {
                    return Err(VerifyError::DuplicateChecksum.into());
                }
                let value = q.get(name_end + 1..seg_end).unwrap_or("");
                found = Some((seg_start, seg_end, value, name == b"checksum"));
            }
        }
        if seg_end >= bytes.len() {
            break;
        }
        seg_start = seg_end + 1;
    }
    let Some((start, end, value, plain_name)) = found else {
        return Err(VerifyError::MissingChecksum.into());
    };
    if value.is_empty() {
        return Err(VerifyError::MissingChecksum.into());
    }
    if !plain_name {
        return Err(VerifyError::MalformedChecksum.into());
    }
    let algorithm =
        Algorithm::from_hex_len(value.len()).ok_or(VerifyError::UnknownLength(value.len()))?;
    if !allowed[algorithm.index()] {
        return Err(VerifyError::AlgorithmNotAllowed(algorithm).into());
    }

    // Remove exactly the checksum parameter, as the server does: "&checksum=…" when it is not
    // first, else "checksum=…&", else the whole query.
    let signed: Cow<'_, str> = if start > 0 {
        if end >= q.len() {
            Cow::Borrowed(&q[..start - 1])
        } else {
            Cow::Owned([&q[..start - 1], &q[end..]].concat())
        }
    } else if end < q.len() {
        Cow::Borrowed(&q[end + 1..])
    } else {
        Cow::Borrowed("")
    };

    // The checksum, decoded (either case: the server compares case-insensitively since 2.6).
    let mut given = [0u8; 64];
    let given = &mut given[..value.len() / 2];
    decode_hex(value.as_bytes(), given).ok_or(VerifyError::MalformedChecksum)?;
    let mut matched: Option<usize> = None;
    for (i, secret) in secrets.iter().enumerate() {
        let mut raw = [0u8; 64];
        let len = digest(algorithm, call, &signed, secret.expose(), &mut raw);
        if ct_eq_digest(&raw[..len], given) && matched.is_none() {
            matched = Some(i);
        }
    }
    match matched {
        Some(key_index) => Ok(Verified::new(algorithm, key_index, call, &signed)),
        None => Err(VerifyError::Mismatch.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_starting_with_c_or_percent_can_be_checksum() {
        // Every name that decodes to `checksum` starts with one of the two.
        for name in [
            &b"checksum"[..],
            b"%63hecksum",
            b"checksu%6D",
            b"%63%68%65%63%6B%73%75%6D",
        ] {
            assert!(is_checksum_name(name));
            assert!(matches!(name[0], b'c' | b'%'));
        }
        let secret = Secret::new("secret", "s").unwrap();
        let verify = |q: &str| verify_query(std::slice::from_ref(&secret), ALL_ALLOWED, "join", q);
        let cs = crate::checksum("join", "a=1", "s", Algorithm::Sha256);
        assert!(verify(&format!("a=1&checksum={cs}")).is_ok());
        assert!(verify(&format!("checksum={cs}&a=1")).is_ok());
        for other in ["%63hecksum=x", "checksu%6D=x", "checksum=x", "checksum"] {
            assert_eq!(
                verify(&format!("a=1&{other}&checksum={cs}")),
                Err(VerifyError::DuplicateChecksum.into()),
                "{other}"
            );
        }
        // Names that only look alike are parameters like any other.
        for other in [
            "Checksum=x",
            "checksum2=x",
            "xchecksum=x",
            "+checksum=x",
            "c=x",
            "%=x",
            "c",
            "%",
        ] {
            assert_eq!(
                verify(&format!("{other}&checksum={cs}")),
                Err(VerifyError::Mismatch.into()),
                "{other}"
            );
        }
    }

    #[test]
    fn checksum_names_decode_from_at_most_24_bytes() {
        assert!(is_checksum_name(b"checksum"));
        assert!(is_checksum_name(b"checksu%6D"));
        assert!(is_checksum_name(b"%63%68%65%63%6B%73%75%6D"));
        assert!(!is_checksum_name(b"%63%68%65%63%6B%73%75%6Dx"));
        assert!(!is_checksum_name(b"checksum2"));
        assert!(!is_checksum_name(b"Checksum"));
    }
}
