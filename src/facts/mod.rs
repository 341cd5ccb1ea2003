//! Facts: typed values extracted from a posting, each with the span it came from.
//!
//! Extractors are code (parsing money and dates well is real work); the words they recognise
//! are vocabulary data. The rule engine sees facts through one generic view, [`Records`], whose
//! names and fields are listed in [`REGISTRY`] so that rule files are checked against it.

pub mod benefits;
pub mod dates;
pub mod embedded;
pub mod employment;
pub mod experience;
pub mod gender_coded;
mod json;
pub mod jsonld;
pub mod language;
pub mod location;
pub mod pay;
mod scan;
pub mod statements;
pub mod tech;
pub mod title_gender;

pub use json::FactsJson;

use crate::document::Document;
use crate::source::{Source, Span};
use crate::vocab::Vocabulary;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub use dates::{DateRange, Duration, Ymd};
pub use employment::{EmploymentType, Seniority, WorkArrangement};
pub use experience::Experience;
pub use gender_coded::{CodedWord, Coding};
pub use location::Location;
pub use pay::{Pay, Period};
pub use tech::TechExperience;

/// A value and where it was stated.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Fact<T> {
    pub fn new(value: T, span: Span) -> Self {
        Fact { value, span }
    }
}

/// Everything the checks know about one posting.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub title: Option<Fact<String>>,
    pub pay: Vec<Fact<Pay>>,
    pub locations: Vec<Fact<Location>>,
    pub work_arrangement: Vec<Fact<WorkArrangement>>,
    pub employment_types: Vec<Fact<EmploymentType>>,
    /// Evidence that the role is fixed-term ("internship", "6-month contract", "seasonal").
    pub fixed_term: Vec<Fact<String>>,
    pub durations: Vec<Fact<Duration>>,
    /// Explicit start and end of the engagement ("May 2026 to July 2026").
    pub date_ranges: Vec<Fact<DateRange>>,
    pub date_posted: Option<Fact<Ymd>>,
    pub deadline: Option<Fact<Ymd>>,
    /// A posting date or deadline stated as a date no calendar holds (`2019-02-29`): reported,
    /// and never replaced by another date.
    pub invalid_dates: Vec<Fact<dates::InvalidDate>>,
    pub eeo_statement: Vec<Fact<statements::Eeo>>,
    /// Statements limiting the job to citizens.
    pub citizenship: Vec<Fact<statements::CitizenshipRequirement>>,
    /// Concrete benefits named ("health insurance", "401(k)", "paid time off").
    pub benefits: Vec<Fact<benefits::Benefit>>,
    pub experience: Vec<Fact<Experience>>,
    pub seniority: Vec<Fact<Seniority>>,
    /// Front matter that could not be read: its message.
    pub front_matter_error: Option<Fact<String>>,
    /// Words associated with masculine or feminine stereotypes, in source order.
    pub gender_coded: Vec<Fact<CodedWord>>,
    /// Years asked for with a named technology ("10+ years of Kubernetes").
    pub tech_experience: Vec<Fact<TechExperience>>,
    /// Where an HTML page's JSON-LD contradicts its visible text (at the JSON-LD's span).
    pub jsonld_mismatch: Vec<Fact<embedded::Mismatch>>,
    /// An HTML page's JSON-LD that cannot be read (not JSON, an amount that is not one): why.
    pub jsonld_invalid: Vec<Fact<String>>,
    /// A title that names a man or a woman without a marker such as "(m/w/d)".
    pub unmarked_title: Option<Fact<title_gender::UnmarkedTitle>>,
    /// A file that is not UTF-8, read in another encoding: at the first byte that is not.
    pub legacy_encoding: Option<Fact<LegacyEncoding>>,
}

/// How a file that is not UTF-8 was read, and its first byte that is not UTF-8.
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyEncoding {
    pub encoding: &'static str,
    pub first: crate::source::BytePosition,
}

/// The extractor for the built-in vocabulary, built once per process.
pub static BUILTIN_EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::new(&crate::vocab::BUILTIN)
        .unwrap_or_else(|e| panic!("the built-in extractors do not compile: {e}"))
});

