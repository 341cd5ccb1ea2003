//! Lists of literal words and phrases, matched with `aho-corasick` instead of a regex
//! alternation.
//!
//! A language pack's list of benefits or remote-work phrases holds hundreds of words in ten
//! languages; as a case-insensitive Unicode regex it costs milliseconds to compile in every
//! process, which is most of a one-shot `check`. An Aho-Corasick automaton over the same
//! words builds in a fraction of that. [`WordSet`] finds what [`super::word_alternation`]
//! compiled with `(?i)` finds: at the leftmost position, the longest word whose ends stand at
//! ASCII word boundaries.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, PatternID,
    StartKind,
};

use super::Match;

/// More than this many letters with a case outside ASCII in one word, and only its lower,
/// upper and capitalised forms are searched, not every mix of cases.
const MAX_FOLDED_LETTERS: usize = 4;

/// Literal words, ignoring case (see the module documentation).
#[derive(Debug, Clone)]
pub struct WordSet {
    automaton: AhoCorasick,
    /// Automaton pattern → the word it spells (an index into the words given).
    word_of: Vec<usize>,
    /// For each word given: whether it needs a boundary before and after it.
    bounds: Vec<(bool, bool)>,
}

impl WordSet {
    /// The set of `words` (blank ones ignored), `None` for no words. With `prefix`, a word may
    /// go on ("monatlich" covers "monatliches"): only its start needs a boundary.
    ///
    /// # Errors
    /// When the automaton cannot be built (more words than it can hold).
    pub fn new(words: &[String], prefix: bool) -> Result<Option<WordSet>, String> {
        Self::build(words, prefix, false)
    }

    /// The set of `words` found also inside longer words, as the parts of a compound
    /// ("Weiterbildungsbudget" holds "budget").
    ///
    /// # Errors
    /// As [`WordSet::new`].
    pub fn inside_words(words: &[String]) -> Result<Option<WordSet>, String> {
        Self::build(words, true, true)
    }

    fn build(words: &[String], prefix: bool, inside: bool) -> Result<Option<WordSet>, String> {
        let mut patterns = Vec::new();
        let mut word_of = Vec::new();
        let mut bounds = Vec::with_capacity(words.len());
        for (i, word) in words.iter().enumerate() {
            let word = word.trim();
            let starts = !inside && word.starts_with(|c: char| c.is_ascii_alphanumeric());
            let ends = !prefix && word.ends_with(|c: char| c.is_ascii_alphanumeric());
            bounds.push((starts, ends));
            if word.is_empty() {
                continue;
            }
            for form in case_forms(word) {
                // A pack's apostrophe also stands for the typographic one ("d’origine").
                if form.contains('\'') {
                    patterns.push(form.replace('\'', "’"));
                    word_of.push(i);
                }
                patterns.push(form);
                word_of.push(i);
            }
        }
        if patterns.is_empty() {
            return Ok(None);
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            // Not a DFA: building one is most of the cost, and searches are short segments.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .map_err(|e| e.to_string())?;
        Ok(Some(WordSet {
            automaton,
            word_of,
            bounds,
        }))
    }

    /// Whether a word of the set stands in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The first match in `text`.
    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.find_iter(text).next().map(|(m, _)| m)
    }

    /// Matches that do not overlap, left to right, each with the index of its word among the
    /// words given: at each position the longest word that stands there.
    pub fn find_iter<'s, 'h>(
        &'s self,
        text: &'h str,
    ) -> impl Iterator<Item = (Match<'h>, usize)> + use<'s, 'h> {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < text.len() {
                let m = self.automaton.find(Input::new(text).span(at..text.len()))?;
                if let Some((end, word)) = self.standing(text, m.start(), m.end(), m.pattern()) {
                    at = end;
                    return Some((Match::new(text, m.start(), end), word));
                }
                // No word stands here; one may start inside this one ("xhealth insurance").
                at = m.start() + 1;
            }
            None
        })
    }

    /// The end and word of the longest word from `start` (the automaton found `pattern`,
    /// ending at `end`) whose boundaries hold, if any.
    fn standing(
        &self,
        text: &str,
        start: usize,
        mut end: usize,
        mut pattern: PatternID,
    ) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let is_word = |i: usize| {
            bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        };
        // Words that start at the same byte all start with the same character, so they all
        // need a boundary before them or none does.
        let word = self.word_of[pattern.as_usize()];
        if self.bounds[word].0 && start > 0 && is_word(start - 1) {
            return None;
        }
        loop {
            let word = self.word_of[pattern.as_usize()];
            if !self.bounds[word].1 || !is_word(end) {
                return Some((end, word));
            }
            // The word runs on into a longer one: the longest shorter word from `start`.
            let shorter = Input::new(text)
                .anchored(Anchored::Yes)
                .span(start..end - 1);
            let m = self.automaton.find(shorter)?;
            (end, pattern) = (m.end(), m.pattern());
        }
    }
}

