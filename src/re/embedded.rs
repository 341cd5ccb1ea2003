//! DFAs determinized when hirelint is built (`build.rs`, `src/re/*_build.rs`) and embedded in
//! the binary: the gates of the built-in rules' patterns ([`super::gate`]) and the built-in
//! page-chrome patterns as one set ([`super::LineSet`]).

use regex_automata::dfa::dense;

/// Serialized DFAs, 8-byte aligned as `dense::DFA::from_bytes` needs.
#[repr(C)]
pub(super) struct Aligned<B: ?Sized> {
    _align: [u64; 0],
    pub(super) bytes: B,
}

/// The gates' DFAs, at the offsets `RULE_GATES` gives (multiples of 8).
pub(super) static GATES: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/rule_gates.bin")),
};

/// The built-in chrome patterns ([`CHROME_SET_PATTERNS`]) as one anchored, leftmost-first DFA.
static CHROME_SET: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/chrome_set.bin")),
};

include!(concat!(env!("OUT_DIR"), "/chrome_set.rs"));

/// The gate DFA at `(offset, len)` in [`GATES`].
pub(super) fn gate_dfa(range: (usize, usize)) -> dense::DFA<&'static [u32]> {
    load(GATES, range)
}

/// The embedded DFA of `patterns`, if they are exactly the built-in chrome patterns.
pub(super) fn chrome_set(patterns: &[&str]) -> Option<dense::DFA<&'static [u32]>> {
    (patterns == CHROME_SET_PATTERNS).then(|| load(CHROME_SET, (0, CHROME_SET.bytes.len())))
}

/// The DFA at `(offset, len)` in `blob`, one of this module's statics, without validating it
/// again.
///
/// Validating (`dense::DFA::from_bytes`) reads every transition: about 0.25 ms for the gates
/// a typical posting consults, on the critical path of a one-posting `check` (README
/// "Performance"). The bytes need no validation here: build.rs serialized these DFAs with
/// regex-automata's own `to_bytes` for this target in this build, and they are embedded as
/// written (`include_bytes!`). The tests validate every one of them with `from_bytes`.
#[allow(unsafe_code)]
fn load(blob: &'static Aligned<[u8]>, (offset, len): (usize, usize)) -> dense::DFA<&'static [u32]> {
    let bytes = &blob.bytes[offset..offset + len];
    // SAFETY: `blob` is `GATES` or `CHROME_SET`, and `bytes` is the output of
    // `DFA::to_bytes_little_endian`/`_big_endian` (for this target's endianness) from build.rs,
    // unchanged but for its leading padding, placed at an offset that is a multiple of 8 in an
    // 8-byte aligned blob: what `from_bytes_unchecked` requires. The tests check the same
    // bytes with `from_bytes`.
    let (dfa, _) = unsafe { dense::DFA::from_bytes_unchecked(bytes) }
        .expect("embedded DFAs are written by build.rs for this target");
    dfa
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`load`] takes on trust, for the chrome set (the gates: `gate.rs`).
    #[test]
    fn the_chrome_set_is_a_valid_dfa() {
        let (dfa, read) = dense::DFA::from_bytes(&CHROME_SET.bytes).expect("a valid DFA");
        assert_eq!(read, CHROME_SET.bytes.len());
        use regex_automata::dfa::Automaton;
        assert_eq!(dfa.pattern_len(), CHROME_SET_PATTERNS.len());
    }

    #[test]
    fn only_the_builtin_chrome_patterns_have_an_embedded_set() {
        assert!(chrome_set(CHROME_SET_PATTERNS).is_some());
        let mut more = CHROME_SET_PATTERNS.to_vec();
        more.push("(?i)^subscribe$");
        assert!(chrome_set(&more).is_none());
        assert!(chrome_set(&CHROME_SET_PATTERNS[1..]).is_none());
    }
}
