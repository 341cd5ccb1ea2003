//! Gates of the built-in rules' patterns, determinized when hirelint is built
//! (`src/re/gate_build.rs`): small DFAs that match wherever their pattern matches. Where a gate
//! finds nothing, the pattern cannot match, so it need not be compiled; on a typical posting
//! most rule patterns match nowhere and are never compiled.

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

    /// False only when the pattern cannot match anywhere in `hay`. A search that gives up
    /// (it never should) counts as a possible match.
    pub fn may_match(&self, hay: &str) -> bool {
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

    /// A gate must never say "no" where its pattern matches: checked on every example of every
    /// built-in rule, and on each line of them.
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
                if p.get().is_match(t) {
                    assert!(
                        gate.may_match(t),
                        "gate rejects a match of {}\nin {t}",
                        p.as_str()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "only {checked} matches checked");
    }
}