/// The forms of `word` to search so that its letters outside ASCII match in either case, as
/// `(?i)` matches them (ASCII letters are left to the automaton): every mix of cases of up to
/// [`MAX_FOLDED_LETTERS`] such letters, else the lower, upper and capitalised forms.
fn case_forms(word: &str) -> Vec<String> {
    // Letters whose other case is one character of the same kind (not "ß" → "SS").
    let other = |c: char| -> Option<char> {
        if c.is_ascii() {
            return None;
        }
        let flipped: String = if c.is_lowercase() {
            c.to_uppercase().collect()
        } else {
            c.to_lowercase().collect()
        };
        let mut chars = flipped.chars();
        match (chars.next(), chars.next()) {
            (Some(f), None) if f != c => Some(f),
            _ => None,
        }
    };
    let chars: Vec<char> = word.chars().collect();
    let folded: Vec<usize> = (0..chars.len())
        .filter(|&i| other(chars[i]).is_some())
        .collect();
    if folded.is_empty() {
        return vec![word.to_string()];
    }
    if folded.len() > MAX_FOLDED_LETTERS {
        let lower = word.to_lowercase();
        let mut capitalised: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
        capitalised.extend(lower.chars().skip(1));
        let mut forms = vec![word.to_string(), lower, word.to_uppercase(), capitalised];
        forms.sort();
        forms.dedup();
        return forms;
    }
    (0..1u32 << folded.len())
        .map(|mask| {
            let mut form = chars.clone();
            for (bit, &i) in folded.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    form[i] = other(chars[i]).expect("only letters with another case are folded");
                }
            }
            form.into_iter().collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&str], prefix: bool) -> WordSet {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        WordSet::new(&words, prefix).unwrap().unwrap()
    }

    fn found<'h>(set: &WordSet, text: &'h str) -> Vec<&'h str> {
        set.find_iter(text).map(|(m, _)| m.as_str()).collect()
    }

    #[test]
    fn no_words_is_no_set() {
        assert!(WordSet::new(&[], false).unwrap().is_none());
        assert!(WordSet::new(&[" ".to_string()], false).unwrap().is_none());
    }

    #[test]
    fn ignores_case_in_every_script() {
        let s = set(&["télétravail", "Gleitzeit"], false);
        assert_eq!(
            found(&s, "Du TÉLÉTRAVAIL et de la gleitzeit"),
            ["TÉLÉTRAVAIL", "gleitzeit"]
        );
        assert_eq!(found(&s, "Télétravail"), ["Télétravail"]);
    }

    #[test]
    fn whole_words_unless_prefix() {
        let s = set(&["intern"], false);
        assert!(found(&s, "internazionale").is_empty());
        assert!(found(&s, "an internship").is_empty());
        assert_eq!(found(&s, "an intern, paid"), ["intern"]);
        let p = set(&["monatlich"], true);
        assert_eq!(found(&p, "ein monatliches Gehalt"), ["monatlich"]);
        assert!(found(&p, "Halbmonatlich").is_empty());
    }

    #[test]
    fn longest_word_that_stands_at_the_leftmost_place() {
        let s = set(&["full time", "full time job"], false);
        assert_eq!(found(&s, "a full time job here"), ["full time job"]);
        // The longer word would end inside a word: the shorter one is the match.
        assert_eq!(found(&s, "full time jobs"), ["full time"]);
        let i: Vec<usize> = s.find_iter("full time job").map(|(_, w)| w).collect();
        assert_eq!(i, [1]);
    }

    #[test]
    fn matches_do_not_overlap() {
        let s = set(&["health insurance", "insurance plan"], false);
        assert_eq!(found(&s, "health insurance plan"), ["health insurance"]);
        assert!(s.is_match("an insurance plan"));
        assert_eq!(s.find("an insurance plan").map(|m| m.start()), Some(3));
    }

    #[test]
    fn a_word_may_start_inside_one_that_does_not_stand() {
        let s = set(&["health insurance", "insurance"], false);
        assert_eq!(found(&s, "xhealth insurance"), ["insurance"]);
        let p = set(&["ab", "bc"], true);
        assert_eq!(found(&p, "xab bc"), ["bc"]);
    }

    #[test]
    fn words_that_end_in_a_sign_need_no_boundary_there() {
        let s = set(&["401(k)"], false);
        assert_eq!(found(&s, "a 401(k)match"), ["401(k)"]);
    }

    #[test]
    fn many_letters_outside_ascii_keep_three_forms() {
        let forms = case_forms("żółćęśąź");
        assert!(forms.contains(&"ŻÓŁĆĘŚĄŹ".to_string()));
        assert!(forms.contains(&"Żółćęśąź".to_string()));
        assert!(forms.len() <= 4);
        assert_eq!(case_forms("straße").len(), 1);
    }
}
