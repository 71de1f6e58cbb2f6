//! Checksum algorithms and the checksum function itself.

use std::fmt;
use std::str::FromStr;

use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};
use subtle::ConstantTimeEq;

use crate::encode::push_ascii;
use crate::invalid::{InvalidParameter, Rule};

/// A checksum algorithm that BigBlueButton accepts.
///
/// The server tells them apart by the length of the hex digest (40, 64, 96 or 128), so a
/// checksum never names its algorithm. SHA-256 is bbbkit's default: every server since 2.5
/// accepts it, and administrators may switch SHA-1 off.
///
/// # Examples
///
/// ```
/// use bbbkit::Algorithm;
///
/// let alg: Algorithm = "SHA-384".parse()?;
/// assert_eq!(alg, Algorithm::Sha384);
/// assert_eq!(alg.hex_len(), 96);
/// assert_eq!(Algorithm::default(), Algorithm::Sha256);
/// assert_eq!(Algorithm::from_hex_len(40), Some(Algorithm::Sha1));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Algorithm {
    /// SHA-1: 40 hex digits. The only one that pre-2.5 servers and pre-3.0 webhooks know.
    Sha1,
    /// SHA-256: 64 hex digits. The default.
    #[default]
    Sha256,
    /// SHA-384: 96 hex digits.
    Sha384,
    /// SHA-512: 128 hex digits.
    Sha512,
}

impl Algorithm {
    /// All four algorithms, weakest first.
    pub const ALL: [Algorithm; 4] = [
        Algorithm::Sha1,
        Algorithm::Sha256,
        Algorithm::Sha384,
        Algorithm::Sha512,
    ];

    /// The lowercase name used in `bbb-web.properties`: `sha1`, `sha256`, `sha384`, `sha512`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(bbbkit::Algorithm::Sha512.as_str(), "sha512");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
        }
    }

    /// The length of the lowercase hex digest.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(bbbkit::Algorithm::Sha256.hex_len(), 64);
    /// ```
    pub const fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha1 => 40,
            Algorithm::Sha256 => 64,
            Algorithm::Sha384 => 96,
            Algorithm::Sha512 => 128,
        }
    }

    /// The algorithm the server infers from a checksum of this many hex digits, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Algorithm;
    /// assert_eq!(Algorithm::from_hex_len(128), Some(Algorithm::Sha512));
    /// assert_eq!(Algorithm::from_hex_len(63), None);
    /// ```
    pub const fn from_hex_len(len: usize) -> Option<Algorithm> {
        match len {
            40 => Some(Algorithm::Sha1),
            64 => Some(Algorithm::Sha256),
            96 => Some(Algorithm::Sha384),
            128 => Some(Algorithm::Sha512),
            _ => None,
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Algorithm {
    type Err = InvalidParameter;

    /// Parses `sha1`, `sha256`, `sha384` or `sha512`, case-insensitively, with or without a
    /// dash (`SHA-256`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        for alg in Algorithm::ALL {
            let name = alg.as_str();
            let dashed = [&name[..3], "-", &name[3..]].concat();
            if t.eq_ignore_ascii_case(name) || t.eq_ignore_ascii_case(&dashed) {
                return Ok(alg);
            }
        }
        Err(InvalidParameter::new(
            "algorithm",
            Rule::OneOf("sha1, sha256, sha384, sha512"),
        ))
    }
}

/// The two lowercase hex digits of every byte.
static HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut t = [[0u8; 2]; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = [DIGITS[b >> 4], DIGITS[b & 0x0f]];
        b += 1;
    }
    t
};

/// Appends the lowercase hex of `bytes` to `out`.
pub(crate) fn push_hex(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(64) {
        let mut buf = [0u8; 128];
        for (pair, &b) in buf.chunks_exact_mut(2).zip(chunk) {
            pair.copy_from_slice(&HEX_PAIRS[usize::from(b)]);
        }
        push_ascii(out, &buf[..chunk.len() * 2]);
    }
}

/// Appends the lowercase hex digest of `call + query + secret` to `out`.
pub(crate) fn push_checksum(
    alg: Algorithm,
    call: &str,
    query: &str,
    secret: &str,
    out: &mut String,
) {
    let mut raw = [0u8; 64];
    let len = digest(alg, call, query, secret, &mut raw);
    push_hex(out, &raw[..len]);
}

