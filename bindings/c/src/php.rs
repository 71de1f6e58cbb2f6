//! The compact form of a typed answer in PHP's `serialize()` format
//! (`bbbkit_parse_answer_php`): the values of the compact JSON form (each record a list of its
//! field values in the declared order, maps keyed by their names) written as PHP arrays,
//! strings, integers, booleans and nulls, which PHP's `unserialize()` reads about twice as fast
//! as `json_decode` reads the same values from JSON (no escape to undo: every string carries its
//! length in bytes).
//!
//! Only these forms are written (and `S:`, PHP's escaped string, for a string holding a NUL), never an object (`O:`, `C:`), a reference (`r:`, `R:`)
//! or a float: PHP reads it with `unserialize($s, ['allowed_classes' => false])`.

use serde::ser::{self, Error as _, Serialize, Serializer};

type Error = serde_json::Error;

/// Writes `value` in PHP's serialize format, every struct as a list of its field values.
pub(crate) fn write<T: Serialize>(value: &T, out: &mut Vec<u8>) -> Result<(), Error> {
    value.serialize(Php(out))
}

/// The serializer: writes to the vector it holds.
struct Php<'a>(&'a mut Vec<u8>);

/// An array being written: its output, the next list index, and for a map the entries written.
struct Array<'a> {
    out: &'a mut Vec<u8>,
    next: usize,
    len: usize,
}

/// A string: `s:LEN:"bytes";`, or for one that holds a NUL byte PHP's escaped form
/// `S:LEN:"…";` with each NUL as `\00` and each backslash as `\5c`, so that the text has no NUL
/// (it crosses as a C string).
fn text(out: &mut Vec<u8>, s: &[u8]) {
    if !s.contains(&0) {
        out.extend_from_slice(b"s:");
        decimal(out, s.len() as u64);
        out.extend_from_slice(b":\"");
        out.extend_from_slice(s);
    } else {
        out.extend_from_slice(b"S:");
        decimal(out, s.len() as u64);
        out.extend_from_slice(b":\"");
        for &b in s {
            match b {
                0 => out.extend_from_slice(b"\\00"),
                b'\\' => out.extend_from_slice(b"\\5c"),
                b => out.push(b),
            }
        }
    }
    out.extend_from_slice(b"\";");
}

/// `n` in decimal (by hand: `write!` costs more than the rest of the format together).
fn decimal(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

fn integer(out: &mut Vec<u8>, n: i64) {
    out.extend_from_slice(b"i:");
    if n < 0 {
        out.push(b'-');
    }
    decimal(out, n.unsigned_abs());
    out.push(b';');
}

impl<'a> Php<'a> {
    /// Opens an array of `len` entries (PHP needs the count first).
    fn array(self, len: Option<usize>) -> Result<Array<'a>, Error> {
        let len = len.ok_or_else(|| Error::custom("a sequence of unknown length"))?;
        self.0.extend_from_slice(b"a:");
        decimal(self.0, len as u64);
        self.0.extend_from_slice(b":{");
        Ok(Array {
            out: self.0,
            next: 0,
            len,
        })
    }
}

impl Array<'_> {
    /// Writes the next list element, keyed by its index.
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        integer(self.out, self.next as i64);
        self.next += 1;
        value.serialize(Php(self.out))
    }

    fn close(self) -> Result<(), Error> {
        if self.next != self.len {
            return Err(Error::custom("an array of another length than announced"));
        }
        self.out.push(b'}');
        Ok(())
    }
}

fn unsupported(what: &str) -> Error {
    Error::custom(format!("{what} has no form here"))
}

impl<'a> Serializer for Php<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = Array<'a>;
    type SerializeStruct = Array<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.extend_from_slice(if v { b"b:1;" } else { b"b:0;" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        integer(self.0, v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        let v = i64::try_from(v).map_err(|_| unsupported("an integer over i64::MAX"))?;
        self.serialize_i64(v)
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        text(self.0, v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.0.extend_from_slice(b"N;");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(unsupported("an enum variant with data"))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Array<'a>, Error> {
        self.array(len)
    }
    fn serialize_tuple(self, len: usize) -> Result<Array<'a>, Error> {
        self.array(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Array<'a>, Error> {
        self.array(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("an enum variant with data"))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Array<'a>, Error> {
        self.array(len)
    }
    /// A struct is the list of its field values.
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Array<'a>, Error> {
        self.array(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("an enum variant with data"))
    }
}

impl ser::SerializeSeq for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map's keys are strings (`metadata`, `custom_data`): PHP makes a decimal one an integer
/// key, as `json_decode` does.
impl ser::SerializeMap for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.next += 1;
        key.serialize(Key(self.out))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Php(self.out))
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map key: a string only.
struct Key<'a>(&'a mut Vec<u8>);

macro_rules! not_a_key {
    ($($method:ident($($ty:ty),*);)*) => {
        $(
            fn $method(self $(, _: $ty)*) -> Result<(), Error> {
                Err(unsupported("a map key that is not a string"))
            }
        )*
    };
}

impl Serializer for Key<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        text(self.0, v.as_bytes());
        Ok(())
    }

    not_a_key! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_bytes(&[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("a map key that is not a string"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let mut out = Vec::new();
        write(
            &(true, 42i64, "h\"é;}", Option::<i64>::None, vec!["a"]),
            &mut out,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a:5:{i:0;b:1;i:1;i:42;i:2;s:6:\"h\"é;}\";i:3;N;i:4;a:1:{i:0;s:1:\"a\";}}"
        );
    }

    #[test]
    fn integers() {
        for n in [0, 7, 10, -1, -10, 1_718_000_000_000, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            write(&n, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), format!("i:{n};"));
        }
    }

    #[test]
    fn a_nul_is_escaped() {
        let mut out = Vec::new();
        write(&vec!["a\0b\\c"], &mut out).unwrap();
        assert_eq!(out, b"a:1:{i:0;S:5:\"a\\00b\\5cc\";}");
    }

    #[test]
    fn an_answer_is_its_compact_form() {
        let xml = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/get_meeting_info_full.xml"
        ))
        .unwrap();
        let a = bbbkit_core::parse_meeting_info(&xml).unwrap();
        let mut out = Vec::new();
        write(&a, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("a:"), "{s}");
        // every string of the compact JSON form is here, with its length in bytes
        let mut compact = Vec::new();
        crate::compact::write(&a, &mut compact).unwrap();
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
                    out.push(k.clone());
                    strings(x, out)
                }),
                _ => {}
            }
        }
        let mut all = Vec::new();
        strings(&serde_json::from_slice(&compact).unwrap(), &mut all);
        assert!(!all.is_empty());
        for t in all {
            assert!(s.contains(&format!("s:{}:\"{t}\";", t.len())), "{t}");
        }
    }
}
