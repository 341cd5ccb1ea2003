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
mod numbers;
pub mod pay;
mod registry;
mod scan;
pub mod statements;
pub mod tech;
pub mod title_gender;

pub use json::FactsJson;
pub use registry::{FactDef, FieldType, REGISTRY, Record, Records, Value, fact_def, record};

use crate::document::Document;
use crate::source::{Source, Span};
use crate::vocab::Vocabulary;
use std::sync::LazyLock;

pub use benefits::Benefit;
pub use dates::{DateRange, Duration, Ymd};
pub use employment::{ArrangementKind, EmploymentType, Seniority, WorkArrangement};
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
    Extractor::with_places(&crate::vocab::BUILTIN, Places::Builtin)
        .unwrap_or_else(|e| panic!("the built-in extractors do not compile: {e}"))
});

/// Compiles every extractor pattern now: for the tests (the patterns otherwise compile on
/// first use, so one that is wrong would only show on the posting that needs it) and for the
/// language server ([`crate::lint::Linter::compile_all`]).
pub fn compile_patterns() {
    crate::vocab::BUILTIN.chrome_sets();
    dates::compile_patterns();
    experience::compile_patterns();
    pay::compile_patterns();
    location::compile_patterns();
    crate::document::compile_patterns();
    // JSON files of postings are read before extraction, with patterns of their own.
    crate::audit::records::compile_patterns();
    crate::source::compile_patterns();
    LazyLock::force(&BUILTIN_EXTRACTOR).compile_all();
}

/// The extractors, with their vocabulary-built matchers compiled once: those made of the
/// language packs' words once for each set of languages postings are written in.
#[derive(Clone)]
pub struct Extractor {
    places: Places,
    /// Countries that write numeric dates month first.
    month_first: std::collections::HashSet<String>,
    coded: gender_coded::CodedMatcher,
    title_gender: title_gender::TitleGenderWords,
    /// Tells a posting's languages among those of the packs.
    detector: language::Detector,
    /// The detector codes of the languages that write numeric dates day first.
    day_first_languages: Vec<String>,
    /// The front-matter keys of the work arrangement (`sections.yaml`, `front_matter`).
    arrangement_keys: Vec<String>,
    /// The front-matter keys of a remote flag and the values that say yes (`remote: true`).
    remote_flag: (Vec<String>, Vec<String>),
    /// The front-matter keys of the employment type (`sections.yaml`, `front_matter`).
    employment_keys: Vec<String>,
    /// The types of structured data's `employmentType` values, in every pack's words.
    value_types: employment::ValueTypes,
    by_language: std::sync::Arc<ByLanguage>,
}

/// The matchers made of language packs' words, for the packs of one set of languages.
struct PackMatchers {
    pay: pay::PayMatcher,
    tech: tech::TechMatcher,
    experience: experience::ExperienceMatcher,
    type_words: employment::TypeWords,
    durations: dates::DurationMatcher,
    benefit_words: benefits::BenefitWords,
    eeo_words: statements::EeoWords,
    citizenship_words: statements::CitizenshipWords,
    date_ranges: dates::RangeMatcher,
    date_words: dates::DateWords,
}

impl PackMatchers {
    fn new(vocab: &ByLanguage, packs: &[usize]) -> Result<PackMatchers, crate::vocab::WordsError> {
        let words = crate::vocab::PackedWords::new(
            &vocab.pay,
            &vocab.employment,
            packs.iter().map(|&i| &*vocab.packs[i]),
        );
        let lang = &words.lang;
        // Compiling the matchers is most of a one-shot `check`: two groups of about equal
        // cost, side by side.
        let ((type_words, tech, experience), (pay, durations, benefit_words, eeo_words)) =
            rayon::join(
                || {
                    (
                        employment::TypeWords::new(&words.employment, lang),
                        tech::TechMatcher::new(&vocab.technologies, lang),
                        experience::ExperienceMatcher::new(lang),
                    )
                },
                || {
                    (
                        pay::PayMatcher::new(&words.pay, lang),
                        dates::DurationMatcher::new(lang, &words.pay.ranges),
                        benefits::BenefitWords::new(lang),
                        statements::EeoWords::new(lang),
                    )
                },
            );
        Ok(PackMatchers {
            pay: pay?,
            tech: tech?,
            experience: experience?,
            type_words: type_words?,
            durations: durations?,
            benefit_words: benefit_words?,
            eeo_words: eeo_words?,
            citizenship_words: statements::CitizenshipWords::new(lang)?,
            date_ranges: dates::RangeMatcher::new(lang, &words.pay.ranges)?,
            date_words: dates::DateWords::new(lang)?,
        })
    }
}

