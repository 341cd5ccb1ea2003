//! The rule file format, as YAML deserializes it. Checked and compiled by [`super::compile`].
//!
//! A rule file is a YAML list of rules:
//!
//! ```yaml
//! - id: pay/missing
//!   severity: error
//!   message: No pay amount or range is stated.
//!   help: State the pay, e.g. "Pay: $62,000 – $78,000 per year".
//!   require: { fact: pay }
//! ```

use crate::yaml::Located;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Located<String>,
    pub severity: Severity,
    /// The finding's message; `{fact.field}` interpolates facts, `{match}` the matched text.
    pub message: String,
    /// One line for `hirelint rules`; defaults to the message.
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub help: Option<String>,
    /// A URL or citation for the rule's documentation.
    #[serde(default)]
    pub docs: Option<String>,
    /// Longer documentation for `hirelint explain`: what it checks and why it matters.
    #[serde(default)]
    pub description: Option<String>,
    /// Where patterns and facts are looked for (default: the whole posting).
    #[serde(default)]
    pub scope: Option<OneOrMany<String>>,
    /// The duty a law imposes that this rule checks (`rules/laws/`): where a law in force
    /// covers the posting, the finding takes the law's severity and names it.
    #[serde(default)]
    pub law: Option<LawLink>,
    /// Jurisdictions and the date window in which the rule applies.
    #[serde(default)]
    pub applies: Option<Applies>,
    /// A precondition: the rule is only checked when this holds.
    #[serde(default)]
    pub when: Option<Condition>,
    /// The label on the span a `require` finding points at ("no pay stated in this posting").
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub examples: Option<Examples>,
    #[serde(default)]
    pub forbid: Option<Condition>,
    #[serde(default)]
    pub require: Option<Condition>,
    #[serde(default)]
    pub conflict: Option<ConflictDef>,
    #[serde(default)]
    pub compare: Option<CompareDef>,
    /// For `forbid`: replacements for the flagged words, offered as fixes.
    #[serde(default)]
    pub fix: Option<FixDef>,
}

/// Replacements for a `forbid` rule's flagged words, keyed by the words (case-insensitive;
/// the replacement takes the case of the words it replaces). `safe` ones keep the meaning and
/// are applied by `check --fix`; `unsafe` ones need a person's eye (`--unsafe-fixes`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixDef {
    #[serde(default)]
    pub safe: std::collections::BTreeMap<String, String>,
    #[serde(default, rename = "unsafe")]
    pub unsafe_: std::collections::BTreeMap<String, String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applies {
    /// Jurisdiction codes (`US-CO`, `CA-ON`, `US`); the rule applies when the posting is in one.
    #[serde(default)]
    pub jurisdictions: Option<Vec<String>>,
    /// First day the rule applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub from: Option<String>,
    /// Last day the rule applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawLink {
    /// A duty of the laws in `rules/laws/`: `pay`, `benefits`, `criminal-history`.
    pub duty: String,
    /// The message where a law covers the posting; `{law.name}`, `{law.title}`,
    /// `{law.citation}` and `{law.since}` name the law, `{law.requires}` what it requires.
    pub message: String,
    /// What the duty requires, for `{law.requires}`, where the law does not say it in its
    /// own terms (`requires:` on the law's duty).
    #[serde(default)]
    pub requires: Option<String>,
    /// What a posting may say instead of meeting the duty, where a law allows it (the law's
    /// `except: [commission-only]`): name → the condition that shows it.
    #[serde(default)]
    pub except: std::collections::BTreeMap<String, Condition>,
    /// Whether the rule also reports, at its own severity, where no law covers the posting.
    #[serde(default = "yes")]
    pub elsewhere: bool,
    /// Countries where what the rule asks is expected of every posting though no law asks it:
    /// elsewhere (a posting whose places are all outside them) the rule reports as information.
    #[serde(default)]
    pub expected_in: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub bad: Vec<String>,
    #[serde(default)]
    pub good: Vec<String>,
    /// Judge the examples as for a US federal contractor.
    #[serde(default)]
    pub federal_contractor: bool,
    /// Judge the examples as for jobs where a law requires citizenship.
    #[serde(default)]
    pub citizenship_required_by_law: bool,
    /// Save the examples in this encoding (`windows-1252`) before reading them, for rules
    /// about files that are not UTF-8.
    #[serde(default)]
    pub saved_as: Option<String>,
}

