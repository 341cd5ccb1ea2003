//! A share of the working week at the office or away from it: "3 days a week in the office",
//! "in our Toronto office a minimum of 3 days per week", "60 % Homeoffice", "remoto al 80%",
//! "Homeoffice ca. 5 Tage/Monat". The words are the packs' (`arrangement.share`); the grammar
//! is a number (maybe a range), a unit of days or a percentage, and a word of where (office or
//! away) near it in the same sentence. A number a phrase cannot hold decides between hybrid
//! and the whole week: "3 days a week in the office" is hybrid, "5 days a week in the office"
//! on site.

use super::WorkArrangement;
use crate::facts::numbers::NumberWords;
use crate::re::PackPattern;
use crate::source::Span;
use crate::vocab::{LanguageWords, WordsError};

/// How far from the number a word of where (or of the week) may stand, in bytes: a few words
/// ("in our Toronto office a minimum of 3 days per week"), not the next clause.
const WINDOW_DAYS: usize = 50;
/// A percentage is of many things (travel, commission): the word of where must be next to it
/// ("60 % Homeoffice", "remoto al 80%", "80% remote").
const WINDOW_PERCENT: usize = 14;
/// What ends a clause, for a percentage's word of where.
const CLAUSE: [char; 6] = [',', ':', '(', ')', '|', '/'];
/// A working week has five days: fewer at the office is hybrid, five is all of it; more is a
/// count of something else ("7 days a week", "25 days of paid vacation").
const WORK_WEEK: f64 = 5.0;
const MONTH: f64 = 31.0;
/// How far before a share a phrase of `some` may stand, in bytes: its sentence's subject.
const WINDOW_SOME: usize = 120;

#[derive(Clone)]
pub(super) struct ShareOfWeek {
    /// A number, maybe a range, and its unit: groups `n`, `m` (the range's other end),
    /// `percent` or `days`.
    share: PackPattern,
    /// The words around it: groups `office`, `away`, `week`, `month`.
    around: PackPattern,
    numbers: NumberWords,
}

impl ShareOfWeek {
    /// `None` when the packs have no words for days, a percentage, or where.
    pub(super) fn new(lang: &LanguageWords) -> Result<Option<Self>, WordsError> {
        let s = &lang.arrangement.share;
        let now = !lang.user_files.is_empty();
        let alt = |w: &[String]| crate::re::spaced_alternation(w, false);
        let (days, percent) = (alt(&s.days), alt(&s.percent));
        let (office, away) = (alt(&s.office), alt(&s.away));
        let no_office = office.is_empty() && s.places.is_empty();
        if (days.is_empty() && percent.is_empty()) || (no_office && away.is_empty()) {
            return Ok(None);
        }
        let numbers = NumberWords::new(&lang.numbers);
        let number = numbers.pattern(r"\d{1,3}");
        let between = crate::re::around_words(alt(&s.between), |b| format!("|{b}"));
        let mut units = Vec::new();
        if !percent.is_empty() {
            units.push(format!("(?P<percent>{percent})"));
        }
        if !days.is_empty() {
            units.push(format!("(?P<days>{days})"));
        }
        let share = format!(
            r"(?i)(?-u:\b)(?P<n>{number})(?:\s*(?:-|–|/{between})\s*(?P<m>{number}))?\s*(?:{})",
            units.join("|")
        );
        // A place noun after a word of `at` and up to three more ("in our Toronto office").
        let (at, places) = (alt(&s.at), alt(&s.places));
        let office = if at.is_empty() || places.is_empty() {
            office
        } else {
            let placed = super::words_then(&at, 3, &places);
            if office.is_empty() {
                placed
            } else {
                format!("{office}|{placed}")
            }
        };
        let mut around = Vec::new();
        // The role based at a workplace ("based in our Denver office"), and another office
        // named ("in the Boulder office"): before `office`, which would take its words.
        if let Some(based) = super::based_at(&lang.arrangement) {
            around.push(format!("(?P<based>{based})"));
        }
        if !at.is_empty() && !places.is_empty() {
            // A name: its last word before the noun capitalised.
            let name = format!(r"(?-i:[A-Z]){}*\s+(?:{places})", super::name_char());
            around.push(format!("(?P<named>{})", super::words_then(&at, 2, &name)));
        }
        for (group, words) in [
            ("office", office),
            ("away", away),
            ("week", alt(&s.week)),
            ("month", alt(&s.month)),
            ("some", alt(&s.some)),
        ] {
            if !words.is_empty() {
                around.push(format!("(?P<{group}>{words})"));
            }
        }
        let around = format!("(?i){}", around.join("|"));
        let error = |e| WordsError::of_packs(lang, "arrangement", e);
        Ok(Some(ShareOfWeek {
            share: PackPattern::checked(share, now).map_err(error)?,
            around: PackPattern::checked(around, now).map_err(error)?,
            numbers,
        }))
    }

