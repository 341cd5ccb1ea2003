//! Dates and durations: the posting date, the application deadline, the length of a fixed-term
//! engagement ("12 weeks", "6-month contract") and its start and end ("May 2026 to July 2026").

use super::Fact;
use super::numbers::NumberWords;
use super::scan::{Scan, SegmentKind, match_span};
use crate::document::Document;
use crate::re::{LazyRegex, PackPattern, Regex, WordSet, spaced_alternation, word_alternation};
use crate::source::Span;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

mod ranges;
pub use ranges::RangeMatcher;

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: Option<i16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => f.write_str("?"),
        }
    }
}

impl Ymd {
    pub fn full(&self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year?, self.month? as i8, self.day? as i8).ok()
    }

    /// Why no calendar holds this date ("there is no month 13", "February 2019 has 28
    /// days"), or `None` when one can.
    pub fn impossible(&self) -> Option<String> {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = self.month?;
        if !(1..=12).contains(&month) {
            return Some(format!("there is no month {month}"));
        }
        let day = self.day?;
        let name = NAMES[usize::from(month - 1)];
        // Without a year, February has 29 days in some year.
        let year = self.year.unwrap_or(2000);
        let days = jiff::civil::Date::new(year, month as i8, 1)
            .map(|d| d.days_in_month())
            .unwrap_or(31);
        if day == 0 || i16::from(day) > i16::from(days) {
            return Some(match self.year {
                Some(y) => format!("{name} {y} has {days} days"),
                None => format!("{name} has {days} days"),
            });
        }
        None
    }
}

/// A date where the posting states one (its posting date, its deadline): a date, or one that
/// cannot be (`2019-02-29`, `2026-13-01`), which is reported (`date/invalid`) and never
/// replaced by another.
#[derive(Debug, Clone, PartialEq)]
pub enum Stated {
    Date(Ymd),
    Impossible(InvalidDate),
}

/// A stated date that no calendar holds.
#[derive(Debug, Clone, PartialEq)]
pub struct InvalidDate {
    /// Which date it was meant to be.
    pub of: DateOf,
    /// The date as written.
    pub text: String,
    /// Why it cannot be.
    pub why: String,
}

/// The dates a posting states once, named as their facts are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum DateOf {
    DatePosted,
    Deadline,
}

impl DateOf {
    /// As a message names it.
    pub fn what(self) -> &'static str {
        match self {
            DateOf::DatePosted => "posting date",
            DateOf::Deadline => "application deadline",
        }
    }
}

/// The date, or the impossible date stated instead.
pub fn split(stated: Option<Fact<Stated>>) -> (Option<Fact<Ymd>>, Option<Fact<InvalidDate>>) {
    match stated {
        Some(Fact {
            value: Stated::Date(d),
            span,
        }) => (Some(Fact::new(d, span)), None),
        Some(Fact {
            value: Stated::Impossible(i),
            span,
        }) => (None, Some(Fact::new(i, span))),
        None => (None, None),
    }
}

/// A length of engagement.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    pub value: f64,
    /// `day`, `week`, `month` or `year`.
    pub unit: String,
}

impl Duration {
    pub fn weeks(&self) -> f64 {
        match self.unit.as_str() {
            "day" => self.value / 7.0,
            "week" => self.value,
            "month" => self.value * 52.0 / 12.0,
            _ => self.value * 52.0,
        }
    }
}

/// A stated start and end of the engagement.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRange {
    pub start: Ymd,
    pub end: Ymd,
}

impl DateRange {
    /// "May to December 2026": the year written once belongs to both ends.
    pub fn with_shared_year(mut start: Ymd, mut end: Ymd) -> Self {
        let wraps = |s: &Ymd, e: &Ymd| (e.month, e.day) < (s.month, s.day);
        match (start.year, end.year) {
            (None, Some(y)) => start.year = Some(if wraps(&start, &end) { y - 1 } else { y }),
            (Some(y), None) => end.year = Some(if wraps(&start, &end) { y + 1 } else { y }),
            _ => {}
        }
        DateRange { start, end }
    }

    /// Shortest and longest length the range can mean, in weeks: "June to August" is anything
    /// from a month (June 30 – August 1) to three months (June 1 – August 31).
    pub fn weeks_between(&self) -> Option<(f64, f64)> {
        let sm = self.start.month?;
        let em = self.end.month?;
        let sy = self.start.year.or(self.end.year).unwrap_or(2000);
        let mut ey = self.end.year.or(self.start.year).unwrap_or(2000);
        if self.end.year.is_none() && (em, self.end.day) < (sm, self.start.day) {
            ey += 1; // "November to February"
        }
        let first = |y: i16, m: u8, d: Option<u8>| {
            jiff::civil::Date::new(y, m as i8, d.unwrap_or(1) as i8).ok()
        };
        let last = |y: i16, m: u8, d: Option<u8>| {
            let f = jiff::civil::Date::new(y, m as i8, 1).ok()?;
            Some(
                d.and_then(|d| jiff::civil::Date::new(y, m as i8, d as i8).ok())
                    .unwrap_or_else(|| f.last_of_month()),
            )
        };
        let (s0, s1) = (
            first(sy, sm, self.start.day)?,
            last(sy, sm, self.start.day)?,
        );
        let (e0, e1) = (first(ey, em, self.end.day)?, last(ey, em, self.end.day)?);
        let days = |a: jiff::civil::Date, b: jiff::civil::Date| (b - a).get_days() as f64;
        let min = days(s1, e0).max(0.0) / 7.0;
        let max = days(s0, e1).max(0.0) / 7.0;
        (max > 0.0).then_some((min, max))
    }