/// Compiles every extractor pattern now: for the tests (the patterns otherwise compile on
/// first use, so one that is wrong would only show on the posting that needs it) and for the
/// language server ([`crate::lint::Linter::compile_all`]).
pub fn compile_patterns() {
    crate::vocab::BUILTIN.chrome_sets();
    tech::compile_patterns();
    benefits::compile_patterns();
    statements::compile_patterns();
    dates::compile_patterns();
    experience::compile_patterns();
    pay::compile_patterns();
    employment::compile_patterns();
    location::compile_patterns();
    crate::document::compile_patterns();
    // JSON files of postings are read before extraction, with patterns of their own.
    crate::audit::records::compile_patterns();
    crate::source::compile_patterns();
    LazyLock::force(&BUILTIN_EXTRACTOR);
}

/// The extractors, with their vocabulary-built matchers compiled once.
#[derive(Clone)]
pub struct Extractor {
    places: location::PlaceMatcher,
    /// Countries that write numeric dates month first.
    month_first: std::collections::HashSet<String>,
    pay: pay::PayMatcher,
    coded: gender_coded::CodedMatcher,
    tech: tech::TechMatcher,
    type_words: employment::TypeWords,
    durations: dates::DurationMatcher,
    benefit_words: benefits::BenefitWords,
    eeo_words: statements::EeoWords,
    title_gender: title_gender::TitleGenderWords,
}

impl Extractor {
    /// # Errors
    /// When a user's words make a pattern that does not compile (too large): which file,
    /// under which key, and why.
    pub fn new(vocab: &Vocabulary) -> Result<Self, crate::vocab::WordsError> {
        Ok(Extractor {
            places: location::PlaceMatcher::new(&vocab.places, &vocab.lang)?,
            month_first: vocab
                .places
                .countries
                .iter()
                .filter(|c| c.month_first)
                .map(|c| c.code.clone())
                .collect(),
            pay: pay::PayMatcher::new(&vocab.pay, &vocab.lang)?,
            coded: gender_coded::CodedMatcher::new(&vocab.gender_coded),
            tech: tech::TechMatcher::new(&vocab.technologies),
            type_words: employment::TypeWords::new(&vocab.employment, &vocab.lang)?,
            durations: dates::DurationMatcher::new(&vocab.lang, &vocab.pay.ranges)?,
            benefit_words: benefits::BenefitWords::new(&vocab.lang)?,
            eeo_words: statements::EeoWords::new(&vocab.lang)?,
            title_gender: title_gender::TitleGenderWords::new(&vocab.lang),
        })
    }

    /// Extracts all facts of a parsed posting.
    pub fn extract(&self, source: &Source, doc: &Document) -> Facts {
        extract(self, source, doc)
    }
}

