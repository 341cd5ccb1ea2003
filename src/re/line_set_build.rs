//! (Compiled by build.rs only, not part of the library: `#[path]` in build.rs.)
//! The built-in page-chrome patterns (`rules/vocab/chrome.yaml`) as one DFA, determinized here
//! and embedded in the binary, so that judging a line needs no pattern compiled at run time
//! (`src/re/embedded.rs`; compiling the set took about 1 ms of every start).
//!
//! Chrome patterns match whole lines: each starts with `^`, so the DFA is anchored, which
//! keeps it small (an unanchored one would have to track every start position). Leftmost-
//! first, like the set compiled at run time: of the patterns that match a line, the first.

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;
use regex_syntax::hir::Look;

/// The serialized DFA (in the target's byte order, without leading padding) matching any of
/// `patterns` at the start of a text.
///
/// # Panics
/// When a pattern is invalid or does not start with `^` (the build fails, naming it).
pub fn anchored_set(patterns: &[String], big_endian: bool) -> Vec<u8> {
    // The same syntax settings as `re::RegexSet` at run time: ASCII classes, UTF-8 matches.
    let config = syntax::Config::new().unicode(false).utf8(true);
    for p in patterns {
        let hir = syntax::parse_with(p, &config)
            .unwrap_or_else(|e| panic!("built-in chrome pattern does not parse: {e}\n{p}"));
        assert!(
            hir.properties().look_set_prefix().contains(Look::Start),
            "a built-in chrome pattern must start with ^ (it matches whole lines): {p}"
        );
    }
    let nfa = thompson::Compiler::new()
        .syntax(config)
        .configure(thompson::Config::new().which_captures(WhichCaptures::None))
        .build_many(patterns)
        .expect("chrome patterns compile");
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Anchored)
                .minimize(true)
                .dfa_size_limit(Some(8 << 20))
                .determinize_size_limit(Some(256 << 20)),
        )
        .build_from_nfa(&nfa)
        .expect("the chrome set determinizes within 8 MB");
    let (bytes, pad) = if big_endian {
        dfa.to_bytes_big_endian()
    } else {
        dfa.to_bytes_little_endian()
    };
    bytes[pad..].to_vec()
}
