//! The facts a rule may name, declared once ([`facts!`] below): each fact's name, what it
//! means, its fields with their Rust types, and the keys it feeds in `extract`'s JSON.
//!
//! From that one table follow the record types [`super::Facts::records`] fills (`record::pay`,
//! so a record cannot leave out a field, name one the table does not declare, or give it
//! another type), [`REGISTRY`] (which rule files are checked against, and which `hirelint
//! facts` prints as docs/facts.md), and the keys a test holds [`super::FactsJson`] to. Adding a
//! fact is a line here, its extractor, and filling its record.

use super::dates::DateOf;
use super::gender_coded::Lean;
use super::{ArrangementKind, Benefit, Coding, EmploymentType, Period, Seniority};
use crate::source::Span;
use std::collections::BTreeMap;

/// A fact value as the rule engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Num(f64),
    Str(String),
    Bool(bool),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Num(n) => f.write_str(&super::format_number(*n)),
            Value::Str(s) => f.write_str(s),
            Value::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// One fact instance: where it was stated and its fields (`value` is the main one).
#[derive(Debug, Clone)]
pub struct Record {
    pub span: Span,
    pub fields: BTreeMap<&'static str, Value>,
}

/// All facts as records, by fact name.
pub type Records = BTreeMap<&'static str, Vec<Record>>;

/// The type of a fact field, for checking rule files.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldType {
    Num,
    Str,
    Bool,
    /// One of a fixed set of strings.
    Enum(&'static [&'static str]),
}

/// A fact the rule engine knows: its name, its fields, and what it means.
pub struct FactDef {
    pub name: &'static str,
    pub fields: &'static [(&'static str, FieldType)],
    pub doc: &'static str,
    /// The keys of `extract`'s JSON object this fact feeds (docs/extract.md).
    pub extract_keys: &'static [&'static str],
}

pub fn fact_def(name: &str) -> Option<&'static FactDef> {
    REGISTRY.iter().find(|d| d.name == name)
}

/// A Rust type a record field may have, and the value it gives the rule engine. A field that
/// is `None` is left out of its record (a range with no maximum has no `max`).
pub trait FieldValue {
    const TYPE: FieldType;
    fn into_value(self) -> Option<Value>;
}

impl FieldValue for f64 {
    const TYPE: FieldType = FieldType::Num;
    fn into_value(self) -> Option<Value> {
        Some(Value::Num(self))
    }
}

impl FieldValue for bool {
    const TYPE: FieldType = FieldType::Bool;
    fn into_value(self) -> Option<Value> {
        Some(Value::Bool(self))
    }
}

impl FieldValue for String {
    const TYPE: FieldType = FieldType::Str;
    fn into_value(self) -> Option<Value> {
        Some(Value::Str(self))
    }
}

impl<T: FieldValue> FieldValue for Option<T> {
    const TYPE: FieldType = T::TYPE;
    fn into_value(self) -> Option<Value> {
        self.and_then(T::into_value)
    }
}