fn extract(ex: &Extractor, source: &Source, doc: &Document) -> Facts {
    let text = source.text.as_str();
    let scan = scan::Scan::new(text, doc);
    let mut facts = Facts {
        title: doc.title.map(|t| {
            // From front matter, the value as YAML reads it (`"A \"B\""` is `A "B"`).
            let from_front_matter = doc
                .front_matter
                .as_ref()
                .and_then(|fm| fm.fields.iter().find(|f| f.value_span == t));
            let value = from_front_matter.map_or(&text[t.range()], |f| f.value.as_str());
            Fact::new(value.trim().to_string(), t)
        }),
        front_matter_error: doc
            .front_matter
            .as_ref()
            .and_then(|f| f.error.clone())
            .map(|(m, s)| Fact::new(m, s)),
        ..Facts::default()
    };
    // Two groups of extractors that need nothing from each other run side by side: in
    // parallel when a CPU is free (a one-posting `check`, where extracting is the longest
    // stretch of work; docs/BENCHMARKS.md), in turn on a busy thread pool (many postings).
    let Facts {
        locations,
        work_arrangement,
        pay,
        employment_types,
        fixed_term,
        seniority,
        experience,
        durations,
        date_ranges,
        date_posted,
        deadline,
        invalid_dates,
        eeo_statement,
        benefits,
        citizenship,
        gender_coded,
        tech_experience,
        ..
    } = &mut facts;
    rayon::join(
        || {
            *locations = ex.places.extract(&scan, doc);
            *work_arrangement = employment::work_arrangement(&scan, doc);
            *pay = ex.pay.extract(&scan, doc, locations);
            *employment_types = employment::employment_types(&scan, doc, &ex.type_words);
            *fixed_term = employment::fixed_term(&scan, doc, employment_types);
            *seniority = employment::seniority(&scan, doc);
            *experience = experience::extract(&scan);
        },
        || {
            *durations = ex.durations.durations(&scan, doc);
            *date_ranges = dates::date_ranges(&scan, doc);
            let (posted, bad_posted) = dates::split(dates::date_posted(&scan, doc));
            let (closes, bad_closes) = dates::split(dates::deadline(&scan, doc));
            (*date_posted, *deadline) = (posted, closes);
            *invalid_dates = bad_posted.into_iter().chain(bad_closes).collect();
            *eeo_statement = statements::eeo(&scan, &ex.eeo_words);
            *benefits = benefits::benefits(&scan, &ex.benefit_words);
            *citizenship = statements::citizenship(&scan);
            let eeo: Vec<Span> = eeo_statement.iter().map(|f| f.span).collect();
            *gender_coded = ex.coded.extract(&scan, &eeo);
            *tech_experience = ex.tech.extract(&scan);
        },
    );
    // "05/08/2025" in a posting placed where the day comes first is 5 August.
    let country = facts
        .locations
        .iter()
        .find_map(|l| l.value.country.as_deref());
    if country.is_some_and(|c| !ex.month_first.contains(c)) {
        for date in [&mut facts.date_posted, &mut facts.deadline]
            .into_iter()
            .flatten()
        {
            dates::read_day_first(text, date);
        }
    }
    facts.unmarked_title = facts
        .title
        .as_ref()
        .and_then(|t| ex.title_gender.unmarked(&scan, t));
    let embedded = embedded::read(source, &ex.places, &facts);
    facts.jsonld_mismatch = embedded.mismatches;
    facts.jsonld_invalid = embedded.invalid;
    embedded.page.fill(&mut facts);
    facts.legacy_encoding = source.decoded.as_ref().map(|d| {
        // The character the byte became; on a page, where the text shows it (else its start).
        let at = match &source.rendered {
            Some(r) => r.text_offset(d.at).unwrap_or(0),
            None => d.at,
        };
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        Fact::new(
            LegacyEncoding {
                encoding: d.encoding,
                first: d.first,
            },
            Span::new(at, end),
        )
    });
    facts
}

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
            Value::Num(n) => f.write_str(&format_number(*n)),
            Value::Str(s) => f.write_str(s),
            Value::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// `80000` → `80,000`; `24.5` → `24.50`.
/// Spans that do not overlap one another: the first of overlapping candidates wins, in
/// O(log n) a candidate (a posting of many megabytes has tens of thousands).
#[derive(Debug, Default)]
pub(crate) struct Disjoint(std::collections::BTreeSet<(usize, usize)>);

impl Disjoint {
    /// Takes `span` unless it overlaps one already taken; whether it was taken.
    pub(crate) fn insert(&mut self, span: Span) -> bool {
        let overlaps = |&&(start, end): &&(usize, usize)| start < span.end && span.start < end;
        // Taken spans start in order and do not overlap, so their ends are in order too: once
        // one ends before `span` starts, none before it reaches `span`.
        let mut before = self.0.range(..(span.end, 0)).rev();
        let hit = before
            .by_ref()
            .take_while(|&&(start, end)| !(start < end && end <= span.start))
            .any(|g| overlaps(&g));
        if !hit {
            self.0.insert((span.start, span.end));
        }
        !hit
    }
}

#[cfg(test)]
#[test]
fn disjoint_takes_the_first_of_overlapping_spans() {
    let mut d = Disjoint::default();
    assert!(d.insert(Span::new(10, 20)));
    assert!(!d.insert(Span::new(15, 25)));
    assert!(!d.insert(Span::new(0, 11)));
    assert!(!d.insert(Span::new(12, 13)));
    assert!(d.insert(Span::new(20, 30)));
    assert!(d.insert(Span::new(0, 10)));
    assert!(!d.insert(Span::new(5, 35)));
    assert!(d.insert(Span::new(40, 50)));
}

