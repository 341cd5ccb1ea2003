//! The stated start and end of an engagement: "June 1, 2026 to August 21, 2026", "Start date:
//! ... End date: ...", and the ranges of other languages, with their range words and month
//! names from the language packs: "Zeitraum: 02.03.2026 - 30.10.2026", "du 01/03/2026 au
//! 31/08/2026", "Period: Mars 2026 - Augusti 2026".

use super::{DateRange, NUMERIC_HINT, NUMERIC_PARTS, Ymd, front_matter_date, parse_date};
use crate::document::Document;
use crate::facts::Fact;
use crate::facts::scan::{Scan, SegmentKind, match_span};
use crate::re::{PackPattern, Regex, WordSet, spaced_alternation, word_alternation};
use crate::source::Span;
use std::collections::HashMap;

/// A date written with numbers: day and month with dots ("02.03.2026", also "01.03." before an
/// end that has the year), slashes ("01/03/2026") or dashes ("01-03-2026").
const NUMERIC_START: &str = r"[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4})?|[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}";
const NUMERIC_END: &str = r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}|[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}";

/// Start–end ranges of an engagement.
///
/// Its two patterns are made of the packs' words (range words, month names of ten languages)
/// and cost a tenth of a one-shot `check` to compile: they are compiled on first need, for a
/// text with a date written with numbers or with two month names in it. A user's packs are
/// compiled at once, so that words that make a pattern too large are an error on loading.
#[derive(Clone)]
pub struct RangeMatcher {
    /// Two dates written the English way ("June 1 to August 21, 2026", "from May 2026 through
    /// July 2026", "between Jan and Mar"), a dash or a range word between; ASCII classes, as
    /// English needs.
    english: PackPattern,
    /// The packs' words that join two dates only after a word of `between` ("and"), lower case.
    and: Vec<String>,
    between: Vec<String>,
    /// Two dates written with numbers, a dash or a range word between.
    numeric: LazyPattern,
    /// Two dates with the packs' month names ("1. März bis 31. August 2026").
    named: Option<LazyPattern>,
    /// The packs' month names, to tell whether a text may hold a range in words.
    month_words: Option<WordSet>,
    /// Month name, lower case → its number.
    months: HashMap<String, u8>,
    /// Those of the month names that are not English ones.
    other_months: HashMap<String, u8>,
    /// Words before a range that make it the application window (`dates.application`).
    application: Option<PackPattern>,
    /// A start date, then an end date, named in one sentence (`dates.start_label`,
    /// `end_label`): "Start date: ... end date: ...", each date within `BESIDE_LABEL`
    /// characters of its label (checked apart: a counted repetition of a Unicode class
    /// compiles slowly).
    start_then_end: Option<PackPattern>,
}

/// A pattern compiled on first use.
#[derive(Clone)]
struct LazyPattern {
    pattern: String,
    compiled: std::sync::OnceLock<Regex>,
}

impl LazyPattern {
    /// The pattern, compiled now when `now` (a user's words: an error is theirs to see).
    fn new(pattern: String, now: bool) -> Result<Self, String> {
        let compiled = std::sync::OnceLock::new();
        if now {
            let _ = compiled.set(crate::re::compile(&pattern)?);
        }
        Ok(LazyPattern { pattern, compiled })
    }

    /// The compiled pattern; the built-in packs' patterns compile (the tests compile them).
    fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            crate::re::compile(&self.pattern).unwrap_or_else(|e| {
                panic!("the built-in packs' date pattern does not compile: {e}")
            })
        })
    }
}

