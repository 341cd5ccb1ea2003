//! Numbers written as words ("two years", "a six-month contract"), from the language packs.

use crate::re::Regex;
use crate::vocab::{LanguageWords, WordsError};
use std::collections::HashMap;

/// A number of years in digits: "5", "10", "2.5".
const YEARS_IN_DIGITS: &str = r"\d{1,2}(?:\.\d)?";

/// A pattern about a number of years, compiled: `make` is given the alternation for one number
/// (in digits, or one of the packs' words). With the words, to read the number a group holds.
///
/// # Errors
/// When the packs' number words make the pattern too large: the error names the users' packs.
pub fn years_pattern(
    lang: &LanguageWords,
    make: impl FnOnce(&str) -> String,
) -> Result<(Regex, NumberWords), WordsError> {
    let numbers = NumberWords::new(&lang.numbers);
    let pattern = make(&numbers.pattern(YEARS_IN_DIGITS));
    let re =
        crate::re::compile_ascii(&pattern).map_err(|e| WordsError::of_packs(lang, "numbers", e))?;
    Ok((re, numbers))
}

/// The packs' number words and their values.
#[derive(Debug, Clone, Default)]
pub struct NumberWords {
    values: HashMap<String, f64>,
    /// The words as a pattern alternation, longest first; empty for none.
    alternation: String,
}

impl NumberWords {
    pub fn new(words: &[(String, f64)]) -> Self {
        let values: HashMap<String, f64> = words
            .iter()
            .map(|(w, v)| (w.trim().to_lowercase(), *v))
            .collect();
        let mut list: Vec<&String> = values.keys().filter(|w| !w.is_empty()).collect();
        // Longest first, so that no word stops a longer one it starts; then in order.
        list.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alternation = list
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        NumberWords {
            values,
            alternation,
        }
    }

    /// `digits` (a pattern for a number in digits) or one of the words, as an alternation.
    pub fn pattern(&self, digits: &str) -> String {
        if self.alternation.is_empty() {
            digits.to_string()
        } else {
            format!("{digits}|{}", self.alternation)
        }
    }

    /// The value of a number in digits or in words ("2", "two").
    pub fn value(&self, s: &str) -> Option<f64> {
        let s = s.to_lowercase();
        self.values.get(&s).copied().or_else(|| s.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::NumberWords;

    #[test]
    fn words_and_digits() {
        let n = NumberWords::new(&[("two".into(), 2.0), ("twelve".into(), 12.0)]);
        assert_eq!(n.pattern(r"\d+"), r"\d+|twelve|two");
        assert_eq!(n.value("Two"), Some(2.0));
        assert_eq!(n.value("3.5"), Some(3.5));
        assert_eq!(n.value("three"), None);
        assert_eq!(NumberWords::new(&[]).pattern(r"\d"), r"\d");
    }
}