    pub fn weeks(&self) -> Option<f64> {
        self.weeks_between().map(|(a, b)| (a + b) / 2.0)
    }
}

/// The words of the built-in English pack for the dates written the English way ("March 4,
/// 2024", "4th of Mar 2024"), which every posting reads as it reads the English pack: its
/// month names and abbreviations (`dates.months`) as an alternation, and lower case → number;
/// its ordinal marks (`dates.ordinals`) and words between a day and its month (`day_of`) as
/// alternations.
struct EnglishDates {
    months: String,
    numbers: HashMap<String, u8>,
    ordinals: String,
    day_of: String,
}

static ENGLISH_DATES: std::sync::LazyLock<EnglishDates> = std::sync::LazyLock::new(|| {
    let english = || {
        crate::vocab::BUILTIN
            .packs
            .iter()
            .filter(|p| p.pack.detector == super::language::ENGLISH)
    };
    let months: Vec<(u8, String)> = english()
        .flat_map(|p| p.pack.dates.months.clone().numbered())
        .collect();
    let names: Vec<String> = months.iter().map(|(_, w)| w.clone()).collect();
    let words = |get: fn(&crate::vocab::PackDates) -> &Vec<String>| {
        let words: Vec<String> = english().flat_map(|p| get(&p.pack.dates).clone()).collect();
        crate::re::plain_alternation(&words)
    };
    EnglishDates {
        months: word_alternation(&names, false),
        numbers: months
            .into_iter()
            .map(|(n, w)| (w.to_lowercase(), n))
            .collect(),
        ordinals: words(|d| &d.ordinals),
        day_of: words(|d| &d.day_of),
    }
});

/// The English month names as an alternation (see [`ENGLISH_DATES`]).
fn english_months() -> &'static str {
    &ENGLISH_DATES.months
}

/// A day's ordinal mark, maybe: `(?:st|nd)?` of the English pack's `dates.ordinals`.
fn english_ordinal() -> String {
    crate::re::around_words(ENGLISH_DATES.ordinals.clone(), |o| format!("(?:{o})?"))
}

fn month_number(s: &str) -> Option<u8> {
    ENGLISH_DATES.numbers.get(&s.to_lowercase()).copied()
}

crate::re::patterns! {
    /// One date: "March 4, 2024", "4 March 2024", "Mar 2024", "2024-03-04", "3/4/2024" (also
    /// "3-4-2024", as Dutch postings write it: either way, as with slashes),
    /// "04.03.2024" (day first wherever it is written); an ISO
    /// date-time ("2024-03-04T10:00:00-05:00") is its day as written.
    static DATE = {
        let month = english_months();
        let ord = english_ordinal();
        let of = crate::re::around_words(ENGLISH_DATES.day_of.clone(), |o| format!(r"(?:(?:{o})\s+)?"));
        format!(
        r"(?i)\b(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})(?:-(?P<id>\d{{1,2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)?|(?P<um>\d{{1,2}})/(?P<ud>\d{{1,2}})/(?P<uy>\d{{4}}|\d{{2}})|(?P<xa>\d{{1,2}})-(?P<xb>\d{{1,2}})-(?P<xy>\d{{4}})|(?P<ed>\d{{1,2}})\.(?P<em>\d{{1,2}})\.(?P<ey>\d{{4}})|(?P<hd>\d{{1,2}})-(?P<hm>{month})-(?P<hy>\d{{4}})|(?P<dd>\d{{1,2}}){ord}\s+{of}(?P<dm>{month})\.?,?\s+(?P<dy>\d{{4}})|(?P<ty>\d{{4}})\s+(?P<tm>{month})\.?\s+(?P<td>\d{{1,2}})|(?P<m>{month})\.?(?:\s+(?:(?P<d>\d{{1,2}}){ord}\b,?\s*)?(?P<y>\d{{4}})?)?)\b"
        )
    };
    /// An ISO date with its time of day, as machines write it: "2026-03-30T05:06:32+00:00".
    static TIMESTAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$";
    /// A whole date written with numbers, month and day in either order.
    static NUMERIC_DATE = r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]\d{2,4}$";
    /// Something like a day and month written with numbers ("01.03.", "1/3/"; not an ISO date),
    /// for which the numeric ranges are looked for.
    static NUMERIC_HINT = r"\b[0-9]{1,2}[./-][0-9]{1,2}[./-]";
    /// The parts of a date written with numbers, the year left out or not ("01.03.").
    static NUMERIC_PARTS = r"^(?P<a>[0-9]{1,2})(?P<sep>[./-])(?P<b>[0-9]{1,2})[./-]?(?P<y>[0-9]{2,4})?$";
}

