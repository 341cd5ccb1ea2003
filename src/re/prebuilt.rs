//! NFAs of the built-in patterns, compiled when hirelint was built (`build.rs`): the rules'
//! patterns, and those of the extractors and vocabularies listed in `builtin_patterns.json`.
//! A pattern found here is rebuilt from its binary form ([`super::nfa_codec`]) instead of being
//! compiled; any other (a user's, or one missing from the list) is compiled as before, so a
//! stale list costs time, never a wrong match. A test keeps the list current.

use regex_automata::nfa::thompson::NFA;

/// The extractors' and vocabularies' patterns, kept current by a test (below).
#[cfg(test)]
pub(super) const LIST: &str = include_str!("builtin_patterns.json");

/// An entry of [`PREBUILT`]: a pattern and where its NFAs are in [`NFAS`].
struct PrebuiltEntry {
    pattern: &'static str,
    /// Start and length of the forward NFA; the reverse NFA follows it, `reverse_len` long.
    forward: (usize, usize),
    reverse_len: usize,
}

static NFAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/prebuilt_nfas.bin"));

include!(concat!(env!("OUT_DIR"), "/prebuilt_nfas.rs"));

/// The forward NFA of `pattern`, and its reverse NFA still encoded, if it was compiled when
/// hirelint was built.
pub(super) fn nfas(pattern: &str) -> Option<(NFA, &'static [u8])> {
    let i = PREBUILT.binary_search_by(|e| e.pattern.cmp(pattern)).ok()?;
    let e = &PREBUILT[i];
    let (start, len) = e.forward;
    let forward = &NFAS[start..start + len];
    let reverse = &NFAS[start + len..start + len + e.reverse_len];
    // The tests rebuild every entry; should one fail, compiling the pattern still works.
    Some((super::nfa_codec::decode(forward)?, reverse))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entry, rebuilt, is the NFA that compiling its pattern gives now: the binary form
    /// loses nothing, and the entries were made with the settings the run time uses.
    #[test]
    fn every_prebuilt_nfa_is_the_compiled_one() {
        assert!(PREBUILT.windows(2).all(|w| w[0].pattern < w[1].pattern));
        let listed: Vec<String> = serde_json::from_str(LIST).unwrap();
        let rules = crate::rules::builtin().patterns();
        let builtin = listed.iter().map(String::as_str);
        for pattern in builtin.chain(rules.iter().map(|p| p.as_str())) {
            assert!(nfas(pattern).is_some(), "not prebuilt: {pattern}");
        }
        for e in PREBUILT {
            let (forward, reverse) = nfas(e.pattern).expect(e.pattern);
            let reverse = super::super::nfa_codec::decode(reverse).unwrap();
            let (want_forward, want_reverse) = super::super::nfa_codec::compile(e.pattern).unwrap();
            assert_eq!(
                format!("{forward:?}"),
                format!("{want_forward:?}"),
                "{}",
                e.pattern
            );
            assert_eq!(
                format!("{reverse:?}"),
                format!("{want_reverse:?}"),
                "{}",
                e.pattern
            );
            assert_eq!(
                forward
                    .group_info()
                    .pattern_names(regex_automata::PatternID::ZERO)
                    .collect::<Vec<_>>(),
                want_forward
                    .group_info()
                    .pattern_names(regex_automata::PatternID::ZERO)
                    .collect::<Vec<_>>(),
            );
        }
    }

    /// `builtin_patterns.json` lists the patterns that loading the built-in rules and
    /// vocabularies and compiling every extractor pattern compiles (the rules' own patterns,
    /// which build.rs reads from the rule files, compile later, on first use). Listed in a child process of this test binary, where
    /// none of the lazily compiled patterns has been compiled yet.
    /// `HIRELINT_BLESS=1 cargo test builtin_patterns` rewrites the list.
    #[test]
    fn the_list_of_builtin_patterns_is_current() {
        const CHILD: &str = "HIRELINT_LIST_BUILTIN_PATTERNS";
        if std::env::var_os(CHILD).is_some() {
            *super::super::RECORDED.lock().unwrap() = Some(Default::default());
            crate::rules::builtin();
            crate::facts::compile_patterns();
            let seen = super::super::RECORDED.lock().unwrap().take().unwrap();
            println!("\nPATTERNS {}", serde_json::to_string(&seen).unwrap());
            return;
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["re::prebuilt::tests::the_list_of_builtin_patterns_is_current"])
            .args(["--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let line = stdout.lines().find_map(|l| l.strip_prefix("PATTERNS "));
        assert!(line.is_some(), "the child printed no list:\n{stdout}");
        let seen: Vec<String> = serde_json::from_str(line.expect("the child lists")).unwrap();
        // Rule patterns compile on first use: loading the rules compiles none of them.
        let want: Vec<&String> = seen.iter().collect();
        let listed: Vec<String> = serde_json::from_str(LIST).unwrap();
        if want.iter().copied().ne(listed.iter()) {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/re/builtin_patterns.json");
            if std::env::var_os("HIRELINT_BLESS").is_some() {
                std::fs::write(path, serde_json::to_string_pretty(&want).unwrap() + "\n").unwrap();
                return;
            }
            let missing = want.iter().filter(|p| !listed.contains(p)).count();
            let stale = listed.iter().filter(|p| !want.contains(p)).count();
            panic!(
                "{path} is out of date ({missing} patterns missing, {stale} no longer used): \
                 run `HIRELINT_BLESS=1 cargo test builtin_patterns` to rewrite it"
            );
        }
    }

    #[test]
    fn a_pattern_not_built_in_has_no_prebuilt_nfas() {
        assert!(nfas(r"(?i)\bnot a built-in pattern\b").is_none());
    }
}
