//! How hirelint's own patterns are compiled and searched.
//!
//! Compiling patterns is most of hirelint's start-up time, and an editor runs hirelint on every
//! pause in typing, so the extractors' patterns are built for cheap compilation:
//!
//! - Unicode classes are off: `\w`, `\d`, `\s`, `\b` and `(?i)` mean their ASCII forms, while
//!   literal characters such as `–`, `’`, `€` or `薪` still match. A pattern that needs a
//!   Unicode class says so with `(?u:...)`, e.g. `(?u:[^.\n])`.
//! - No literal prefilter: extracting literals from long case-insensitive alternations costs
//!   more to build than it saves on a posting of a few KB.
//! - The built-in patterns (the rules', the extractors', the vocabularies') are compiled to NFAs
//!   when hirelint is built ([`prebuilt`]); at run time they are only rebuilt from their binary
//!   form, about a third of the cost of compiling them.
//!
//! The `regex` crate compiles only from a pattern's text, so this module assembles the engines
//! of `regex_automata` (the crate inside `regex`) itself ([`engine`]), and offers the small part
//! of the `regex` API the extractors use. Users' rule files get the same syntax (README "Writing
//! rules"); their patterns compile when the file is loaded, so that a pattern too large to
//! compile (over 4 MiB of NFA) is an error naming the rule.

mod embedded;
mod engine;
mod gate;
mod nfa_codec;
mod prebuilt;

use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::util::syntax;
use regex_automata::{Input, meta};

/// A compiled built-in pattern.
#[derive(Debug, Clone)]
pub struct Regex {
    engine: std::sync::Arc<engine::Engine>,
    pattern: String,
}

/// Compiles one of hirelint's built-in patterns (see the module documentation).
///
/// # Panics
/// When the pattern is invalid: built-in patterns are constants, checked by the tests.
pub fn ascii(pattern: &str) -> Regex {
    try_ascii(pattern)
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}\n{pattern}"))
}

/// Compiles a pattern from a vocabulary file with the same settings as built-in patterns.
/// (`src/re/gate_build.rs` parses the built-in rules' patterns with these syntax settings too.)
pub fn try_ascii(pattern: &str) -> Result<Regex, String> {
    #[cfg(test)]
    if let Some(seen) = RECORDED.lock().unwrap().as_mut() {
        seen.insert(pattern.to_string());
    }
    // Built-in patterns come compiled to NFAs (see `prebuilt`); the rest are compiled here.
    let (forward, reverse) = match prebuilt::nfas(pattern) {
        Some((forward, reverse)) => (forward, engine::Reverse::Encoded(reverse)),
        None => {
            let (forward, reverse) = nfa_codec::compile(pattern)?;
            (forward, engine::Reverse::Nfa(reverse))
        }
    };
    Ok(Regex {
        engine: std::sync::Arc::new(engine::Engine::new(forward, reverse)?),
        pattern: pattern.to_string(),
    })
}

/// Every pattern compiled while this is `Some` (a test makes the list of built-in patterns).
#[cfg(test)]
static RECORDED: std::sync::Mutex<Option<std::collections::BTreeSet<String>>> =
    std::sync::Mutex::new(None);

/// A pattern compiled on first use. The built-in rules' patterns are lazy: loading the rules
/// stays cheap, and patterns of rules that never run for a posting (a law that does not cover
/// it) are never compiled. Those that have a gate (see [`gate`]) are not compiled either for
/// text the gate rules out.
#[derive(Debug)]
pub struct LazyRegex {
    pattern: String,
    compiled: std::sync::OnceLock<Regex>,
    /// Loaded on first use; `None` inside for patterns without a gate (users' patterns).
    gate: std::sync::OnceLock<Option<gate::Gate>>,
}