/// Enums whose values are a fixed set of names (strum's `VariantNames` and `IntoStaticStr`).
macro_rules! enum_fields {
    ($($t:ty),* $(,)?) => {$(
        impl FieldValue for $t {
            const TYPE: FieldType = FieldType::Enum(<$t as strum::VariantNames>::VARIANTS);
            fn into_value(self) -> Option<Value> {
                Some(Value::Str(<&'static str>::from(self).to_string()))
            }
        }
    )*};
}

enum_fields!(
    Period,
    ArrangementKind,
    EmploymentType,
    DateOf,
    Benefit,
    Seniority,
    Lean,
    Coding
);

/// A record type of the table: the fact it belongs to, and its fields by name.
pub trait FactRecord {
    const NAME: &'static str;
    fn fields(self) -> BTreeMap<&'static str, Value>;
}

/// Collects records by fact, in the order they are pushed.
#[derive(Default)]
pub struct RecordsBuilder(Records);

impl RecordsBuilder {
    pub fn push<R: FactRecord>(&mut self, span: Span, record: R) {
        self.0.entry(R::NAME).or_default().push(Record {
            span,
            fields: record.fields(),
        });
    }

    pub fn finish(self) -> Records {
        self.0
    }
}

/// Declares the facts: `name "doc" [extract keys] { field: Type, ... }`, in the order the
/// documentation lists them. Each makes a struct `record::name` and an entry of [`REGISTRY`].
macro_rules! facts {
    ($(
        $name:ident $doc:literal [$($key:literal),*] {
            $($(#[$meta:meta])* $field:ident: $ty:ty),* $(,)?
        }
    )*) => {
        /// One record type a fact, named as rules name the fact.
        #[allow(non_camel_case_types)]
        pub mod record {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[doc = $doc]
                pub struct $name {
                    $($(#[$meta])* pub $field: $ty,)*
                }

                impl FactRecord for $name {
                    const NAME: &'static str = stringify!($name);
                    fn fields(self) -> BTreeMap<&'static str, Value> {
                        let mut fields = BTreeMap::new();
                        $(
                            if let Some(v) = FieldValue::into_value(self.$field) {
                                fields.insert(stringify!($field), v);
                            }
                        )*
                        fields
                    }
                }
            )*
        }

        /// Every fact a rule may name, with its fields.
        pub const REGISTRY: &[FactDef] = &[$(
            FactDef {
                name: stringify!($name),
                fields: &[$((stringify!($field), <$ty as FieldValue>::TYPE)),*],
                doc: $doc,
                extract_keys: &[$($key),*],
            },
        )*];
    };
}

facts! {
    title "the posting's title" ["title"] {
        value: String,
    }
    pay "a pay amount or range (text or front matter)" ["pay"] {
        min: Option<f64>,
        max: Option<f64>,
        currency: Option<String>,
        period: Option<Period>,
        open_ended: bool,
        /// One amount, not a range ("$52 per hour"), for laws that want both ends.
        single: bool,
        annual_min: Option<f64>,
        annual_max: Option<f64>,
        annual_width: Option<f64>,
        /// The highest amount stated, whichever end it is ("$250k+", "up to $250k"), for laws
        /// that exempt pay above a level (Ontario, $200,000).
        annual_top: Option<f64>,
    }
    location "a work location: a place, or an explicit remote arrangement"
        ["locations", "jurisdictions"] {
        value: String,
        city: Option<String>,
        region: Option<String>,
        country: Option<String>,
        remote: bool,
    }
    work_arrangement "remote, hybrid or on-site work" ["work_arrangement"] {
        value: ArrangementKind,
        fully: bool,
    }
    onsite_required "a requirement to be present on site or to relocate" ["work_arrangement"] {
        value: String,
    }
    employment_type "an employment type stated for the role" ["employment_type"] {
        value: EmploymentType,
    }
    fixed_term "evidence that the role is fixed-term" ["fixed_term"] {
        value: String,
    }
    duration "a stated length of engagement" ["duration"] {
        value: f64,
        unit: String,
        weeks: f64,
    }
    dates "an explicit start and end of the engagement" ["start_date", "end_date"] {
        start: String,
        end: String,
        weeks: Option<f64>,
        min_weeks: Option<f64>,
        max_weeks: Option<f64>,
    }
    date_posted "the posting date" ["date_posted"] {
        value: String,
    }
    deadline "the application deadline" ["deadline"] {
        value: String,
    }
    invalid_date "a posting date or deadline that no calendar holds (`2019-02-29`): the date as written, which date it was meant to be, and why it cannot be" [] {
        value: String,
        of: DateOf,
        what: String,
        why: String,
    }
    eeo_statement "an equal-opportunity / non-discrimination statement, and whether its paragraph covers protected veterans, disability, and EO 11246's wording" ["eeo_statement"] {
        veterans: bool,
        disability: bool,
        eo11246: bool,
    }
    citizenship_requirement "a statement limiting the job to citizens, and whether its paragraph ties it to a security clearance or export control" [] {
        clearance: bool,
    }
    benefits "a concrete benefit: health, retirement, time_off, equity, bonus, insurance, other" ["benefits"] {
        value: Benefit,
    }
    experience "years of experience asked for" ["experience_years"] {
        min: f64,
        max: Option<f64>,
    }
    seniority "the seniority level of the role" ["seniority"] {
        value: Seniority,
    }
    front_matter_error "front matter that is not valid YAML" [] {
        value: String,
    }
    gender_coded "the posting's balance of masculine- and feminine-coded words (one record, at the title)" [] {
        masculine: f64,
        feminine: f64,
        margin: f64,
        ratio: f64,
        lean: Lean,
        masculine_words: String,
        feminine_words: String,
    }
    gender_coded_word "one masculine- or feminine-coded word" [] {
        value: String,
        coding: Coding,
    }
    tech_experience "years of experience asked for with a technology, and how long it has existed" [] {
        tech: String,
        years: f64,
        /// A year: a string, because numbers print with thousands separators ("2,014").
        released: String,
        max_years: f64,
    }
    jsonld_mismatch "where an HTML page's JSON-LD (this span) contradicts its visible text on salary, location or employment type" [] {
        field: String,
        page: String,
        text: String,
    }
    unmarked_title "a title with a job noun that names a man or a woman (`value`) and no marker such as \"(m/w/d)\" or \"(H/F)\", in a posting in that language (`language`, ISO 639-1)" [] {
        value: String,
        language: String,
    }
    jsonld_invalid "an HTML page's JSON-LD that cannot be read (not valid JSON, an amount that is not one): why, at the place" [] {
        value: String,
    }
    legacy_encoding "a file that is not UTF-8, read in another encoding (`Windows-1252`): the first byte that is not UTF-8 (`0x92`), its line, column and byte offset in the file; this span is the character it was read as" [] {
        encoding: String,
        byte: String,
        line: f64,
        column: f64,
        offset: f64,
    }
    jsonld_mismatch_text "the visible text's side of a `jsonld_mismatch` (this span)" [] {
        field: String,
        page: String,
        text: String,
    }
}

#[cfg(test)]
mod tests;
