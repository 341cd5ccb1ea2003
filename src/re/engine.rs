//! The search engines of one pattern, assembled from its NFAs the way regex-automata's meta
//! regex assembles its "core" strategy: a lazy DFA finds where a match ends (forward) and
//! starts (reverse), and the one-pass DFA, the bounded backtracker or the PikeVM, in that order
//! of preference, finds the groups inside the match. The meta regex can only be built from a
//! pattern's text; this can be built from NFAs compiled when hirelint was built
//! ([`super::nfa_codec`]), which skips parsing and compiling at run time.
//!
//! The engines' settings are the meta regex's defaults, with its prefilter off (see
//! [`super`]); a test checks that both find the same matches and groups.

use regex_automata::dfa::onepass;
use regex_automata::hybrid;
use regex_automata::nfa::thompson::{NFA, backtrack, pikevm};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::{Anchored, Input, Match, MatchKind};
use std::sync::OnceLock;

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The reverse NFA, which only a pattern that matches needs: a built-in pattern's stays in its
/// binary form ([`super::nfa_codec`]) until then.
pub enum Reverse {
    Nfa(NFA),
    Encoded(&'static [u8]),
}

/// The engines of one pattern. Searching takes a cache from an internal pool, so one `Engine`
/// serves several threads.
pub struct Engine {
    nfa: NFA,
    /// The lazy DFA that finds where a match ends; `None` when it cannot be built for this NFA
    /// (the meta regex then does without, as this does).
    forward: Option<hybrid::dfa::DFA>,
    reverse_nfa: std::sync::Mutex<Option<Reverse>>,
    /// The lazy DFA that finds where a match starts, built on first use.
    reverse: OnceLock<Option<hybrid::dfa::DFA>>,
    onepass: Option<onepass::DFA>,
    backtrack: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    pool: Pool<Cache, CacheFn>,
}

/// Mutable search state of each engine. The reverse DFA's, the backtracker's and the PikeVM's
/// are made on first use, as the meta regex does: the PikeVM's holds a slot per group per NFA
/// state (about 0.5 MB for the benefits pattern), and most searches never need it.
pub struct Cache {
    forward: Option<hybrid::dfa::Cache>,
    reverse: Option<hybrid::dfa::Cache>,
    onepass: Option<onepass::Cache>,
    backtrack: Option<backtrack::Cache>,
    pikevm: Option<pikevm::Cache>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("states", &self.nfa.states().len())
            .finish_non_exhaustive()
    }
}

/// The lazy DFAs' settings: the meta regex's.
fn lazy_config() -> hybrid::dfa::Config {
    hybrid::dfa::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .starts_for_each_pattern(true)
        .unicode_word_boundary(true)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
}

