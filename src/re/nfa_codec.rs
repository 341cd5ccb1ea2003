//! Compiling a pattern to its NFAs, and a compact binary form of them.
//!
//! A pattern has two NFAs: forward, with its groups, and reverse, without (the lazy DFA that
//! finds where a match starts runs backwards; see [`super::engine`]). build.rs compiles the built-in patterns
//! to NFAs and writes them in this form; at run time they are rebuilt with regex-automata's own
//! NFA builder, which validates them, instead of being parsed, translated and compiled again
//! (README "Performance"). This file is also compiled into build.rs, so it uses nothing but
//! regex-automata.
//!
//! Layout, all integers LEB128: state count, anchored start, unanchored start, flags (1:
//! reverse, 2: UTF-8), group count and each group's name (length + 1, or 0 for none), then the
//! states, each a tag byte and its fields. A state id is written as the zigzag distance from
//! the state that names it: most point to a state close by, so most take one byte.

use regex_automata::PatternID;
use regex_automata::nfa::thompson::{self, Builder, NFA, State, Transition, WhichCaptures};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use std::sync::Arc;

const BYTE_RANGE: u8 = 0;
const SPARSE: u8 = 1;
const LOOK: u8 = 2;
const UNION: u8 = 3;
const CAPTURE_START: u8 = 4;
const CAPTURE_END: u8 = 5;
const FAIL: u8 = 6;
const MATCH: u8 = 7;

const REVERSE: u64 = 1;
const UTF8: u64 = 2;

/// The largest heap size of each of a pattern's NFAs: a larger pattern is an error.
pub const NFA_SIZE_LIMIT: usize = 4 << 20;

/// The forward and reverse NFAs of `pattern`, with hirelint's syntax settings (see [`super`]):
/// ASCII classes, UTF-8 matches.
pub fn compile(pattern: &str) -> Result<(NFA, NFA), String> {
    let hir = syntax::parse_with(pattern, &syntax::Config::new().unicode(false).utf8(true))
        .map_err(|e| e.to_string())?;
    let config = thompson::Config::new()
        .utf8(true)
        .shrink(false)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT));
    let forward = thompson::Compiler::new()
        .configure(config.clone())
        .build_from_hir(&hir)
        .map_err(|e| e.to_string())?;
    let reverse = thompson::Compiler::new()
        .configure(config.reverse(true).which_captures(WhichCaptures::None))
        .build_from_hir(&hir)
        .map_err(|e| e.to_string())?;
    Ok((forward, reverse))
}

/// The binary form of `nfa`, which must have exactly one pattern.
#[cfg_attr(not(test), allow(dead_code))] // build.rs's half
pub fn encode(nfa: &NFA) -> Result<Vec<u8>, String> {
    if nfa.pattern_len() != 1 {
        return Err(format!("{} patterns, not one", nfa.pattern_len()));
    }
    let mut out = Writer(Vec::new());
    out.int(nfa.states().len() as u64);
    out.int(nfa.start_anchored().as_u64());
    out.int(nfa.start_unanchored().as_u64());
    let flags = if nfa.is_reverse() { REVERSE } else { 0 } | if nfa.is_utf8() { UTF8 } else { 0 };
    out.int(flags);
    let names: Vec<Option<&str>> = nfa.group_info().pattern_names(PatternID::ZERO).collect();
    out.int(names.len() as u64);
    for name in names {
        match name {
            None => out.int(0),
            Some(name) => {
                out.int(name.len() as u64 + 1);
                out.0.extend_from_slice(name.as_bytes());
            }
        }
    }
    for (i, state) in nfa.states().iter().enumerate() {
        let here = i as u64;
        match state {
            State::ByteRange { trans } => {
                out.0.push(BYTE_RANGE);
                out.transition(here, trans);
            }
            State::Sparse(sparse) => {
                out.0.push(SPARSE);
                out.int(sparse.transitions.len() as u64);
                for trans in sparse.transitions.iter() {
                    out.transition(here, trans);
                }
            }
            State::Dense(_) => return Err("a dense NFA state (never made by the compiler)".into()),
            State::Look { look, next } => {
                out.0.push(LOOK);
                out.int(u64::from(look.as_repr()));
                out.id(here, *next);
            }
            State::Union { alternates } => {
                out.0.push(UNION);
                out.int(alternates.len() as u64);
                for alt in alternates.iter() {
                    out.id(here, *alt);
                }
            }
            State::BinaryUnion { alt1, alt2 } => {
                out.0.push(UNION);
                out.int(2);
                out.id(here, *alt1);
                out.id(here, *alt2);
            }
            State::Capture {
                next,
                group_index,
                slot,
                ..
            } => {
                // With one pattern, group i's slots are 2i (start) and 2i + 1 (end).
                let start = slot.as_usize() == 2 * group_index.as_usize();
                out.0.push(if start { CAPTURE_START } else { CAPTURE_END });
                out.int(group_index.as_u64());
                out.id(here, *next);
            }
            State::Fail => out.0.push(FAIL),
            State::Match { .. } => out.0.push(MATCH),
        }
    }
    Ok(out.0)
}

