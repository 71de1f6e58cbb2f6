//! [`Body`]: an answer's bytes as they cross from Swift's `Data` or Kotlin's `ByteArray`.
//!
//! UniFFI passes bytes as a `RustBuffer` holding a big-endian `i32` length and the bytes, the
//! format of a `Vec<u8>`. Its generic `Vec<T>` lift reads that back one byte at a time, each
//! with a bounds check in a call of its own (a sixth of a small getMeetingInfo parse from Swift,
//! measured), into a second allocation as large as the answer. [`Body`] declares the very
//! same type to the bindings (`TYPE_ID_META` is `Vec<u8>`'s: the foreign code sees `Data` and
//! `ByteArray` as before) and lifts it with one bounds check: in place, dropping the length,
//! when it owns the `RustBuffer`, with one copy when it reads from a larger buffer.

use uniffi::{Lift, MetadataBuffer, RustBuffer, TypeId};

use crate::UniFfiTag;

/// The bytes of an answer (or of a callback's body), as the foreign code passed them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Body(pub Vec<u8>);

impl std::ops::Deref for Body {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Body {
        Body(bytes)
    }
}

impl From<String> for Body {
    fn from(text: String) -> Body {
        Body(text.into_bytes())
    }
}

impl From<&[u8]> for Body {
    fn from(bytes: &[u8]) -> Body {
        Body(bytes.to_vec())
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        Body(text.as_bytes().to_vec())
    }
}

/// The length at the start of a serialized `Vec<u8>`.
fn length(buf: &[u8]) -> uniffi::Result<usize> {
    let Some((head, _)) = buf.split_first_chunk::<4>() else {
        uniffi::deps::anyhow::bail!("bbbkit: a byte string's length is cut short");
    };
    let len = i32::from_be_bytes(*head);
    let len = usize::try_from(len)
        .map_err(|_| uniffi::deps::anyhow::anyhow!("bbbkit: a byte string of length {len}"))?;
    if buf.len() - 4 < len {
        uniffi::deps::anyhow::bail!(
            "bbbkit: a byte string of {len} bytes has only {} in its buffer",
            buf.len() - 4
        );
    }
    Ok(len)
}

// SAFETY: the format is UniFFI's own for `Vec<u8>` (`TYPE_ID_META` below says so), read with
// bounds checks; `try_lift` takes the `RustBuffer` exactly as the generic lift does.
#[allow(unsafe_code)]
unsafe impl Lift<UniFfiTag> for Body {
    type FfiType = RustBuffer;

    fn try_lift(buf: RustBuffer) -> uniffi::Result<Body> {
        let mut vec = buf.destroy_into_vec();
        let len = length(&vec)?;
        if vec.len() - 4 != len {
            uniffi::deps::anyhow::bail!(
                "junk data left in buffer after lifting (count: {})",
                vec.len() - 4 - len
            );
        }
        // The bytes move down over the length: no second allocation as large as the answer.
        vec.drain(..4);
        Ok(Body(vec))
    }

    fn try_read(buf: &mut &[u8]) -> uniffi::Result<Body> {
        let len = length(buf)?;
        let (bytes, rest) = buf[4..].split_at(len);
        *buf = rest;
        Ok(Body(bytes.to_vec()))
    }
}

impl TypeId<UniFfiTag> for Body {
    const TYPE_ID_META: MetadataBuffer = <Vec<u8> as TypeId<UniFfiTag>>::TYPE_ID_META;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialized as UniFFI's own `Vec<u8>` lower does.
    fn lowered(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        <Vec<u8> as uniffi::Lower<UniFfiTag>>::write(bytes.to_vec(), &mut out);
        out
    }

    #[test]
    fn reads_what_uniffi_writes_for_a_vec_of_bytes() {
        for bytes in [&b""[..], b"x", b"<response/>", &[0u8, 255, 10, 13][..]] {
            let wire = lowered(bytes);
            let mut rest = &wire[..];
            assert_eq!(Body::try_read(&mut rest).unwrap().0, bytes);
            assert!(rest.is_empty());
            let generic: Vec<u8> =
                <Vec<u8> as Lift<UniFfiTag>>::try_lift(RustBuffer::from_vec(wire.clone())).unwrap();
            let ours = Body::try_lift(RustBuffer::from_vec(wire)).unwrap();
            assert_eq!(ours.0, generic);
        }
    }

    #[test]
    fn refuses_what_uniffi_refuses() {
        let wire = lowered(b"abc");
        for bad in [
            &wire[..3],                       // the length cut short
            &wire[..6],                       // fewer bytes than the length says
            &[0xff, 0xff, 0xff, 0xff, 0][..], // a negative length
        ] {
            assert!(Body::try_read(&mut &bad[..]).is_err());
            assert!(<Vec<u8> as Lift<UniFfiTag>>::try_read(&mut &bad[..]).is_err());
            assert!(Body::try_lift(RustBuffer::from_vec(bad.to_vec())).is_err());
        }
        let mut junk = wire.clone();
        junk.push(0);
        assert!(Body::try_lift(RustBuffer::from_vec(junk.clone())).is_err());
        assert!(<Vec<u8> as Lift<UniFfiTag>>::try_lift(RustBuffer::from_vec(junk)).is_err());
    }

    #[test]
    fn is_declared_as_a_vec_of_bytes() {
        assert_eq!(
            <Body as TypeId<UniFfiTag>>::TYPE_ID_META.as_ref(),
            <Vec<u8> as TypeId<UniFfiTag>>::TYPE_ID_META.as_ref()
        );
    }
}