impl RangeMatcher {
    /// # Errors
    /// When the packs' words make a pattern that does not compile (too large): the error
    /// names the users' packs.
    pub fn new(
        lang: &crate::vocab::LanguageWords,
        ranges: &crate::vocab::RangeWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "dates", e);
        let now = !lang.user_files.is_empty();
        // A dash, or a range word of a pack: "bis", "au", "do", "through", "and run through".
        let words: Vec<String> = ranges.to.iter().chain(&lang.date_to).cloned().collect();
        let to = crate::re::word_alternation(&words, false);
        let to = if to.is_empty() {
            String::from("-|–|—")
        } else {
            format!("-|–|—|(?:{to})")
        };
        let numeric = format!(
            r"(?i)(?-u:\b)(?P<a>{NUMERIC_START})\s*(?:{to})\s*(?P<b>{NUMERIC_END})(?-u:\b)"
        );
        // Dates the English way, after a word that starts a range or a word of `between`,
        // joined by a dash, a range word or a word of `and` (allowed after `between` alone).
        let lead: Vec<String> = ranges
            .between
            .iter()
            .chain(&lang.dates.from)
            .cloned()
            .collect();
        let lead = crate::re::word_alternation(&lead, false);
        let lead = if lead.is_empty() {
            lead
        } else {
            format!(r"(?:(?P<lead>{lead})\s+)?")
        };
        let joins: Vec<String> = words.iter().chain(&ranges.and).cloned().collect();
        let joins = crate::re::word_alternation(&joins, false);
        let joins = if joins.is_empty() {
            String::from("-|–|—")
        } else {
            format!("-|–|—|{joins}")
        };
        // The English month names, which the dates are read with, and the packs' others ("zwischen
        // März und August 2026"), which a month name alone is read with ([`Self::end_of`]).
        let names = super::month_names(lang);
        let others: Vec<String> = names
            .iter()
            .filter(|w| super::month_number(w).is_none())
            .cloned()
            .collect();
        let others = crate::re::around_words(crate::re::word_alternation(&others, false), |o| {
            format!("|{o}")
        });
        let month = format!("{}{others}", super::english_months());
        let day = format!("[0-9]{{1,2}}{}", super::english_ordinal());
        let date = format!(
            r"(?:{day}\s+)?(?:{month})\.?(?:\s+{day})?,?(?:\s+[0-9]{{4}})?|[0-9]{{4}}-[0-9]{{1,2}}(?:-[0-9]{{1,2}})?"
        );
        let english =
            format!(r"(?i)(?-u:\b){lead}(?P<a>{date})\s*(?P<join>{joins})\s*(?P<b>{date})(?-u:\b)");
        let lower = |words: &[String]| words.iter().map(|w| folded(w)).collect::<Vec<_>>();
        let month = crate::re::word_alternation(&names, false);
        // A day may carry its ordinal mark ("1.", "1er", "1º"), and a short word may join day,
        // month and year ("1 de marzo de 2026").
        let end = format!(
            r"(?:[0-9]{{1,2}}(?:\.|[a-z\x{{BA}}\x{{B0}}]{{1,2}})?\s+(?:[a-z]{{1,2}}\s+)?)?(?:{month})\.?(?:\s+(?:[a-z]{{1,2}}\s+)?[0-9]{{4}})?"
        );
        let named = (!month.is_empty())
            .then(|| format!(r"(?i)(?-u:\b)(?P<a>{end})\s*(?:{to})\s*(?P<b>{end})"));
        let dates = &lang.dates;
        let application = word_alternation(&dates.application, false);
        let (start, end) = (
            spaced_alternation(&dates.start_label, false),
            spaced_alternation(&dates.end_label, false),
        );
        let start_then_end = if start.is_empty() || end.is_empty() {
            None
        } else {
            let p = format!(r"(?i)(?:{start})(?P<s>(?u-i:[^.\n])+?)(?:{end})(?P<e>(?u-i:[^.\n])+)");
            Some(PackPattern::checked(p, now).map_err(error)?)
        };
        Ok(RangeMatcher {
            application: PackPattern::around(&application, now, |w| format!("(?i){w}"))
                .map_err(error)?,
            start_then_end,
            english: PackPattern::checked(english, now).map_err(error)?,
            and: lower(&ranges.and),
            between: lower(&ranges.between),
            numeric: LazyPattern::new(numeric, now).map_err(error)?,
            named: named
                .map(|p| LazyPattern::new(p, now).map_err(error))
                .transpose()?,
            month_words: WordSet::new(&names, false).map_err(error)?,
            months: super::month_numbers(lang),
            other_months: super::month_numbers(lang)
                .into_iter()
                .filter(|(w, _)| super::month_number(w).is_none())
                .collect(),
        })
    }

    /// Compiles both patterns now (for the tests and the language server).
    pub fn compile(&self) {
        self.numeric.get();
        if let Some(named) = &self.named {
            named.get();
        }
        self.english.get();
        for re in [&self.application, &self.start_then_end]
            .into_iter()
            .flatten()
        {
            re.get();
        }
    }

    /// Explicit start–end ranges, and `Start date:` / `End date:` fields. `day_first` tells,
    /// when asked, whether a numeric date that reads either way ("05/08/2026") puts the day
    /// first where the posting is placed or in its language.
    pub fn date_ranges(
        &self,
        scan: &Scan,
        doc: &Document,
        day_first: &dyn Fn() -> bool,
    ) -> Vec<Fact<DateRange>> {
        let mut out = Vec::new();
        for (c, seg) in scan.matches(self.english.get()) {
            let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
                continue;
            };
            let (Some(start), Some(end)) = (self.end_of(a.as_str()), self.end_of(b.as_str()))
            else {
                continue;
            };
            if self.application_window(scan, seg, c.get(0).expect("group 0").start()) {
                continue;
            }
            // Both ends need a month; "2019 - 2020" alone is not an engagement.
            if start.month.is_none() || end.month.is_none() {
                continue;
            }
            // "and" only joins a range after "between".
            let is = |group: &str, words: &[String]| {
                c.name(group)
                    .is_some_and(|m| words.contains(&folded(m.as_str())))
            };
            if is("join", &self.and) && !is("lead", &self.between) {
                continue;
            }
            let range = DateRange::with_shared_year(start, end);
            if range.weeks_between().is_none() {
                continue;
            }
            out.push(Fact::new(range, match_span(&c, seg)));
        }
        let numeric = NUMERIC_HINT.is_match(scan.text).then(|| self.numeric.get());
        for (c, seg) in numeric.into_iter().flat_map(|re| scan.matches(re)) {
            let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
                continue;
            };
            if self.application_window(scan, seg, a.start()) {
                continue;
            }
            let Some((start, end)) = numeric_pair(a.as_str(), b.as_str(), day_first) else {
                continue;
            };
            push_range(
                &mut out,
                DateRange::with_shared_year(start, end),
                match_span(&c, seg),
            );
        }
        let two_months = |words: &WordSet| words.find_iter(scan.text).nth(1).is_some();
        if let Some(named) = &self.named
            && self.month_words.as_ref().is_some_and(two_months)
        {
            for (c, seg) in scan.matches(named.get()) {
                let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
                    continue;
                };
                if self.application_window(scan, seg, a.start()) {
                    continue;
                }
                let (Some(start), Some(end)) =
                    (self.named_date(a.as_str()), self.named_date(b.as_str()))
                else {
                    continue;
                };
                push_range(
                    &mut out,
                    DateRange::with_shared_year(start, end),
                    match_span(&c, seg),
                );
            }
        }
        // "The start date will be May 11, 2026 and the end date August 27, 2026": both named in
        // one sentence.
        let start_then_end = self.start_then_end.as_ref().map(PackPattern::get);
        for (c, seg) in start_then_end.into_iter().flat_map(|re| scan.matches(re)) {
            let (Some(s), Some(e)) = (c.name("s"), c.name("e")) else {
                continue;
            };
            // Each date within a few words of its label.
            let e_start = e.start();
            let (s, e) = (
                s.as_str(),
                super::first_chars(e.as_str(), super::BESIDE_LABEL),
            );
            if s.chars().nth(super::BESIDE_LABEL).is_some() {
                continue;
            }
            let (Some((start, sr)), Some((end, er))) = (parse_date(s), parse_date(e)) else {
                continue;
            };
            // "Start date options: May 11, May 26 ... end date options: Aug 14, Aug 28": a choice
            // of dates is no one engagement.
            if parse_date(&s[sr.end..]).is_some() || parse_date(&e[er.end..]).is_some() {
                continue;
            }
            let range = DateRange::with_shared_year(start, end);
            if start.month.is_none() || end.month.is_none() || range.weeks_between().is_none() {
                continue;
            }
            let whole = match_span(&c, seg);
            let span = Span::new(whole.start, seg.span.start + e_start + er.end);
            out.push(Fact::new(range, span));
        }
        let field_date = |name: &str| -> Option<(Ymd, Span)> {
            let seg = scan.field_values(name).next()?;
            let (d, r) = parse_date(scan.slice(seg.span))?;
            Some((d, Span::new(r.start, r.end).offset(seg.span.start)))
        };
        let fm_date = |keys: &[&str]| front_matter_date(doc, keys, true).map(|f| (f.value, f.span));
        let start =
            field_date("start_date").or_else(|| fm_date(&["start_date", "start", "starts"]));
        let end = field_date("end_date").or_else(|| fm_date(&["end_date", "end", "ends"]));
        if let Some((e, espan)) = end {
            let range = match start {
                Some((s, sspan)) => {
                    // "Start date: 01/03/2026", "End date: 31/08/2026": one order for both.
                    let written = |span: Span| scan.text.get(span.range()).unwrap_or("");
                    let pair = numeric_pair(written(sspan), written(espan), day_first);
                    let (s, e) = pair.unwrap_or((s, e));
                    Fact::new(DateRange { start: s, end: e }, sspan.cover(espan))
                }
                None => Fact::new(
                    DateRange {
                        start: Ymd {
                            year: None,
                            month: None,
                            day: None,
                        },
                        end: e,
                    },
                    espan,
                ),
            };
            out.push(range);
        }
        out
    }

    /// Whether a range at `at` in `seg` is the application window ("Opening and closing
    /// period for this job application: May 21 - May 25", a deadline's field), not the
    /// engagement.
    fn application_window(
        &self,
        scan: &Scan,
        seg: &crate::facts::scan::Segment,
        at: usize,
    ) -> bool {
        if matches!(&seg.kind, SegmentKind::FieldValue(f) if f == "deadline" || f == "date_posted")
        {
            return true;
        }
        let before = &scan.text[seg.span.start..seg.span.start + at];
        self.application.as_ref().is_some_and(|re| {
            re.get()
                .is_match(crate::facts::experience::tail_chars(before, 80))
        })
    }

    /// A date with a pack's month name: "1. März 2026", "31 août", "Mars 2026".
    fn named_date(&self, s: &str) -> Option<Ymd> {
        super::month_day_year(&self.months, s)
    }

    /// One end of a range of dates written the English way: a date, or a month name of a pack
    /// that is not English, maybe with a day and a year ("März").
    fn end_of(&self, s: &str) -> Option<Ymd> {
        parse_date(s)
            .map(|(d, _)| d)
            .or_else(|| super::month_day_year(&self.other_months, s))
    }
}