impl LazyRegex {
    /// A pattern known to be valid (the built-in pack's are checked by the tests).
    pub fn new(pattern: &str) -> Self {
        LazyRegex {
            pattern: pattern.to_string(),
            compiled: std::sync::OnceLock::new(),
            gate: std::sync::OnceLock::new(),
        }
    }

    /// A pattern compiled now, so that an error is reported when its file is loaded.
    pub fn compiled(pattern: &str) -> Result<Self, String> {
        let re = try_ascii(pattern)?;
        Ok(LazyRegex {
            pattern: pattern.to_string(),
            compiled: std::sync::OnceLock::from(re),
            gate: std::sync::OnceLock::from(None),
        })
    }

    /// False only when a rule with this pattern reports nothing in `hay`: no match in which
    /// its group named `match` (if it has one) takes part. Decided without compiling the
    /// pattern when it is a built-in rule pattern with a gate (see [`gate`]).
    pub fn may_report(&self, hay: &str) -> bool {
        // Once compiled, searching with the pattern itself is cheaper than with its gate (dozens
        // of DFAs for large patterns): the gate only saves compiling.
        if self.compiled.get().is_some() {
            return true;
        }
        match self.gate.get_or_init(|| gate::Gate::of(&self.pattern)) {
            Some(gate) => gate.may_report(hay),
            None => true,
        }
    }

    pub fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| ascii(&self.pattern))
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }
}

/// Several patterns compiled together, for "which of these matches?" in one search.
#[derive(Debug, Clone)]
pub struct RegexSet {
    inner: meta::Regex,
}

impl RegexSet {
    /// Compiles `patterns` with the same settings as [`ascii`].
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<RegexSet, String> {
        // Only the index of the pattern that matched is read: without capture states the NFAs
        // and their caches are smaller (the chrome patterns have 80 groups between them).
        let inner = meta::Builder::new()
            .syntax(syntax::Config::new().unicode(false).utf8(true))
            .configure(
                // As [`Regex`]'s engines (see the module documentation).
                meta::Config::new()
                    .auto_prefilter(false)
                    .nfa_size_limit(Some(8 << 20))
                    .which_captures(WhichCaptures::Implicit),
            )
            .build_many(patterns)
            .map_err(|e| error_message(&e))?;
        Ok(RegexSet { inner })
    }

    /// The index of the pattern of the leftmost match, if any.
    pub fn first_match(&self, hay: &str) -> Option<usize> {
        self.inner.find(hay).map(|m| m.pattern().as_usize())
    }
}

/// Whole-line patterns (each starts with `^`): which of them, first in order, matches a line.
/// The built-in chrome patterns come as a DFA made when hirelint was built, so nothing is
/// compiled; any other list (a user's vocabulary adds to them) is compiled as a [`RegexSet`].
#[derive(Debug, Clone)]
pub enum LineSet {
    Embedded(Box<regex_automata::dfa::dense::DFA<&'static [u32]>>),
    Compiled(RegexSet),
}

impl LineSet {
    pub fn new(patterns: &[&str]) -> Result<LineSet, String> {
        match embedded::chrome_set(patterns) {
            Some(dfa) => Ok(LineSet::Embedded(Box::new(dfa))),
            None => RegexSet::new(patterns).map(LineSet::Compiled),
        }
    }

    /// The index of the first pattern that matches `line` from its start.
    pub fn first_match(&self, line: &str) -> Option<usize> {
        use regex_automata::dfa::Automaton;
        match self {
            LineSet::Embedded(dfa) => {
                let input = Input::new(line).anchored(regex_automata::Anchored::Yes);
                // A dense DFA without Unicode word boundaries never gives up.
                let found = dfa.try_search_fwd(&input).ok().flatten();
                found.map(|m| m.pattern().as_usize())
            }
            LineSet::Compiled(set) => set.first_match(line),
        }
    }
}

/// The meta error says only "error parsing pattern 0"; the cause is in its source.
fn error_message(e: &regex_automata::meta::BuildError) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message = s.to_string();
        source = s.source();
    }
    message
}

