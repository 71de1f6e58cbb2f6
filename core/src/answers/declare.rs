//! What one row of [`for_each_answer_type!`](crate::for_each_answer_type) turns into: the
//! struct, its reader, its JSON form (`serde::Serialize`, written straight to the output), its
//! `Debug` (redacting what the row marks `[redacted]`), its docs, and its entry in
//! [`ANSWER_TYPES`](crate::answers::ANSWER_TYPES), the table the front ends' generators read.
//!
//! A field's kind in the table (text, integer, …) and whether it is optional come from its Rust
//! type through [`AnswerField`], so the row cannot disagree with the struct.

use std::fmt;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::parse::{GuestStatus, Redacted};

/// Ordered (name, value) pairs, as the server wrote them: `metadata` and `custom_data`. The
/// declaration names this type, so that a front end maps it to its own (a map).
pub type Pairs = Vec<(String, String)>;

/// The kind of an answer field's value, across languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldKind {
    /// A string.
    Text,
    /// A 64-bit integer.
    Integer,
    /// A boolean.
    Boolean,
    /// Ordered (name, value) string pairs: a map in the front ends, an object in JSON.
    Map,
    /// A list of strings.
    TextList,
    /// Another answer type, by name.
    Record(&'static str),
    /// A list of another answer type, by name.
    RecordList(&'static str),
    /// An enum kept as its server spelling in JSON (`GuestStatus`), by name.
    Enum(&'static str),
}

impl FieldKind {
    /// The kind's name in [`answer_schema_json`](crate::answers::answer_schema_json):
    /// `text`, `integer`, `boolean`, `map`, `text_list`, `record`, `record_list`, `enum`.
    pub const fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::Integer => "integer",
            FieldKind::Boolean => "boolean",
            FieldKind::Map => "map",
            FieldKind::TextList => "text_list",
            FieldKind::Record(_) => "record",
            FieldKind::RecordList(_) => "record_list",
            FieldKind::Enum(_) => "enum",
        }
    }

    /// The answer type or enum a `record`, `record_list` or `enum` field holds.
    pub const fn type_name(self) -> Option<&'static str> {
        match self {
            FieldKind::Record(t) | FieldKind::RecordList(t) | FieldKind::Enum(t) => Some(t),
            _ => None,
        }
    }
}

/// One field of an answer type, as declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldDecl {
    /// The Rust field name (snake case); the front ends derive theirs from it.
    pub name: &'static str,
    /// The key in the JSON form (the field name, but `type` for `format_type`).
    pub json: &'static str,
    /// How the field is read (`text`, `int`, `list`, `attr`, …).
    pub reader: &'static str,
    /// The BBB element path(s) it is read from (`meetingID`, `pageable/offset`, …).
    pub elements: &'static [&'static str],
    /// Its kind.
    pub kind: FieldKind,
    /// `None` when the server did not send it (`null` in JSON). Lists and maps are never
    /// optional: absent reads as empty.
    pub optional: bool,
    /// `[redacted]` in `Debug` and in every front end's text form (`repr`, `toString`, …).
    pub redacted: bool,
    /// For a `[redacted = method]` field, the method whose value the text form shows instead
    /// (`redacted_url`: the URL with its session token replaced).
    pub redacted_with: Option<&'static str>,
    /// The doc comment.
    pub doc: &'static str,
}

/// One answer type, as declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AnswerType {
    /// The type's name (`MeetingInfo`), the same in every front end.
    pub name: &'static str,
    /// The doc comment.
    pub doc: &'static str,
    /// The fields, in declaration (and JSON) order.
    pub fields: &'static [FieldDecl],
}

/// A value an answer field may hold: its kind for the table, its JSON form, and what `Debug`
/// shows when the field is redacted.
pub trait AnswerField {
    /// The field's kind.
    const KIND: FieldKind;
    /// Whether the value may be absent.
    const OPTIONAL: bool = false;
    /// Writes the JSON form.
    ///
    /// # Errors
    ///
    /// The serializer's.
    fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;
    /// Writes the `Debug` form of a redacted field: `[redacted]` (`Some([redacted])` or `None`
    /// for an optional one).
    ///
    /// # Errors
    ///
    /// The formatter's.
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::parse::REDACTED)
    }
}

macro_rules! scalar_field {
    ($ty:ty, $kind:expr) => {
        impl AnswerField for $ty {
            const KIND: FieldKind = $kind;
            fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.serialize(s)
            }
        }
    };
}

scalar_field!(String, FieldKind::Text);
scalar_field!(i64, FieldKind::Integer);
scalar_field!(bool, FieldKind::Boolean);
scalar_field!(Vec<String>, FieldKind::TextList);