/// A word as the packs' words are compared: lower case, its spaces one space.
fn folded(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Adds `range` unless it holds no time or a range already found covers its text ("April -
/// August 2026" is an English range and, by the packs' month names, a German one).
fn push_range(out: &mut Vec<Fact<DateRange>>, range: DateRange, span: Span) {
    let overlaps = out.iter().any(|f| f.span.overlaps(span));
    if overlaps || range.weeks_between().is_none() {
        return;
    }
    out.push(Fact::new(range, span));
}

/// The start and end written with numbers (`a`, `b`), read in one order: a dotted date is day
/// first wherever it is written; a slashed one is by a number above 12 on either end
/// ("01/03/2026 - 31/08/2026"), else as `day_first` tells. `None` when either is no date.
fn numeric_pair(a: &str, b: &str, day_first: &dyn Fn() -> bool) -> Option<(Ymd, Ymd)> {
    let parts = |s: &str| {
        let c = NUMERIC_PARTS.captures(s.trim())?;
        let n = |g: &str| c.name(g).and_then(|m| m.as_str().parse::<u16>().ok());
        let year = n("y").map(|y| if y < 100 { 2000 + y } else { y });
        Some((n("a")?, n("b")?, year, &c["sep"] == "."))
    };
    let (a, b) = (parts(a)?, parts(b)?);
    let day_first = if a.3 || b.3 || a.0 > 12 || b.0 > 12 {
        true
    } else if a.1 > 12 || b.1 > 12 {
        false
    } else {
        day_first()
    };
    let ymd = |(first, second, year, _): (u16, u16, Option<u16>, bool)| {
        let (day, month) = if day_first {
            (first, second)
        } else {
            (second, first)
        };
        let d = Ymd {
            year: year.map(|y| y as i16),
            month: u8::try_from(month).ok(),
            day: u8::try_from(day).ok(),
        };
        let year_ok = d.year.is_none_or(|y| (1990..=2100).contains(&y));
        (d.impossible().is_none() && year_ok).then_some(d)
    };
    Some((ymd(a)?, ymd(b)?))
}
