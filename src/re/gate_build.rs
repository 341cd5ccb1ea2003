//! (Compiled by build.rs only, not part of the library: `#[path]` in build.rs.)
//! Build-time "gates" for the patterns of the built-in rules (`rules/*.yaml`).
//!
//! Compiling a pattern (parsing, translating, building its NFAs) is the largest part of
//! hirelint's start-up, and most rule patterns match nowhere in a given posting. A gate is a
//! few small DFAs, determinized here and embedded in the binary, that match wherever the
//! pattern matches (and possibly elsewhere): where no gate DFA matches, the pattern cannot
//! match, and the run-time skips compiling it (`src/re/gate.rs`).
//!
//! The DFA of a whole pattern is often far too large (an unanchored DFA of `language/age` is
//! 33 MB), so a gate is built from necessary parts of the pattern instead, each kept under
//! [`BUDGET`]: an alternation is gated by its alternatives, a concatenation by its longest
//! prefix that fits (or, failing that, by one of its elements that cannot match less than two
//! bytes) together with its longest suffix that fits, a capture group by its contents, a
//! repetition of at least one by one repetition. Each part is searched in the same text as the
//! pattern, so look-arounds (`\b`, `^`) see the same context. A pattern with a group named
//! `match` is gated by that group alone: a rule reports nothing where the group takes no part.
//! A pattern that cannot be gated (a part that may match the empty string, a Unicode `\b`)
//! gets no gate and is compiled as before.

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;
use regex_syntax::hir::{Hir, HirKind};

/// Largest serialized DFA of a gate, in bytes. Larger DFAs mean fewer, more selective parts
/// but a larger binary; searching costs about the same per byte of text.
const BUDGET: usize = 32 << 10;

type Dfa = dense::DFA<Vec<u32>>;

/// A gate as built: serialized DFAs (in the target's byte order) whose patterns, numbered
/// across the DFAs in order, are the gate's parts, and the terms: lists of parts. The gate
/// passes a text where, for some term, every part matches somewhere in it.
pub struct Built {
    pub dfas: Vec<Vec<u8>>,
    pub terms: Vec<Vec<usize>>,
}

/// The gate of `pattern`, or `None` when it has no useful gate.
pub fn gate(pattern: &str, big_endian: bool) -> Option<Built> {
    // The same syntax settings as `re::try_ascii` at run time: ASCII classes, UTF-8 matches.
    let hir = syntax::parse_with(pattern, &syntax::Config::new().unicode(false).utf8(true))
        .unwrap_or_else(|e| panic!("built-in rule pattern does not parse: {e}\n{pattern}"));
    // A pattern with a group named `match` reports only where that group takes part (the
    // alternatives around it state exceptions, `src/rules/eval.rs`), so the group's contents
    // are what must be able to match: gating on exceptions such as "clients aged 8 to 12"
    // would let common words ("clients") open the gate.
    let reported = reported_part(&hir).unwrap_or(&hir);
    let hir_terms = necessary(reported)?;
    // Each distinct part once; several parts share a DFA while it stays under budget, for
    // fewer passes over the text.
    let mut parts: Vec<Hir> = Vec::new();
    let terms = hir_terms
        .into_iter()
        .map(|term| {
            term.into_iter()
                .map(|part| match parts.iter().position(|p| *p == part) {
                    Some(i) => i,
                    None => {
                        parts.push(part);
                        parts.len() - 1
                    }
                })
                .collect()
        })
        .collect();
    let mut groups: Vec<Vec<Hir>> = Vec::new();
    for part in parts {
        if let Some(g) = groups.last_mut() {
            g.push(part.clone());
            if fits(g).is_some() {
                continue;
            }
            g.pop();
        }
        groups.push(vec![part]);
    }
    let dfas = groups
        .iter()
        .map(|g| fits(g).expect("each part fits alone"))
        .map(|dfa| {
            if big_endian {
                dfa.to_bytes_big_endian()
            } else {
                dfa.to_bytes_little_endian()
            }
        })
        .map(|(bytes, pad)| bytes[pad..].to_vec())
        .collect();
    Some(Built { dfas, terms })
}