/// How far after "start date" or "end date" its date may be, in characters.
const BESIDE_LABEL: usize = 60;

/// The packs' words around the posting date and the deadline (`dates.posted_label`, `posted`,
/// `posted_on`, `deadline`), as patterns compiled on first use.
#[derive(Clone)]
pub struct DateWords {
    /// A label alone on its line that names the posting date.
    posted_label: Option<PackPattern>,
    /// Right before the posting date: "Posted on".
    posted: Option<PackPattern>,
    /// Right before the deadline: "apply by", "Deadline:".
    deadline: Option<PackPattern>,
    /// A date with a pack's month name ("12. März 2026", "3 mars 2026", "15 de abril de 2026"),
    /// where the posting or the deadline is stated.
    named: Option<PackPattern>,
    /// Month name, lower case → its number.
    months: HashMap<String, u8>,
}

impl DateWords {
    /// # Errors
    /// When the packs' words make a pattern that does not compile (too large): the error
    /// names the users' packs.
    pub fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "dates", e);
        let now = !lang.user_files.is_empty();
        let words = &lang.dates;
        let label = word_alternation(&words.posted_label, false);
        let on = word_alternation(&words.posted_on, true);
        let on = if on.is_empty() { on } else { format!("{on}|") };
        let posted = word_alternation(&words.posted, false);
        let deadline = word_alternation(&words.deadline, true);
        let month = word_alternation(&month_names(lang), false);
        Ok(DateWords {
            // A day may carry its ordinal mark ("12.", "1er", "1º"), and a short word may join
            // day, month and year ("15 de abril de 2026"), as in a range in words.
            named: PackPattern::around(&month, now, |m| {
                format!(
                    r"(?i)(?-u:\b)(?:[0-9]{{1,2}}(?:\.|[a-z]{{1,2}}|(?u:[\x{{BA}}\x{{B0}}]))?\s+(?:[a-z]{{1,2}}\s+)?)?(?:{m})\.?,?(?:\s+(?:[a-z]{{1,2}}\s+)?[0-9]{{4}}(?-u:\b))?"
                )
            })
            .map_err(error)?,
            months: month_numbers(lang),
            posted_label: PackPattern::around(&label, now, |w| format!(r"(?i)^(?:{w})\s*:?$"))
                .map_err(error)?,
            posted: PackPattern::around(&posted, now, |w| format!(r"(?i)(?:{w})\s*(?:{on}:)?\s*"))
                .map_err(error)?,
            deadline: PackPattern::around(&deadline, now, |w| format!(r"(?i)(?:{w})\s*:?\s*"))
                .map_err(error)?,
        })
    }

    /// Compiles the patterns now (for the tests and the language server).
    pub fn compile(&self) {
        for re in [
            &self.posted_label,
            &self.posted,
            &self.deadline,
            &self.named,
        ]
        .into_iter()
        .flatten()
        {
            re.get();
        }
    }

    /// The first date stated in `s`: [`parse_stated`]'s, or one with a pack's month name
    /// that starts earlier ("3. August 2026" is the 3rd, not August).
    fn stated_in(&self, s: &str) -> Option<(Ymd, std::ops::Range<usize>)> {
        let english = parse_stated(s);
        let named = self.named.as_ref().and_then(|re| {
            re.get()
                .find_iter(s)
                .find_map(|m| named_date(&self.months, m.as_str()).map(|d| (d, m.range())))
        });
        match (english, named) {
            (Some(e), Some(n)) if n.1.start < e.1.start => Some(n),
            (e, n) => e.or(n),
        }
    }
}

/// The packs' month names (their patterns fold the case of every letter: "MÄRZ", "FÉVRIER").
pub(crate) fn month_names(lang: &crate::vocab::LanguageWords) -> Vec<String> {
    lang.months.iter().map(|(_, w)| w.clone()).collect()
}

/// The packs' month names, in lower case, with their numbers.
pub(crate) fn month_numbers(lang: &crate::vocab::LanguageWords) -> HashMap<String, u8> {
    lang.months
        .iter()
        .map(|(n, w)| (w.to_lowercase(), *n))
        .collect()
}

/// A date with a month name of `months` (lower case → number): "1. März 2026", "31 août",
/// "Mars 2026"; a month alone is none.
pub(crate) fn named_date(months: &HashMap<String, u8>, s: &str) -> Option<Ymd> {
    month_day_year(months, s).filter(|d| d.day.is_some() || d.year.is_some())
}

