//! Employment type, fixed-term evidence, work arrangement and seniority.
//!
//! Strong evidence (a `Employment type:` field, the title, a heading) is taken as is. In running
//! text a type word only counts when it describes the role ("a full-time position", "this
//! internship"), so "full-time students" or "our part-time staff" do not make a role part-time,
//! and "full-time or part-time" offers a choice rather than stating both.

use super::Fact;
use super::scan::{Scan, Segment, SegmentKind, match_span};
use crate::document::Document;
use crate::re::{PackPattern, WordSet};
use crate::source::Span;
use std::collections::HashMap;

mod share;

/// An employment type, named as schema.org names it (`FULL_TIME`).
#[derive(strum::IntoStaticStr, strum::VariantNames, strum::EnumIter, strum::EnumString)]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmploymentType {
    FullTime,
    PartTime,
    Contractor,
    Temporary,
    Intern,
    Permanent,
    PerDiem,
    Volunteer,
}

impl EmploymentType {
    /// An engagement that ends: an internship, a temporary job, a contract.
    pub fn is_fixed_term(self) -> bool {
        matches!(
            self,
            EmploymentType::Intern | EmploymentType::Temporary | EmploymentType::Contractor
        )
    }

    /// The hours of the job rather than its terms.
    pub fn is_hours(self) -> bool {
        matches!(self, EmploymentType::FullTime | EmploymentType::PartTime)
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The type named as [`EmploymentType::as_str`] writes it (`FULL_TIME`).
    pub fn from_name(name: &str) -> Option<Self> {
        name.parse().ok()
    }
}

/// A type word as its type is looked up: lower case, without hyphens, spaces and underscores
/// ("Full-Time", "full_time" and "fulltime" are one).
fn type_key(w: &str) -> String {
    w.to_lowercase().replace(['-', ' ', '_'], "")
}

/// The words of `types` with their types.
fn typed_words(types: &crate::vocab::PackTypes) -> impl Iterator<Item = (EmploymentType, &String)> {
    types.by_name().into_iter().flat_map(|(name, words)| {
        let kind = EmploymentType::from_name(name).expect("a type's name");
        words.iter().map(move |w| (kind, w))
    })
}

/// [`type_key`] → type of the words of `type_words.types` and `values` of `words`.
fn type_map(words: &crate::vocab::PackTypeWords) -> HashMap<String, EmploymentType> {
    typed_words(&words.types)
        .chain(typed_words(&words.values))
        .map(|(kind, w)| (type_key(w), kind))
        .collect()
}

/// The types of the values of structured data ("Full-time", "FULL_TIME", "1099"): the words
/// of every pack's `type_words.types` and `values`, a user's too, whatever their case,
/// hyphens, spaces and underscores. Structured data is read with no language.
#[derive(Clone)]
pub struct ValueTypes(HashMap<String, EmploymentType>);

impl ValueTypes {
    pub fn new(lang: &crate::vocab::LanguageWords) -> Self {
        ValueTypes(type_map(&lang.type_words))
    }