type Built = Result<std::sync::Arc<PackMatchers>, crate::vocab::WordsError>;

/// What the pack matchers are built of, and those built so far, by the packs they read.
struct ByLanguage {
    /// The vocabulary files' pay and employment words, and the technologies.
    pay: crate::vocab::PayVocab,
    employment: crate::vocab::EmploymentVocab,
    technologies: crate::vocab::TechVocab,
    packs: Vec<std::sync::Arc<crate::vocab::LoadedPack>>,
    /// The matchers built, by the packs they read, the most recently used last; at most
    /// [`KEEP`], so that an audit of postings in many languages holds the matchers of a few.
    built: std::sync::Mutex<Vec<(Vec<usize>, Built)>>,
}

/// How many sets of pack matchers are kept. A set costs a few megabytes and 20–60 ms to build;
/// postings come mostly in runs of one language (a folder, an export), so a set dropped is
/// seldom needed again soon.
const KEEP: usize = 4;

impl ByLanguage {
    /// The matchers of the packs whose indices are `packs`, built on first use.
    fn get(&self, packs: Vec<usize>) -> Built {
        let built = || {
            self.built
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        // Found: now the most recently used.
        let found = |built: &mut Vec<(Vec<usize>, Built)>| {
            let at = built.iter().position(|(p, _)| *p == packs)?;
            let entry = built.remove(at);
            let m = entry.1.clone();
            built.push(entry);
            Some(m)
        };
        if let Some(m) = found(&mut built()) {
            return m;
        }
        // Built with no lock held: the build waits for tasks of the thread pool, and the
        // waiting thread may be handed another posting that needs the same matchers (it then
        // builds them too; the first built is kept).
        let m = PackMatchers::new(self, &packs).map(std::sync::Arc::new);
        let mut built = built();
        if let Some(first) = found(&mut built) {
            return first;
        }
        built.push((packs, m.clone()));
        if built.len() > KEEP {
            drop(built.remove(0));
        }
        m
    }

    /// The indices of the packs a posting in `languages` (whatlang's codes) reads: English
    /// and those of its languages; every pack when no language can be told.
    fn packs_for(&self, languages: &[&str]) -> Vec<usize> {
        let reads = |p: &crate::vocab::LoadedPack| {
            languages.is_empty()
                || p.pack.detector == language::ENGLISH
                || languages.contains(&p.pack.detector.as_str())
        };
        (0..self.packs.len())
            .filter(|&i| reads(&self.packs[i]))
            .collect()
    }

    /// The matchers for a posting in `languages`. Those of a smaller set compile where those
    /// of every pack do; should one not, the posting is read with every pack's.
    fn for_languages(&self, languages: &[&str]) -> std::sync::Arc<PackMatchers> {
        self.get(self.packs_for(languages))
            .or_else(|_| self.get(self.packs_for(&[])))
            .unwrap_or_else(|e| panic!("the extractors of every language pack do not compile: {e}"))
    }
}

impl Extractor {
    /// # Errors
    /// When a user's words make a pattern that does not compile (too large): which file,
    /// under which key, and why. A vocabulary with a user's files has the matchers of every
    /// pack built here, to tell; the built-in one builds those of a posting's languages on
    /// first use.
    pub fn new(vocab: &Vocabulary) -> Result<Self, crate::vocab::WordsError> {
        Self::with_places(vocab, Places::Built(Box::new(place_matcher(vocab)?)))
    }