/// The month named in `s` by one of `months` (lower case → number), with the day and the year
/// written beside it, if any ("3. August 2026", "März", "1º de março de 2026").
pub(crate) fn month_day_year(months: &HashMap<String, u8>, s: &str) -> Option<Ymd> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for word in s.split_whitespace() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 4 {
            year = digits.parse::<i16>().ok();
        } else if !digits.is_empty() {
            day = digits.parse::<u8>().ok();
        } else {
            let name = word.trim_end_matches([',', '.']).to_lowercase();
            month = months.get(&name).copied().or(month);
        }
    }
    let d = Ymd {
        year,
        month: Some(month?),
        day,
    };
    (d.impossible().is_none() && year.is_none_or(|y| (1990..=2100).contains(&y))).then_some(d)
}

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Parses the first date in `s`.
pub fn parse_date(s: &str) -> Option<(Ymd, std::ops::Range<usize>)> {
    DATE.captures_iter(s).find_map(|c| {
        date_from(&c)
            .filter(|d| d.impossible().is_none())
            .map(|d| (d, c.get(0).expect("group 0").range()))
    })
}

/// The first date in `s`, where a date is stated: also one no calendar holds (`2019-02-29`),
/// which [`Ymd::impossible`] tells.
fn parse_stated(s: &str) -> Option<(Ymd, std::ops::Range<usize>)> {
    DATE.captures_iter(s)
        .find_map(|c| date_from(&c).map(|d| (d, c.get(0).expect("group 0").range())))
}

fn date_from(c: &crate::re::Captures<'_>) -> Option<Ymd> {
    let num = |g: &str| c.name(g).and_then(|m| m.as_str().parse::<i32>().ok());
    let ymd = if let Some(y) = num("iy") {
        Ymd {
            year: Some(y as i16),
            month: Some(num("im")? as u8),
            day: num("id").map(|d| d as u8),
        }
    } else if let Some(y) = num("uy").or_else(|| num("xy")) {
        let y = if y < 100 { 2000 + y } else { y };
        let (mut m, mut d) = (
            num("um").or_else(|| num("xa"))?,
            num("ud").or_else(|| num("xb"))?,
        );
        // "25/12/2024" is day/month/year: only one reading is a date.
        if m > 12 && (1..=12).contains(&d) {
            (m, d) = (d, m);
        }
        Ymd {
            year: Some(y as i16),
            month: Some(m as u8),
            day: Some(d as u8),
        }
    } else if let Some(y) = num("ey") {
        Ymd {
            year: Some(y as i16),
            month: Some(num("em")? as u8),
            day: Some(num("ed")? as u8),
        }
    } else if let Some(y) = num("hy") {
        Ymd {
            year: Some(y as i16),
            month: month_number(c.name("hm")?.as_str()),
            day: num("hd").map(|d| d as u8),
        }
    } else if let Some(y) = num("ty") {
        // "2024 Jan 30": year, month, day.
        Ymd {
            year: Some(y as i16),
            month: month_number(c.name("tm")?.as_str()),
            day: num("td").map(|d| d as u8),
        }
    } else if let Some(y) = num("dy") {
        Ymd {
            year: Some(y as i16),
            month: month_number(c.name("dm")?.as_str()),
            day: num("dd").map(|d| d as u8),
        }
    } else {
        let m = c.name("m")?;
        // "may" and "march" are also verbs: a month name alone needs a capital.
        if c.name("d").is_none()
            && c.name("y").is_none()
            && !m.as_str().starts_with(char::is_uppercase)
        {
            return None;
        }
        Ymd {
            year: num("y").map(|y| y as i16),
            month: month_number(m.as_str()),
            day: num("d").map(|d| d as u8),
        }
    };
    // A month or day of two digits written where a date is stated is a date, possibly one no
    // calendar holds ([`Ymd::impossible`]); a year outside these is not read as a year.
    let valid_year = ymd.year.is_none_or(|y| (1990..=2100).contains(&y));
    valid_year.then_some(ymd)
}

/// Front matter keys that name a date without saying what it is the date of.
const GENERIC_DATE_KEYS: &[&str] = &["date"];

/// The first date among front matter `keys`, in the order of `keys` (the more specific first).
/// "TBD" and empty values are no date; a date without a year only counts when `any_year`.
fn front_matter_date(doc: &Document, keys: &[&str], any_year: bool) -> Option<Fact<Ymd>> {
    front_matter_stated(doc, keys, any_year)
        .map(|(f, _)| f)
        .filter(|f| f.value.impossible().is_none())
}