/// A condition on the posting. Exactly one of `fact`, `pattern`, `any`, `all`, `not`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// A fact name, optionally with a field: `pay`, `pay.min`, `seniority`.
    #[serde(default)]
    pub fact: Option<String>,
    /// The fact (or field) equals this value.
    #[serde(default)]
    pub is: Option<serde_json::Value>,
    /// `absent: true`: the record has no value for the field (`{ fact: pay.period, absent: true }`).
    #[serde(default)]
    pub absent: Option<bool>,
    /// The fact (or field) is one of these values.
    #[serde(default, rename = "in")]
    pub in_: Option<Vec<serde_json::Value>>,
    /// Numeric tests: a number, or a parameter of the covering law's duty (`law.max_annual_width`).
    #[serde(default)]
    pub above: Option<BoundDef>,
    #[serde(default)]
    pub below: Option<BoundDef>,
    #[serde(default)]
    pub at_least: Option<BoundDef>,
    #[serde(default)]
    pub at_most: Option<BoundDef>,
    /// Tests on other fields of the same fact record: a value, a list of values, or a map of
    /// `is`/`in`/`above`/`below`/`at_least`/`at_most` (`where: { period: hour }`).
    #[serde(default, rename = "where")]
    pub where_: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Regular expressions (Rust `regex` syntax); any match satisfies the condition.
    #[serde(default)]
    pub pattern: Option<OneOrMany<String>>,
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
    #[serde(default)]
    pub all: Option<Vec<Condition>>,
    #[serde(default)]
    pub not: Option<Box<Condition>>,
    /// The label on the spans this condition matched.
    #[serde(default)]
    pub label: Option<String>,
    /// Where to look, overriding the rule's scope.
    #[serde(default)]
    pub scope: Option<OneOrMany<String>>,
}

/// Either one group of conditions that must hold together (`[A, B]`), or several alternative
/// groups (`[[A, B], [C, D]]`), any of which is a contradiction.
#[derive(Debug)]
pub struct ConflictDef(pub Vec<Vec<Condition>>);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareDef {
    /// A numeric fact field: `pay.min`, `duration.weeks`.
    pub left: String,
    pub op: CompareOp,
    /// A number, a fact field, or for `between`/`outside` a pair of them.
    pub right: Operand,
    /// Relative slack for `eq`, `ne`, `between` and `outside` (0.1 = 10%).
    #[serde(default)]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub label_left: Option<String>,
    #[serde(default)]
    pub label_right: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CompareOp {
    Gt,
    Ge,
    Lt,
    Le,
    Eq,
    Ne,
    Between,
    Outside,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Number(f64),
    Fact(String),
    Pair(Box<Operand>, Box<Operand>),
}

/// The bound of a numeric test: a number, or the name of a parameter of the duty of the law
/// that covers the posting (`law.max_annual_width`), so that a cap lives with its law.
#[derive(Debug, Clone, PartialEq)]
pub enum BoundDef {
    Number(f64),
    Param(String),
}

impl<'de> Deserialize<'de> for BoundDef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = BoundDef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, or a law's duty parameter such as `law.max_annual_width`")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<BoundDef, E> {
                Ok(BoundDef::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<BoundDef, E> {
                Ok(BoundDef::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<BoundDef, E> {
                Ok(BoundDef::Number(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<BoundDef, E> {
                Ok(BoundDef::Param(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A string or a list of strings.
#[derive(Debug, Clone)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<'de> Deserialize<'de> for OneOrMany<String> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany<String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s);
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for ConflictDef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// One entry of the list: a condition, or a list of conditions.
        enum Entry {
            One(Box<Condition>),
            Group(Vec<Condition>),
        }
        impl<'de> Deserialize<'de> for Entry {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = Entry;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("a condition or a list of conditions")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
                        Condition::deserialize(de::value::MapAccessDeserializer::new(map))
                            .map(|c| Entry::One(Box::new(c)))
                    }
                    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Entry, A::Error> {
                        Vec::<Condition>::deserialize(de::value::SeqAccessDeserializer::new(seq))
                            .map(Entry::Group)
                    }
                }
                d.deserialize_any(V)
            }
        }
        let entries = Vec::<Entry>::deserialize(d)?;
        let mut singles = Vec::new();
        let mut groups = Vec::new();
        for e in entries {
            match e {
                Entry::One(c) => singles.push(*c),
                Entry::Group(g) => groups.push(g),
            }
        }
        match (singles.is_empty(), groups.is_empty()) {
            (false, true) => Ok(ConflictDef(vec![singles])),
            (true, _) => Ok(ConflictDef(groups)),
            (false, false) => Err(de::Error::custom(
                "conflict: write either a list of conditions ([A, B]) or a list of groups ([[A, B], [C, D]]), not both",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Operand {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Operand;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a fact field such as pay.max, or a pair [low, high]")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Operand, E> {
                Ok(Operand::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Operand, E> {
                Ok(Operand::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Operand, E> {
                Ok(Operand::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Operand, E> {
                Ok(Operand::Fact(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Operand, A::Error> {
                let low: Operand = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &"two operands"))?;
                let high: Operand = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &"two operands"))?;
                if seq.next_element::<Operand>()?.is_some() {
                    return Err(de::Error::invalid_length(3, &"two operands"));
                }
                Ok(Operand::Pair(Box::new(low), Box::new(high)))
            }
        }
        d.deserialize_any(V)
    }
}