    fn with_places(vocab: &Vocabulary, places: Places) -> Result<Self, crate::vocab::WordsError> {
        let lang = &vocab.lang;
        let by_language = ByLanguage {
            pay: vocab.pay.clone(),
            employment: vocab.employment.clone(),
            technologies: vocab.technologies.clone(),
            packs: vocab.packs.clone(),
            built: std::sync::Mutex::default(),
        };
        if !vocab.user_files.is_empty() {
            by_language.get(by_language.packs_for(&[]))?;
        }
        Ok(Extractor {
            places,
            month_first: vocab
                .places
                .countries
                .iter()
                .filter(|c| c.month_first)
                .map(|c| c.code.clone())
                .collect(),
            coded: gender_coded::CodedMatcher::new(&vocab.gender_coded),
            title_gender: title_gender::TitleGenderWords::new(lang),
            detector: language::detector(
                vocab
                    .packs
                    .iter()
                    .map(|p| (p.pack.detector.as_str(), &p.pack.common_words[..])),
            ),
            day_first_languages: lang.day_first.clone(),
            arrangement_keys: vocab.front_matter_keys("work_arrangement"),
            remote_flag: (
                vocab.front_matter_keys("remote"),
                vocab.front_matter_values("remote"),
            ),
            employment_keys: vocab.front_matter_keys("employment_type"),
            value_types: employment::ValueTypes::new(lang),
            by_language: std::sync::Arc::new(by_language),
        })
    }

    /// Builds the matchers of every language pack, and those of English alone (most
    /// postings), now (see [`compile_patterns`]).
    fn compile_all(&self) {
        self.places.get().compile();
        for languages in [&[][..], &[language::ENGLISH][..]] {
            let m = self.by_language.for_languages(languages);
            m.date_ranges.compile();
            m.date_words.compile();
            m.experience.compile();
            m.type_words.compile();
            m.tech.compile();
            m.eeo_words.compile();
            m.benefit_words.compile();
            m.citizenship_words.compile();
        }
    }