/// A match: a byte range of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// The groups of one match.
#[derive(Debug, Clone)]
pub struct Captures<'h> {
    hay: &'h str,
    caps: RawCaptures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match).
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|s| Match {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
    /// A named group.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps.get_group_by_name(name).map(|s| Match {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
}

impl<'h> std::ops::Index<&str> for Captures<'h> {
    type Output = str;
    /// The text of a named group.
    ///
    /// # Panics
    /// When the group did not take part in the match.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named {name} in this match"))
    }
}

impl Regex {
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern has a group of this name.
    pub fn has_group(&self, name: &str) -> bool {
        self.engine
            .nfa()
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, name)
            .is_some()
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.engine
            .is_match(&mut self.engine.cache(), &Input::new(hay))
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.find_at(hay, 0)
    }

    /// The first match starting at or after `start`; text before `start` still counts for
    /// `\b` and `^`.
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        let input = Input::new(hay).range(start..);
        self.engine
            .find(&mut self.engine.cache(), &input)
            .map(|m| Match {
                hay,
                start: m.start(),
                end: m.end(),
            })
    }

    pub fn find_iter<'r, 'h>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.engine.find_iter(Input::new(hay)).map(move |m| Match {
            hay,
            start: m.start(),
            end: m.end(),
        })
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.captures_at(hay, 0)
    }

    /// Like [`Regex::find_at`], with groups.
    pub fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<Captures<'h>> {
        let mut caps = self.engine.create_captures();
        let input = Input::new(hay).range(start..);
        self.engine
            .captures(&mut self.engine.cache(), &input, &mut caps);
        caps.is_match().then_some(Captures { hay, caps })
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.engine
            .captures_iter(Input::new(hay))
            .map(move |caps| Captures { hay, caps })
    }

    /// `hay` with each match replaced by what `replace` makes of its groups, as the `regex`
    /// crate's `replace_all`.
    pub fn replace_all(
        &self,
        hay: &str,
        mut replace: impl FnMut(&Captures<'_>) -> String,
    ) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for caps in self.captures_iter(hay) {
            let Some(whole) = caps.get(0) else { continue };
            out.push_str(&hay[last..whole.start()]);
            out.push_str(&replace(&caps));
            last = whole.end();
        }
        out.push_str(&hay[last..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_all_rewrites_every_match_from_its_groups() {
        let re = ascii(r"\{([a-z]+)\}");
        let out = re.replace_all("a {x} b {yy} c", |c| {
            c.get(1).unwrap().as_str().to_uppercase()
        });
        assert_eq!(out, "a X b YY c");
        assert_eq!(
            re.replace_all("no braces – é", |_| String::new()),
            "no braces – é"
        );
    }

    #[test]
    fn classes_are_ascii_but_literals_are_not() {
        let re = ascii(r"(?i)\bpay\b\s*(?:–|-)\s*(\d+)薪");
        let c = re.captures("PAY – 13薪").unwrap();
        assert_eq!(c.get(1).unwrap().as_str(), "13");
        assert!(ascii(r"\w+").find("é").is_none());
        assert_eq!(ascii(r"(?u:\w)+").find("é").unwrap().as_str(), "é");
    }

    #[test]
    fn find_at_sees_the_text_before_start() {
        let re = ascii(r"\bcat");
        assert!(re.find_at("concat", 3).is_none());
        assert_eq!(re.find_at("a cat", 1).unwrap().start(), 2);
    }

    #[test]
    fn named_groups_and_iteration() {
        let re = ascii(r"(?P<n>\d+)(?P<k>k)?");
        let all: Vec<_> = re
            .captures_iter("5k and 7")
            .map(|c| (c["n"].to_string(), c.name("k").is_some()))
            .collect();
        assert_eq!(all, [("5".to_string(), true), ("7".to_string(), false)]);
    }
}
