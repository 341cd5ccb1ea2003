//! Years of experience asked for: "5+ years", "3-5 years", "at least two years", "minimum of
//! 3 years' experience". A number of years only counts when it is about experience, so "for over
//! 20 years we have..." and "18 years of age" are not read.

use super::Fact;
use super::numbers::{NumberWords, years_pattern};
use super::scan::{Scan, SegmentKind, match_span};
use crate::re::{
    PackPattern, glued_alternation, open_word_alternation, plain_alternation, word_alternation,
};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Experience {
    pub min: f64,
    pub max: Option<f64>,
}

crate::re::patterns! {}

/// The last `n` characters of `s`: patterns that look back a short way run on this window
/// (a bounded repeat of a Unicode class would make the compiled pattern large).
pub fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

/// The first `n` characters of `s`.
pub fn head_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The pattern of years of experience, with the packs' number words.
#[derive(Clone)]
pub struct ExperienceMatcher {
    years: crate::re::Regex,
    numbers: NumberWords,
    /// A word for experience earlier in the sentence (`experience.before`), up to its end.
    before: Option<PackPattern>,
    /// Right after the years, a word that makes them something else (`experience.not_after`).
    not_after: Option<PackPattern>,
}

impl ExperienceMatcher {
    /// # Errors
    /// When the packs' number words make the pattern too large: the error names the users'
    /// packs.
    pub fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let words = &lang.experience;
        // Each list of the packs as an alternation, or a pattern that never matches for none.
        let never = |alt: String| match alt {
            a if a.is_empty() => String::from(r"(?-u:\b\B)"),
            a => a,
        };
        let open = |w: &[String]| open_word_alternation(w, true);
        let lead =
            crate::re::around_words(open(&words.at_least), |a| format!(r"(?P<lead>(?:{a})\s+)?"));
        let to = crate::re::around_words(plain_alternation(&words.to), |to| format!("|{to}"));
        let or_more = crate::re::around_words(open(&words.or_more), |m| {
            format!(r"(?P<orMore>(?:{m})\s+)?")
        });
        let mut units: Vec<&str> = words.years.iter().map(String::as_str).collect();
        units.sort_by_key(|w| std::cmp::Reverse(w.trim().len()));
        let unit = never(glued_alternation(units));
        let of = crate::re::around_words(open(&words.of), |o| format!(r"(?:(?:{o})\s+)?"));
        let after = never(open(&words.after));
        let minimum = never(open(
            &[&words.or_more[..], &words.then_at_least[..]].concat(),
        ));
        // Up to five words between the years and a word of `after`, of any letters ("5 Jahre
        // einschlägige Berufserfahrung") but no quotes: "four years, we’ve been in the top 10"
        // is not experience, as "we've" is not.
        let word = r"(?:[\w/&,+.-]|(?u:[^\x00-\x7F‘’‚‛“”„«»‹›]))+";
        let (years, numbers) = years_pattern(lang, |num| {
            format!(
                r"(?i){lead}\(?\b(?P<min>{num})\)?\s*(?P<plus>\+)?\s*(?:(?:-|–|—{to})\s*(?P<max>{num})\s*\+?\s*)?{or_more}(?:{unit})(?P<tail>(?:'|’)?\s*{of}(?:{word}\s+){{0,5}}?(?:{after})|\s+(?:{minimum})(?u:[^.;\n])*?(?:{after}))?"
            )
        })?;
        let now = !lang.user_files.is_empty();
        let error = |e| crate::vocab::WordsError::of_packs(lang, "experience", e);
        let before = word_alternation(&words.before, false);
        let not_after = word_alternation(&words.not_after, true);
        Ok(ExperienceMatcher {
            years,
            numbers,
            before: PackPattern::around(&before, now, |w| format!(r"(?i)(?:{w})(?u:[^.;\n])*$"))
                .map_err(error)?,
            not_after: PackPattern::around(&not_after, now, |w| format!(r"(?i)^\s*(?:{w})"))
                .map_err(error)?,
        })
    }

    /// Compiles the patterns now (for the tests and the language server).
    pub fn compile(&self) {
        for re in [&self.before, &self.not_after].into_iter().flatten() {
            re.get();
        }
    }

    pub fn extract(&self, scan: &Scan) -> Vec<Fact<Experience>> {
        let mut out = Vec::new();
        for (c, seg) in scan.matches(&self.years) {
            let whole = c.get(0).expect("group 0");
            let seg_text = scan.slice(seg.span);
            let before = &seg_text[..whole.start()];
            let after = &seg_text[whole.end()..];
            let in_field = matches!(&seg.kind, SegmentKind::FieldValue(f) if f == "experience");
            let about_experience = c.name("tail").is_some()
                || in_field
                || self
                    .before
                    .as_ref()
                    .is_some_and(|re| re.get().is_match(tail_chars(before, 40)));
            let not_experience = || {
                self.not_after
                    .as_ref()
                    .is_some_and(|re| re.get().is_match(crate::re::head(after)))
            };
            if !about_experience || not_experience() {
                continue;
            }
            let Some(min) = c.name("min").and_then(|m| self.numbers.value(m.as_str())) else {
                continue;
            };
            let max = c.name("max").and_then(|m| self.numbers.value(m.as_str()));
            if min > 40.0 || max.is_some_and(|m| m < min || m > 40.0) {
                continue;
            }
            let span = match c.name("lead") {
                Some(_) => match_span(&c, seg),
                None => {
                    let start = c.name("min").expect("min").start();
                    let end = c.name("tail").map_or(whole.end(), |t| t.end());
                    Span::new(start.min(whole.start() + 1).max(whole.start()), end)
                        .offset(seg.span.start)
                }
            };
            out.push(Fact::new(Experience { min, max }, trim(scan.text, span)));
        }
        out
    }
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start_matches([' ', '(']).len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn years(text: &str) -> Vec<(f64, Option<f64>, String)> {
        let src = Source::new("t", text, Format::Text);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let scan = Scan::new(&src.text, &doc);
        let vocab = crate::rules::builtin_vocabulary();
        ExperienceMatcher::new(&vocab.lang)
            .unwrap()
            .extract(&scan)
            .into_iter()
            .map(|f| (f.value.min, f.value.max, src.slice(f.span).to_string()))
            .collect()
    }

    #[test]
    fn common_forms() {
        assert_eq!(
            years("Title\n\nYou have 5+ years of experience in Rust.")[0].0,
            5.0
        );
        assert_eq!(
            years("Title\n\n3-5 years experience with SQL")[0].1,
            Some(5.0)
        );
        assert_eq!(
            years("Title\n\nAt least two years of professional experience.")[0].0,
            2.0
        );
        assert_eq!(
            years("Title\n\nMinimum of 3 years' experience as a nurse.")[0].0,
            3.0
        );
        assert_eq!(years("Title\n\nExperience: 4 years in retail.")[0].0, 4.0);
        // `of` is not one of the five words before "experience".
        assert_eq!(
            years("Title\n\n1-5 years of data analyst, analyst, or business experience")[0].1,
            Some(5.0)
        );
        // Words of letters beyond ASCII between the years and "experience": a non-breaking
        // hyphen, a typographic apostrophe garbled by an export.
        assert_eq!(
            years("Title\n\n5+ years of hands\u{2011}on experience in product work.")[0].0,
            5.0
        );
        assert_eq!(
            years("Title\n\nMinimum 2 years\u{20ac}\u{2122} experience in retail.")[0].0,
            2.0
        );
    }

    #[test]
    fn years_that_are_not_experience() {
        assert!(years("Title\n\nFor over 20 years we have served Denver.").is_empty());
        assert!(years("Title\n\nApplicants must be 18 years of age or older.").is_empty());
        assert!(years("Title\n\nWe were founded 10 years ago.").is_empty());
        // A quote ends the words that may stand before "experience" or "in the".
        assert!(
            years("Title\n\nThe past four years, we\u{2019}ve been in the top 10 places to work.")
                .is_empty()
        );
        // The English pack's `experience.not_after`: a word may go on.
        assert!(
            years("Title\n\nExperience matters: we are 12 years older than our rivals.").is_empty()
        );
        assert!(
            years("Title\n\nRelevant experience: we have been 25 years in business.").is_empty()
        );
    }

    #[test]
    fn a_word_for_experience_before_the_years_in_their_sentence() {
        // `experience.before`, in the sentence before the years, and not across its end.
        assert_eq!(
            years("Title\n\nPrior experience of 3 years is required.")[0].0,
            3.0
        );
        assert!(years("Title\n\nWe value experience. For 3 years we grew.").is_empty());
    }
}
