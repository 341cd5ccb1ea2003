//! Numbers written as words ("two years", "a six-month contract"), from the language packs.

use std::collections::HashMap;

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