impl AnswerField for GuestStatus {
    const KIND: FieldKind = FieldKind::Enum("GuestStatus");
    fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Name/value pairs: a JSON object in the server's order.
impl AnswerField for Vec<(String, String)> {
    const KIND: FieldKind = FieldKind::Map;
    fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.len()))?;
        for (k, v) in self {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<T: AnswerField> AnswerField for Option<T> {
    const KIND: FieldKind = T::KIND;
    const OPTIONAL: bool = true;
    fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(v) => v.serialize_json(s),
            None => s.serialize_none(),
        }
    }
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_ref().map(|_| Redacted), f)
    }
}

/// An answer type declared by [`for_each_answer_type!`](crate::for_each_answer_type).
pub trait Answer: Sized {
    /// Its declaration.
    const TYPE: AnswerType;
}

/// A list of answer records: a JSON array.
impl<T: Answer + Serialize> AnswerField for Vec<T> {
    const KIND: FieldKind = FieldKind::RecordList(T::TYPE.name);
    fn serialize_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for v in self {
            seq.serialize_element(v)?;
        }
        seq.end()
    }
}

/// Serializes a field through its [`AnswerField`] form.
pub(crate) struct Json<'a, T>(pub(crate) &'a T);

impl<T: AnswerField> Serialize for Json<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_json(s)
    }
}

/// A `Debug` written by a closure (the redacted form of a field).
pub(crate) struct DebugWith<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result>(pub(crate) F);

impl<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result> fmt::Debug for DebugWith<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