/// The contents of the capture group named `match`, if the pattern has one.
fn reported_part(h: &Hir) -> Option<&Hir> {
    match h.kind() {
        HirKind::Capture(c) if c.name.as_deref() == Some("match") => Some(&c.sub),
        HirKind::Capture(c) => reported_part(&c.sub),
        HirKind::Repetition(r) => reported_part(&r.sub),
        HirKind::Concat(items) | HirKind::Alternation(items) => {
            items.iter().find_map(reported_part)
        }
        _ => None,
    }
}

/// Terms (lists of parts, each fitting the budget) such that wherever `h` matches, every part
/// of at least one term matches too. `None` when there are none worth searching.
///
/// An alternation gets the terms of its alternatives; a concatenation one part for its longest
/// prefix that fits (or, when none does, the terms of its first element that has some), and
/// with it, in every term, its longest suffix that fits: "looking for ... young" needs both
/// "looking for" and "young", and either alone is common.
fn necessary(h: &Hir) -> Option<Vec<Vec<Hir>>> {
    if !weak(h) && fits(std::slice::from_ref(h)).is_some() {
        return Some(vec![vec![h.clone()]]);
    }
    match h.kind() {
        HirKind::Capture(c) => necessary(&c.sub),
        HirKind::Alternation(alts) => {
            let mut terms = Vec::new();
            for a in alts {
                terms.extend(necessary(a)?);
            }
            Some(terms)
        }
        HirKind::Concat(items) => {
            // The longest prefix that fits, grown until one does not (they only grow).
            let mut best = None;
            for n in 1..items.len() {
                let prefix = Hir::concat(items[..n].to_vec());
                if weak(&prefix) {
                    continue;
                }
                if fits(std::slice::from_ref(&prefix)).is_none() {
                    break;
                }
                best = Some((n, prefix));
            }
            let (covered, mut terms) = match best {
                Some((n, prefix)) => (n, vec![vec![prefix]]),
                None => items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| !weak(i))
                    .find_map(|(n, i)| Some((n + 1, necessary(i)?)))?,
            };
            // The longest suffix after what is covered that fits, grown the same way.
            let mut suffix = None;
            for start in (covered..items.len()).rev() {
                let candidate = Hir::concat(items[start..].to_vec());
                if weak(&candidate) {
                    continue;
                }
                if fits(std::slice::from_ref(&candidate)).is_none() {
                    break;
                }
                suffix = Some(candidate);
            }
            if let Some(suffix) = suffix {
                terms.iter_mut().for_each(|t| t.push(suffix.clone()));
            }
            Some(terms)
        }
        HirKind::Repetition(r) if r.min >= 1 => necessary(&r.sub),
        _ => None,
    }
}

/// A part that can match fewer than two bytes would match nearly everywhere.
fn weak(h: &Hir) -> bool {
    h.properties().minimum_len().is_none_or(|n| n < 2)
}

/// The unanchored DFA matching any of `hirs`, if it can be built within the budget.
fn fits(hirs: &[Hir]) -> Option<Dfa> {
    let nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().which_captures(WhichCaptures::None))
        .build_many_from_hir(hirs)
        .ok()?;
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .minimize(true)
                .start_kind(StartKind::Unanchored)
                .dfa_size_limit(Some(2 * BUDGET))
                .determinize_size_limit(Some(64 << 20)),
        )
        .build_from_nfa(&nfa)
        .ok()?;
    (dfa.write_to_len() <= BUDGET).then_some(dfa)
}

/// Every `pattern` (a string or a list of strings) anywhere in a rule file.
pub fn patterns(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("pattern", serde_json::Value::String(p)) => out.push(p.clone()),
                    ("pattern", serde_json::Value::Array(ps)) => {
                        out.extend(ps.iter().filter_map(|p| p.as_str().map(String::from)))
                    }
                    _ => patterns(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| patterns(v, out)),
        _ => {}
    }
}