/// [`front_matter_date`], but also a date no calendar holds, with the date as written.
fn front_matter_stated(
    doc: &Document,
    keys: &[&str],
    any_year: bool,
) -> Option<(Fact<Ymd>, String)> {
    let fm = doc.front_matter.as_ref()?;
    keys.iter().find_map(|key| {
        fm.fields_named(std::slice::from_ref(key)).find_map(|f| {
            // A bare `date` inside a list or mapping is that entry's date (an info session's,
            // an event's); only at the top level is it the posting's. Keys that say what the
            // date is of (`date_posted`, `opens`) count wherever they are.
            if GENERIC_DATE_KEYS.contains(key) && f.key.contains('.') {
                return None;
            }
            let (d, r) = parse_stated(&f.value)?;
            (any_year || d.year.is_some()).then(|| {
                let span = Span::new(r.start, r.end).offset(f.value_span.start);
                (Fact::new(d, span), f.value[r].to_string())
            })
        })
    })
}

/// A date found where the posting states its `of` date (`date_posted`, `deadline`): the date,
/// or, when no calendar holds it, what was written and why.
fn stated(of: DateOf, d: Ymd, span: Span, written: &str) -> Fact<Stated> {
    let value = match d.impossible() {
        None => Stated::Date(d),
        Some(why) => Stated::Impossible(InvalidDate {
            of,
            text: written.to_string(),
            why,
        }),
    };
    Fact::new(value, span)
}

/// Words right before a length ("for 6 months", "for a period of up to 2 years"): the packs'
/// `durations.just_before`, a colon, then maybe `period_of` and `about`. Empty for no words.
fn just_before(words: &crate::vocab::PackDurations) -> String {
    let lead = spaced_alternation(&words.just_before, false);
    if lead.is_empty() {
        return lead;
    }
    let optional = crate::re::optional_words;
    let (period_of, about) = (optional(&words.period_of), optional(&words.about));
    format!(r"(?:{lead})\s*:?\s+{period_of}{about}")
}

/// What a length may be of, right after its unit ("a 6-month internship", "a 10-week paid
/// internship"): the packs' `durations.after`, maybe after a word of `after_kind`. Empty for
/// no words.
fn of_what(words: &crate::vocab::PackDurations) -> String {
    let what = spaced_alternation(&words.after, false);
    if what.is_empty() {
        return what;
    }
    let kind = spaced_alternation(&words.after_kind, false);
    let kind = if kind.is_empty() {
        kind
    } else {
        format!(r"(?:(?:{kind})\s+)?")
    };
    format!(r"[- ]{kind}(?:{what})")
}

