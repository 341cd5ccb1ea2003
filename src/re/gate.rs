//! Gates of the built-in rules' patterns, determinized when hirelint is built
//! (`src/re/gate_build.rs`): small DFAs that match wherever their pattern reports a match (its
//! group named `match`, if it has one, else the whole match). Where a gate finds nothing, the
//! pattern reports nothing, so it need not be compiled; on a typical posting most rule patterns
//! report nothing and are never compiled.

use regex_automata::Input;
use regex_automata::dfa::{Automaton, dense};

include!(concat!(env!("OUT_DIR"), "/rule_gates.rs"));

/// The DFAs, 8-byte aligned as `dense::DFA::from_bytes` needs.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u64; 0],
    bytes: B,
}

static BLOB: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/rule_gates.bin")),
};

/// The gate of one pattern.
#[derive(Debug)]
pub struct Gate {
    dfas: Vec<dense::DFA<&'static [u32]>>,
}

impl Gate {
    /// The gate built for `pattern`, if it is a built-in rule pattern that has one.
    pub fn of(pattern: &str) -> Option<Gate> {
        let i = RULE_GATES
            .binary_search_by(|(p, _)| (*p).cmp(pattern))
            .ok()?;
        let dfas = RULE_GATES[i]
            .1
            .iter()
            .map(|&(offset, len)| {
                // Checks the DFA's structure (not trusted blindly), in time linear in its size.
                let (dfa, _) = dense::DFA::from_bytes(&BLOB.bytes[offset..offset + len])
                    .expect("gates are written by build.rs for this target");
                dfa
            })
            .collect();
        Some(Gate { dfas })
    }

    /// False only when the pattern reports nothing in `hay`. A search that gives up
    /// (it never should) counts as a possible match.
    pub fn may_report(&self, hay: &str) -> bool {
        let input = Input::new(hay).earliest(true);
        self.dfas
            .iter()
            .any(|dfa| !matches!(dfa.try_search_fwd(&input), Ok(None)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