impl Engine {
    /// The engines of a pattern from its forward NFA (with groups) and its reverse NFA
    /// (without).
    pub fn new(nfa: NFA, reverse: Reverse) -> Result<Engine, String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        let forward = hybrid::dfa::Builder::new()
            .configure(lazy_config())
            .build_from_nfa(nfa.clone())
            .ok();
        // As the meta regex: a one-pass DFA only pays when there are groups to find.
        let onepass = (nfa.group_info().explicit_slot_len() > 0)
            .then(|| {
                onepass::Builder::new()
                    .configure(
                        onepass::Config::new()
                            .match_kind(MatchKind::LeftmostFirst)
                            .starts_for_each_pattern(true),
                    )
                    .build_from_nfa(nfa.clone())
                    .ok()
            })
            .flatten();
        let backtrack = backtrack::Builder::new()
            .build_from_nfa(nfa.clone())
            .map_err(|e| err(&e))?;
        let pikevm = pikevm::Builder::new()
            .configure(pikevm::Config::new().match_kind(MatchKind::LeftmostFirst))
            .build_from_nfa(nfa.clone())
            .map_err(|e| err(&e))?;
        let create: CacheFn = {
            let forward = forward.clone();
            let onepass = onepass.clone();
            Box::new(move || Cache {
                forward: forward.as_ref().map(hybrid::dfa::Cache::new),
                reverse: None,
                onepass: onepass.as_ref().map(onepass::Cache::new),
                backtrack: None,
                pikevm: None,
            })
        };
        Ok(Engine {
            nfa,
            forward,
            reverse_nfa: std::sync::Mutex::new(Some(reverse)),
            reverse: OnceLock::new(),
            onepass,
            backtrack,
            pikevm,
            pool: Pool::new(create),
        })
    }

    /// The reverse lazy DFA, built on first use; `None` if it cannot be.
    fn reverse_dfa(&self) -> Option<&hybrid::dfa::DFA> {
        self.reverse
            .get_or_init(|| {
                let nfa = match self.reverse_nfa.lock().ok()?.take()? {
                    Reverse::Nfa(nfa) => nfa,
                    // The tests decode every embedded NFA.
                    Reverse::Encoded(bytes) => super::nfa_codec::decode(bytes)?,
                };
                hybrid::dfa::Builder::new()
                    .configure(lazy_config().match_kind(MatchKind::All))
                    .build_from_nfa(nfa)
                    .ok()
            })
            .as_ref()
    }

    pub fn nfa(&self) -> &NFA {
        &self.nfa
    }

    pub fn cache(&self) -> PoolGuard<'_, Cache, CacheFn> {
        self.pool.get()
    }

    /// An empty set of groups for [`Engine::captures`].
    pub fn create_captures(&self) -> Captures {
        Captures::all(self.nfa.group_info().clone())
    }

    pub fn is_match(&self, cache: &mut Cache, input: &Input<'_>) -> bool {
        if let (Some(dfa), Some(c)) = (&self.forward, cache.forward.as_mut()) {
            if let Ok(found) = dfa.try_search_fwd(c, &input.clone().earliest(true)) {
                return found.is_some();
            }
        }
        self.pikevm
            .is_match(self.pikevm_cache(cache), input.clone())
    }

    fn pikevm_cache<'c>(&self, cache: &'c mut Cache) -> &'c mut pikevm::Cache {
        cache
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache())
    }

    /// The leftmost-first match in `input`.
    pub fn find(&self, cache: &mut Cache, input: &Input<'_>) -> Option<Match> {
        match self.find_lazily(cache, input) {
            Some(found) => found,
            // The lazy DFAs give up when their cache thrashes; the PikeVM never does.
            None => self.pikevm.find(self.pikevm_cache(cache), input.clone()),
        }
    }

    /// The search of `hybrid::regex::Regex::try_search`, with the reverse DFA made only once a
    /// match is found. `None` when a lazy DFA is missing or gives up.
    fn find_lazily(&self, cache: &mut Cache, input: &Input<'_>) -> Option<Option<Match>> {
        let (dfa, c) = (self.forward.as_ref()?, cache.forward.as_mut()?);
        let Some(end) = dfa.try_search_fwd(c, input).ok()? else {
            return Some(None);
        };
        let anchored = match input.get_anchored() {
            Anchored::No => self.nfa.is_always_start_anchored(),
            Anchored::Yes | Anchored::Pattern(_) => true,
        };
        if input.start() == end.offset() || anchored {
            return Some(Some(Match::new(end.pattern(), input.start()..end.offset())));
        }
        let reverse = self.reverse_dfa()?;
        let c = cache
            .reverse
            .get_or_insert_with(|| hybrid::dfa::Cache::new(reverse));
        let back = input
            .clone()
            .span(input.start()..end.offset())
            .anchored(Anchored::Yes)
            .earliest(false);
        let start = reverse.try_search_rev(c, &back).ok()??;
        Some(Some(Match::new(
            end.pattern(),
            start.offset()..end.offset(),
        )))
    }

    /// The leftmost-first match in `input` and its groups, in `caps`.
    pub fn captures(&self, cache: &mut Cache, input: &Input<'_>, caps: &mut Captures) {
        if self.nfa.group_info().explicit_slot_len() == 0 {
            let found = self.find(cache, input);
            caps.set_pattern(None);
            if let Some(m) = found {
                let slots = caps.slots_mut();
                slots[0] = regex_automata::util::primitives::NonMaxUsize::new(m.start());
                slots[1] = regex_automata::util::primitives::NonMaxUsize::new(m.end());
                caps.set_pattern(Some(m.pattern()));
            }
            return;
        }
        // The match's span first, with the cheap engine; then its groups, anchored there.
        let Some(m) = self.find(cache, input) else {
            caps.set_pattern(None);
            return;
        };
        let within = input
            .clone()
            .span(m.start()..m.end())
            .anchored(Anchored::Pattern(m.pattern()));
        self.groups(cache, &within, caps);
    }

    /// Groups of an anchored search, by the first engine that can run it.
    fn groups(&self, cache: &mut Cache, input: &Input<'_>, caps: &mut Captures) {
        if let (Some(dfa), Some(c)) = (&self.onepass, cache.onepass.as_mut()) {
            dfa.captures(c, input.clone(), caps);
            return;
        }
        if input.get_span().len() <= self.backtrack.max_haystack_len() {
            let c = (cache.backtrack).get_or_insert_with(|| self.backtrack.create_cache());
            if self.backtrack.try_captures(c, input.clone(), caps).is_ok() {
                return;
            }
        }
        self.pikevm
            .captures(self.pikevm_cache(cache), input.clone(), caps);
    }

    /// Every leftmost-first match, without overlaps, as the meta regex's `find_iter`.
    pub fn find_iter<'r, 'h>(
        &'r self,
        input: Input<'h>,
    ) -> impl Iterator<Item = Match> + use<'r, 'h> {
        let mut cache = self.cache();
        let mut searcher = Searcher::new(input);
        std::iter::from_fn(move || searcher.advance(|input| Ok(self.find(&mut cache, input))))
    }

    /// Every match's groups, as the meta regex's `captures_iter`.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        input: Input<'h>,
    ) -> impl Iterator<Item = Captures> + use<'r, 'h> {
        let mut cache = self.cache();
        let mut searcher = Searcher::new(input);
        let mut caps = self.create_captures();
        std::iter::from_fn(move || {
            searcher.advance(|input| {
                self.captures(&mut cache, input, &mut caps);
                Ok(caps.get_match())
            })?;
            Some(caps.clone())
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::re::{Regex, try_ascii};
    use regex_automata::util::syntax;
    use regex_automata::{Input, meta};

    /// The meta regex with the settings of [`crate::re`]: what [`super::Engine`] reproduces.
    fn meta(pattern: &str) -> meta::Regex {
        meta::Builder::new()
            .syntax(syntax::Config::new().unicode(false).utf8(true))
            .configure(meta::Config::new().auto_prefilter(false))
            .build(pattern)
            .unwrap()
    }

    type Spans = Vec<Option<(usize, usize)>>;

    /// What a regex finds in `hay`, as one comparable value: each match's groups
    /// (`captures_iter`), every match (`find_iter`), the first match from every 97th byte
    /// (`find_at`), and whether it matches.
    fn findings(
        hay: &str,
        groups: Vec<Spans>,
        matches: Spans,
        find_at: impl Fn(usize) -> Option<(usize, usize)>,
        is_match: bool,
    ) -> Vec<Spans> {
        let mut out = groups;
        out.push(matches);
        let starts = (0..hay.len()).step_by(97);
        out.push(
            starts
                .filter(|&i| hay.is_char_boundary(i))
                .map(find_at)
                .collect(),
        );
        out.push(vec![is_match.then_some((0, 0))]);
        out
    }

    fn ours(re: &Regex, hay: &str) -> Vec<Spans> {
        let span = |m: crate::re::Match| (m.start(), m.end());
        findings(
            hay,
            re.captures_iter(hay)
                .map(|c| {
                    (0..c.caps.group_len())
                        .map(|i| c.get(i).map(span))
                        .collect()
                })
                .collect(),
            re.find_iter(hay).map(|m| Some(span(m))).collect(),
            |i| re.find_at(hay, i).map(span),
            re.is_match(hay),
        )
    }

    fn theirs(re: &meta::Regex, hay: &str) -> Vec<Spans> {
        let span = |m: regex_automata::Match| (m.start(), m.end());
        findings(
            hay,
            re.captures_iter(hay)
                .map(|c| {
                    let group = |i| c.get_group(i).map(|s| (s.start, s.end));
                    (0..c.group_len()).map(group).collect()
                })
                .collect(),
            re.find_iter(hay).map(|m| Some(span(m))).collect(),
            |i| re.find(Input::new(hay).range(i..)).map(span),
            re.is_match(hay),
        )
    }

    /// The postings we wrote (examples and benchmark fixtures).
    fn texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in ["examples", "benches/fixtures"] {
            for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
                let entry = entry.unwrap();
                let ext = entry.path().extension().and_then(|e| e.to_str());
                if matches!(ext, Some("md" | "txt" | "html")) {
                    texts.push(std::fs::read_to_string(entry.path()).unwrap());
                }
            }
        }
        assert!(texts.len() > 10);
        texts
    }

    /// Every built-in pattern finds, on every posting we wrote, the matches and groups the meta
    /// regex finds.
    #[test]
    fn builtin_patterns_match_as_the_meta_regex() {
        let texts = texts();
        let listed: Vec<String> = serde_json::from_str(crate::re::prebuilt::LIST).unwrap();
        let rules = crate::rules::builtin().patterns();
        let patterns = listed
            .iter()
            .map(String::as_str)
            .chain(rules.iter().map(|p| p.as_str()));
        for pattern in patterns {
            let (re, want) = (try_ascii(pattern).unwrap(), meta(pattern));
            for text in &texts {
                assert_eq!(ours(&re, text), theirs(&want, text), "{pattern}");
            }
        }
    }

    /// Empty matches next to multi-byte characters, groups that do not take part, a pattern
    /// with no groups, one that is one-pass and one that is not.
    #[test]
    fn edge_cases_match_as_the_meta_regex() {
        let hays = ["", "é", "a–b €5 ’x’ 薪", "aaa\nbbb\n", "–––"];
        let patterns = [
            r"",
            r"\b",
            r"(?m)^",
            r"a*",
            r"(?P<x>a)|(?P<y>b)",
            r"(a)?(b)?",
            r"(?u:\w)+",
            r"(?i)\bA(?P<rest>A*)",
            r"(?su:.)",
            r"€(\d+)",
            r"(x)*x",
        ];
        for pattern in patterns {
            let (re, want) = (try_ascii(pattern).unwrap(), meta(pattern));
            for hay in hays {
                assert_eq!(ours(&re, hay), theirs(&want, hay), "{pattern:?} on {hay:?}");
            }
        }
    }

    /// A match too long for the backtracker's memory gets its groups from the PikeVM.
    #[test]
    fn groups_of_a_long_match_are_those_of_the_meta_regex() {
        let pattern = r"(?P<open>\[)(?P<body>(?su:.)*?)(?P<close>\])";
        let re = try_ascii(pattern).unwrap();
        assert!(
            re.engine.onepass.is_none(),
            "the test needs a pattern that is not one-pass"
        );
        let long = format!("x [{}] y [z]", "é".repeat(200_000));
        assert!(long.len() > re.engine.backtrack.max_haystack_len());
        let want: Vec<Vec<_>> = meta(pattern)
            .captures_iter(&long)
            .map(|c| (0..4).map(|i| c.get_group(i).map(|s| s.range())).collect())
            .collect();
        let got: Vec<Vec<_>> = re
            .captures_iter(&long)
            .map(|c| (0..4).map(|i| c.get(i).map(|m| m.range())).collect())
            .collect();
        assert_eq!(got, want);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn an_invalid_pattern_is_an_error_that_says_why() {
        let e = try_ascii(r"(?i)pay (").unwrap_err();
        assert!(e.contains("unclosed group"), "{e}");
        let e = try_ascii(r"\w{1000}{1000}").unwrap_err();
        assert!(e.contains("exceeded limit"), "{e}");
    }
}