/// Lengths of engagement ("for 6 months", "Dauer: 3 Monate", "na okres 9 miesięcy"), with the
/// unit words, range words and introducing words of every language pack.
#[derive(Clone)]
pub struct DurationMatcher {
    pattern: Regex,
    /// Unit word, lower case → `day`, `week`, `month` or `year`.
    units: HashMap<String, &'static str>,
    /// Words right after a length that make it something else, of the language packs.
    not_after: Option<Arc<LazyRegex>>,
    /// The packs' number words and words for one, with their values.
    numbers: NumberWords,
    /// Up to two words, then what a length is of: after a length joined to its unit by a
    /// hyphen, as a length before its noun is written ("an 8-week overnight camp session").
    gap_after: Option<Arc<LazyRegex>>,
    /// A word of `dates.from` then a date or a month, right after a length: the length runs
    /// between dates ("12 weeks from June to August"), so `not_after`'s "from" does not unmake
    /// it; "12 weeks from the start date" is a point in time.
    from_date: Option<Arc<LazyRegex>>,
    /// Contract words that name one unit's length ("jaarcontract"), and each one's unit.
    one_unit: Option<(WordSet, Vec<&'static str>)>,
}

/// A lazily compiled pattern, at once for a user's words (`now`); `None` for no words.
fn lazy(alt: &str, pattern: String, now: bool) -> Result<Option<Arc<LazyRegex>>, String> {
    if alt.is_empty() {
        return Ok(None);
    }
    let re = if now {
        LazyRegex::compiled(&pattern)?
    } else {
        LazyRegex::new(&pattern)
    };
    Ok(Some(Arc::new(re)))
}

/// Words right after a length that make it something else ("6 months of experience", "2 weeks
/// notice"), a space of a phrase standing for any spaces; `None` for no words. Compiled on
/// first use (most postings state no length), at once for a user's words (`now`).
fn not_after(words: &[String], now: bool) -> Result<Option<Arc<LazyRegex>>, String> {
    let alt = spaced_alternation(words, true);
    if alt.is_empty() {
        return Ok(None);
    }
    let pattern = format!(r"(?i)^\s*(?:{alt})");
    let re = if now {
        LazyRegex::compiled(&pattern)?
    } else {
        LazyRegex::new(&pattern)
    };
    Ok(Some(Arc::new(re)))
}

/// Spaces and tabs, not a line break; case-sensitive on purpose (see [`DurationMatcher::new`]).
const BLANK: &str = r"(?-i:[^\S\n])";

impl DurationMatcher {
    /// # Errors
    /// When the packs' words make a pattern that does not compile (too large): the error
    /// names the users' packs.
    pub fn new(
        lang: &crate::vocab::LanguageWords,
        ranges: &crate::vocab::RangeWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "durations", e);
        let units: HashMap<String, &'static str> = lang
            .duration_units
            .iter()
            .filter_map(|(u, w)| {
                Some((
                    w.to_lowercase(),
                    *crate::facts::DURATION_UNITS.iter().find(|x| *x == u)?,
                ))
            })
            .collect();
        let unit_words: Vec<String> = lang.duration_units.iter().map(|(_, w)| w.clone()).collect();
        let unit = crate::re::word_alternation(&unit_words, false);
        let to = crate::re::word_alternation(&ranges.to, false);
        let to = if to.is_empty() {
            String::new()
        } else {
            format!("|{to}")
        };
        // A word of another language that introduces a length, then up to three words or
        // signs before the number ("Durée de contrat : 6 mois", "Dauer & Arbeitszeit:
        // idealerweise 6 Monate", "mission intérimaire de 6 mois"). The blank class is outside
        // `(?i)`: folding the case of a class that holds `\S` walks all of Unicode (8 ms each).
        let other_before = crate::re::word_alternation(&lang.duration_before, false);
        let mut before = vec![just_before(&lang.durations)];
        if !other_before.is_empty() {
            before.push(format!(
                r"(?:{other_before})(?:{BLANK}*[^\s0-9.]+){{0,3}}?{BLANK}*"
            ));
        }
        let weeks = spaced_alternation(&lang.durations.before_weeks, false);
        if !weeks.is_empty() {
            before.push(format!(r"(?P<weeks>{weeks})\s+"));
        }
        before.retain(|b| !b.is_empty());
        let before = match before.join("|") {
            b if b.is_empty() => b,
            b => format!("(?P<before>{b})?"),
        };
        let after = match of_what(&lang.durations) {
            a if a.is_empty() => a,
            a => format!("(?P<after>{a})?"),
        };
        // A number in digits or words, or a word for one ("a year"), and the top of a range.
        let numbers = NumberWords::new(&lang.numbers);
        let one = crate::re::word_alternation(&lang.duration_one, false);
        let n = numbers.pattern(r"[0-9]{1,3}(?:\.[0-9])?");
        let n = if one.is_empty() {
            n
        } else {
            format!("{n}|{one}")
        };
        let n2 = numbers.pattern(r"[0-9]{1,3}");
        let pattern = format!(
            r"(?i){before}(?-u:\b)(?P<n>{n})\+?(?:\s*(?:-|–|/{to})\s*(?P<n2>{n2}))?\s*[- ]?(?P<u>{unit}){after}"
        );
        let one: Vec<(String, f64)> = lang.duration_one.iter().map(|w| (w.clone(), 1.0)).collect();
        let numbers = NumberWords::new(&[lang.numbers.clone(), one].concat());
        let now = !lang.user_files.is_empty();
        let what = spaced_alternation(&lang.durations.after, false);
        let gap_after = lazy(
            &what,
            format!(r"(?i)^(?:{BLANK}+(?-i:[\p{{L}}-]+)){{1,2}}?{BLANK}+(?:{what})"),
            now,
        )
        .map_err(error)?;
        let from = spaced_alternation(&lang.dates.from, false);
        let month_names: Vec<String> = lang.months.iter().map(|(_, m)| m.clone()).collect();
        let months = word_alternation(&month_names, false);
        let from_date = lazy(
            &from,
            format!(r"(?i)^\s*(?:{from})\s+(?:{months}|[0-9])"),
            now,
        )
        .map_err(error)?;
        let (one_unit_words, one_unit_units): (Vec<String>, Vec<&'static str>) = lang
            .durations
            .one_unit
            .iter()
            .filter_map(|(u, words)| {
                let unit = *crate::facts::DURATION_UNITS.iter().find(|x| *x == u)?;
                Some(words.iter().map(move |w| (w.clone(), unit)))
            })
            .flatten()
            .unzip();
        let one_unit = WordSet::new(&one_unit_words, true)
            .map_err(error)?
            .map(|set| (set, one_unit_units));
        Ok(DurationMatcher {
            one_unit,
            gap_after,
            from_date,
            numbers,
            pattern: crate::re::compile(&pattern).map_err(error)?,
            units,
            not_after: not_after(&lang.duration_not_after, !lang.user_files.is_empty())
                .map_err(error)?,
        })
    }