pub fn format_number(n: f64) -> String {
    if n.fract().abs() > 1e-9 {
        return format!("{n:.2}");
    }
    let digits = format!("{}", n.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0.0 { format!("-{out}") } else { out }
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
}

pub const PERIODS: &[&str] = &["hour", "day", "week", "month", "year"];
/// The units of a length of engagement (`duration.unit`).
pub const DURATION_UNITS: &[&str] = &["day", "week", "month", "year"];
pub const EMPLOYMENT_TYPES: &[&str] = &[
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "PERMANENT",
    "PER_DIEM",
    "VOLUNTEER",
];
pub const ARRANGEMENTS: &[&str] = &["remote", "hybrid", "onsite"];
pub const CODINGS: &[&str] = &["masculine", "feminine", "neutral"];
pub const SENIORITIES: &[&str] = &[
    "intern",
    "entry",
    "junior",
    "mid",
    "senior",
    "lead",
    "executive",
];

/// Every fact a rule may name, with its fields.
pub const REGISTRY: &[FactDef] = &[
    FactDef {
        name: "title",
        fields: &[("value", FieldType::Str)],
        doc: "the posting's title",
    },
    FactDef {
        name: "pay",
        fields: &[
            ("min", FieldType::Num),
            ("max", FieldType::Num),
            ("currency", FieldType::Str),
            ("period", FieldType::Enum(PERIODS)),
            ("open_ended", FieldType::Bool),
            ("single", FieldType::Bool),
            ("annual_min", FieldType::Num),
            ("annual_max", FieldType::Num),
            ("annual_width", FieldType::Num),
            ("annual_top", FieldType::Num),
        ],
        doc: "a pay amount or range (text or front matter)",
    },
    FactDef {
        name: "location",
        fields: &[
            ("value", FieldType::Str),
            ("city", FieldType::Str),
            ("region", FieldType::Str),
            ("country", FieldType::Str),
            ("remote", FieldType::Bool),
        ],
        doc: "a work location: a place, or an explicit remote arrangement",
    },
    FactDef {
        name: "work_arrangement",
        fields: &[
            ("value", FieldType::Enum(ARRANGEMENTS)),
            ("fully", FieldType::Bool),
        ],
        doc: "remote, hybrid or on-site work",
    },
    FactDef {
        name: "onsite_required",
        fields: &[("value", FieldType::Str)],
        doc: "a requirement to be present on site or to relocate",
    },
    FactDef {
        name: "employment_type",
        fields: &[("value", FieldType::Enum(EMPLOYMENT_TYPES))],
        doc: "an employment type stated for the role",
    },
    FactDef {
        name: "fixed_term",
        fields: &[("value", FieldType::Str)],
        doc: "evidence that the role is fixed-term",
    },
    FactDef {
        name: "duration",
        fields: &[
            ("value", FieldType::Num),
            ("unit", FieldType::Str),
            ("weeks", FieldType::Num),
        ],
        doc: "a stated length of engagement",
    },
    FactDef {
        name: "dates",
        fields: &[
            ("start", FieldType::Str),
            ("end", FieldType::Str),
            ("weeks", FieldType::Num),
            ("min_weeks", FieldType::Num),
            ("max_weeks", FieldType::Num),
        ],
        doc: "an explicit start and end of the engagement",
    },
    FactDef {
        name: "date_posted",
        fields: &[("value", FieldType::Str)],
        doc: "the posting date",
    },
    FactDef {
        name: "deadline",
        fields: &[("value", FieldType::Str)],
        doc: "the application deadline",
    },
    FactDef {
        name: "invalid_date",
        fields: &[
            ("value", FieldType::Str),
            ("of", FieldType::Enum(&["date_posted", "deadline"])),
            ("what", FieldType::Str),
            ("why", FieldType::Str),
        ],
        doc: "a posting date or deadline that no calendar holds (`2019-02-29`): the date as written, which date it was meant to be, and why it cannot be",
    },
    FactDef {
        name: "eeo_statement",
        fields: &[
            ("veterans", FieldType::Bool),
            ("disability", FieldType::Bool),
            ("eo11246", FieldType::Bool),
        ],
        doc: "an equal-opportunity / non-discrimination statement, and whether its paragraph covers protected veterans, disability, and EO 11246's wording",
    },
    FactDef {
        name: "citizenship_requirement",
        fields: &[("clearance", FieldType::Bool)],
        doc: "a statement limiting the job to citizens, and whether its paragraph ties it to a security clearance or export control",
    },
    FactDef {
        name: "benefits",
        fields: &[("value", FieldType::Enum(benefits::KINDS))],
        doc: "a concrete benefit: health, retirement, time_off, equity, bonus, insurance, other",
    },
    FactDef {
        name: "experience",
        fields: &[("min", FieldType::Num), ("max", FieldType::Num)],
        doc: "years of experience asked for",
    },
    FactDef {
        name: "seniority",
        fields: &[("value", FieldType::Enum(SENIORITIES))],
        doc: "the seniority level of the role",
    },
    FactDef {
        name: "front_matter_error",
        fields: &[("value", FieldType::Str)],
        doc: "front matter that is not valid YAML",
    },
    FactDef {
        name: "gender_coded",
        fields: &[
            ("masculine", FieldType::Num),
            ("feminine", FieldType::Num),
            ("margin", FieldType::Num),
            ("ratio", FieldType::Num),
            ("lean", FieldType::Enum(CODINGS)),
            ("masculine_words", FieldType::Str),
            ("feminine_words", FieldType::Str),
        ],
        doc: "the posting's balance of masculine- and feminine-coded words (one record, at the title)",
    },
    FactDef {
        name: "gender_coded_word",
        fields: &[
            ("value", FieldType::Str),
            ("coding", FieldType::Enum(CODINGS)),
        ],
        doc: "one masculine- or feminine-coded word",
    },
    FactDef {
        name: "tech_experience",
        fields: &[
            ("tech", FieldType::Str),
            ("years", FieldType::Num),
            // A year: a string, because numbers print with thousands separators ("2,014").
            ("released", FieldType::Str),
            ("max_years", FieldType::Num),
        ],
        doc: "years of experience asked for with a technology, and how long it has existed",
    },
    FactDef {
        name: "jsonld_mismatch",
        fields: &[
            ("field", FieldType::Str),
            ("page", FieldType::Str),
            ("text", FieldType::Str),
        ],
        doc: "where an HTML page's JSON-LD (this span) contradicts its visible text on salary, location or employment type",
    },
    FactDef {
        name: "unmarked_title",
        fields: &[("value", FieldType::Str), ("language", FieldType::Str)],
        doc: "a title with a job noun that names a man or a woman (`value`) and no marker such as \"(m/w/d)\" or \"(H/F)\", in a posting in that language (`language`, ISO 639-1)",
    },
    FactDef {
        name: "jsonld_invalid",
        fields: &[("value", FieldType::Str)],
        doc: "an HTML page's JSON-LD that cannot be read (not valid JSON, an amount that is not one): why, at the place",
    },
    FactDef {
        name: "legacy_encoding",
        fields: &[
            ("encoding", FieldType::Str),
            ("byte", FieldType::Str),
            ("line", FieldType::Num),
            ("column", FieldType::Num),
            ("offset", FieldType::Num),
        ],
        doc: "a file that is not UTF-8, read in another encoding (`Windows-1252`): the first byte that is not UTF-8 (`0x92`), its line, column and byte offset in the file; this span is the character it was read as",
    },
    FactDef {
        name: "jsonld_mismatch_text",
        fields: &[
            ("field", FieldType::Str),
            ("page", FieldType::Str),
            ("text", FieldType::Str),
        ],
        doc: "the visible text's side of a `jsonld_mismatch` (this span)",
    },
];

pub fn fact_def(name: &str) -> Option<&'static FactDef> {
    REGISTRY.iter().find(|d| d.name == name)
}

