//! Gates of the built-in rules' patterns, determinized when hirelint is built
//! (`src/re/gate_build.rs`): small DFAs that match wherever their pattern reports a match (its
//! group named `match`, if it has one, else the whole match). Where a gate finds nothing, the
//! pattern reports nothing, so it need not be compiled; on a typical posting most rule patterns
//! report nothing and are never compiled.

use super::embedded::gate_dfa;
use regex_automata::dfa::{Automaton, dense};
use regex_automata::{Input, PatternID, PatternSet};

/// One pattern's gate as build.rs writes it.
#[derive(Debug)]
struct GateEntry {
    pattern: &'static str,
    /// (offset, length) of each DFA in [`super::embedded::GATES`].
    dfas: &'static [(usize, usize)],
    /// Lists of parts (the DFAs' patterns, numbered across the DFAs in order): the pattern may
    /// report a match only where every part of some term matches.
    terms: &'static [&'static [u16]],
}

include!(concat!(env!("OUT_DIR"), "/rule_gates.rs"));

/// The gate of one pattern.
#[derive(Debug)]
pub struct Gate {
    dfas: Vec<dense::DFA<&'static [u32]>>,
    entry: &'static GateEntry,
}

impl Gate {
    /// The gate built for `pattern`, if it is a built-in rule pattern that has one.
    pub fn of(pattern: &str) -> Option<Gate> {
        let i = RULE_GATES
            .binary_search_by(|g| g.pattern.cmp(pattern))
            .ok()?;
        let entry = &RULE_GATES[i];
        let dfas = entry.dfas.iter().map(|&range| gate_dfa(range)).collect();
        Some(Gate { dfas, entry })
    }

    /// False only when the pattern reports nothing in `hay`. A search that gives up (it never
    /// should) counts as a possible match.
    pub fn may_report(&self, hay: &str) -> bool {
        let input = Input::new(hay);
        let mut matched = Vec::new();
        for dfa in &self.dfas {
            let mut found = PatternSet::new(dfa.pattern_len());
            if dfa
                .try_which_overlapping_matches(&input, &mut found)
                .is_err()
            {
                return true;
            }
            matched.extend((0..dfa.pattern_len()).map(|p| found.contains(PatternID::must(p))));
        }
        self.entry
            .terms
            .iter()
            .any(|term| term.iter().all(|&part| matched[usize::from(part)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`gate_dfa`] takes on trust: every DFA of every gate passes the full validation.
    #[test]
    fn every_gate_is_a_valid_dfa() {
        use crate::re::embedded::GATES;
        let mut checked = 0;
        for entry in RULE_GATES {
            for &(offset, len) in entry.dfas {
                let bytes = &GATES.bytes[offset..offset + len];
                let (dfa, read) = dense::DFA::from_bytes(bytes).expect("a valid DFA");
                assert_eq!(read, len, "{}", entry.pattern);
                assert_eq!(dfa.pattern_len(), gate_dfa((offset, len)).pattern_len());
                checked += 1;
            }
        }
        assert!(checked >= RULE_GATES.len());
    }

    #[test]
    fn most_builtin_patterns_have_a_gate() {
        let rules = crate::rules::builtin();
        let patterns = rules.patterns();
        let gated = patterns
            .iter()
            .filter(|p| Gate::of(p.as_str()).is_some())
            .count();
        assert!(
            gated * 4 >= patterns.len() * 3,
            "{gated} of {}",
            patterns.len()
        );
    }

    /// Exceptions written before a pattern's `match` group do not open its gate: `language/age`
    /// excepts the ages of the people an employer serves ("clients aged 8 to 12").
    #[test]
    fn exceptions_do_not_open_a_gate() {
        let rules = crate::rules::builtin();
        let rule = rules.rules.iter().find(|r| r.id == "language/age").unwrap();
        let pattern = &rule.patterns()[0];
        let gate = Gate::of(pattern.as_str()).expect("language/age has a gate");
        let exception = "We serve our clients aged 8 to 12 every day.";
        assert!(pattern.get().is_match(exception));
        assert!(!gate.may_report(exception));
        assert!(gate.may_report("Young candidates wanted."));
    }

    /// A concatenation too large for one DFA needs its prefix and its suffix: "looking for"
    /// alone is in most postings, "looking for ... young" in few.
    #[test]
    fn a_long_concatenation_needs_its_prefix_and_its_suffix() {
        let rules = crate::rules::builtin();
        let rule = rules.rules.iter().find(|r| r.id == "language/age").unwrap();
        let gate = Gate::of(rule.patterns()[0].as_str()).unwrap();
        assert!(!gate.may_report("We are looking for a data analyst."));
        assert!(gate.may_report("We are looking for a bright, energetic young analyst."));
    }

    /// A gate must never say "no" where its pattern reports a match: checked on every example
    /// of every built-in rule, and on each line of them.
    #[test]
    fn gates_pass_every_match_of_their_pattern() {
        let rules = crate::rules::builtin();
        let mut texts: Vec<String> = Vec::new();
        for rule in &rules.rules {
            texts.extend(rule.bad_examples.iter().chain(&rule.good_examples).cloned());
        }
        let lines: Vec<String> = texts
            .iter()
            .flat_map(|t| t.lines().map(String::from))
            .collect();
        texts.extend(lines);
        let mut checked = 0;
        for p in rules.patterns() {
            let Some(gate) = Gate::of(p.as_str()) else {
                continue;
            };
            for t in &texts {
                if !crate::rules::eval::pattern_matches(p.get(), t).is_empty() {
                    assert!(
                        gate.may_report(t),
                        "gate rejects a reported match of {}\nin {t}",
                        p.as_str()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "only {checked} matches checked");
    }
}