    /// Stated lengths of engagement.
    pub fn durations(&self, scan: &Scan, doc: &Document) -> Vec<Fact<Duration>> {
        let mut out = Vec::new();
        // Lengths with words between them and what they are of come after the others: "a
        // four-week training program" is less often the engagement than "a 2-year commitment".
        let mut with_gap = Vec::new();
        let mut push = |c: &crate::re::Captures<'_>, span: Span, strong: bool, after_text: &str| {
            let head = crate::re::head(after_text);
            let matches =
                |re: &Option<Arc<LazyRegex>>| re.as_ref().is_some_and(|re| re.get().is_match(head));
            // "an 8-week overnight camp session": a hyphen joins the length to its unit.
            let hyphenated = c.name("u").is_some_and(|u| {
                let whole = c.get(0).expect("group 0");
                whole.as_str()[..u.start() - whole.start()].ends_with('-')
            });
            let gap = c.name("after").is_none() && hyphenated && matches(&self.gap_after);
            let of_what = c.name("after").is_some() || gap;
            if !(strong || c.name("before").is_some() || of_what) {
                return;
            }
            if !of_what && matches(&self.not_after) && !matches(&self.from_date) {
                return;
            }
            let n = c
                .name("n2")
                .or_else(|| c.name("n"))
                .and_then(|m| self.numbers.value(m.as_str()));
            let Some(value) = n.filter(|v| *v > 0.0) else {
                return;
            };
            let Some(unit) = self.units.get(&c["u"].to_lowercase()) else {
                return;
            };
            // "over 12 weeks" is a length; "over 20 years" is how long a business has been.
            if c.name("weeks").is_some() && !matches!(*unit, "week" | "month") {
                return;
            }
            let weak = gap && !strong && c.name("before").is_none();
            (if weak { &mut with_gap } else { &mut out }).push(Fact::new(
                Duration {
                    value,
                    unit: unit.to_string(),
                },
                span,
            ));
        };
        if let Some(fm) = &doc.front_matter {
            for f in &fm.fields {
                let key = f.key.to_ascii_lowercase();
                let strong = key.contains("duration")
                    || key.contains("length")
                    || key.contains("term")
                    || key.contains("nte");
                for c in self.pattern.captures_iter(&f.value) {
                    let m = c.get(0).expect("group 0");
                    let span = Span::new(m.start(), m.end()).offset(f.value_span.start);
                    let after = &f.value[m.end()..];
                    push(&c, span, strong, after);
                }
            }
        }
        for (c, seg) in scan.matches(&self.pattern) {
            let strong = matches!(&seg.kind, SegmentKind::FieldValue(f) if f == "duration");
            let span = match_span(&c, seg);
            let after = &scan.text[span.end..seg.span.end];
            push(&c, span, strong, after);
        }
        // "Jaarcontract met uitzicht op vast": a contract of one unit, named in one word.
        if let Some((set, units)) = &self.one_unit {
            for seg in &scan.segments {
                for (m, i) in set.find_iter(scan.slice(seg.span)) {
                    let span = Span::new(m.start(), m.end()).offset(seg.span.start);
                    let unit = units[i].to_string();
                    out.push(Fact::new(Duration { value: 1.0, unit }, span));
                }
            }
        }
        out.extend(with_gap);
        out
    }
}

/// The posting date: front matter (`date`, `date_posted`, `opens`, ...), a `Posted:` field, or
/// "Posted Mar 4, 2024" near the top. The first date stated decides, even one that cannot be.
pub fn date_posted(scan: &Scan, doc: &Document, words: &DateWords) -> Option<Fact<Stated>> {
    const OF: DateOf = DateOf::DatePosted;
    // The keys sites and savers write (also those of JSON exports, `records.yaml`), compared
    // in lower case: `posted_at`, `createdAt`, `publishedAt`.
    let keys = [
        "date_posted",
        "dateposted",
        "date",
        "posted",
        "posted_at",
        "postedat",
        "published",
        "published_at",
        "publishedat",
        "published_on",
        "publication_date",
        "first_published",
        "created_at",
        "createdat",
        "opens",
        "open_date",
    ];
    if let Some((fact, written)) = front_matter_stated(doc, &keys, false) {
        return Some(stated(OF, fact.value, fact.span, &written));
    }
    for seg in scan.field_values("date_posted") {
        let s = scan.slice(seg.span);
        if let Some((d, r)) = words.stated_in(s) {
            let span = Span::new(r.start, r.end).offset(seg.span.start);
            return Some(stated(OF, d, span, &s[r]));
        }
    }
    // A label whose date is the next block, further down ("Posting Start Date:", blank
    // lines, "September 10, 2025").
    let blocks: Vec<_> = doc.text_blocks().collect();
    for pair in blocks.windows(2) {
        let label = scan.text[pair[0].content.range()].trim();
        let next = &scan.text[pair[1].content.range()];
        let date = next.trim();
        if words
            .posted_label
            .as_ref()
            .is_some_and(|re| re.get().is_match(label))
            && let Some((d, r)) = words.stated_in(date)
            && r.start == 0
            && r.end == date.len()
            && d.year.is_some()
        {
            let lead = next.len() - next.trim_start().len();
            let span = Span::new(r.start + lead, r.end + lead).offset(pair[1].content.start);
            return Some(stated(OF, d, span, &date[r]));
        }
    }
    // "Posted 3/4/2024" in the first lines.
    let posted = words.posted.as_ref().map(PackPattern::get);
    for seg in scan.segments.iter().take(12) {
        let s = scan.slice(seg.span);
        if let Some(m) = posted.and_then(|re| re.find(s))
            && let Some((d, r)) = words.stated_in(&s[m.end()..])
            && r.start == 0
            && d.year.is_some()
        {
            let span = Span::new(m.end() + r.start, m.end() + r.end).offset(seg.span.start);
            return Some(stated(OF, d, span, &s[m.end()..][r]));
        }
    }
    // A line near the top that is a full date and nothing else ("Mar 4, 2024"); not the
    // value of another field ("Start Date: 05/01/2026").
    for seg in scan.segments.iter().take(5) {
        if matches!(seg.kind, SegmentKind::FieldValue(_)) {
            continue;
        }
        let s = scan.slice(seg.span);
        let lead = s.len() - s.trim_start().len();
        if let Some((d, r)) = parse_date(s.trim())
            && r.start == 0
            && r.end == s.trim().len()
            && d.year.is_some()
            && d.day.is_some()
        {
            return Some(Fact::new(
                Stated::Date(d),
                Span::new(lead + r.start, lead + r.end).offset(seg.span.start),
            ));
        }
    }
    // A timestamp a page prints on a line of its own ("2026-03-30T05:06:32+00:00"), wherever
    // the chrome puts it; not the value of a label on the line before ("Closes:").
    let mut previous = "";
    for seg in &scan.segments {
        if matches!(seg.kind, SegmentKind::FieldValue(_)) {
            continue;
        }
        let s = scan.slice(seg.span);
        let mut at = 0;
        for line in s.split_inclusive('\n') {
            let shown = line.trim();
            if TIMESTAMP.is_match(shown)
                && !previous.ends_with([':', '：'])
                && let Some((d, r)) = parse_date(shown)
            {
                let lead = line.len() - line.trim_start().len();
                let span = Span::new(at + lead + r.start, at + lead + r.end);
                return Some(Fact::new(Stated::Date(d), span.offset(seg.span.start)));
            }
            if !shown.is_empty() {
                previous = shown;
            }
            at += line.len();
        }
    }
    None
}