/// Expands the answer types from the rows of
/// [`for_each_answer_type!`](crate::for_each_answer_type).
macro_rules! declare_answers {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident {
            $(
                $(#[doc = $fdoc:literal])*
                $([$flag:ident $(= $fval:tt)?])*
                $field:ident : $ty:ty = $how:ident ( $($arg:literal),* ),
            )*
        }
    )*) => {
        $(
            $(#[doc = $doc])*
            ///
            #[doc = concat!(
                "JSON keys, in order: ",
                $( "`", declare_answers!(@json $field $([$flag $(= $fval)?])*), "` ", )*
                "(absent optional values are `null`)."
            )]
            #[derive(Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub struct $name {
                $(
                    $(#[doc = $fdoc])*
                    pub $field: $ty,
                )*
            }

            impl $name {
                /// The JSON form, as a `serde_json::Value` (see [`Serialize`](serde::Serialize)
                /// to write it without one).
                pub fn to_json(&self) -> serde_json::Value {
                    serde_json::to_value(self).expect("an answer always serializes")
                }
            }

            impl crate::answers::read::Typed for $name {
                #[allow(unused_assignments, unused_mut, unused_variables)]
                fn read_element<'i, S: crate::answers::stream::Source<'i>>(
                    src: &mut S,
                    tag: &crate::answers::stream::Tag<'i>,
                    hook: Option<&mut dyn crate::answers::read::ChildHook<'i, S>>,
                ) -> crate::error::Result<crate::answers::read::Item<$name>> {
                    use crate::answers::read::{read_rows, Index, Item, Kind, Own, Plan, Row, Shared, Slot};
                    // One state per row, named as the field.
                    #[allow(non_snake_case)]
                    struct Rows<'i> {
                        $( $field: crate::answers::read::$how<'i, $ty>, )*
                    }
                    const N: usize = [$(stringify!($field)),*].len();
                    // Per row: what it reads and its paths; and the rows by their paths' first
                    // steps, which each child's name is looked up in.
                    const KINDS: [Kind; N] = [
                        $( <crate::answers::read::$how<'static, $ty> as Row<'static>>::KIND, )*
                    ];
                    const PATHS: [[&'static str; 2]; N] = [
                        $( crate::answers::read::$how::<'static, $ty>::paths(&[$($arg),*]), )*
                    ];
                    const INDEX: Index = Index::new(PATHS);
                    const PLAN: Plan = Plan {
                        kinds: &KINDS,
                        paths: &PATHS,
                        index: &INDEX,
                    };
                    let mut rows = Rows { $( $field: Default::default(), )* };
                    let attributes = if PLAN.own() { src.attributes(tag)? } else { Vec::new() };
                    let mut slots: [[Slot<'i>; 2]; N] = std::array::from_fn(|_| Default::default());
                    let (own, has_children) = read_rows(
                        src,
                        &PLAN,
                        &mut slots,
                        &mut |row, child, src| {
                            let mut k = 0usize;
                            $(
                                if k == row {
                                    return rows.$field.element(&[$($arg),*], child, src);
                                }
                                k += 1;
                            )*
                            src.skip()
                        },
                        hook,
                    )?;
                    let own = Own {
                        text: own,
                        attributes,
                    };
                    let mut shared = Shared::default();
                    let mut slots = slots.iter_mut();
                    let mut slots = || slots.next().expect("one pair of slots per row");
                    let value = (|| {
                        Ok($name {
                            $( $field: rows.$field.finish(&[$($arg),*], slots(), &own, &mut shared)?, )*
                        })
                    })();
                    Ok(Item { value, has_children })
                }
            }

            impl $crate::answers::Answer for $name {
                const TYPE: $crate::answers::AnswerType = $crate::answers::AnswerType {
                    name: stringify!($name),
                    doc: concat!($($doc, "\n",)*),
                    fields: &[$(
                        $crate::answers::FieldDecl {
                            name: stringify!($field),
                            json: declare_answers!(@json $field $([$flag $(= $fval)?])*),
                            reader: stringify!($how),
                            elements: &[$($arg),*],
                            kind: <$ty as $crate::answers::AnswerField>::KIND,
                            optional: <$ty as $crate::answers::AnswerField>::OPTIONAL,
                            redacted: declare_answers!(@redacted $([$flag $(= $fval)?])*),
                            redacted_with: declare_answers!(@redacted_with $([$flag $(= $fval)?])*),
                            doc: concat!($($fdoc, "\n",)*),
                        },
                    )*],
                };
            }

            /// A record inside another answer: a JSON object.
            impl $crate::answers::AnswerField for $name {
                const KIND: $crate::answers::FieldKind =
                    $crate::answers::FieldKind::Record(stringify!($name));
                fn serialize_json<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    serde::Serialize::serialize(self, s)
                }
            }

            /// The JSON form: an object with the keys the type's docs list, written as it goes.
            impl serde::Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeStruct;
                    const LEN: usize = [$(stringify!($field)),*].len();
                    let mut st = s.serialize_struct(stringify!($name), LEN)?;
                    $(
                        st.serialize_field(
                            declare_answers!(@json $field $([$flag $(= $fval)?])*),
                            &crate::answers::declare::Json(&self.$field),
                        )?;
                    )*
                    st.end()
                }
            }

            /// The fields, with `[redacted]` for the secret ones that are set.
            impl std::fmt::Debug for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    let mut d = f.debug_struct(stringify!($name));
                    $( declare_answers!(@debug self d $field $([$flag $(= $fval)?])*); )*
                    d.finish()
                }
            }
        )*

        /// Every declared answer type, in declaration order: the table the front ends'
        /// generators read.
        pub const ANSWER_TYPES: &[$crate::answers::AnswerType] =
            &[$(<$name as $crate::answers::Answer>::TYPE),*];
    };

    // The JSON key: `[json = "…"]`, or the field name.
    (@json $field:ident) => { stringify!($field) };
    (@json $field:ident [json = $key:literal] $($rest:tt)*) => { $key };
    (@json $field:ident [$flag:ident $(= $fval:tt)?] $($rest:tt)*) => {
        declare_answers!(@json $field $($rest)*)
    };

    // Whether the field is secret: `[redacted]` or `[redacted = method]`.
    (@redacted) => { false };
    (@redacted [redacted $(= $m:tt)?] $($rest:tt)*) => { true };
    (@redacted [$flag:ident $(= $fval:tt)?] $($rest:tt)*) => { declare_answers!(@redacted $($rest)*) };

    (@redacted_with) => { None };
    (@redacted_with [redacted = $m:ident] $($rest:tt)*) => { Some(stringify!($m)) };
    (@redacted_with [$flag:ident $(= $fval:tt)?] $($rest:tt)*) => {
        declare_answers!(@redacted_with $($rest)*)
    };

    // The `Debug` entry: `[redacted]` shows `[redacted]` when set; `[redacted = method]` shows
    // what `self.method()` gives (a URL with its token replaced).
    (@debug $self:ident $d:ident $field:ident) => {
        $d.field(stringify!($field), &$self.$field);
    };
    (@debug $self:ident $d:ident $field:ident [redacted] $($rest:tt)*) => {
        $d.field(
            stringify!($field),
            &crate::answers::declare::DebugWith(|f| {
                $crate::answers::AnswerField::fmt_redacted(&$self.$field, f)
            }),
        );
    };
    (@debug $self:ident $d:ident $field:ident [redacted = $m:ident] $($rest:tt)*) => {
        $d.field(
            stringify!($field),
            &crate::answers::declare::DebugWith(|f| std::fmt::Debug::fmt(&$self.$m(), f)),
        );
    };
    (@debug $self:ident $d:ident $field:ident [$flag:ident $(= $fval:tt)?] $($rest:tt)*) => {
        declare_answers!(@debug $self $d $field $($rest)*)
    };
}

pub(crate) use declare_answers;