impl Facts {
    /// The generic view the rule engine evaluates, for a posting judged in `as_of_year` (which
    /// `tech_experience.max_years` is counted up to).
    pub fn records(&self, as_of_year: i16) -> Records {
        let mut r: Records = BTreeMap::new();
        let one = |span: Span, fields: Vec<(&'static str, Value)>| Record {
            span,
            fields: fields.into_iter().collect(),
        };
        let s = |v: &str| Value::Str(v.to_string());
        if let Some(t) = &self.title {
            r.entry("title")
                .or_default()
                .push(one(t.span, vec![("value", s(&t.value))]));
        }
        for p in &self.pay {
            // `single`: one amount, not a range ("$52 per hour"), for laws that want both ends.
            let single = p.value.min.is_some() && p.value.min == p.value.max;
            let mut f = vec![
                (
                    "open_ended",
                    Value::Bool(p.value.min.is_none() || p.value.max.is_none()),
                ),
                ("single", Value::Bool(single)),
            ];
            if let Some(v) = p.value.min {
                f.push(("min", Value::Num(v)));
            }
            if let Some(v) = p.value.max {
                f.push(("max", Value::Num(v)));
            }
            if let Some(c) = &p.value.currency {
                f.push(("currency", s(c)));
            }
            if let Some(per) = p.value.period {
                f.push(("period", s(per.as_str())));
            }
            if let Some((lo, hi)) = p.value.annual() {
                f.extend(lo.map(|v| ("annual_min", Value::Num(v))));
                f.extend(hi.map(|v| ("annual_max", Value::Num(v))));
                if let (Some(lo), Some(hi)) = (lo, hi) {
                    f.push(("annual_width", Value::Num(hi - lo)));
                }
                // The highest amount stated, whichever end it is ("$250k+", "up to $250k"), for
                // laws that exempt pay above a level (Ontario, $200,000).
                f.extend(hi.or(lo).map(|v| ("annual_top", Value::Num(v))));
            }
            r.entry("pay").or_default().push(one(p.span, f));
        }
        for l in &self.locations {
            let mut f = vec![
                ("value", s(&l.value.text)),
                ("remote", Value::Bool(l.value.remote)),
            ];
            for (k, v) in [
                ("city", &l.value.city),
                ("region", &l.value.region),
                ("country", &l.value.country),
            ] {
                if let Some(v) = v {
                    f.push((k, s(v)));
                }
            }
            r.entry("location").or_default().push(one(l.span, f));
        }
        for w in &self.work_arrangement {
            match w.value {
                WorkArrangement::OnsiteRequired => {
                    r.entry("onsite_required")
                        .or_default()
                        .push(one(w.span, vec![("value", s("onsite"))]));
                }
                other => {
                    let fields = vec![
                        ("value", s(other.as_str())),
                        ("fully", Value::Bool(other == WorkArrangement::FullyRemote)),
                    ];
                    r.entry("work_arrangement")
                        .or_default()
                        .push(one(w.span, fields));
                }
            }
        }
        for e in &self.employment_types {
            r.entry("employment_type")
                .or_default()
                .push(one(e.span, vec![("value", s(e.value.as_str()))]));
        }
        for e in &self.fixed_term {
            r.entry("fixed_term")
                .or_default()
                .push(one(e.span, vec![("value", s(&e.value))]));
        }
        for d in &self.durations {
            let f = vec![
                ("value", Value::Num(d.value.value)),
                ("unit", s(&d.value.unit)),
                ("weeks", Value::Num(d.value.weeks())),
            ];
            r.entry("duration").or_default().push(one(d.span, f));
        }
        for d in &self.date_ranges {
            let mut f = vec![
                ("start", s(&d.value.start.to_string())),
                ("end", s(&d.value.end.to_string())),
            ];
            if let Some((lo, hi)) = d.value.weeks_between() {
                f.push(("weeks", Value::Num((lo + hi) / 2.0)));
                f.push(("min_weeks", Value::Num(lo)));
                f.push(("max_weeks", Value::Num(hi)));
            }
            r.entry("dates").or_default().push(one(d.span, f));
        }
        if let Some(d) = &self.date_posted {
            r.entry("date_posted")
                .or_default()
                .push(one(d.span, vec![("value", s(&d.value.to_string()))]));
        }
        if let Some(d) = &self.deadline {
            r.entry("deadline")
                .or_default()
                .push(one(d.span, vec![("value", s(&d.value.to_string()))]));
        }
        for d in &self.invalid_dates {
            let what = match d.value.of {
                "date_posted" => "posting date",
                _ => "application deadline",
            };
            let f = vec![
                ("value", s(&d.value.text)),
                ("of", s(d.value.of)),
                ("what", s(what)),
                ("why", s(&d.value.why)),
            ];
            r.entry("invalid_date").or_default().push(one(d.span, f));
        }
        for e in &self.eeo_statement {
            let f = vec![
                ("veterans", Value::Bool(e.value.veterans)),
                ("disability", Value::Bool(e.value.disability)),
                ("eo11246", Value::Bool(e.value.eo11246)),
            ];
            r.entry("eeo_statement").or_default().push(one(e.span, f));
        }
        for c in &self.citizenship {
            r.entry("citizenship_requirement").or_default().push(one(
                c.span,
                vec![("clearance", Value::Bool(c.value.clearance))],
            ));
        }
        for b in &self.benefits {
            r.entry("benefits")
                .or_default()
                .push(one(b.span, vec![("value", s(b.value.as_str()))]));
        }
        for e in &self.experience {
            let mut f = vec![("min", Value::Num(e.value.min))];
            if let Some(m) = e.value.max {
                f.push(("max", Value::Num(m)));
            }
            r.entry("experience").or_default().push(one(e.span, f));
        }
        for e in &self.seniority {
            r.entry("seniority")
                .or_default()
                .push(one(e.span, vec![("value", s(e.value.as_str()))]));
        }
        if let Some(e) = &self.front_matter_error {
            r.entry("front_matter_error")
                .or_default()
                .push(one(e.span, vec![("value", s(&e.value))]));
        }
        if let Some(first) = self.gender_coded.first() {
            let b = gender_coded::Balance::of(&self.gender_coded);
            let lean = b.lean().map_or("neutral", Coding::as_str);
            let f = vec![
                ("masculine", Value::Num(b.masculine as f64)),
                ("feminine", Value::Num(b.feminine as f64)),
                ("margin", Value::Num(b.margin() as f64)),
                ("ratio", Value::Num(b.ratio())),
                ("lean", s(lean)),
                ("masculine_words", s(&b.masculine_words)),
                ("feminine_words", s(&b.feminine_words)),
            ];
            // A finding about the whole posting points at its title, like a missing fact.
            let span = self.title.as_ref().map_or(first.span, |t| t.span);
            r.entry("gender_coded").or_default().push(one(span, f));
        }
        for w in &self.gender_coded {
            let f = vec![
                ("value", s(&w.value.word)),
                ("coding", s(w.value.coding.as_str())),
            ];
            r.entry("gender_coded_word")
                .or_default()
                .push(one(w.span, f));
        }
        for t in &self.tech_experience {
            let f = vec![
                ("tech", s(&t.value.tech)),
                ("years", Value::Num(t.value.years)),
                ("released", s(&t.value.released.to_string())),
                (
                    "max_years",
                    Value::Num(f64::from(as_of_year - t.value.released)),
                ),
            ];
            r.entry("tech_experience").or_default().push(one(t.span, f));
        }
        for m in &self.jsonld_mismatch {
            let fields = || {
                vec![
                    ("field", s(m.value.field)),
                    ("page", s(&m.value.page)),
                    ("text", s(&m.value.text)),
                ]
            };
            r.entry("jsonld_mismatch")
                .or_default()
                .push(one(m.span, fields()));
            r.entry("jsonld_mismatch_text")
                .or_default()
                .push(one(m.value.text_span, fields()));
        }
        if let Some(t) = &self.unmarked_title {
            r.entry("unmarked_title").or_default().push(one(
                t.span,
                vec![
                    ("value", s(&t.value.word)),
                    ("language", s(&t.value.language)),
                ],
            ));
        }
        for e in &self.jsonld_invalid {
            r.entry("jsonld_invalid")
                .or_default()
                .push(one(e.span, vec![("value", s(&e.value))]));
        }
        if let Some(n) = &self.legacy_encoding {
            let b = n.value.first;
            let fields = vec![
                ("encoding", s(n.value.encoding)),
                ("byte", s(&format!("0x{:02X}", b.byte))),
                ("line", Value::Num(b.line as f64)),
                ("column", Value::Num(b.column as f64)),
                ("offset", Value::Num(b.offset as f64)),
            ];
            r.entry("legacy_encoding")
                .or_default()
                .push(one(n.span, fields));
        }
        r
    }
}

#[cfg(test)]
mod pattern_tests {
    #[test]
    fn every_extractor_pattern_compiles() {
        super::compile_patterns();
    }
}