/// Whether `date` is written with numbers that read either way ("05/08/2025").
pub fn reads_either_way(text: &str, date: &Fact<Ymd>) -> bool {
    let number = |c: &crate::re::Captures<'_>, g: &str| {
        c.name(g).and_then(|m| m.as_str().parse::<u8>().ok())
    };
    NUMERIC_DATE
        .captures(&text[date.span.range()])
        .is_some_and(|c| {
            [number(&c, "a"), number(&c, "b")]
                .iter()
                .all(|n| n.is_some_and(|n| (1..=12).contains(&n)))
        })
}

/// A date written with numbers that reads either way ("05/08/2025") read day first, as where
/// the posting is placed, or its language, writes dates.
pub fn read_day_first(text: &str, date: &mut Fact<Ymd>) {
    let written = &text[date.span.range()];
    let Some(c) = NUMERIC_DATE.captures(written) else {
        return;
    };
    let number = |g: &str| c.name(g).and_then(|m| m.as_str().parse::<u8>().ok());
    if let (Some(first), Some(second)) = (number("a"), number("b"))
        && (1..=12).contains(&first)
        && (1..=12).contains(&second)
    {
        date.value.month = Some(second);
        date.value.day = Some(first);
    }
}

/// The application deadline: front matter (`closes`, `deadline`, ...), a `Deadline:` field, or
/// "apply by June 1, 2026". The first date stated decides, even one that cannot be.
pub fn deadline(scan: &Scan, doc: &Document, words: &DateWords) -> Option<Fact<Stated>> {
    const OF: DateOf = DateOf::Deadline;
    let keys = [
        "closes",
        "deadline",
        "valid_through",
        "validthrough",
        "close_date",
        "closing_date",
        "apply_by",
        "expires",
    ];
    if let Some((fact, written)) = front_matter_stated(doc, &keys, false) {
        return Some(stated(OF, fact.value, fact.span, &written));
    }
    for seg in scan.field_values("deadline") {
        let s = scan.slice(seg.span);
        if let Some((d, r)) = words.stated_in(s) {
            let span = Span::new(r.start, r.end).offset(seg.span.start);
            return Some(stated(OF, d, span, &s[r]));
        }
    }
    let deadline = words.deadline.as_ref().map(PackPattern::get);
    for (c, seg) in deadline.into_iter().flat_map(|re| scan.matches(re)) {
        let m = c.get(0).expect("group 0");
        let s = scan.slice(seg.span);
        if let Some((d, r)) = words.stated_in(&s[m.end()..])
            && r.start == 0
        {
            let span = Span::new(m.end() + r.start, m.end() + r.end).offset(seg.span.start);
            return Some(stated(OF, d, span, &s[m.end()..][r]));
        }
    }
    None
}

#[cfg(test)]
mod tests;