/// Rebuilds the NFA of [`encode`]'s output; `None` if `bytes` are not such output. The builder
/// checks what it is given (groups, size) and the reader that every state id is in range; the
/// tests decode every embedded NFA.
pub fn decode(bytes: &[u8]) -> Option<NFA> {
    let mut r = Reader {
        bytes,
        at: 0,
        states: u64::MAX,
    };
    let states = r.int()?;
    r.states = states;
    let start_anchored = r.state_id()?;
    let start_unanchored = r.state_id()?;
    let flags = r.int()?;
    let mut names = Vec::new();
    for _ in 0..r.int()? {
        names.push(match r.int()? {
            0 => None,
            n => Some(Arc::<str>::from(r.str(usize::try_from(n - 1).ok()?)?)),
        });
    }
    let mut b = Builder::new();
    b.set_reverse(flags & REVERSE != 0);
    b.set_utf8(flags & UTF8 != 0);
    b.set_size_limit(Some(NFA_SIZE_LIMIT)).ok()?;
    b.start_pattern().ok()?;
    for here in 0..states {
        // Each `add_*` returns the next id in order, so ids are those of the encoded NFA.
        let added = match r.byte()? {
            BYTE_RANGE => b.add_range(r.transition(here)?),
            SPARSE => {
                let n = r.len()?;
                let mut transitions = Vec::with_capacity(n);
                for _ in 0..n {
                    transitions.push(r.transition(here)?);
                }
                b.add_sparse(transitions)
            }
            LOOK => {
                let look = Look::from_repr(u32::try_from(r.int()?).ok()?)?;
                b.add_look(r.id(here)?, look)
            }
            UNION => {
                let n = r.len()?;
                let mut alternates = Vec::with_capacity(n);
                for _ in 0..n {
                    alternates.push(r.id(here)?);
                }
                b.add_union(alternates)
            }
            CAPTURE_START => {
                let group = u32::try_from(r.int()?).ok()?;
                let name = names.get(group as usize).cloned().flatten();
                b.add_capture_start(r.id(here)?, group, name)
            }
            CAPTURE_END => {
                let group = u32::try_from(r.int()?).ok()?;
                b.add_capture_end(r.id(here)?, group)
            }
            FAIL => b.add_fail(),
            MATCH => b.add_match(),
            _ => return None,
        };
        if added.ok()?.as_u64() != here {
            return None;
        }
    }
    if r.at != bytes.len() {
        return None;
    }
    b.finish_pattern(start_anchored).ok()?;
    b.build(start_anchored, start_unanchored).ok()
}

#[cfg_attr(not(test), allow(dead_code))]
struct Writer(Vec<u8>);

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    fn int(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn id(&mut self, here: u64, id: StateID) {
        let delta = id.as_u64() as i64 - here as i64;
        self.int(((delta << 1) ^ (delta >> 63)) as u64);
    }

    fn transition(&mut self, here: u64, t: &Transition) {
        self.0.push(t.start);
        self.0.push(t.end);
        self.id(here, t.next);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The state count: every id must be below it (the builder would panic on one that is not).
    states: u64,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn int(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A count of items that follow, each at least a byte long.
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.int()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    fn str(&mut self, len: usize) -> Option<&str> {
        let end = self.at.checked_add(len)?;
        let s = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(s)
    }

    fn state_id(&mut self) -> Option<StateID> {
        let n = self.int()?;
        self.checked(n)
    }

    fn checked(&self, n: u64) -> Option<StateID> {
        if n >= self.states {
            return None;
        }
        StateID::new(usize::try_from(n).ok()?).ok()
    }

    fn id(&mut self, here: u64) -> Option<StateID> {
        let z = self.int()?;
        let delta = ((z >> 1) as i64) ^ -((z & 1) as i64);
        let id = (here as i64).checked_add(delta).filter(|&id| id >= 0)?;
        self.checked(id as u64)
    }

    fn transition(&mut self, here: u64) -> Option<Transition> {
        let start = self.byte()?;
        let end = self.byte()?;
        let next = self.id(here)?;
        Some(Transition { start, end, next })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_nfa_survives_its_binary_form() {
        for pattern in [
            r"(?i)\b(?P<min>\d+)\s*(?:-|–|to)\s*(?P<max>\d+)\s*(?:k|€)?",
            r"(?m)^\s*$|(a)|(?P<b>b)?",
            r"(?u:\w)+’s",
        ] {
            let (forward, reverse) = compile(pattern).unwrap();
            for nfa in [forward, reverse] {
                let back = decode(&encode(&nfa).unwrap()).expect(pattern);
                assert_eq!(format!("{back:?}"), format!("{nfa:?}"), "{pattern}");
                let names = |n: &NFA| {
                    n.group_info()
                        .all_names()
                        .map(|(.., name)| name.map(String::from))
                        .collect::<Vec<_>>()
                };
                assert_eq!(names(&back), names(&nfa));
            }
        }
    }

    #[test]
    fn cut_short_bytes_are_an_error() {
        let (forward, _) = compile(r"(?i)(?P<pay>\d+)\s*(?:k|K)\b").unwrap();
        let bytes = encode(&forward).unwrap();
        for end in 0..bytes.len() {
            assert!(decode(&bytes[..end]).is_none(), "{end} of {}", bytes.len());
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none());
    }
}
