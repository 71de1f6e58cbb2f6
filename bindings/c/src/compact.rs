//! The compact JSON form of a typed answer (`bbbkit_parse_answer_compact`): the answer's JSON
//! form with every record (an answer, an attendee, a recording, a playback format, …) written as
//! an array of its field values in the declaration's order (the fields of `bbbkit_answer_schema`)
//! instead of an object keyed by field name. Maps (`metadata`, `custom_data`) stay objects,
//! lists stay arrays and scalars are as in the JSON form.
//!
//! It is the JSON form written through [`Compact`], a serializer adapter that turns each struct
//! into a sequence: no key is written, and a front end decoding it makes one small list per
//! record instead of a keyed table with one key string per field (PHP's `json_decode` takes 40%
//! less memory for a getRecordings answer, and the text is a quarter shorter).

use serde::ser::{self, Serialize, Serializer};

/// Writes `value`'s JSON form with every struct as an array of its field values.
pub(crate) fn write<T: Serialize>(value: &T, out: &mut Vec<u8>) -> serde_json::Result<()> {
    value.serialize(Compact(&mut serde_json::Serializer::new(out)))
}

/// A serializer that forwards to `S`, writing structs as sequences (their values, in order).
struct Compact<S>(S);

/// A value serialized through [`Compact`] (the elements, entries and fields of what it wraps).
struct Inner<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for Inner<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Compact(s))
    }
}

/// The compound serializers of `S`, with their elements wrapped in [`Inner`].
struct Each<C>(C);

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method(self $(, $arg: $ty)*) -> Result<Self::Ok, Self::Error> {
                self.0.$method($($arg),*)
            }
        )*
    };
}

impl<S: Serializer> Serializer for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Each<S::SerializeSeq>;
    type SerializeTuple = Each<S::SerializeTuple>;
    type SerializeTupleStruct = Each<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Each<S::SerializeTupleVariant>;
    type SerializeMap = Each<S::SerializeMap>;
    type SerializeStruct = Each<S::SerializeSeq>;
    type SerializeStructVariant = Each<S::SerializeTupleVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Inner(value))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Inner(value))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &Inner(value))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(Each)
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(Each)
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len).map(Each)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, index, variant, len)
            .map(Each)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(Each)
    }

    /// A struct is written as the sequence of its field values.
    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_seq(Some(len)).map(Each)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, index, variant, len)
            .map(Each)
    }
}

impl<C: ser::SerializeSeq> ser::SerializeSeq for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_element(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeSeq> ser::SerializeStruct for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        self.0.serialize_element(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeTuple> ser::SerializeTuple for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_element(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeTupleStruct> ser::SerializeTupleStruct for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_field(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeTupleVariant> ser::SerializeTupleVariant for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_field(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeTupleVariant> ser::SerializeStructVariant for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        self.0.serialize_field(&Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: ser::SerializeMap> ser::SerializeMap for Each<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        self.0.serialize_key(&Inner(key))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_value(&Inner(value))
    }
    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), C::Error> {
        self.0.serialize_entry(&Inner(key), &Inner(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bbbkit_core::answers::{Answer, ANSWER_TYPES};

    /// Each record of the JSON form, as the compact form writes it: its values in the order of
    /// its type's declared fields.
    fn rows(v: &serde_json::Value, ty: &str) -> serde_json::Value {
        let t = ANSWER_TYPES.iter().find(|t| t.name == ty).unwrap();
        let row = t.fields.iter().map(|f| {
            let x = &v[f.json];
            assert!(v.get(f.json).is_some(), "{ty}.{}", f.json);
            match f.kind {
                bbbkit_core::answers::FieldKind::Record(r) if !x.is_null() => rows(x, r),
                bbbkit_core::answers::FieldKind::RecordList(r) => {
                    x.as_array().unwrap().iter().map(|i| rows(i, r)).collect()
                }
                _ => x.clone(),
            }
        });
        let keys = v.as_object().unwrap().len();
        assert_eq!(
            keys,
            t.fields.len(),
            "{ty}: the JSON form has only the declared keys"
        );
        row.collect()
    }

    #[test]
    fn a_record_is_its_values_in_the_declared_order() {
        for name in ["get_recordings_paginated.xml", "get_meeting_info_full.xml"] {
            let xml = std::fs::read(format!(
                "{}/../../tests/fixtures/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let (value, compact) = if name.contains("recordings") {
                let a = bbbkit_core::parse_recordings(&xml).unwrap();
                let mut out = Vec::new();
                write(&a, &mut out).unwrap();
                (rows(&a.to_json(), bbbkit_core::Recordings::TYPE.name), out)
            } else {
                let a = bbbkit_core::parse_meeting_info(&xml).unwrap();
                let mut out = Vec::new();
                write(&a, &mut out).unwrap();
                (rows(&a.to_json(), bbbkit_core::MeetingInfo::TYPE.name), out)
            };
            let compact: serde_json::Value = serde_json::from_slice(&compact).unwrap();
            assert_eq!(compact, value, "{name}");
        }
    }
}