    pub(super) fn patterns(&self) -> [&PackPattern; 2] {
        [&self.share, &self.around]
    }

    /// The arrangements the shares of `text` (one block of a posting) state, with their spans
    /// in `text`.
    pub(super) fn find(&self, text: &str) -> Vec<(WorkArrangement, Span)> {
        let mut out = Vec::new();
        for c in self.share.get().captures_iter(text) {
            let whole = c.get(0).expect("group 0 always matches");
            let value = |g| c.name(g).and_then(|m| self.numbers.value(m.as_str()));
            let Some(n) = value("n") else { continue };
            // Of a range, the larger end: "2-3 days" is hybrid, "4-5 days" may be all week.
            let n = value("m").map_or(n, |m| m.max(n));
            let percent = c.name("percent").is_some();
            let reach = if percent { WINDOW_PERCENT } else { WINDOW_DAYS };
            let (mut before, mut after) = (
                sentence_before(text, whole.start(), reach),
                sentence_after(text, whole.end(), reach),
            );
            if percent {
                // And in its clause: "on-site, 10% travel" is travel.
                before = before.rsplit(CLAUSE).next().unwrap_or(before);
                after = after.split(CLAUSE).next().unwrap_or(after);
            }
            let (mut office, mut away, mut week, mut month) = (false, false, false, false);
            let (mut based, mut named) = (false, false);
            for (window, is_after) in [(before, false), (after, true)] {
                for w in self.around.get().captures_iter(window) {
                    let found = w.get(0).expect("group 0 always matches");
                    office |= ["office", "named", "based"]
                        .iter()
                        .any(|g| w.name(g).is_some());
                    // After a comma, a word of away begins a clause of its own: "At least 4
                    // days per week, remote is acceptable" is the week, and remote for all.
                    let between = if is_after {
                        &window[..found.start()]
                    } else {
                        &window[found.end()..]
                    };
                    away |= w.name("away").is_some() && (percent || !between.contains(','));
                    based |= w.name("based").is_some();
                    named |= w.name("named").is_some();
                    // The period follows its number ("3 days per week", "5 Tage/Monat").
                    week |= is_after && w.name("week").is_some();
                    month |= is_after && w.name("month").is_some();
                }
            }
            // For some candidates only: a phrase anywhere before it in its sentence
            // ("candidates near our Atlanta office will work in the office 2 days per week").
            let some = self
                .around
                .get()
                .captures_iter(sentence_before(text, whole.start(), WINDOW_SOME))
                .any(|w| w.name("some").is_some());
            // Days at another office of a role based at one ("based in our Denver office, with
            // one day in the week in the Boulder office") are on site; a share for some
            // candidates ("candidates near our Atlanta office") is an option, not the role's.
            if (!office && !away) || (based && named && !away) || some {
                continue;
            }
            let kind = if percent {
                // 100 % remote is said by `fully_remote`; 100 % at the office is on site.
                match n {
                    n if n > 0.0 && n < 100.0 => WorkArrangement::Hybrid,
                    n if n == 100.0 && office && !away => WorkArrangement::Onsite,
                    _ => continue,
                }
            } else if month && !week {
                if n > MONTH {
                    continue;
                }
                WorkArrangement::Hybrid
            } else if n < WORK_WEEK && n > 0.0 {
                WorkArrangement::Hybrid
            } else if n == WORK_WEEK {
                match (office, away) {
                    (true, false) => WorkArrangement::Onsite,
                    (false, true) => WorkArrangement::Remote,
                    _ => continue,
                }
            } else {
                continue;
            };
            out.push((kind, Span::new(whole.start(), whole.end())));
        }
        out
    }
}

/// Up to `reach` bytes before `at`, from the start of its sentence at most.
fn sentence_before(text: &str, at: usize, reach: usize) -> &str {
    let start = crate::re::floor_char_boundary(text, at.saturating_sub(reach));
    let window = &text[start..at];
    sentence_stops(window)
        .max()
        .map_or(window, |end| &window[end + 1..])
}

/// Up to `reach` bytes after `at`, to the end of its sentence at most.
fn sentence_after(text: &str, at: usize, reach: usize) -> &str {
    let end = crate::re::floor_char_boundary(text, (at + reach).min(text.len()));
    let window = &text[at..end];
    &window[..sentence_stops(window).min().unwrap_or(window.len())]
}

/// Where sentences stop in `window`: a line break, ';', '!', '?', and a full stop before a
/// space and a capital letter ("office. We"), not an abbreviation's before a number ("ca. 5
/// Tage").
fn sentence_stops(window: &str) -> impl Iterator<Item = usize> + '_ {
    let marks = window.match_indices(['\n', ';', '!', '?']).map(|(i, _)| i);
    let full_stops = window
        .match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| window[i + 2..].trim_start().starts_with(char::is_uppercase));
    marks.chain(full_stops)
}