/// The value of each hex digit (either case); 0x10 marks a byte that is not one.
static HEX_VALUE: [u8; 256] = {
    let mut t = [0x10u8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// Decodes hex (either case) into `out`, which is exactly half as long; `None` for any byte
/// that is not a hex digit or a length that does not fit. No branch per digit.
pub(crate) fn decode_hex(hex: &[u8], out: &mut [u8]) -> Option<()> {
    if hex.len() != out.len() * 2 {
        return None;
    }
    let mut bad = 0u8;
    for (o, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
        let (hi, lo) = (
            HEX_VALUE[usize::from(pair[0])],
            HEX_VALUE[usize::from(pair[1])],
        );
        bad |= hi | lo;
        *o = (hi << 4) | (lo & 0x0f);
    }
    (bad & 0x10 == 0).then_some(())
}

/// Writes the raw digest of `call + query + secret` into `out` and returns its length.
pub(crate) fn digest(
    alg: Algorithm,
    call: &str,
    query: &str,
    secret: &str,
    out: &mut [u8; 64],
) -> usize {
    fn run<D: Digest>(call: &str, query: &str, secret: &str, out: &mut [u8; 64]) -> usize {
        let mut d = D::new();
        d.update(call.as_bytes());
        d.update(query.as_bytes());
        d.update(secret.as_bytes());
        let digest = d.finalize();
        out[..digest.len()].copy_from_slice(&digest);
        digest.len()
    }
    match alg {
        Algorithm::Sha1 => run::<Sha1>(call, query, secret, out),
        Algorithm::Sha256 => run::<Sha256>(call, query, secret, out),
        Algorithm::Sha384 => run::<Sha384>(call, query, secret, out),
        Algorithm::Sha512 => run::<Sha512>(call, query, secret, out),
    }
}

/// The checksum BigBlueButton expects: the lowercase hex digest of
/// `call + query + secret`, with no separators.
///
/// Use it when you build a query yourself; [`Server::api_url`](crate::Server::api_url) and
/// [`Server::join_url`](crate::Server::join_url) call it for you. `query` must be the exact
/// bytes you send, without the leading `?` and without the `checksum` parameter.
///
/// # Examples
///
/// The known-answer vector from the BigBlueButton API documentation:
///
/// ```
/// use bbbkit::{checksum, Algorithm};
///
/// let cs = checksum(
///     "create",
///     "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
///     "639259d4-9dd8-4b25-bf01-95f9567eaf4b",
///     Algorithm::Sha1,
/// );
/// assert_eq!(cs, "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");
/// ```
///
/// # Errors
///
/// None: every input has a checksum.
pub fn checksum(call: &str, query: &str, secret: &str, algorithm: Algorithm) -> String {
    let mut out = String::with_capacity(algorithm.hex_len());
    push_checksum(algorithm, call, query, secret, &mut out);
    out
}

/// Constant-time equality of two digests: the differences of every byte are gathered a
/// machine word at a time, with no early exit, and compared once.
pub(crate) fn ct_eq_digest(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut diff = 0u64;
    let (mut ca, mut cb) = (a.chunks_exact(8), b.chunks_exact(8));
    for (x, y) in (&mut ca).zip(&mut cb) {
        let (mut wx, mut wy) = ([0u8; 8], [0u8; 8]);
        wx.copy_from_slice(x);
        wy.copy_from_slice(y);
        diff |= u64::from_le_bytes(wx) ^ u64::from_le_bytes(wy);
    }
    for (x, y) in ca.remainder().iter().zip(cb.remainder()) {
        diff |= u64::from(x ^ y);
    }
    bool::from(diff.ct_eq(&0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_as_the_hex_crate() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        let mut out = String::from("x");
        push_hex(&mut out, &bytes);
        assert_eq!(out, format!("x{}", hex::encode(&bytes)));
        let mut back = vec![0u8; 256];
        assert_eq!(decode_hex(&out.as_bytes()[1..], &mut back), Some(()));
        assert_eq!(back, bytes);
        assert_eq!(
            decode_hex(out[1..].to_uppercase().as_bytes(), &mut back),
            Some(())
        );
        assert_eq!(back, bytes);
    }

    #[test]
    fn decode_hex_refuses_what_the_hex_crate_refuses() {
        for c in 0..=255u8 {
            for at in 0..2 {
                let mut h = *b"a0";
                h[at] = c;
                let mut ours = [0u8; 1];
                let mut theirs = [0u8; 1];
                let ok = decode_hex(&h, &mut ours).is_some();
                assert_eq!(ok, hex::decode_to_slice(h, &mut theirs).is_ok(), "{h:?}");
                if ok {
                    assert_eq!(ours, theirs);
                }
            }
        }
        assert_eq!(decode_hex(b"abc", &mut [0u8; 1]), None);
        assert_eq!(decode_hex(b"ab", &mut [0u8; 2]), None);
    }
}