    pub fn get(&self, w: &str) -> Option<EmploymentType> {
        self.0.get(&type_key(w)).copied()
    }
}

/// `words` as an alternation, longest first, a hyphen of a word standing for a hyphen, an
/// underscore, a space or nothing ("full-time": "full_time", "fulltime"). Empty for no words.
fn type_alternation<'w>(words: impl IntoIterator<Item = &'w String>) -> String {
    let words: Vec<String> = words.into_iter().cloned().collect();
    crate::re::longest_first(&words)
        .iter()
        .map(|w| {
            w.split('-')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join("[-_ ]?")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The type words of `words` (`type_words.types` and `untyped`) as an alternation.
fn type_words(words: &crate::vocab::PackTypeWords) -> String {
    type_alternation(
        typed_words(&words.types)
            .map(|(_, w)| w)
            .chain(&words.untyped),
    )
}

/// How and where the work is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkArrangement {
    FullyRemote,
    Remote,
    Hybrid,
    Onsite,
    /// A stated obligation to be on site or to relocate.
    OnsiteRequired,
}

impl WorkArrangement {
    /// Remote, hybrid or on site, as rules and `extract` name it.
    pub fn kind(self) -> ArrangementKind {
        match self {
            WorkArrangement::FullyRemote | WorkArrangement::Remote => ArrangementKind::Remote,
            WorkArrangement::Hybrid => ArrangementKind::Hybrid,
            WorkArrangement::Onsite | WorkArrangement::OnsiteRequired => ArrangementKind::Onsite,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.kind().into()
    }
}

/// Where the work is done, as the `work_arrangement` fact names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "lowercase")]
pub enum ArrangementKind {
    Remote,
    Hybrid,
    Onsite,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, strum::IntoStaticStr, strum::VariantNames,
)]
#[strum(serialize_all = "lowercase")]
pub enum Seniority {
    Intern,
    Entry,
    Junior,
    Mid,
    Senior,
    Lead,
    Executive,
}

impl Seniority {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Type and contract words of other languages, from the vocabulary (the language packs'
/// `employment`, a user's `vocab/employment.yaml`): one pattern per entry, and one of all
/// their words that says whether a line holds any (most lines hold none; a search for each
/// entry's words in every line was a sixth of an audit's time); and the patterns that find a
/// type in running text: a type word beside a noun for a job ("un poste en CDI", "een
/// full-time functie") and a working week ("38,5 Stunden pro Woche").
#[derive(Clone, Default)]
pub struct TypeWords {
    /// Each type's words, counted from the start of a word ("befristete").
    types: Vec<(EmploymentType, WordSet)>,
    /// Each type's words, lower case, for the last part of a compound ("-vikariat").
    heads: Vec<(EmploymentType, String)>,
    /// Every type's words: whether a line needs a closer look.
    any: Option<WordSet>,
    beside_job: Vec<crate::re::Regex>,
    /// Nouns for a job, lower case: a type word that starts or ends with one ("contrato de
    /// temporada") states the terms in running text too.
    nouns: Vec<String>,
    weekly_hours: Option<crate::re::Regex>,
    /// A workload, a percentage of a full week, with a word for it ("Pensum: 80%").
    workload: Option<crate::re::Regex>,
    /// Words that state a type as a type field's whole value, lower case ("stage").
    field_values: HashMap<String, EmploymentType>,
    /// A word that makes the type after it a wish ("liefst fulltime"), and up to two words
    /// between ("vorzugsweise in Vollzeit").
    preferably: Option<crate::re::Regex>,
    /// A word that makes a permanent contract after it a prospect, not the terms ("with a
    /// view to a permanent role", "Übernahme in ein unbefristetes", "possibilité de CDI"), and
    /// up to three words between.
    prospect: Option<crate::re::Regex>,
    /// The patterns of the packs' `type_words`, `seniority`, `arrangement` and `fixed_term`.
    text: TextPatterns,
    /// Type words that need no word around them (`bare_types`: "全职"), for a title or a line
    /// about the kind of work.
    bare: Option<BareTypes>,
}

/// The packs' `bare_types`: a type word, maybe a form's question and its answer ("是否全职：
/// 是"), maybe a second type word that makes a choice ("全职/兼职").
#[derive(Clone)]
struct BareTypes {
    pattern: PackPattern,
    /// Word, lower case → its type.
    types: HashMap<String, EmploymentType>,
    /// The answers that say yes, lower case.
    yes: Vec<String>,
    /// Words right before a type that make it an option ("也可").
    option: Vec<String>,
    /// Words of a label about the kind of work ("性质" of "工作性质："), lower case.
    labels: Vec<String>,
}

impl BareTypes {
    fn new(lang: &crate::vocab::LanguageWords) -> Result<Option<Self>, crate::vocab::WordsError> {
        let types: HashMap<String, EmploymentType> = lang
            .bare_types
            .iter()
            .filter_map(|(kind, w)| {
                Some((w.trim().to_lowercase(), EmploymentType::from_name(kind)?))
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        let words: Vec<String> = types.keys().cloned().collect();
        let word = crate::re::word_alternation(&words, false);
        if word.is_empty() {
            return Ok(None);
        }
        let b = &lang.bare_type_words;
        let alt = |words: &[String]| crate::re::word_alternation(words, false);
        let question = crate::re::around_words(alt(&b.question), |q| format!("(?P<q>{q})?"));
        let after = crate::re::around_words(alt(&b.after), |a| format!("(?:{a})?"));
        let answers: Vec<String> = b.yes.iter().chain(&b.no).cloned().collect();
        let answer =
            crate::re::around_words(alt(&answers), |a| format!(r"(?:\s*(?::|：)\s*(?P<a>{a}))?"));
        let or = crate::re::around_words(alt(&b.or), |o| format!("|{o}"));
        let option = crate::re::around_words(alt(&b.option), |o| format!("(?:{o})?"));
        let pattern = format!(
            r"(?i){question}(?P<w>{word}){after}{answer}(?P<or>\s*(?:/|／|\s{or})?\s*{option}(?:{word}))?"
        );
        let lower = |w: &[String]| w.iter().map(|w| w.trim().to_lowercase()).collect();
        Ok(Some(BareTypes {
            pattern: PackPattern::checked(pattern, !lang.user_files.is_empty())
                .map_err(|e| crate::vocab::WordsError::of_packs(lang, "bare_types", e))?,
            types,
            yes: lower(&b.yes),
            option: lower(&b.option),
            labels: lower(&b.labels),
        }))
    }
}

/// The patterns made of the packs' words that every posting is read with (English alone has
/// such words today): contract words that name the work, seniority, work arrangement and
/// fixed terms. `None` where the packs have no words for one.
#[derive(Clone, Default)]
struct TextPatterns {
    /// Phrases in which a contract word names the work, not the terms: "Contract Specialist".
    not_terms: Option<PackPattern>,
    /// A level in a title or a seniority field, a group for each level.
    seniority_field: Option<PackPattern>,
    /// A level in running text: "a junior role", "an entry-level position".
    seniority_text: Option<PackPattern>,
    arrangement: Option<PackPattern>,
    /// A field's whole value that is an arrangement word alone ("onsite", "OnSite", "Hybrid"),
    /// as job boards and ATS exports give it.
    arrangement_value: Option<PackPattern>,
    onsite_required: Option<PackPattern>,
    /// A share of the week at the office or away from it ("3 days a week in the office").
    share: Option<share::ShareOfWeek>,
    fixed_term: Option<PackPattern>,
    /// Values of an appointment-type key that mean a fixed term.
    term_value: Option<PackPattern>,
    /// Level words that are the role when they end a title (`seniority.role_last`), lower case.
    role_last: Vec<String>,
    /// Words that join two levels into a range or a choice ("Junior to Mid-Level", "junior or
    /// senior"): the packs' range words (`ranges.to`, `ranges.and`) and `fixed_term.or`, lower
    /// case.
    level_joins: Vec<String>,
    /// A type standing alone: "Full-time", "• Internship.", "Contract role", "Temporary Full
    /// Time", "Full-time, permanent" (the terms and the hours), maybe before a job noun.
    alone: Option<PackPattern>,
    /// "full-time or part-time", "full time/part time": a choice, not a contradiction.
    choice: Option<PackPattern>,
    /// A type word describing the role (`type_words`: "a full-time position", "this
    /// internship", "the role is part-time"), or an intern named as the role
    /// (`type_words.intern_roles`).
    in_text: Option<PackPattern>,
    /// A word of `type_words.types` or `untyped`: whether a line needs a closer look.
    any: Option<PackPattern>,
    /// The types of the words of `type_words.types` and `values`, by [`type_key`].
    types: HashMap<String, EmploymentType>,
    /// Words after a word of `arrangement.remote` or `hybrid` that make it something else
    /// (`arrangement.not_after`: "remote sensing", "hybrid cloud"), lower case.
    not_arrangement: Vec<String>,
    /// Level words that are the role when they start a title before a word that names no
    /// level (`seniority.role_first`), lower case.
    role_first: Vec<String>,
    /// Words of a title after which a level is the level of whom the role serves
    /// (`seniority.reports_to`), lower case.
    reports_to: Vec<String>,
    /// Words before a fixed-term phrase that deny it ("not a term-limited opportunity", "this
    /// is not a temporary position") or offer it as one choice of two ("a permanent or term
    /// appointment", "filled on a permanent or temporary basis").
    not_fixed: Option<PackPattern>,
}

/// Each level's words as a group named after it, prefixed with `prefix` (the levels of one
/// pattern need groups of their own names), in the order of [`PackLevels::in_order`].
fn level_groups(levels: &crate::vocab::PackLevels, prefix: &str) -> String {
    levels
        .in_order()
        .into_iter()
        .filter(|(_, words)| !words.is_empty())
        .map(|(level, words)| {
            format!(
                "(?P<{prefix}{level}>{})",
                crate::re::open_word_alternation(words, false)
            )
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// `s` after a grade that starts it as a word of its own ("II - 2nd Shift" → "- 2nd Shift"):
/// a Roman numeral up to IV or one digit.
fn without_grade(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    let word = &s[..end];
    let grade = matches!(word, "I" | "II" | "III" | "IV")
        || (word.len() == 1 && word.starts_with(|c: char| c.is_ascii_digit()));
    if grade { s[end..].trim_start() } else { s }
}

/// Whether `re` matches at the start of `s`.
fn re_starts(re: Option<&crate::re::Regex>, s: &str) -> bool {
    re.and_then(|re| re.find(s)).is_some_and(|m| m.start() == 0)
}

/// The level a group of [`level_groups`] names.
fn level_of<'h>(
    c: &crate::re::Captures<'h>,
    prefix: &str,
) -> Option<(Seniority, crate::re::Match<'h>)> {
    [
        ("intern", Seniority::Intern),
        ("entry", Seniority::Entry),
        ("mid", Seniority::Mid),
        ("junior", Seniority::Junior),
        ("senior", Seniority::Senior),
        ("lead", Seniority::Lead),
        ("executive", Seniority::Executive),
    ]
    .into_iter()
    .find_map(|(name, level)| c.name(&format!("{prefix}{name}")).map(|m| (level, m)))
}

/// A workplace the role is based at ("based in our Chicago office", "based at our plant in
/// Dayton"): a phrase of the packs' `arrangement.based`, up to three words and a noun of
/// `workplaces`. `None` for no such words.
pub(super) fn based_at(arr: &crate::vocab::PackArrangement) -> Option<String> {
    let based = crate::re::spaced_alternation(&arr.based, false);
    let places = crate::re::spaced_alternation(&arr.workplaces, false);
    (!based.is_empty() && !places.is_empty()).then(|| words_then(&based, 3, &places))
}

/// A character of a word between a lead-in and the noun it leads to: "our", "Toronto",
/// "St.", "O'Hare", "Zürich" (see [`crate::re::word_char`]).
pub(super) fn name_char() -> String {
    crate::re::word_char("'.-")
}

/// A phrase of `lead`, up to `gap` words and then `noun` ("in our Toronto office", "based at
/// our plant"), as a pattern.
pub(super) fn words_then(lead: &str, gap: usize, noun: &str) -> String {
    let c = name_char();
    format!(r"(?:{lead})\s+(?:{c}+\s+){{0,{gap}}}?(?:{noun})")
}

impl TextPatterns {
    fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let now = !lang.user_files.is_empty();
        let (sen, arr, fixed) = (&lang.seniority, &lang.arrangement, &lang.fixed_term);
        let alt = |words: &[String]| crate::re::open_word_alternation(words, false);
        // Each pattern and the key its words are under, for an error.
        let mut patterns: Vec<(&'static str, Option<String>)> = Vec::new();
        let not_terms = crate::re::open_word_alternation(&lang.type_words.not_terms, true);
        patterns.push((
            "type_words",
            (!not_terms.is_empty()).then(|| format!("(?i){not_terms}")),
        ));
        let levels = level_groups(&sen.levels, "");
        patterns.push((
            "seniority",
            (!levels.is_empty()).then(|| format!("(?i){levels}")),
        ));
        // "a junior role"; "Entry-level position".
        let (before, nouns) = (alt(&sen.before), alt(&sen.nouns));
        let (in_text, alone) = (
            level_groups(&sen.in_text, ""),
            level_groups(&sen.alone, "a_"),
        );
        let alone_nouns = alt(&sen.alone_nouns);
        let mut text = Vec::new();
        if !before.is_empty() && !in_text.is_empty() && !nouns.is_empty() {
            text.push(format!(r"(?:{before})\s+(?:{in_text})\s+(?:{nouns})"));
        }
        if !alone.is_empty() && !alone_nouns.is_empty() {
            text.push(format!(r"(?:{alone})\s+(?:{alone_nouns})"));
        }
        // "Wir suchen einen Praktikanten", "Buscamos un desarrollador junior": the person
        // sought, maybe after an article and one word (an adjective or the role before it).
        let seeking = crate::re::open_word_alternation(&sen.seeking, true);
        let sought = level_groups(&sen.sought, "s_");
        if !seeking.is_empty() && !sought.is_empty() {
            let articles = crate::re::optional_words(&sen.articles);
            text.push(format!(
                r"(?:{seeking})\s+{articles}(?:[\w-]+\s+)?(?:{sought})"
            ));
        }
        patterns.push((
            "seniority",
            (!text.is_empty()).then(|| format!("(?i){}", text.join("|"))),
        ));
        // Remote, hybrid or on site; the word after "remote" or "hybrid" is read too ("remote
        // sensing"). A word of `remote` that may go on takes in the rest of its word.
        let mut arrangement = Vec::new();
        let fully = crate::re::open_word_alternation(&arr.fully_remote, true);
        if !fully.is_empty() {
            arrangement.push(format!("(?P<fully>{fully})"));
        }
        let hybrid = alt(&arr.hybrid);
        if !hybrid.is_empty() {
            arrangement.push(format!(
                r"(?P<hybrid>{hybrid})(?P<hybrid_next>(?:\s+|-)\w+)?"
            ));
        }
        let remote = alt(&arr.remote);
        if !remote.is_empty() {
            arrangement.push(format!(
                r"(?P<remote>(?:{remote})\w*)(?P<remote_next>(?:\s+|-)\w+)?"
            ));
        }
        let (onsite, onsite_nouns) = (alt(&arr.onsite), alt(&arr.onsite_nouns));
        if !onsite.is_empty() && !onsite_nouns.is_empty() {
            arrangement.push(format!(r"(?P<onsite>{onsite})\s+(?:{onsite_nouns})"));
        }
        if let Some(based) = based_at(arr) {
            arrangement.push(format!("(?P<based>{based})"));
        }
        patterns.push((
            "arrangement",
            (!arrangement.is_empty()).then(|| format!("(?i){}", arrangement.join("|"))),
        ));
        // Alone, the words of running text and those that state it only alone.
        let mut value = Vec::new();
        let one = &arr.alone;
        for (group, words) in [
            ("fully", [&arr.fully_remote, &one.fully_remote]),
            ("hybrid", [&arr.hybrid, &one.hybrid]),
            ("remote", [&arr.remote, &one.remote]),
            ("onsite", [&arr.onsite, &one.onsite]),
        ] {
            let words: Vec<String> = words.into_iter().flatten().cloned().collect();
            let words = if group == "fully" {
                crate::re::open_word_alternation(&words, true)
            } else {
                alt(&words)
            };
            if !words.is_empty() {
                value.push(format!("(?P<{group}>{words})"));
            }
        }
        patterns.push((
            "arrangement",
            (!value.is_empty()).then(|| format!(r"(?i)^\s*(?:{})\s*$", value.join("|"))),
        ));
        // On site as an obligation.
        let (must, go, at) = (alt(&arr.must), alt(&arr.go), alt(&arr.at));
        let able = alt(&arr.able);
        let able = if able.is_empty() {
            able
        } else {
            format!(r"(?:(?:{able})\s+)?")
        };
        let (presence, required) = (
            alt(&arr.presence),
            crate::re::open_word_alternation(&arr.required, true),
        );
        let (relocation, to) = (alt(&arr.relocation), alt(&arr.relocation_to));
        let to = if to.is_empty() {
            to
        } else {
            format!(r"(?:(?:{to})\s+[A-Z][\w ,]{{0,30}}\s+)?")
        };
        let (relocate_must, relocate) = (alt(&arr.relocate_must), alt(&arr.relocate));
        let not_remote = alt(&arr.not_remote);
        let mut required_parts = Vec::new();
        if !must.is_empty() && !go.is_empty() && !at.is_empty() {
            required_parts.push(format!(r"(?:{must})\s+{able}(?:{go})\s+(?:{at})"));
        }
        if !onsite.is_empty() && !presence.is_empty() && !required.is_empty() {
            required_parts.push(format!(r"(?:{onsite})\s+(?:{presence})\s+(?:{required})"));
        }
        if !relocation.is_empty() && !required.is_empty() {
            required_parts.push(format!(r"(?:{relocation})\s+{to}(?:{required})"));
        }
        if !relocate_must.is_empty() && !relocate.is_empty() {
            required_parts.push(format!(r"(?:{relocate_must})\s+(?:{relocate})"));
        }
        if !not_remote.is_empty() {
            required_parts.push(not_remote);
        }
        patterns.push((
            "arrangement",
            (!required_parts.is_empty()).then(|| format!("(?i){}", required_parts.join("|"))),
        ));
        // Fixed terms: phrases, and a length before what it is of ("6-month contract").
        let mut fixed_parts = Vec::new();
        let phrases = alt(&fixed.phrases);
        if !phrases.is_empty() {
            fixed_parts.push(phrases);
        }
        let (numbers, units, of) = (alt(&fixed.numbers), alt(&fixed.units), alt(&fixed.of));
        // Numbers in words, after the digits.
        let numbers = if numbers.is_empty() {
            numbers
        } else {
            format!("|{numbers}")
        };
        if !units.is_empty() && !of.is_empty() {
            fixed_parts.push(format!(
                r"(?:\b[0-9]+(?:\s*(?:-|–)\s*[0-9]+)?\+?{numbers})[- ](?:{units}) (?:{of})"
            ));
        }
        // And after what it is of ("contrat de 6 mois"), maybe after a comma or colon
        // ("somministrazione, 3 mesi").
        let length_of = alt(&fixed.length_of);
        if !units.is_empty() && !length_of.is_empty() {
            fixed_parts.push(format!(
                r"(?:{length_of})(?:\s*[,:]\s*|\s+)(?:[0-9]+(?:\s*(?:-|–)\s*[0-9]+)?{numbers})\s*(?:{units})"
            ));
        }
        patterns.push((
            "fixed_term",
            (!fixed_parts.is_empty()).then(|| format!("(?i){}", fixed_parts.join("|"))),
        ));
        let (values, lead) = (alt(&fixed.values), alt(&fixed.value_lead));
        let lead = if lead.is_empty() {
            lead
        } else {
            format!(r"(?:(?:{lead})\s+)?")
        };
        patterns.push((
            "fixed_term",
            (!values.is_empty()).then(|| format!("(?i)^{lead}(?:{values})")),
        ));
        let (denied, either, or) = (alt(&fixed.denied), alt(&fixed.either), alt(&fixed.or));
        let articles = alt(&fixed.articles);
        let article = if articles.is_empty() {
            articles
        } else {
            format!(r"(?:(?:{articles})\s+)?")
        };
        let mut not_fixed = Vec::new();
        if !denied.is_empty() {
            not_fixed.push(format!(r"(?:{denied})\s+{article}$"));
        }
        if !either.is_empty() {
            let or = if or.is_empty() {
                or
            } else {
                format!(r"\s+(?:{or})\s+|")
            };
            not_fixed.push(format!(r"(?:{either})(?:{or}\s*/\s*){article}$"));
        }
        patterns.push((
            "fixed_term",
            (!not_fixed.is_empty()).then(|| format!("(?i){}", not_fixed.join("|"))),
        ));
        // A type alone, maybe before a job noun ("Contract role"); two types as a choice.
        let nouns = crate::re::word_alternation(&lang.job_nouns, false);
        let nouns = if nouns.is_empty() {
            nouns
        } else {
            format!(r"(?:\s+(?:{nouns}))?")
        };
        let types = type_words(&lang.type_words);
        // Maybe with its length after a dash, comma or colon, or in brackets ("Seasonal - 4
        // months", "Contract (6 months)"), and its dates in brackets after it ("(February to
        // May)"): the length is read as a duration.
        let length = if units.is_empty() {
            String::new()
        } else {
            format!(
                r"(?:[ \t]*(?:(?:-|–|—|,|:)[ \t]*|\([ \t]*)(?:[0-9]+(?:[ \t]*(?:-|–)[ \t]*[0-9]+)?\+?{numbers})[ \t-]*(?:{units})\)?(?:[ \t]*\((?u:[^()\n]){{1,40}}\))?)?"
            )
        };
        patterns.push((
            "job_nouns",
            (!types.is_empty()).then(|| format!(
                r"(?i)^(?u:[^\w])*(?:{types})(?:(?:[ \t]+|[ \t]*[,/&|][ \t]*)(?:{types}))?{nouns}{length}(?u:[^\w])*$"
            )),
        ));
        let or = crate::re::word_alternation(&lang.type_words.or, false);
        let or = if or.is_empty() { or } else { format!("|{or}") };
        patterns.push((
            "type_words",
            (!types.is_empty())
                .then(|| format!(r"(?i)\b(?:{types})\s*(?:/|&|,{or})\s*(?:{types})\b")),
        ));
        patterns.push(("type_words", type_in_text(lang, &types)));
        patterns.push((
            "type_words",
            (!types.is_empty()).then(|| format!(r"(?i)\b(?:{types})\b")),
        ));
        let mut compiled = patterns.into_iter().map(|(key, p)| {
            p.map(|p| {
                PackPattern::checked(p, now)
                    .map_err(|e| crate::vocab::WordsError::of_packs(lang, key, e))
            })
            .transpose()
        });
        let mut next = || compiled.next().expect("a pattern for each field");
        Ok(TextPatterns {
            not_terms: next()?,
            seniority_field: next()?,
            seniority_text: next()?,
            arrangement: next()?,
            arrangement_value: next()?,
            onsite_required: next()?,
            share: share::ShareOfWeek::new(lang)?,
            fixed_term: next()?,
            term_value: next()?,
            not_fixed: next()?,
            alone: next()?,
            choice: next()?,
            in_text: next()?,
            any: next()?,
            types: type_map(&lang.type_words),
            not_arrangement: arr.not_after.iter().map(|w| w.to_lowercase()).collect(),
            role_last: sen.role_last.iter().map(|w| w.to_lowercase()).collect(),
            level_joins: (lang.ranges.to.iter())
                .chain(&lang.ranges.and)
                .chain(&fixed.or)
                .map(|w| w.to_lowercase())
                .collect(),
            role_first: sen.role_first.iter().map(|w| w.to_lowercase()).collect(),
            reports_to: sen.reports_to.iter().map(|w| w.to_lowercase()).collect(),
        })
    }

    fn all(&self) -> [&Option<PackPattern>; 13] {
        [
            &self.not_terms,
            &self.seniority_field,
            &self.seniority_text,
            &self.arrangement,
            &self.arrangement_value,
            &self.onsite_required,
            &self.fixed_term,
            &self.term_value,
            &self.not_fixed,
            &self.alone,
            &self.choice,
            &self.in_text,
            &self.any,
        ]
    }
}

/// A type word describing the role in running text (`type_words`, `types` the alternation of
/// its type words): before a noun ("a full-time position"); an intern's word before a program
/// ("internship program": an "employee volunteer program" is a benefit, a "full-time degree
/// program" the candidate's studies); a program's word after a word such as "this" ("this
/// internship", "offering a paid internship"); after a phrase such as "the role is"; after a
/// word of `seeking` and an article ("seeking a contractor"); an intern named as the role
/// ([`role_noun`]). `None` for no words.
fn type_in_text(lang: &crate::vocab::LanguageWords, types: &str) -> Option<String> {
    let w = &lang.type_words;
    let alt = |words: &[String]| crate::re::plain_alternation(words);
    let (nouns, programs, before) = (alt(&w.nouns), alt(&w.programs), alt(&w.program_before));
    let (kinds, units, role_is) = (
        alt(&w.program_kinds),
        alt(&w.program_units),
        alt(&w.role_is),
    );
    let (seeking, articles) = (alt(&w.seeking), alt(&w.articles));
    let article = crate::re::around_words(articles.clone(), |a| format!(r"(?:(?:{a})\s+)?"));
    let interns = type_alternation(w.types.intern.iter().chain(&w.untyped));
    let program_words = type_alternation(&w.program_words);
    let mut parts = Vec::new();
    if !types.is_empty() && !nouns.is_empty() {
        parts.push(format!(
            r"\b(?P<w>{types})\b(?:\s*[,/]?\s*(?:{types}))?\s+(?:{nouns})\b"
        ));
    }
    if !interns.is_empty() && !programs.is_empty() {
        parts.push(format!(r"\b(?P<w7>{interns})\s+(?:{programs})\b"));
    }
    if !before.is_empty() && !program_words.is_empty() {
        let mut kind = Vec::new();
        if !kinds.is_empty() {
            kind.push(format!(r"(?:{kinds})\s+"));
        }
        if !units.is_empty() {
            kind.push(format!(r"\d+[- ](?:{units})\s+"));
        }
        let kind = crate::re::around_words(kind.join("|"), |k| format!("(?:{k})?"));
        parts.push(format!(
            r"\b(?:{before})\s+{article}{kind}(?P<w2>{program_words})\b"
        ));
    }
    if !types.is_empty() && !role_is.is_empty() {
        parts.push(format!(r"\b(?:{role_is})\s+{article}(?P<w3>{types})\b"));
    }
    if !types.is_empty() && !seeking.is_empty() && !articles.is_empty() {
        parts.push(format!(
            r"\b(?:{seeking})\s+(?:{articles})\s+(?P<w4>{types})\b"
        ));
    }
    parts.extend(role_noun(lang));
    (!parts.is_empty()).then(|| format!("(?i){}", parts.join("|")))
}

/// An intern named as the role in running text, a pattern for each form: "As a Partnerships Intern, you
/// will" (a word of `type_words.as_a`, up to four capitalised words, one of `intern_roles`),
/// "seeking motivated Software Engineering Interns" (a word of `seeking`, up to four words,
/// one to four capitalised ones, one of `intern_roles` capitalised). None for no words.
fn role_noun(lang: &crate::vocab::LanguageWords) -> Vec<String> {
    let words = &lang.type_words;
    let alt = |w: &[String]| crate::re::spaced_alternation(w, false);
    let (roles, as_a, seeking) = (
        alt(&words.intern_roles),
        alt(&words.as_a),
        alt(&words.seeking),
    );
    let mut out = Vec::new();
    if roles.is_empty() {
        return out;
    }
    if !as_a.is_empty() {
        out.push(format!(
            r"(?:{as_a})\s+(?:(?-i:[A-Z])[\w&/-]*\s+){{0,4}}(?P<w5>{roles})"
        ));
    }
    // Each word capitalised, as in a title ("Co-op Student").
    let capitalised: Vec<String> = words
        .intern_roles
        .iter()
        .map(|r| {
            r.split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let capitalised = crate::re::spaced_alternation(&capitalised, true);
    if !seeking.is_empty() {
        out.push(format!(
            r"(?:{seeking})\s+(?:(?-i:[a-z])+\s+){{0,4}}(?:(?-i:[A-Z])[\w&/-]*\s+){{1,4}}(?P<w6>(?-i:(?:{capitalised})s?))\b"
        ));
    }
    out
}

impl TextPatterns {
    /// Whether `s` holds a type word of `type_words`.
    fn has_type_word(&self, s: &str) -> bool {
        self.any.as_ref().is_some_and(|re| re.get().is_match(s))
    }

    /// The type words of `type_words` in `s` that state a type, with where they are.
    fn types_in<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (EmploymentType, std::ops::Range<usize>)> + 's {
        let found = self.any.as_ref().map(|re| re.get().find_iter(s));
        found.into_iter().flatten().filter_map(|m| {
            let t = self.types.get(&type_key(m.as_str()))?;
            Some((*t, m.range()))
        })
    }

    /// Whether `s` is a type standing alone.
    fn is_alone(&self, s: &str) -> bool {
        self.alone.as_ref().is_some_and(|re| re.get().is_match(s))
    }
}

/// Whether `re` (when the packs have words for it) matches the text before `at` in `s`.
fn before(re: &Option<PackPattern>, s: &str, at: usize) -> bool {
    re.as_ref()
        .is_some_and(|re| crate::re::before(re.get(), s, at))
}

/// A working week of at least this many hours is full-time, of at most `PART_TIME_HOURS`
/// part-time.
const FULL_TIME_HOURS: f64 = 35.0;
const PART_TIME_HOURS: f64 = 30.0;

impl TypeWords {
    pub fn new(
        vocab: &crate::vocab::EmploymentVocab,
        lang: &crate::vocab::LanguageWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        let error = |files: Vec<String>, message: String| crate::vocab::WordsError {
            // A pack's types are under `employment`, those of `vocab/employment.yaml` under `types`.
            key: match files.first() {
                Some(f) if !crate::vocab::is_pack_file(f) => "types",
                _ => "employment",
            },
            files,
            message,
        };
        let mut types = Vec::new();
        let mut heads = Vec::new();
        let mut all = Vec::new();
        let mut words_of_all = Vec::new();
        for t in &vocab.types {
            let Some(kind) = EmploymentType::from_name(&t.kind) else {
                continue;
            };
            let words: Vec<String> = t
                .words
                .iter()
                .map(|w| w.trim().to_string())
                .filter(|w| !w.is_empty())
                .collect();
            let file = (!t.file.is_empty()).then(|| t.file.clone());
            // No words: no set (`None`).
            let Some(set) =
                WordSet::new(&words, true).map_err(|e| error(file.into_iter().collect(), e))?
            else {
                continue;
            };
            types.push((kind, set));
            heads.extend(words.iter().map(|w| (kind, w.to_lowercase())));
            all.extend(words.iter().map(|w| regex::escape(w)));
            words_of_all.extend(words);
        }
        let files = vocab.types.iter().map(|t| t.file.clone());
        let mut files: Vec<String> = files.filter(|f| !f.is_empty()).collect();
        files.dedup();
        let any = WordSet::new(&words_of_all, true).map_err(|e| error(files, e))?;
        // The words of the types that end ("befristet", "CDD", "Praktikum").
        let fixed: Vec<String> = vocab
            .types
            .iter()
            .filter(|t| {
                EmploymentType::from_name(&t.kind).is_some_and(EmploymentType::is_fixed_term)
            })
            .flat_map(|t| t.words.iter())
            .filter(|w| !w.trim().is_empty())
            .map(|w| regex::escape(w.trim()))
            .collect();
        let fixed = fixed.join("|");
        let units: Vec<String> = lang.duration_units.iter().map(|(_, w)| w.clone()).collect();
        let units = crate::re::word_alternation(&units, false);
        // A type that ends, with its length beside it, states the terms in running text too:
        // "befristet auf 12 Monate", "contrato temporal de 6 meses", "auf 12 Monate befristet".
        let fixed_with_length = (!fixed.is_empty() && !units.is_empty()).then(|| {
            format!(
                r"(?-u:\b)(?i:(?P<w>{fixed}))[^\s0-9,.;:]*\s+(?:[^\s0-9,.;:]+\s+){{0,2}}?[0-9]+(?:[.,][0-9]+)?\s*(?i:{units})|[0-9]+(?:[.,][0-9]+)?\s*(?i:{units})\s+(?-u:\b)(?i:(?P<g>{fixed}))"
            )
        });
        let nouns = crate::re::word_alternation(&lang.job_nouns, false);
        let pack = all.join("|");
        // A character of a word run on through or skipped.
        let w = crate::re::word_char("");
        // The words of `type_words.types`, whole words, as an alternative to the packs'.
        let type_alt = crate::re::around_words(type_words(&lang.type_words), |t| {
            format!(r"(?:{t})(?-u:\b)|")
        });
        let has_nouns = !nouns.is_empty() && !pack.is_empty();
        // A type word of English or of a pack, then the noun ("full-time functie", also as one
        // word: "Vollzeitstelle", with a linking s: "heltidstjänst"). English words are whole
        // words ("intern" is not "internazionale"); the packs' words count from their start
        // ("befristete").
        let type_then_job = has_nouns.then(|| {
            let glued = lang
                .job_nouns
                .iter()
                .map(|n| regex::escape(&n.to_lowercase()))
                .collect::<Vec<_>>()
                .join("|");
            format!(
                r"(?i)(?-u:\b)(?P<w>{type_alt}(?:{pack}){w}*)\s+(?:{nouns})|(?-u:\b)(?P<g>{pack})s?(?:{glued})(?-u:\b)"
            )
        });
        // The noun and up to three words before the type word ("Stelle in Vollzeit", "poste
        // en CDI", "puesto de trabajo a jornada completa"). In a language of compounds the noun
        // may end a longer word ("tillsvidareanställning på heltid"): no boundary before it.
        let nouns_or_tails = lang.job_noun_tails.iter().fold(nouns.clone(), |all, n| {
            format!(r"{all}|{}(?-u:\b)", regex::escape(n.trim()))
        });
        let job_then_type = has_nouns.then(|| {
            format!(
                r"(?i)(?:{nouns_or_tails})\s+(?:{w}+'?\s+){{0,3}}?(?-u:\b)(?P<w>{type_alt}(?:{pack}))"
            )
        });
        // Hours words follow the number directly too ("40h").
        let hours = crate::re::glued_alternation(lang.work_week.hours.iter().map(String::as_str));
        let week = crate::re::word_alternation(&lang.work_week.week, false);
        let per = crate::re::word_alternation(&lang.per, false);
        let per_week = crate::re::word_alternation(&lang.work_week.hours_per_week, false);
        let weekly_hours = (!hours.is_empty() && !week.is_empty()).then(|| {
            let per = if per.is_empty() {
                String::from("/")
            } else {
                format!("/|{per}")
            };
            let one = if per_week.is_empty() {
                String::new()
            } else {
                format!("|{per_week}")
            };
            format!(
                r"(?i)(?-u:\b)(?P<a>[0-9]{{1,2}}(?:[.,][0-9]{{1,2}})?)(?:\s*(?:-|–|/)\s*(?P<b>[0-9]{{1,2}}(?:[.,][0-9]{{1,2}})?))?\s*(?:(?:{hours})\s*(?:(?:{per})\s*)?(?:{week}){one})"
            )
        });
        // Built from the packs' own words: a pattern that does not compile names the users'
        // packs. The type words are the bulk of these patterns (the per-type word sets above
        // are no regexes, so they cannot be too large), hence the key.
        let pack_error = |e: String| crate::vocab::WordsError::of_packs(lang, "employment", e);
        let compile = |p: Option<String>| {
            p.map(|p| crate::re::compile(&p).map_err(pack_error))
                .transpose()
        };
        let beside_job = [
            compile(type_then_job)?,
            compile(job_then_type)?,
            // Its words are checked above with their types: one too large here is a unit's.
            fixed_with_length
                .map(|p| {
                    crate::re::compile(&p)
                        .map_err(|e| crate::vocab::WordsError::of_packs(lang, "durations", e))
                })
                .transpose()?,
        ]
        .into_iter()
        .flatten()
        .collect();
        let weekly_hours = compile(weekly_hours)?;
        // "Pensum: 80%", "Arbeitspensum 60-80 %", "taux d'activité : 80 à 100 %", "80% Pensum".
        let load = crate::re::word_alternation(&lang.work_week.workload, false);
        let to = crate::re::word_alternation(&lang.ranges.to, false);
        let to = if to.is_empty() { to } else { format!("|{to}") };
        let workload = compile((!load.is_empty()).then(|| {
            let pct = |n: &str| {
                format!(
                    r"(?P<a{n}>[0-9]{{1,3}})(?:\s*%?\s*(?:-|–|/{to})\s*(?P<b{n}>[0-9]{{1,3}}))?\s*%"
                )
            };
            format!(
                r"(?i)(?-u:\b)(?:{load})(?:\s*:\s*|\s+(?:{w}+\s+){{0,2}}?){}|(?-u:\b){}\s+(?:{load})",
                pct("1"),
                pct("2")
            )
        }))?;
        let wishes = crate::re::word_alternation(&lang.preferably, false);
        let preferably = compile(
            (!wishes.is_empty()).then(|| format!(r"(?i)(?:{wishes})(?:\s+{w}+){{0,2}}?[\s:]*$")),
        )?;
        // Words are separated by spaces or an elided article ("possibilité d'un CDI"); a comma
        // or a full stop ends the prospect.
        let prospects = crate::re::word_alternation(&lang.prospect, false);
        let prospect = (!prospects.is_empty())
            .then(|| {
                format!(
                    r"(?i:{prospects})(?:[\s'’]+{}+){{0,3}}?[\s'’]*$",
                    crate::re::word_char("'-")
                )
            })
            .map(|p| {
                crate::re::compile(&p).map_err(|e| crate::vocab::WordsError {
                    key: "prospect",
                    ..pack_error(e)
                })
            })
            .transpose()?;
        Ok(TypeWords {
            text: TextPatterns::new(lang)?,
            bare: BareTypes::new(lang)?,
            preferably,
            prospect,
            types,
            heads,
            any,
            beside_job,
            nouns: lang.job_nouns.iter().map(|n| n.to_lowercase()).collect(),
            weekly_hours,
            workload,
            field_values: lang
                .field_values
                .iter()
                .filter_map(|(kind, w)| {
                    Some((w.trim().to_lowercase(), EmploymentType::from_name(kind)?))
                })
                .collect(),
        })
    }

    /// Compiles the patterns now (for the tests and the language server).
    pub fn compile(&self) {
        let share = self
            .text
            .share
            .iter()
            .flat_map(share::ShareOfWeek::patterns);
        for re in self.text.all().into_iter().flatten().chain(share) {
            re.get();
        }
    }

    /// The type a type field's whole value names ("umowa zlecenie", "CDD"), written as a
    /// field's value or a job board's chip; a value that ends like a sentence is read without
    /// its end.
    fn value_type(&self, value: &str) -> Option<EmploymentType> {
        self.field_values
            .get(&crate::document::without_sentence_end(value).to_lowercase())
            .copied()
    }

    /// The types a line states in words of the vocabulary.
    fn push(&self, scan: &Scan, line: Span, out: &mut Vec<Fact<EmploymentType>>) {
        let s = scan.slice(line);
        if !self.any.as_ref().is_some_and(|any| any.is_match(s)) {
            return;
        }
        out.extend(without_choices(self.named(s, line.start)));
    }

    /// The types the words of the vocabulary name in `s` (at `offset` in the source), but
    /// wishes and prospects; choices not yet taken out.
    fn named(&self, s: &str, offset: usize) -> Vec<Fact<EmploymentType>> {
        let mut found = Vec::new();
        for (kind, words) in &self.types {
            for (m, _) in words.find_iter(s) {
                if self.preferred(s, m.start())
                    || (*kind == EmploymentType::Permanent && self.prospect(s, m.start()))
                {
                    continue;
                }
                let kind = self.head_of(s, m.start(), m.end()).unwrap_or(*kind);
                found.push(Fact::new(
                    kind,
                    Span::new(m.start(), m.end()).offset(offset),
                ));
            }
        }
        found
    }

    /// Whether the type at `at` in `s` is a wish, not the terms: "Liefst fulltime
    /// beschikbaar" asks for a full-time availability and states no type.
    fn preferred(&self, s: &str, at: usize) -> bool {
        self.preferably
            .as_ref()
            .is_some_and(|re| re.is_match(super::experience::tail_chars(&s[..at], 40)))
    }

    /// Whether a permanent contract at `at` in `s` is a prospect, not the terms: "befristet,
    /// Übernahme in unbefristet möglich" is a fixed-term contract.
    fn prospect(&self, s: &str, at: usize) -> bool {
        self.prospect
            .as_ref()
            .is_some_and(|re| re.is_match(super::experience::tail_chars(&s[..at], 60)))
    }

    /// The type a compound's last part names when a type word starts it: "Heltidsvikariat"
    /// (full-time + substitute post) is a temporary post, as a compound's head decides what
    /// it is. `None` when the word ends with no other type word.
    fn head_of(&self, s: &str, start: usize, end: usize) -> Option<EmploymentType> {
        let rest = &s[end..];
        let word_end = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        let rest = &rest[..word_end];
        if rest.chars().count() < 3 {
            return None;
        }
        let word = s[start..end + word_end].to_lowercase();
        self.heads
            .iter()
            .filter(|(_, w)| word.len() > w.len() && word.ends_with(w.as_str()))
            .max_by_key(|(_, w)| w.len())
            .map(|(kind, _)| *kind)
    }

    /// The type of a type word of English or of a pack.
    fn type_of(&self, word: &str) -> Option<EmploymentType> {
        self.text.types.get(&type_key(word)).copied().or_else(|| {
            self.types
                .iter()
                .find(|(_, words)| words.find(word).is_some_and(|m| m.start() == 0))
                .map(|(kind, _)| *kind)
        })
    }

    /// Types that running text states beside a noun for a job, or by its working week.
    fn push_in_text(&self, scan: &Scan, span: Span, out: &mut Vec<Fact<EmploymentType>>) {
        let s = scan.slice(span);
        let mut found = Vec::new();
        for re in &self.beside_job {
            for c in re.captures_iter(s) {
                let Some(w) = c.name("w").or(c.name("g")) else {
                    continue;
                };
                if self.preferred(s, w.start()) {
                    continue;
                }
                if let Some(t) = self.type_of(w.as_str()) {
                    if t == EmploymentType::Permanent && self.prospect(s, w.start()) {
                        continue;
                    }
                    found.push(Fact::new(
                        t,
                        Span::new(w.start(), w.end()).offset(span.start),
                    ));
                }
            }
        }
        // A type beside a job noun that is one of a choice of types ("Arbeitsvertrag in
        // Vollzeit oder Teilzeit") is not stated, as the choice alone is not.
        let named = self.named(s, span.start);
        // A type word that starts or ends with a noun for a job ("contrato de temporada",
        // "puesto temporal") is one beside a job noun.
        for f in &named {
            let phrase = scan.slice(f.span).to_lowercase();
            let words: Vec<&str> = phrase.split_whitespace().collect();
            let holds_noun = words.len() > 1
                && [words[0], words[words.len() - 1]]
                    .iter()
                    .any(|w| self.nouns.iter().any(|n| n == w));
            if holds_noun && !found.iter().any(|g| g.span.overlaps(f.span)) {
                found.push(f.clone());
            }
        }
        // The next term of the same contract, after a comma ("contratto a tempo
        // indeterminato, tempo pieno", "contratto di apprendistato di 36 mesi, tempo pieno"):
        // stated as the one beside the job noun is.
        let mut by_start: Vec<&Fact<EmploymentType>> = named.iter().collect();
        by_start.sort_by_key(|f| f.span.start);
        for f in by_start {
            let after_term = found.iter().any(|g| {
                g.span.end <= f.span.start && {
                    let gap = &scan.text[g.span.end..f.span.start];
                    gap.len() <= NEXT_TERM_GAP
                        && gap.trim_end().ends_with(',')
                        && !gap.contains(['.', ';', ':', '\n'])
                }
            });
            if after_term && !found.iter().any(|g| g.span.overlaps(f.span)) {
                found.push(f.clone());
            }
        }
        let choices: Vec<Span> = named
            .iter()
            .filter(|f| in_choice(f, &named))
            .map(|f| f.span)
            .collect();
        found.retain(|f| !choices.iter().any(|c| c.overlaps(f.span)));
        out.extend(without_choices(found));
        self.push_working_week(scan, span, out);
    }

    /// Full- or part-time by the working week the text states ("40 hours per week").
    fn push_working_week(&self, scan: &Scan, span: Span, out: &mut Vec<Fact<EmploymentType>>) {
        let s = scan.slice(span);
        if let Some(re) = &self.weekly_hours {
            for c in re.captures_iter(s) {
                let number = |g: &str| {
                    c.name(g)
                        .and_then(|m| m.as_str().replace(',', ".").parse::<f64>().ok())
                };
                let Some(low) = number("a") else { continue };
                let high = number("b").unwrap_or(low);
                let t = if low >= FULL_TIME_HOURS && high <= 60.0 {
                    EmploymentType::FullTime
                } else if high <= PART_TIME_HOURS && low > 0.0 {
                    EmploymentType::PartTime
                } else {
                    continue;
                };
                let m = c.get(0).expect("group 0");
                out.push(Fact::new(
                    t,
                    Span::new(m.start(), m.end()).offset(span.start),
                ));
            }
        }
        // A workload of 100% (or up to it: "80-100%", a full-time post open to fewer hours)
        // is full-time; one below it part-time.
        if let Some(re) = &self.workload {
            for c in re.captures_iter(s) {
                let number = |g: &str| c.name(g).and_then(|m| m.as_str().parse::<u32>().ok());
                let Some(low) = number("a1").or(number("a2")) else {
                    continue;
                };
                let high = number("b1").or(number("b2")).unwrap_or(low);
                let t = match high {
                    100 if low > 0 => EmploymentType::FullTime,
                    1..100 if low <= high => EmploymentType::PartTime,
                    _ => continue,
                };
                let m = c.get(0).expect("group 0");
                out.push(Fact::new(
                    t,
                    Span::new(m.start(), m.end()).offset(span.start),
                ));
            }
        }
    }
}

/// How far apart a permanent and a fixed-term contract may be named to be one choice or one
/// list: "CLT ou PJ", "CDI, CDD, intérim", "PJ ou R$ 3.800 no regime CLT".
const CONTRACT_CHOICE_GAP: usize = 40;

/// How far apart full-time and part-time may be named to be one choice: "Vollzeit oder
/// Teilzeit", "tiempo completo / medio tiempo", "heltid eller deltid".
const HOURS_CHOICE_GAP: usize = 16;

/// `found` (the types of one line or one passage) without the contracts it names side by side
/// when they are a permanent and a fixed-term one: an offer of either ("CLT ou PJ") or an
/// agency's list of all it places ("Intérim CDI CDD") states neither; nor do full-time and
/// part-time named together ("Vollzeit oder Teilzeit"). Internships stay.
fn without_choices(found: Vec<Fact<EmploymentType>>) -> Vec<Fact<EmploymentType>> {
    let keep: Vec<bool> = found.iter().map(|f| !in_choice(f, &found)).collect();
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

/// Whether `f` is one of a choice or list among `found` (see [`without_choices`]).
fn in_choice(f: &Fact<EmploymentType>, found: &[Fact<EmploymentType>]) -> bool {
    let contract = |t: EmploymentType| {
        matches!(
            t,
            EmploymentType::Permanent | EmploymentType::Temporary | EmploymentType::Contractor
        )
    };
    let hours = EmploymentType::is_hours;
    let near = |a: Span, b: Span, gap: usize| {
        let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
        second.start.saturating_sub(first.end) <= gap
    };
    found.iter().any(|g| {
        (contract(f.value)
            && contract(g.value)
            && (g.value == EmploymentType::Permanent) != (f.value == EmploymentType::Permanent)
            && near(f.span, g.span, CONTRACT_CHOICE_GAP))
            || (hours(f.value)
                && hours(g.value)
                && f.value != g.value
                && near(f.span, g.span, HOURS_CHOICE_GAP))
    })
}

/// The most text between a contract's term beside a job noun and the next, a comma's
/// ("di 36 mesi, "): further on, a comma lists other things.
const NEXT_TERM_GAP: usize = 20;

/// Lines longer than this are running text, where a company may list every contract it
/// recruits for ("spécialiste du recrutement CDI, CDD, intérim").
const SHORT_LINE: usize = 80;

pub fn employment_types(
    scan: &Scan,
    doc: &Document,
    words: &TypeWords,
    fm_keys: &[String],
) -> Vec<Fact<EmploymentType>> {
    let mut out = Vec::new();
    // Where a posting in another language states its terms in its words: fields, the title,
    // headings, list items and short lines. Its language is asked only when such a word is
    // there (telling a language costs more than the search).
    let mut foreign_words = Vec::new();
    for b in doc.text_blocks() {
        let whole = !matches!(b.kind, crate::document::BlockKind::Paragraph);
        let mut start = b.content.start;
        for line in scan.text[b.content.range()].split_inclusive('\n') {
            let span = Span::new(start, start + line.trim_end().len());
            start += line.len();
            if whole || line.trim().chars().count() <= SHORT_LINE {
                words.push(scan, span, &mut foreign_words);
            }
        }
    }
    if let Some(fm) = &doc.front_matter {
        for f in &fm.fields {
            words.push(scan, f.value_span, &mut foreign_words);
        }
    }
    // Running text of a posting in another language: a type beside a noun for a job, a
    // working week. Searched before the language is asked: telling a language costs more
    // than these searches (an audit of the corpus: 8.2–8.5 s of CPU against 7.6 s).
    for seg in &scan.segments {
        match seg.kind {
            SegmentKind::Text => {
                words.push_in_text(scan, seg.span, &mut foreign_words);
                // A job board's chip that is a type field's whole value ("umowa zlecenie"
                // among the short lines of a page's header, "Nantes · CDD").
                foreign_words.extend(
                    chip_parts(scan, seg).filter_map(|chip| {
                        Some(Fact::new(words.value_type(scan.slice(chip))?, chip))
                    }),
                );
            }
            // A field's value may be the working week ("Arbeitszeit: 40 Stunden pro Woche").
            // Its label may name the workload ("Pensum: 80%").
            SegmentKind::FieldValue(_) => {
                let start = seg
                    .label
                    .map_or(seg.span.start, |l| l.start.min(seg.span.start));
                words.push_working_week(scan, Span::new(start, seg.span.end), &mut foreign_words)
            }
            _ => {}
        }
    }
    // Too short or mixed to tell counts as English, the language of the built-in words.
    // Asked only when needed: telling a language costs more than these searches.
    let english = || {
        scan.language()
            .is_none_or(|code| code == super::language::ENGLISH)
    };
    if !foreign_words.is_empty() && !english() {
        out.extend(foreign_words);
    }
    if let Some(fm) = &doc.front_matter {
        let keys: Vec<&str> = fm_keys.iter().map(String::as_str).collect();
        // A title given in the front matter ("role: Software Engineering Intern") is the
        // title, as a title line of the body is.
        if let Some(title) = doc.title.filter(|t| fm.span.contains(*t)) {
            push_words(scan, words, title, &mut out);
        }
        for f in fm.fields_named(&keys) {
            // An appointment's tenure ("term", "term-limited", "temporary") says how long it
            // lasts, which is the `fixed_term` fact; its type is the schedule stated
            // elsewhere. Only a permanent appointment is a type here.
            if f.leaf_key().contains("appointment") {
                let mut tenure = Vec::new();
                push_words(scan, words, f.value_span, &mut tenure);
                out.extend(tenure.into_iter().filter(|t| !t.value.is_fixed_term()));
                continue;
            }
            push_words(scan, words, f.value_span, &mut out);
        }
    }
    // Chinese type words in the title and in `Label：value` lines (whole, labels included:
    // "是否全职：是" is a question and its answer). Running text and headings often list
    // several roles ("## 全职部分", "## 兼职部分") and state none of them alone.
    for b in doc.text_blocks() {
        let is_title = doc.shows_title(b.content);
        let line = &scan.text[b.span.range()];
        // A line whose label is about the kind of work ("工作性质：", "职位类型：", "是否全职：").
        let label = line.split(['：', ':']).next().unwrap_or("");
        let folded = label.to_lowercase();
        let about_work = |b: &BareTypes| b.labels.iter().any(|w| folded.contains(w.as_str()));
        let field = matches!(b.kind, crate::document::BlockKind::Field { .. })
            || (b.kind == crate::document::BlockKind::Paragraph
                && !line.contains('\n')
                && label.len() < line.len()
                && words.bare.as_ref().is_some_and(about_work));
        if is_title || field {
            push_bare(
                scan,
                words,
                if field { b.span } else { b.content },
                &mut out,
            );
        }
    }
    for seg in &scan.segments {
        match (&seg.kind, standing_alone(scan, seg, words)) {
            (SegmentKind::FieldValue(f), _) if f == "employment_type" => {
                push_words(scan, words, seg.span, &mut out);
                // "Vertragsart: Stage": a word too ambiguous in running text, as the whole value.
                if let Some(t) = words.value_type(scan.slice(seg.span)) {
                    out.push(Fact::new(t, seg.span));
                }
            }
            // A title among the lines of a copied page's header ("Evening Cashier" // "Harbor
            // Grocery Co-op" // "Tacoma, WA"): the title's words state the type, the other
            // lines are read as any others (an employer's "Co-op" is no internship).
            _ if seg.is_title
                && let Some(title) = doc
                    .title
                    .filter(|t| seg.span.contains(*t) && *t != seg.span) =>
            {
                push_words(scan, words, title, &mut out);
                push_lines(scan, seg, words, &mut out)
            }
            _ if seg.is_title => push_words(scan, words, seg.span, &mut out),
            (_, Some(alone)) => push_words(scan, words, alone, &mut out),
            (SegmentKind::FieldValue(_), None) => {}
            _ => push_lines(scan, seg, words, &mut out),
        }
    }
    // An English posting that states no type in words: its working week, if it states one
    // (other languages' weeks are among their words above).
    if out.is_empty() && english() {
        for seg in &scan.segments {
            if matches!(seg.kind, SegmentKind::Text | SegmentKind::FieldValue(_)) {
                words.push_working_week(scan, seg.span, &mut out);
            }
        }
    }
    out.sort_by_key(|f| f.span.start);
    out.dedup_by(|a, b| a.span == b.span && a.value == b.value);
    // A word inside a longer phrase of a pack is part of it: "contract" in "Vast contract"
    // (permanent, Dutch) is no contractor.
    let spans: Vec<Span> = out.iter().map(|f| f.span).collect();
    out.retain(|f| !spans.iter().any(|s| s.contains(f.span) && *s != f.span));
    // Outside English a contract is classed by its kind (CDD, befristet, tempo determinato),
    // the hours beside it being its schedule: a temporary type comes first, before "Tempo
    // pieno" above it. (An English "Full time" above a "term-limited" appointment is full-time.)
    if out.iter().any(|f| f.value == EmploymentType::Temporary) && !english() {
        out.sort_by_key(|f| f.value != EmploymentType::Temporary);
    }
    terms_before_hours(scan, &mut out);
    // A title that names terms that end ("Summer Engineering Internship", "Contract
    // Recruiter") decides, also below a chip of hours that a copied page puts above it
    // ("Full-time" on its first line): the title is the posting's own word for the role.
    if let Some(title) = doc.title {
        out.sort_by_key(|f| !(f.value.is_fixed_term() && title.contains(f.span)));
    }
    out
}

/// Hours and terms named together on one line ("Employment type: Full-time, Contract",
/// "Temporary Full Time") describe one job, as a JSON-LD list of them does (see
/// `embedded::listed_types`): the terms that end (a contract, a temporary job, an internship)
/// come before the hours, and are the type `extract` shows. Types on other lines keep their
/// order (an English "Full time" schedule above a "term-limited" appointment is full-time),
/// and so do types that a sentence end or a clause parts ("Job type: Full-time. Internship
/// also available." is a full-time job, and internships; Chinese parts clauses with "，" and
/// lists with "、").
fn terms_before_hours(scan: &Scan, types: &mut [Fact<EmploymentType>]) {
    const PARTS: [char; 6] = ['\n', '.', '。', ';', '；', '，'];
    // Runs of types, each after the one before it with nothing that parts them between.
    let together = |a: &Fact<EmploymentType>, b: &Fact<EmploymentType>| {
        b.span.start >= a.span.end
            && !scan
                .slice(Span::new(a.span.end, b.span.start))
                .contains(PARTS)
    };
    for run in types.chunk_by_mut(together) {
        run.sort_by_key(|f| !f.value.is_fixed_term());
    }
}

/// A type standing alone in `seg`: a list item or line that is nothing but a type ("-
/// Full-time"), or the value of a one-line `Label: value` whose label names no fact
/// ("Full-time or not: Full-time"). Not a heading, which often names one of several roles a
/// posting lists, nor the value of a label that names another fact ("Required experience:
/// Internship" is a level of experience).
fn standing_alone(scan: &Scan, seg: &Segment, words: &TypeWords) -> Option<Span> {
    let s = scan.slice(seg.span);
    // A type word, looked for first: most short lines have none.
    if seg.kind != SegmentKind::Text || seg.span.len() > 120 || !words.text.has_type_word(s) {
        return None;
    }
    let value_start = match s.find([':', '：']) {
        Some(i) if !s.contains('\n') => i + s[i..].chars().next().map_or(1, char::len_utf8),
        _ => 0,
    };
    let value = &s[value_start..];
    if value.len() <= 40 && words.text.is_alone(value) {
        return Some(Span::new(seg.span.start + value_start, seg.span.end));
    }
    // A label's value that goes on after the type: "Schedule: Part-time, 3 days/week".
    let lead = value.split([',', ';', '(']).next().unwrap_or(value);
    (value_start > 0 && lead.len() < value.len() && words.text.is_alone(lead)).then(|| {
        Span::new(
            seg.span.start + value_start,
            seg.span.start + value_start + lead.len(),
        )
    })
}

/// The lines of a run of short lines that are a type alone ("Hybrid", "Full-time", "Apply"),
/// and the parts of a line of chips that are ("Analyst | Full time | Pune").
fn chips(scan: &Scan, seg: &Segment, words: &TypeWords) -> Vec<Span> {
    let s = scan.slice(seg.span);
    if seg.kind != SegmentKind::Text || !words.text.has_type_word(s) {
        return Vec::new();
    }
    chip_parts(scan, seg)
        .filter(|&part| words.text.is_alone(scan.slice(part)))
        .collect()
}

/// The separators of a line of a job board's chips: "Analyst | Full time | Pune",
/// "Acme · Denver, CO · Hybrid".
const CHIP_SEPARATORS: [&str; 3] = [" | ", " · ", " • "];

/// The byte ranges of `text` between [`CHIP_SEPARATORS`]: the whole of it when it has none.
fn separated_parts(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        let next = CHIP_SEPARATORS
            .iter()
            .filter_map(|sep| text[start..].find(sep).map(|i| (start + i, sep.len())))
            .min();
        from = next.map(|(i, len)| i + len);
        Some(start..next.map_or(text.len(), |(i, _)| i))
    })
}

/// The short parts of a text segment that may be a job board's chips: each line of a run of
/// lines, each part of a line between [`CHIP_SEPARATORS`], and a word in brackets that ends a
/// part ("Springfield, IL (On-site)"); trimmed, at most [`MAX_CHIP`] bytes. The bracketed word
/// ends a part of any line, a field's or a heading's too ("Location: Pune (Hybrid)", "Data
/// Engineer (Remote)"): brackets set it apart as a label.
fn chip_parts<'a>(scan: &'a Scan, seg: &Segment) -> impl Iterator<Item = Span> + use<'a> {
    let s = scan.slice(seg.span);
    let separated = CHIP_SEPARATORS.iter().any(|sep| s.contains(sep));
    let chips = seg.kind == SegmentKind::Text && (s.contains('\n') || separated);
    let lines = if chips || s.contains(')') {
        crate::document::lines::lines(scan.text, seg.span)
    } else {
        Vec::new()
    };
    lines.into_iter().flat_map(move |line| {
        let text = &scan.text[line.range()];
        let mut parts = Vec::new();
        for std::ops::Range { start: from, end } in separated_parts(text) {
            if chips {
                parts.push(Span::new(line.start + from, line.start + end));
            }
            // "Springfield, IL (On-site)": the bracketed word is a chip of its own.
            let part = &text[from..end];
            if let Some(open) = part.trim_end().strip_suffix(')').and_then(|p| p.rfind('(')) {
                let inner = line.start + from + open + 1;
                parts.push(Span::new(
                    inner,
                    line.start + from + part.trim_end().len() - 1,
                ));
            }
        }
        parts
            .into_iter()
            .map(|p| crate::document::lines::trim(scan.text, p))
            .filter(|p| !p.is_empty() && p.len() <= MAX_CHIP)
    })
}

/// Where `s` states no type: "full-time or part-time" offers a choice and states neither
/// alone (two words of one type, "internship/co-op", state it); "contract" that is not the
/// terms of the job.
fn choices(words: &TypeWords, s: &str) -> Vec<std::ops::Range<usize>> {
    let choice = words.text.choice.as_ref().map(PackPattern::get);
    let mut out: Vec<_> = choice
        .into_iter()
        .flat_map(|re| re.find_iter(s))
        .filter(|m| {
            let mut types = words.text.types_in(m.as_str()).map(|(t, _)| t);
            // Two hours ("full-time or part-time") or two terms ("permanent or contract")
            // are a choice; hours and terms together describe one job ("Full-time,
            // permanent", "full time / contract to hire").
            let first = types.next();
            types.any(|t| first.is_some_and(|f| f != t && f.is_hours() == t.is_hours()))
        })
        .map(|m| m.range())
        .collect();
    if let Some(re) = &words.text.not_terms {
        out.extend(re.get().find_iter(s).map(|m| m.range()));
    }
    out
}

fn push_words(scan: &Scan, words: &TypeWords, span: Span, out: &mut Vec<Fact<EmploymentType>>) {
    let s = scan.slice(span);
    let skip = choices(words, s);
    for (t, m) in words.text.types_in(s) {
        if skip.iter().any(|c| c.start <= m.start && m.end <= c.end) {
            continue;
        }
        out.push(Fact::new(t, Span::new(m.start, m.end).offset(span.start)));
    }
}

/// The types `span` states in words of `bare_types`: not a form's question answered no, nor an
/// option ("（也可兼职）"), nor a choice of two ("全职/兼职").
fn push_bare(scan: &Scan, words: &TypeWords, span: Span, out: &mut Vec<Fact<EmploymentType>>) {
    let Some(bare) = &words.bare else {
        return;
    };
    let s = scan.slice(span);
    // Most titles and lines hold none of these words: no need to compile the pattern.
    let lower = s.to_lowercase();
    if !bare.types.keys().any(|w| lower.contains(w.as_str())) {
        return;
    }
    let mut previous_or = false;
    for c in bare.pattern.get().captures_iter(s) {
        let before = s[..c.get(0).expect("group 0").start()].to_lowercase();
        let option = bare.option.iter().any(|o| before.ends_with(o.as_str()));
        let choice = previous_or || option || c.name("or").is_some();
        previous_or = c.name("or").is_some();
        let yes = c
            .name("a")
            .is_some_and(|a| bare.yes.contains(&a.as_str().to_lowercase()));
        if choice || (c.name("q").is_some() && !yes) {
            continue;
        }
        let w = c.name("w").expect("group w always takes part");
        if let Some(t) = bare.types.get(&w.as_str().to_lowercase()) {
            out.push(Fact::new(
                *t,
                Span::new(w.start(), w.end()).offset(span.start),
            ));
        }
    }
}

fn push_in_text(
    scan: &Scan,
    seg: &Segment,
    words: &TypeWords,
    out: &mut Vec<Fact<EmploymentType>>,
) {
    let s = scan.slice(seg.span);
    // Every match of `in_text` has a type word: most segments have none.
    if !words.text.has_type_word(s) {
        return;
    }
    let choices = choices(words, s);
    let in_text = words.text.in_text.as_ref().map(PackPattern::get);
    for c in in_text.into_iter().flat_map(|re| re.captures_iter(s)) {
        let Some(w) = c
            .name("w")
            .or_else(|| c.name("w2"))
            .or_else(|| c.name("w3"))
            .or_else(|| c.name("w4"))
            .or_else(|| c.name("w5"))
            .or_else(|| c.name("w6"))
            .or_else(|| c.name("w7"))
        else {
            continue;
        };
        if choices
            .iter()
            .any(|r| r.start <= w.start() && w.end() <= r.end)
        {
            continue;
        }
        let role = c
            .name("w5")
            .or_else(|| c.name("w6"))
            .map(|_| EmploymentType::Intern);
        if let Some(t) = role.or_else(|| words.text.types.get(&type_key(w.as_str())).copied()) {
            // "This is not a term-limited opportunity."
            if before(&words.text.not_fixed, s, w.start()) {
                continue;
            }
            if t == EmploymentType::Permanent && words.prospect(s, w.start()) {
                continue;
            }
            out.push(Fact::new(
                t,
                Span::new(w.start(), w.end()).offset(seg.span.start),
            ));
        }
    }
}

/// Evidence that the role is fixed-term: an internship, temporary or contract type, or words
/// such as "fixed-term", "seasonal position", "term appointment".
pub fn fixed_term(
    scan: &Scan,
    doc: &Document,
    words: &TypeWords,
    types: &[Fact<EmploymentType>],
) -> Vec<Fact<String>> {
    let text = &words.text;
    let is_match =
        |re: &Option<PackPattern>, s: &str| re.as_ref().is_some_and(|re| re.get().is_match(s));
    let mut out: Vec<Fact<String>> = types
        .iter()
        .filter(|t| t.value.is_fixed_term())
        .map(|t| Fact::new(scan.slice(t.span).to_string(), t.span))
        .collect();
    // Front matter that says the appointment is term-limited (`appointment type: term`).
    if let Some(fm) = &doc.front_matter {
        for f in &fm.fields {
            let key = f.leaf_key();
            let appointment = key.contains("appointment")
                || key.contains("employment_type")
                || key.contains("job_type");
            let term_value = is_match(&text.term_value, f.value.trim());
            if (appointment && term_value) || is_match(&text.fixed_term, &f.value) {
                out.push(Fact::new(f.value.clone(), f.value_span));
            }
        }
    }
    let fixed = text.fixed_term.as_ref().map(PackPattern::get);
    for (c, seg) in fixed.into_iter().flat_map(|re| scan.matches(re)) {
        let start = c.get(0).expect("group 0").start();
        if before(&text.not_fixed, scan.slice(seg.span), start) {
            continue;
        }
        let span = match_span(&c, seg);
        out.push(Fact::new(scan.slice(span).to_string(), span));
    }
    out.sort_by_key(|f| f.span.start);
    out.dedup_by(|a, b| b.span.contains(a.span) || a.span.contains(b.span));
    out
}

pub fn work_arrangement(
    scan: &Scan,
    doc: &Document,
    words: &TypeWords,
    fm_keys: &[String],
) -> Vec<Fact<WorkArrangement>> {
    let mut out = Vec::new();
    let arrangement = words.text.arrangement.as_ref().map(PackPattern::get);
    for (c, seg) in arrangement.into_iter().flat_map(|re| scan.matches(re)) {
        // The word after a space or a hyphen ("remote sensing", "remote-sensing").
        let next_word = |g: &str| {
            c.name(g).map(|m| {
                m.as_str()
                    .trim_start_matches(|ch: char| ch.is_whitespace() || ch == '-')
                    .to_lowercase()
            })
        };
        let (kind, m) = if let Some(m) = c.name("fully") {
            (WorkArrangement::FullyRemote, m)
        } else if let Some(m) = c.name("hybrid") {
            if next_word("hybrid_next").is_some_and(|w| words.text.not_arrangement.contains(&w)) {
                continue;
            }
            (WorkArrangement::Hybrid, m)
        } else if let Some(m) = c.name("remote") {
            if next_word("remote_next").is_some_and(|w| words.text.not_arrangement.contains(&w)) {
                continue;
            }
            (WorkArrangement::Remote, m)
        } else if let Some(m) = c.name("onsite").or_else(|| c.name("based")) {
            (WorkArrangement::Onsite, m)
        } else {
            continue;
        };
        let span = Span::new(m.start(), m.end()).offset(seg.span.start);
        out.push(Fact::new(kind, span));
    }
    // A workplace field whose value is the word alone ("Workplace Type: onsite", an ATS
    // export's `workplaceType: OnSite`), in the body or the front matter.
    if let Some(re) = words.text.arrangement_value.as_ref().map(PackPattern::get) {
        let keys: Vec<&str> = fm_keys.iter().map(String::as_str).collect();
        let from_fm = doc
            .front_matter
            .iter()
            .flat_map(|fm| fm.fields_named(&keys).map(|f| f.value_span));
        // A job board's chip: the word alone on a line of a run of short lines ("On-site" //
        // "Full-time"), or a part of a line of chips ("Acme · Denver, CO (On-site)").
        let chips = scan
            .segments
            .iter()
            .flat_map(|seg| chip_parts(scan, seg))
            .filter(|&l| re.is_match(scan.slice(l)));
        // A place field may hold the arrangement instead ("Work Location: In person").
        let values: Vec<Span> = scan
            .field_values("work_arrangement")
            .chain(scan.field_values("remote"))
            .chain(scan.field_values("location"))
            .map(|seg| seg.span)
            .chain(from_fm)
            .chain(chips)
            .collect();
        for span in values {
            if out.iter().any(|f| span.contains(f.span)) {
                continue;
            }
            // "Work Location: On-site." ends like a sentence.
            let value = crate::document::without_sentence_end(scan.slice(span));
            let Some(c) = re.captures(value) else {
                continue;
            };
            let kind = if c.name("fully").is_some() {
                WorkArrangement::FullyRemote
            } else if c.name("hybrid").is_some() {
                WorkArrangement::Hybrid
            } else if c.name("remote").is_some() {
                WorkArrangement::Remote
            } else {
                WorkArrangement::Onsite
            };
            out.push(Fact::new(kind, span));
        }
    }
    // A share of the week decides over a phrase it holds ("5 days a week in the office" is
    // on site, though "days a week in the office" alone says hybrid).
    if let Some(share) = &words.text.share {
        let shares: Vec<Fact<WorkArrangement>> = scan
            .segments
            .iter()
            .flat_map(|seg| {
                // A field's label may say where the days are ("Télétravail : 2 jours par
                // semaine"), as it may name the workload.
                let whole = match (&seg.kind, seg.label) {
                    (SegmentKind::FieldValue(_), Some(l)) => {
                        Span::new(l.start.min(seg.span.start), seg.span.end)
                    }
                    _ => seg.span,
                };
                let found = share.find(scan.slice(whole));
                found
                    .into_iter()
                    .map(move |(kind, span)| Fact::new(kind, span.offset(whole.start)))
            })
            .collect();
        out.retain(|f| !shares.iter().any(|s| s.span.overlaps(f.span)));
        out.extend(shares);
    }
    let required = words.text.onsite_required.as_ref().map(PackPattern::get);
    for (c, seg) in required.into_iter().flat_map(|re| scan.matches(re)) {
        out.push(Fact::new(
            WorkArrangement::OnsiteRequired,
            match_span(&c, seg),
        ));
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// The types a text segment states: chips a copied page puts on lines of their own
/// ("Hybrid", "Full-time"), and running text.
fn push_lines(scan: &Scan, seg: &Segment, words: &TypeWords, out: &mut Vec<Fact<EmploymentType>>) {
    for chip in chips(scan, seg, words) {
        push_words(scan, words, chip, out);
    }
    push_in_text(scan, seg, words, out)
}

/// A job board's chip is a short line.
const MAX_CHIP: usize = 40;

pub fn seniority(scan: &Scan, doc: &Document, words: &TypeWords) -> Vec<Fact<Seniority>> {
    let mut out = Vec::new();
    let field = words.text.seniority_field.as_ref().map(PackPattern::get);
    let text = words.text.seniority_text.as_ref().map(PackPattern::get);
    // A title named in a sentence ("As a Baker Intern, you ...") is read alone, not its
    // paragraph; so is one no block of the body shows (front matter, an export's field).
    let shown = scan.segments.iter().any(|s| s.is_title);
    let title_alone = doc
        .title
        .filter(|_| doc.title_in_sentence || !shown)
        .map(|span| Segment {
            span,
            kind: SegmentKind::Heading,
            section: None,
            is_title: true,
            label: None,
        });
    for seg in scan.segments.iter().chain(&title_alone) {
        let from_field = matches!(&seg.kind, SegmentKind::FieldValue(f) if f == "seniority");
        if from_field || seg.is_title {
            // "Manager" in a title is a level (lead); in a seniority field it is too. A word of
            // `role_last` ending a title's words after others is the role ("Warehouse
            // Associate"), and the level is the next one named, if any.
            let s = scan.slice(seg.span);
            let found = field
                .into_iter()
                .flat_map(|re| re.captures_iter(s))
                .find_map(|c| {
                    let (level, m) = level_of(&c, "")?;
                    let rest = s[m.end()..].trim_start();
                    // A grade after the role ends its words too ("Warehouse Associate II").
                    let graded = without_grade(rest);
                    let ends_words =
                        graded.is_empty() || !graded.starts_with(char::is_alphanumeric);
                    // First, it is a rank ("Associate, Data Science", "Executive/Head Chef").
                    let after_words = s[..m.start()].chars().any(char::is_alphanumeric);
                    let word = m.as_str().to_lowercase();
                    let role_last =
                        after_words && ends_words && words.text.role_last.contains(&word);
                    // Before a word that names no level, the role ("Executive Assistant"); before
                    // a level, a level too ("Executive Director", "Executive Vice President").
                    let next_word =
                        rest.len() < s.len() - m.end() && rest.starts_with(char::is_alphanumeric);
                    let role_first = next_word
                        && !re_starts(field, rest)
                        && words.text.role_first.contains(&word);
                    let role = seg.is_title && !from_field && (role_last || role_first);
                    // After "to" the title names whom the role serves ("Assistant to the CEO"):
                    // that level is not the role's, and no later one is. Only in the same line
                    // or chip ("Contract to hire · Mid-Senior level" names the level).
                    let part = s[..m.start()]
                        .rsplit(['\n', '·', '|', '•'])
                        .next()
                        .unwrap_or_default();
                    // The level right after it, maybe after one word ("to the CEO", "to Head
                    // of Music"); not "Record to Report Ops Manager", a process's name.
                    let before: Vec<&str> = part
                        .split(|ch: char| !ch.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    let serves = seg.is_title
                        && !from_field
                        && before
                            .iter()
                            .rev()
                            .take(2)
                            .any(|w| words.text.reports_to.contains(&w.to_lowercase()));
                    // "Junior oder Senior Entwickler": a choice or range of levels in words
                    // states none (a slash is as often a rank's two names: "Senior/Lead").
                    let raw = &s[m.end()..];
                    let joined = !raw.trim_start_matches('-').trim_start().starts_with('/')
                        && joins_another_level(raw, &words.text.level_joins, field);
                    if serves || joined {
                        return Some(None);
                    }
                    (!role).then(|| Some((level, match_span(&c, seg))))
                })
                .flatten();
            if let Some((level, span)) = found {
                out.push(Fact::new(level, span));
            }
            continue;
        }
        if let SegmentKind::FieldValue(_) = seg.kind {
            continue;
        }
        // A job board's chip: a level alone on its line among the page's short lines ("Entry
        // level" // "Full-time"). A word that starts a wrapped sentence's line ("Experienced"
        // // "with databases ...") is among long lines.
        // A level between a board's separators is a chip too ("Contract · Mid-Senior level").
        for part in chip_parts(scan, seg) {
            let between = CHIP_SEPARATORS.iter().any(|sep| {
                scan.text[..part.start].ends_with(sep.trim_start())
                    || scan.text[part.end..].starts_with(sep.trim_end())
            });
            let line = scan.slice(part);
            let chip = field.and_then(|re| re.captures(line)).filter(|c| {
                c.get(0)
                    .is_some_and(|m| m.start() == 0 && m.end() == line.len())
            });
            if let Some((level, _)) = chip
                .as_ref()
                .filter(|_| between)
                .and_then(|c| level_of(c, ""))
            {
                out.push(Fact::new(level, part));
            }
        }
        if seg.kind == SegmentKind::Text && scan.slice(seg.span).contains('\n') {
            let lines: Vec<Span> = crate::document::lines::lines(scan.text, seg.span)
                .into_iter()
                .map(|l| crate::document::lines::trim(scan.text, l))
                .collect();
            let short = |i: usize| lines.get(i).is_none_or(|l| l.len() <= MAX_CHIP);
            for (i, &l) in lines.iter().enumerate() {
                if !(short(i) && short(i + 1) && (i == 0 || short(i - 1))) {
                    continue;
                }
                let line = scan.slice(l);
                let chip = field.and_then(|re| re.captures(line)).filter(|c| {
                    c.get(0)
                        .is_some_and(|m| m.start() == 0 && m.end() == line.len())
                });
                if let Some((level, _)) = chip.as_ref().and_then(|c| level_of(c, "")) {
                    out.push(Fact::new(level, l));
                }
            }
        }
        for c in text
            .into_iter()
            .flat_map(|re| re.captures_iter(scan.slice(seg.span)))
        {
            let level = level_of(&c, "")
                .or_else(|| level_of(&c, "a_"))
                .or_else(|| level_of(&c, "s_"));
            let Some((level, m)) = level else {
                continue;
            };
            // "seeking a Junior- to Mid-Level analyst": a range of levels states none.
            let rest = &scan.text[m.end() + seg.span.start..seg.span.end];
            if joins_another_level(rest, &words.text.level_joins, field) {
                continue;
            }
            out.push(Fact::new(
                level,
                Span::new(m.start(), m.end()).offset(seg.span.start),
            ));
        }
    }
    out
}

/// Whether `rest`, the text after a level, joins it to another level: a hyphen maybe, a word of
/// `joins` or a slash, and a level (`field`, the levels' pattern).
fn joins_another_level(rest: &str, joins: &[String], field: Option<&crate::re::Regex>) -> bool {
    let rest = rest.trim_start_matches('-').trim_start();
    let after_join = rest.strip_prefix('/').or_else(|| {
        let word = rest.split_whitespace().next()?;
        joins
            .iter()
            .any(|j| j.eq_ignore_ascii_case(word))
            .then(|| &rest[word.len()..])
    });
    let Some(next) = after_join.map(str::trim_start) else {
        return false;
    };
    field
        .and_then(|re| re.find(next))
        .is_some_and(|m| m.start() == 0)
}

#[cfg(test)]
mod tests;