    /// Extracts all facts of a parsed posting.
    pub fn extract(&self, source: &Source, doc: &Document) -> Facts {
        extract(self, source, doc)
    }
}

/// The place matcher of a vocabulary.
fn place_matcher(vocab: &Vocabulary) -> Result<location::PlaceMatcher, crate::vocab::WordsError> {
    Ok(
        location::PlaceMatcher::new(&vocab.places, &vocab.lang)?.with_front_matter_keys(
            vocab.front_matter_keys("location"),
            vocab.front_matter_keys("location_part"),
        ),
    )
}

/// An extractor's place matcher. Building the built-in one (the forms of the gazetteer's names,
/// the place words of every pack) is the longest step of loading, so it is built on first use,
/// where it runs beside the compiling of a posting's language matchers ([`extract`]) instead of
/// before everything else. A user's vocabulary builds it with the extractor, so that an error
/// in its words is reported when its file is loaded.
#[derive(Clone)]
enum Places {
    Built(Box<location::PlaceMatcher>),
    Builtin,
}

/// The built-in place matcher, once built.
static BUILTIN_PLACES: std::sync::OnceLock<location::PlaceMatcher> = std::sync::OnceLock::new();

impl Places {
    fn get(&self) -> &location::PlaceMatcher {
        match self {
            Places::Built(m) => m,
            Places::Builtin => BUILTIN_PLACES.get_or_init(|| {
                place_matcher(&crate::vocab::BUILTIN)
                    .unwrap_or_else(|e| panic!("the built-in place words do not compile: {e}"))
            }),
        }
    }
}

fn extract(ex: &Extractor, source: &Source, doc: &Document) -> Facts {
    let text = source.text.as_str();
    let scan = scan::Scan::new(text, doc).with_detector(&ex.detector);
    // Places need no language pack: they are found while the languages are told.
    let (places, words) = rayon::join(
        || ex.places.get().extract(&scan, doc),
        || ex.by_language.for_languages(scan.languages()),
    );
    let words = &*words;
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
    // The extractors need nothing from one another but the places (pay) and the types
    // (fixed term); each is a task, so that a free CPU takes whichever is next: side by side
    // in a one-posting `check` or a language server's re-lint, where extracting is the
    // longest stretch of work (docs/BENCHMARKS.md), in turn on a busy thread pool (an audit).
    facts.locations = places;
    let Facts {
        locations,
        work_arrangement,
        pay,
        employment_types,
        fixed_term,
        seniority,
        experience,
        durations,
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
    let (scan, types) = (&scan, &words.type_words);
    rayon::scope(|s| {
        s.spawn(|_| *pay = words.pay.extract(scan, doc, locations));
        s.spawn(|_| {
            *work_arrangement =
                employment::work_arrangement(scan, doc, types, &ex.arrangement_keys);
            work_arrangement.extend(remote_flags(doc, scan, &ex.remote_flag));
        });
        s.spawn(|_| {
            *employment_types = employment::employment_types(scan, doc, types, &ex.employment_keys);
            *fixed_term = employment::fixed_term(scan, doc, types, employment_types);
        });
        s.spawn(|_| *seniority = employment::seniority(scan, doc, types));
        s.spawn(|_| *experience = words.experience.extract(scan));
        s.spawn(|_| *durations = words.durations.durations(scan, doc));
        s.spawn(|_| {
            let date_words = &words.date_words;
            let (posted, bad_posted) = dates::split(dates::date_posted(scan, doc, date_words));
            let (closes, bad_closes) = dates::split(dates::deadline(scan, doc, date_words));
            (*date_posted, *deadline) = (posted, closes);
            *invalid_dates = bad_posted.into_iter().chain(bad_closes).collect();
        });
        s.spawn(|_| {
            *eeo_statement = statements::eeo(scan, &words.eeo_words);
            let eeo: Vec<Span> = eeo_statement.iter().map(|f| f.span).collect();
            *gender_coded = ex.coded.extract(scan, &eeo);
        });
        s.spawn(|_| *benefits = benefits::benefits(scan, &words.benefit_words));
        s.spawn(|_| *citizenship = statements::citizenship(scan, &words.citizenship_words));
        s.spawn(|_| *tech_experience = words.tech.extract(scan));
    });
    // "05/08/2025" in a posting placed where the day comes first, or written in a language
    // that puts it first, is 5 August. The language is told only when a date needs it.
    let country = facts
        .locations
        .iter()
        .find_map(|l| l.value.country.as_deref());
    let day_first = || {
        country.is_some_and(|c| !ex.month_first.contains(c))
            || scan
                .language()
                .is_some_and(|code| ex.day_first_languages.iter().any(|l| l == code))
    };
    facts.date_ranges = words.date_ranges.date_ranges(scan, doc, &day_first);
    for date in [&mut facts.date_posted, &mut facts.deadline]
        .into_iter()
        .flatten()
    {
        if dates::reads_either_way(text, date) && day_first() {
            dates::read_day_first(text, date);
        }
    }
    facts.unmarked_title = facts
        .title
        .as_ref()
        .and_then(|t| ex.title_gender.unmarked(scan, t));
    let embedded = embedded::read(source, ex.places.get(), &ex.value_types, &facts);
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

/// A flag that says the work is remote: in the front matter (`remote: true`; the keys and the
/// values that say yes are `sections.yaml`'s `front_matter` fact `remote`) or a field of the
/// body ("Remote job: Yes", a label of the `remote` fact; "No" states nothing).
fn remote_flags(
    doc: &Document,
    scan: &scan::Scan,
    (keys, yes): &(Vec<String>, Vec<String>),
) -> Vec<Fact<WorkArrangement>> {
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    // A field's value may end its sentence ("Remote job: Yes.").
    let fields = scan.field_values("remote").filter(|seg| {
        crate::document::says_yes(
            crate::document::without_sentence_end(scan.slice(seg.span)),
            yes,
        )
    });
    doc.front_matter
        .iter()
        .flat_map(|fm| fm.flags_set(&keys, yes).map(|f| f.value_span))
        .chain(fields.map(|seg| seg.span))
        .map(|span| Fact::new(WorkArrangement::Remote, span))
        .collect()
}

/// `80000` → `80,000`; `24.5` → `24.50`.
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

/// The names of the pay periods, the units of a length of engagement (`duration.unit`) and
/// the employment types, as vocabulary files write them.
pub const PERIODS: &[&str] = <Period as strum::VariantNames>::VARIANTS;
pub const DURATION_UNITS: &[&str] = &["day", "week", "month", "year"];
pub const EMPLOYMENT_TYPES: &[&str] = <EmploymentType as strum::VariantNames>::VARIANTS;

impl Facts {
    /// The generic view the rule engine evaluates, for a posting judged in `as_of_year` (which
    /// `tech_experience.max_years` is counted up to). Each record is the fact's type in
    /// [`record`], so its fields are the ones [`REGISTRY`] declares.
    pub fn records(&self, as_of_year: i16) -> Records {
        let mut r = registry::RecordsBuilder::default();
        if let Some(t) = &self.title {
            r.push(
                t.span,
                record::title {
                    value: t.value.clone(),
                },
            );
        }
        for p in &self.pay {
            let (min, max) = (p.value.min, p.value.max);
            let (annual_min, annual_max) = p.value.annual().unwrap_or((None, None));
            r.push(
                p.span,
                record::pay {
                    min,
                    max,
                    currency: p.value.currency.clone(),
                    period: p.value.period,
                    open_ended: min.is_none() || max.is_none(),
                    single: min.is_some() && min == max,
                    annual_min,
                    annual_max,
                    annual_width: annual_min.zip(annual_max).map(|(lo, hi)| hi - lo),
                    annual_top: annual_max.or(annual_min),
                },
            );
        }
        for l in &self.locations {
            r.push(
                l.span,
                record::location {
                    value: l.value.text.clone(),
                    city: l.value.city.clone(),
                    region: l.value.region.clone(),
                    country: l.value.country.clone(),
                    remote: l.value.remote,
                },
            );
        }
        for w in &self.work_arrangement {
            if w.value == WorkArrangement::OnsiteRequired {
                let value = w.value.as_str().to_string();
                r.push(w.span, record::onsite_required { value });
            } else {
                let fully = w.value == WorkArrangement::FullyRemote;
                let value = w.value.kind();
                r.push(w.span, record::work_arrangement { value, fully });
            }
        }
        for e in &self.employment_types {
            r.push(e.span, record::employment_type { value: e.value });
        }
        for e in &self.fixed_term {
            let value = e.value.clone();
            r.push(e.span, record::fixed_term { value });
        }
        for d in &self.durations {
            r.push(
                d.span,
                record::duration {
                    value: d.value.value,
                    unit: d.value.unit.clone(),
                    weeks: d.value.weeks(),
                },
            );
        }
        for d in &self.date_ranges {
            let between = d.value.weeks_between();
            r.push(
                d.span,
                record::dates {
                    start: d.value.start.to_string(),
                    end: d.value.end.to_string(),
                    weeks: between.map(|(lo, hi)| (lo + hi) / 2.0),
                    min_weeks: between.map(|(lo, _)| lo),
                    max_weeks: between.map(|(_, hi)| hi),
                },
            );
        }
        if let Some(d) = &self.date_posted {
            let value = d.value.to_string();
            r.push(d.span, record::date_posted { value });
        }
        if let Some(d) = &self.deadline {
            let value = d.value.to_string();
            r.push(d.span, record::deadline { value });
        }
        for d in &self.invalid_dates {
            r.push(
                d.span,
                record::invalid_date {
                    value: d.value.text.clone(),
                    of: d.value.of,
                    what: d.value.of.what().to_string(),
                    why: d.value.why.clone(),
                },
            );
        }
        for e in &self.eeo_statement {
            r.push(
                e.span,
                record::eeo_statement {
                    veterans: e.value.veterans,
                    disability: e.value.disability,
                    eo11246: e.value.eo11246,
                },
            );
        }
        for c in &self.citizenship {
            let clearance = c.value.clearance;
            r.push(c.span, record::citizenship_requirement { clearance });
        }
        for b in &self.benefits {
            r.push(b.span, record::benefits { value: b.value });
        }
        for e in &self.experience {
            let (min, max) = (e.value.min, e.value.max);
            r.push(e.span, record::experience { min, max });
        }
        for e in &self.seniority {
            r.push(e.span, record::seniority { value: e.value });
        }
        if let Some(e) = &self.front_matter_error {
            let value = e.value.clone();
            r.push(e.span, record::front_matter_error { value });
        }
        if let Some(first) = self.gender_coded.first() {
            let b = gender_coded::Balance::of(&self.gender_coded);
            // A finding about the whole posting points at its title, like a missing fact.
            let span = self.title.as_ref().map_or(first.span, |t| t.span);
            r.push(
                span,
                record::gender_coded {
                    masculine: b.masculine as f64,
                    feminine: b.feminine as f64,
                    margin: b.margin() as f64,
                    ratio: b.ratio(),
                    lean: b.lean().into(),
                    masculine_words: b.masculine_words,
                    feminine_words: b.feminine_words,
                },
            );
        }
        for w in &self.gender_coded {
            let (value, coding) = (w.value.word.clone(), w.value.coding);
            r.push(w.span, record::gender_coded_word { value, coding });
        }
        for t in &self.tech_experience {
            r.push(
                t.span,
                record::tech_experience {
                    tech: t.value.tech.clone(),
                    years: t.value.years,
                    released: t.value.released.to_string(),
                    max_years: f64::from(as_of_year - t.value.released),
                },
            );
        }
        for m in &self.jsonld_mismatch {
            let (field, page, text) = (m.value.field, &m.value.page, &m.value.text);
            r.push(
                m.span,
                record::jsonld_mismatch {
                    field: field.to_string(),
                    page: page.clone(),
                    text: text.clone(),
                },
            );
            r.push(
                m.value.text_span,
                record::jsonld_mismatch_text {
                    field: field.to_string(),
                    page: page.clone(),
                    text: text.clone(),
                },
            );
        }
        if let Some(t) = &self.unmarked_title {
            r.push(
                t.span,
                record::unmarked_title {
                    value: t.value.word.clone(),
                    language: t.value.language.clone(),
                },
            );
        }
        for e in &self.jsonld_invalid {
            let value = e.value.clone();
            r.push(e.span, record::jsonld_invalid { value });
        }
        if let Some(n) = &self.legacy_encoding {
            let b = n.value.first;
            r.push(
                n.span,
                record::legacy_encoding {
                    encoding: n.value.encoding.to_string(),
                    byte: format!("0x{:02X}", b.byte),
                    line: b.line as f64,
                    column: b.column as f64,
                    offset: b.offset as f64,
                },
            );
        }
        r.finish()
    }
}

/// The facts of `text` read with the built-in packs and a user's pack (`file`, `yaml`), or
/// the error the user's pack makes.
#[cfg(test)]
pub(crate) fn facts_with_pack(
    file: &str,
    yaml: &str,
    text: &str,
    format: crate::source::Format,
) -> Result<Facts, crate::vocab::WordsError> {
    let mut vocab = crate::vocab::Vocabulary::builtin();
    vocab.add_file(file, yaml).expect("the pack reads");
    vocab.finish();
    let extractor = Extractor::new(&vocab)?;
    let src = crate::source::Source::new("t", text, format);
    let doc = crate::document::Document::parse(&src, &vocab);
    Ok(extractor.extract(&src, &doc))
}

#[cfg(test)]
mod pattern_tests {
    #[test]
    fn every_extractor_pattern_compiles() {
        super::compile_patterns();
    }
}
