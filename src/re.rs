//! How patterns are compiled: the `regex` crate's engine (regex-automata's meta regex, which
//! `regex::Regex` wraps), time linear in the text, each pattern compiled on first use.
//!
//! Two dialects, both the `regex` crate's syntax:
//!
//! - Patterns from files (rules, vocabularies; the built-in pack and users' alike) get the
//!   crate's standard Unicode semantics: `\b`, `\w`, `\d`, `\s` and `(?i)` know every script,
//!   so `(?i)\bâgé` matches "Âgé". A pattern that wants ASCII classes says so with `(?-u)`.
//! - The extractors' patterns in code are compiled by [`ascii`]: ASCII classes, as if written
//!   `(?-u)`; literal characters such as `–`, `’`, `€` or `薪` still match, and a class that must
//!   know other scripts is written `(?u:...)`. They compile in a fraction of the time, and the
//!   lazy DFA never gives up on them (a Unicode `\b` sends the crate to a slower engine on any
//!   non-ASCII text).
//!
//! What makes a Unicode pattern slow to compile (each a few milliseconds at every start):
//! `\d` (every script's digits; write `[0-9]`, as amounts are read in ASCII digits anyway),
//! a counted repetition of a large class (`[^.]{0,150}`), and, under `(?i)`, a bracketed class
//! holding `\S` or `\W` (its case folding walks all of Unicode: write `(?-i:[^\S\n])`).
//! Lists of literal words are a [`WordSet`] (aho-corasick), not an alternation.
//!
//! Every "text just before (or after) this match" check reads a bounded window ([`before`],
//! [`head`]), never the whole text up to the match: that keeps a long line linear.

use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{Input, meta};
use std::sync::OnceLock;

mod words;
pub use words::WordSet;

/// The largest compiled form a pattern may take; above it, the pattern is an error that names
/// its rule, not a slow start.
const SIZE_LIMIT: usize = 8 << 20;

/// A compiled pattern: the `regex` crate's engine (its meta regex), configured once here.
///
/// The one setting that differs from the `regex` crate's defaults: no literal prefilter.
/// Extracting literals from the long case-insensitive alternations that postings need ("full
/// time|part time|contract|...", month names) is half of all compiling, and compiling is most
/// of a one-shot `check` (measured on the 5 KB bench posting: 24.7 ms of CPU with the
/// prefilter, 12.2 ms without, while searching its text took 4.7 and 5.0 ms). Over many texts
/// it no longer pays either, since word lists are matched by [`WordSet`]s (2026-12-07, idle,
/// three interleaved pairs: an audit of the corpus' 7,216 posting files took 10.07 s of CPU
/// with it and 9.96 s without, the same searching work by callgrind; the language server's
/// re-lint was the same within the noise).
#[derive(Debug, Clone)]
pub struct Regex {
    inner: std::sync::Arc<meta::Regex>,
    pattern: std::sync::Arc<str>,
}

/// Compiles one of the extractors' patterns (ASCII classes, see the module documentation).
///
/// # Panics
/// When the pattern is invalid: built-in patterns are constants, and the tests compile every one.
pub fn ascii(pattern: &str) -> Regex {
    compile_ascii(pattern)
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}\n{pattern}"))
}

/// Like [`ascii`], for a pattern made with a vocabulary's words: an error says what is wrong.
pub fn compile_ascii(pattern: &str) -> Result<Regex, String> {
    build(pattern, false)
}

/// Literal words of a vocabulary as an alternation, longest first: ASCII word boundaries
/// around the ends that are ASCII letters or digits, and none elsewhere, because Chinese text
/// writes words straight against digits and each other ("40-70K月"), and because a Unicode
/// boundary sends the engine to a slower path on text that is not ASCII. With `prefix`, a word
/// may go on ("monatlich" covers "monatliches"). Empty for no words.
pub fn word_alternation(words: &[String], prefix: bool) -> String {
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let pieces = longest_first(words).into_iter().map(|w| {
        (
            escape_word(w),
            w.starts_with(alnum),
            !prefix && w.ends_with(alnum),
        )
    });
    share_bounds(pieces).join("|")
}

/// The pattern `make` writes around an alternation of a pack's words, or nothing where the
/// packs have no such words: for the optional parts of a pattern built from them.
pub fn around_words(alternation: String, make: impl FnOnce(&str) -> String) -> String {
    if alternation.is_empty() {
        alternation
    } else {
        make(&alternation)
    }
}

/// Alternatives with an ASCII word boundary before and after them where their flags say, in
/// their order: a run of neighbours with the same boundaries shares them (`\b(?:a|b)\b`
/// compiles to a smaller automaton than `\ba\b|\bb\b`, and matches the same, in the same
/// order).
fn share_bounds(pieces: impl IntoIterator<Item = (String, bool, bool)>) -> Vec<String> {
    let bound = |b: bool| if b { r"(?-u:\b)" } else { "" };
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut run_bounds = (false, false);
    let flush = |run: &mut Vec<String>, out: &mut Vec<String>, (s, e): (bool, bool)| {
        match run.len() {
            0 => {}
            1 => out.push(format!("{}{}{}", bound(s), run[0], bound(e))),
            _ => out.push(format!("{}(?:{}){}", bound(s), run.join("|"), bound(e))),
        }
        run.clear();
    };
    for (p, start, end) in pieces {
        if (start, end) != run_bounds {
            flush(&mut run, &mut out, run_bounds);
            run_bounds = (start, end);
        }
        run.push(p);
    }
    flush(&mut run, &mut out, run_bounds);
    out
}

/// A pack's word as a pattern: its letters outside ASCII in Unicode mode, so that a `(?i)`
/// around it folds their case too ("ÉGALITÉ", "WYNAGRODZENIE ZŁ", "MÄRZ"); the patterns are
/// compiled with ASCII classes ([`ascii`]), whose `(?i)` folds ASCII letters only. Only
/// those letters: a whole word in Unicode mode would fold "k" to the Kelvin sign and
/// compile larger.
fn escape_word(word: &str) -> String {
    let escaped = regex::escape(word);
    // A pack's apostrophe also stands for the typographic one ("taux d’occupation").
    let escaped = if escaped.contains('\'') {
        escaped.replace('\'', "(?:'|’)")
    } else {
        escaped
    };
    if escaped.is_ascii() {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 8);
    let mut run = String::new();
    for c in escaped.chars() {
        if !c.is_ascii() && (c.is_lowercase() || c.is_uppercase()) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push_str(&format!("(?u:{run})"));
            run.clear();
        }
        out.push(c);
    }
    if !run.is_empty() {
        out.push_str(&format!("(?u:{run})"));
    }
    out
}

/// The words trimmed, blank ones left out, longest first (an alternation tries its
/// branches in order), each once.
pub(crate) fn longest_first(words: &[String]) -> Vec<&str> {
    let mut words: Vec<&str> = words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    words
}

/// Like [`word_alternation`], for words of which some may go on and others not: longest first
/// (an alternation tries its branches in order), with ASCII word boundaries at the ends that are ASCII letters or digits: a word that
/// ends with `*` may go on (what is found ends with the letters written). With `spaced`, a
/// space between words stands for any run of white space. Empty for no words. A run of
/// words bounded at both ends shares its boundaries (a smaller automaton, the same matches).
pub fn open_word_alternation(words: &[String], spaced: bool) -> String {
    let mut words: Vec<(&str, bool)> = words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .map(|w| match w.strip_suffix('*') {
            Some(stem) => (stem.trim_end(), true),
            None => (w, false),
        })
        .collect();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    words.dedup();
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let pieces = words.iter().map(|&(w, open)| {
        let p = escape_word(w);
        let p = if spaced { p.replace(' ', r"\s+") } else { p };
        (p, w.starts_with(alnum), !open && w.ends_with(alnum))
    });
    share_bounds(pieces).join("|")
}

/// A character of a word that a pattern skips or runs on through ("based in our [new
/// downtown] office", "Vollzeit[stelle]"): an ASCII letter, digit or `_`, one of `extra`
/// (ASCII characters for a class, such as `'.-`), or any character beyond ASCII. Unicode's
/// `\w` would be exact but compiles to 300 automaton states forward and 1,400 in reverse at
/// each use, about a millisecond of a one-shot `check` and memory in every search cache;
/// beyond ASCII, postings have few characters that are not letters (quotes, dashes), and
/// taking one into a skipped word changes nothing that matters.
pub fn word_char(extra: &str) -> String {
    format!(r"(?:(?-u:[\w{extra}])|(?u:[^\x00-\x7F]))")
}

/// [`spaced_alternation`] of `words` and the spaces after one, or nothing: `(?:(?:a|b)\s+)?`,
/// for words a pattern may have before what it looks for. Empty for no words.
pub fn optional_words(words: &[String]) -> String {
    let alt = spaced_alternation(words, false);
    if alt.is_empty() {
        alt
    } else {
        format!(r"(?:(?:{alt})\s+)?")
    }
}

/// [`word_alternation`], where a space of a phrase stands for any run of spaces: "start date"
/// also matches "Start\n date".
pub fn spaced_alternation(words: &[String], prefix: bool) -> String {
    word_alternation(words, prefix).replace(' ', r"\s+")
}

/// Literal `words` as an alternation, longest first, with no word boundaries: for words the
/// pattern around them bounds as they need ("5yrs": a unit right after a number). A space of
/// a phrase stands for any run of spaces. Empty for no words.
pub fn plain_alternation(words: &[String]) -> String {
    let words: Vec<String> = longest_first(words)
        .iter()
        .map(|w| escape_word(w).replace(' ', r"\s+"))
        .collect();
    words.join("|")
}

/// Literal `words` that follow a number directly ("80k", "40h", "100万") as an alternation, in
/// the order given: no boundary before them, an ASCII word boundary after those that end in an
/// ASCII letter or digit ("5 km" is not 5,000). Empty for no words.
pub fn glued_alternation<'w>(words: impl IntoIterator<Item = &'w str>) -> String {
    words
        .into_iter()
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| {
            let p = escape_word(w);
            if w.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                format!(r"{p}(?-u:\b)")
            } else {
                p
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Literal `words` (see [`word_alternation`]) compiled as one group between the pattern texts
/// `before` and `after`, ignoring case; `None` for no words. An error says what is wrong (a
/// vocabulary's words can make a pattern too large); the caller names the file.
pub fn words_regex(
    words: &[String],
    prefix: bool,
    before: &str,
    after: &str,
) -> Result<Option<Regex>, String> {
    let alts = word_alternation(words, prefix);
    if alts.is_empty() {
        return Ok(None);
    }
    compile(&format!("(?i){before}(?:{alts}){after}")).map(Some)
}

/// Compiles a pattern from a rule or vocabulary file, with Unicode semantics.
pub fn compile(pattern: &str) -> Result<Regex, String> {
    build(pattern, true)
}

fn config(dfa_cache: usize) -> meta::Config {
    meta::Config::new()
        .auto_prefilter(false)
        .nfa_size_limit(Some(SIZE_LIMIT))
        .hybrid_cache_capacity(dfa_cache)
}

/// Each pattern's lazy DFA keeps at most this much per thread (the crate's default is 2 MiB):
/// an audit compiles about a hundred patterns, and memory is bounded by this (measured on the
/// corpus: peak 101-104 MB against 104-108 MB with 2 MiB, the same CPU time). A pattern whose
/// DFA needs more says so ([`ascii_with_dfa_cache`]).
pub const HYBRID_CACHE: usize = 1 << 20;

/// Like [`ascii`], with room for `bytes` of lazy DFA per thread instead of [`HYBRID_CACHE`]:
/// for a pattern whose DFA has more states than that holds, so that the cache, once full, is
/// not cleared and built again over and over.
///
/// # Panics
/// When the pattern is invalid (see [`ascii`]).
pub fn ascii_with_dfa_cache(pattern: &str, bytes: usize) -> Regex {
    build_with(pattern, false, bytes)
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}\n{pattern}"))
}

fn build(pattern: &str, unicode: bool) -> Result<Regex, String> {
    build_with(pattern, unicode, HYBRID_CACHE)
}

fn build_with(pattern: &str, unicode: bool, dfa_cache: usize) -> Result<Regex, String> {
    let key = Compiled {
        pattern: pattern.into(),
        unicode,
        dfa_cache,
    };
    let cache = || {
        COMPILED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some(inner) = cache().get(&key).and_then(std::sync::Weak::upgrade) {
        return Ok(Regex {
            inner,
            pattern: key.pattern,
        });
    }
    let inner = std::sync::Arc::new(
        meta::Builder::new()
            .syntax(syntax::Config::new().unicode(unicode))
            .configure(config(dfa_cache))
            .build(pattern)
            .map_err(|e| error_message(&e))?,
    );
    let mut cache = cache();
    cache.retain(|_, weak| weak.strong_count() > 0);
    cache.insert(key.clone(), std::sync::Arc::downgrade(&inner));
    Ok(Regex {
        inner,
        pattern: key.pattern,
    })
}

/// What a compiled pattern was made of: the same pattern with the same settings is compiled
/// once while it is in use. The matchers of postings in different languages are built of
/// the same English patterns, and so are those of a set of languages built again; sharing
/// them also shares their lazy DFAs, warm from earlier postings.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Compiled {
    pattern: std::sync::Arc<str>,
    unicode: bool,
    dfa_cache: usize,
}

/// Patterns in use, by what they were made of; an entry whose pattern was dropped is removed
/// when the next pattern is compiled.
static COMPILED: std::sync::LazyLock<
    std::sync::Mutex<std::collections::HashMap<Compiled, std::sync::Weak<meta::Regex>>>,
> = std::sync::LazyLock::new(Default::default);

/// The meta error says only "error parsing pattern 0"; the cause is in its source.
fn error_message(e: &meta::BuildError) -> String {
    if let Some(limit) = e.size_limit() {
        return format!(
            "the pattern is too large once compiled (over {} MiB)",
            limit >> 20
        );
    }
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message = s.to_string();
        source = s.source();
    }
    message
}

impl Regex {
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern has a group of this name.
    pub fn has_group(&self, name: &str) -> bool {
        self.inner
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, name)
            .is_some()
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.inner.is_match(hay)
    }

    /// Whether there is a match starting at or after `start`; the text before `start` still
    /// counts for `\b` and `^`.
    pub fn is_match_at(&self, hay: &str, start: usize) -> bool {
        self.inner.is_match(Input::new(hay).range(start..))
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.find_at(hay, 0)
    }

    /// The first match starting at or after `start` (see [`Regex::is_match_at`]).
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        let m = self.inner.find(Input::new(hay).range(start..))?;
        Some(Match::new(hay, m.start(), m.end()))
    }

    pub fn find_iter<'r, 'h>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.inner
            .find_iter(hay)
            .map(move |m| Match::new(hay, m.start(), m.end()))
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.captures_at(hay, 0)
    }

    /// Like [`Regex::find_at`], with groups.
    pub fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<Captures<'h>> {
        let mut groups = self.inner.create_captures();
        self.inner
            .captures(Input::new(hay).range(start..), &mut groups);
        groups.is_match().then_some(Captures { hay, groups })
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.inner
            .captures_iter(hay)
            .map(move |groups| Captures { hay, groups })
    }

    /// `hay` with each match replaced by what `replace` makes of its groups.
    pub fn replace_all(
        &self,
        hay: &str,
        mut replace: impl FnMut(&Captures<'_>) -> String,
    ) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for caps in self.captures_iter(hay) {
            let whole = caps.get(0).expect("group 0 takes part in every match");
            out.push_str(&hay[last..whole.start()]);
            out.push_str(&replace(&caps));
            last = whole.end();
        }
        out.push_str(&hay[last..]);
        out
    }
}

/// A match: a byte range of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(hay: &'h str, start: usize, end: usize) -> Self {
        Match { hay, start, end }
    }
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
    groups: Groups,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match).
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let s = self.groups.get_group(i)?;
        Some(Match::new(self.hay, s.start, s.end))
    }
    /// A named group.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let s = self.groups.get_group_by_name(name)?;
        Some(Match::new(self.hay, s.start, s.end))
    }
}

impl std::ops::Index<&str> for Captures<'_> {
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

/// Patterns from a file (see [`compile`]) as one set, for "which of them, first in order,
/// matches?" in one pass.
#[derive(Debug, Clone)]
pub struct RegexSet {
    inner: meta::Regex,
}

impl RegexSet {
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Result<RegexSet, String> {
        let patterns: Vec<&str> = patterns.into_iter().collect();
        // Only which pattern matched is read: no groups, smaller engines.
        let config = config(HYBRID_CACHE)
            .nfa_size_limit(Some(4 * SIZE_LIMIT))
            .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit);
        let inner = meta::Builder::new()
            .configure(config)
            .build_many(&patterns)
            .map_err(|e| error_message(&e))?;
        Ok(RegexSet { inner })
    }

    /// The index of the first pattern (in order) of those that match at the leftmost place.
    pub fn first_match(&self, hay: &str) -> Option<usize> {
        self.inner.find(hay).map(|m| m.pattern().as_usize())
    }
}

/// Declares a module's extractor patterns: statics compiled on first use by [`ascii`] (or, with
/// `, dfa_cache = BYTES` after the pattern, by [`ascii_with_dfa_cache`]), and
/// `compile_patterns()`, which compiles every one of them now (for the tests, which so compile
/// each pattern, and for the language server). The list cannot miss a pattern.
macro_rules! patterns {
    ($($(#[$attr:meta])* $vis:vis static $name:ident = $pattern:expr $(, dfa_cache = $bytes:expr)?;)*) => {
        $(
            $(#[$attr])*
            $vis static $name: std::sync::LazyLock<$crate::re::Regex> =
                // The DFA cache given, else the default: the first of the list.
                std::sync::LazyLock::new(|| $crate::re::ascii_with_dfa_cache(
                    &$pattern,
                    [$($bytes,)? $crate::re::HYBRID_CACHE][0],
                ));
        )*
        /// Compiles every pattern of this module now.
        pub(crate) fn compile_patterns() {
            $(std::sync::LazyLock::force(&$name);)*
        }
    };
}
pub(crate) use patterns;

/// A pattern from a file, compiled on first use: loading the rules stays cheap, and the
/// patterns of rules that never run for a posting (a law that does not cover it) are never
/// compiled.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    /// A pattern known to be valid (the built-in pack's are compiled by the tests).
    pub fn new(pattern: &str) -> Self {
        LazyRegex {
            pattern: pattern.to_string(),
            compiled: OnceLock::new(),
        }
    }

    /// A pattern compiled now, so that an error is reported when its file is loaded.
    pub fn compiled(pattern: &str) -> Result<Self, String> {
        Ok(LazyRegex {
            pattern: pattern.to_string(),
            compiled: OnceLock::from(compile(pattern)?),
        })
    }

    pub fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            compile(&self.pattern).unwrap_or_else(|e| {
                panic!("built-in pattern does not compile: {e}\n{}", self.pattern)
            })
        })
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }
}

/// A pack's phrases as one group for a template that places them: `(?:...)`, longest first.
/// In a phrase, a space between two words stands for any run of white space ("Section 503"),
/// one beside a sign for any white space or none ("TS / SCI" is also "TS/SCI"). A word that
/// ends with `*` may go on ("handicap*" covers "handicapped"; the match of a phrase ends with
/// the letters written), a `*` alone is any one word
/// ("discriminate against * on"), and a `*` before the first word lets it follow other letters
/// ("*equal opportunity": scraped text runs words together). With `bounded`, the other ends
/// that are ASCII letters or digits stand at word boundaries. For no phrases, a group that
/// matches nowhere.
pub fn phrase_alternation(phrases: &[String], bounded: bool) -> String {
    let wordy = |c: char| c.is_alphanumeric() || c == '_' || c == '*';
    let mut alts: Vec<(usize, String, bool, bool)> = Vec::new();
    for phrase in phrases {
        let p = phrase.trim();
        let (open_start, p) = match p.strip_prefix('*') {
            Some(rest) if rest.starts_with(|c: char| !c.is_whitespace()) => (true, rest),
            _ => (false, p),
        };
        let words: Vec<&str> = p.split_whitespace().collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let mut out = String::new();
        let bound_start = bounded
            && !open_start
            && first.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '*');
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                let joins = words[i - 1].ends_with(wordy) && w.starts_with(wordy);
                out.push_str(if joins { r"\s+" } else { r"\s*" });
            }
            match w.strip_suffix('*') {
                Some("") => out.push_str(r"\w+"),
                // The rest of a word within a phrase; after its last word, no boundary.
                Some(stem) if i + 1 < words.len() => {
                    out.push_str(&format!(r"{}\w*", escape_word(stem)));
                }
                Some(stem) => out.push_str(&escape_word(stem)),
                None => out.push_str(&escape_word(w)),
            }
        }
        let bound_end =
            bounded && (*last == "*" || last.ends_with(|c: char| c.is_ascii_alphanumeric()));
        alts.push((p.replace('*', "").len(), out, bound_start, bound_end));
    }
    // Longest first, as a greedy optional part would match ("benefits" before "benefit").
    alts.sort_by_key(|(len, ..)| std::cmp::Reverse(*len));
    let mut seen = std::collections::HashSet::new();
    alts.retain(|(_, a, start, end)| seen.insert((a.clone(), *start, *end)));
    if alts.is_empty() {
        return r"(?:\b\B)".to_string();
    }
    let alts = share_bounds(alts.into_iter().map(|(_, a, start, end)| (a, start, end)));
    format!("(?:{})", alts.join("|"))
}

/// An extractor's pattern made with a pack's words ([`phrase_alternation`]), compiled like the
/// built-in ones ([`ascii_with_dfa_cache`]) on first use, and once in a process for one text:
/// the matchers of every set of languages with the same words share it.
#[derive(Debug, Clone)]
pub struct PackPattern {
    pattern: std::sync::Arc<str>,
    dfa_cache: usize,
    compiled: OnceLock<Regex>,
}

impl PackPattern {
    pub fn new(pattern: String) -> Self {
        Self::with_dfa_cache(pattern, HYBRID_CACHE)
    }

    /// The pattern, compiled now when `now` (a user's words: an error is theirs to see).
    ///
    /// # Errors
    /// When compiled now and the pattern does not compile.
    pub fn checked(pattern: String, now: bool) -> Result<Self, String> {
        let p = Self::new(pattern);
        if now {
            p.compile()?;
        }
        Ok(p)
    }

    /// The pattern `make` writes around an `alternation` of words, or `None` for no words.
    ///
    /// # Errors
    /// See [`PackPattern::checked`].
    pub fn around(
        alternation: &str,
        now: bool,
        make: impl FnOnce(&str) -> String,
    ) -> Result<Option<Self>, String> {
        if alternation.is_empty() {
            return Ok(None);
        }
        Self::checked(make(alternation), now).map(Some)
    }

    /// Like [`PackPattern::new`], with room for `bytes` of lazy DFA (see [`ascii_with_dfa_cache`]).
    pub fn with_dfa_cache(pattern: String, bytes: usize) -> Self {
        PackPattern {
            pattern: pattern.into(),
            dfa_cache: bytes,
            compiled: OnceLock::new(),
        }
    }

    /// Compiles the pattern now, so that a user's pack that makes it too large is an error when
    /// it is loaded.
    ///
    /// # Errors
    /// What is wrong with the pattern.
    pub fn compile(&self) -> Result<&Regex, String> {
        if let Some(re) = self.compiled.get() {
            return Ok(re);
        }
        // Compiled once while in use, however many sets of matchers hold it (see
        // [`build_with`]).
        let re = build_with(&self.pattern, false, self.dfa_cache)?;
        Ok(self.compiled.get_or_init(|| re))
    }

    /// The compiled pattern.
    ///
    /// # Panics
    /// When it does not compile: a user's packs are compiled when they are loaded, the
    /// built-in ones by the tests.
    pub fn get(&self) -> &Regex {
        self.compile()
            .unwrap_or_else(|e| panic!("a pattern of the language packs does not compile: {e}"))
    }
}

/// How many bytes a look before or after a match reads: enough for the phrases those checks
/// look for ("no more than", "a permanent or"), and a bound that keeps long lines linear.
pub const WINDOW: usize = 80;

/// Where a look back from `end` starts: at most [`WINDOW`] bytes back, on a character boundary.
fn window_start(text: &str, end: usize) -> usize {
    floor_char_boundary(text, end.saturating_sub(WINDOW))
}

/// Whether `re` (anchored at its end with `$`) matches the text just before `end`. The text
/// before the window still counts for `\b` and `^`.
pub fn before(re: &Regex, text: &str, end: usize) -> bool {
    re.is_match_at(&text[..end], window_start(text, end))
}

/// Like [`before`], with the groups of the match.
pub fn captures_before<'h>(re: &Regex, text: &'h str, end: usize) -> Option<Captures<'h>> {
    re.captures_at(&text[..end], window_start(text, end))
}

/// The first [`WINDOW`] bytes of `text` (cut on a character boundary), for a pattern anchored
/// with `^` that looks at what follows a match.
pub fn head(text: &str) -> &str {
    &text[..floor_char_boundary(text, WINDOW.min(text.len()))]
}

/// The last character boundary at or before `i`.
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skipped_word_takes_letters_beyond_ascii_in_a_small_automaton() {
        let gap = format!(
            r"(?i)based in our (?:{}+\s+){{0,2}}?office",
            word_char("'.-")
        );
        for text in [
            "based in our Zürich office",
            "based in our São Paulo office",
            "based in our St. John's office",
            "based in our Łódź office",
        ] {
            assert!(compile(&gap).unwrap().is_match(text), "{text}");
        }
        assert!(
            !compile(&gap)
                .unwrap()
                .is_match("based in our Zürich, Basel office")
        );
        // Unicode's \w costs hundreds of states at each use; this class, a few dozen.
        let states = |p: &str| {
            regex_automata::nfa::thompson::NFA::new(p)
                .unwrap()
                .states()
                .len()
        };
        assert!(
            states(&word_char("'.-")) < 30,
            "{}",
            states(&word_char("'.-"))
        );
        assert!(states(r"(?u:[\w'.-])") > 300);
    }

    #[test]
    fn pack_words_fold_the_case_of_letters_beyond_ascii() {
        let words: Vec<String> = ["égalité des chances", "zł brutto", "übernahme"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for alternation in [
            word_alternation(&words, false),
            open_word_alternation(&words, false),
            phrase_alternation(&words, true),
        ] {
            let re = compile_ascii(&format!("(?i)(?:{alternation})")).unwrap();
            for text in ["ÉGALITÉ DES CHANCES", "7000 ZŁ BRUTTO", "ÜBERNAHME"] {
                assert!(re.is_match(text), "{text}: {alternation}");
            }
            // Without `(?i)` the case of those letters counts too.
            let exact = compile_ascii(&format!("(?:{alternation})")).unwrap();
            assert!(exact.is_match("égalité des chances"), "{alternation}");
            assert!(!exact.is_match("Égalité des chances"), "{alternation}");
        }
    }

    #[test]
    fn a_pack_apostrophe_also_matches_the_typographic_one() {
        let words = vec!["taux d'occupation".to_string()];
        for alternation in [
            word_alternation(&words, false),
            open_word_alternation(&words, false),
            phrase_alternation(&words, true),
        ] {
            let re = compile_ascii(&format!("(?i)(?:{alternation})")).unwrap();
            for text in ["Taux d'occupation : 80 %", "TAUX D’OCCUPATION : 80 %"] {
                assert!(re.is_match(text), "{text}: {alternation}");
            }
        }
        let set = WordSet::new(&words, false).unwrap().unwrap();
        assert!(set.is_match("Taux d’occupation"));
    }

    #[test]
    fn a_pattern_compiled_twice_with_the_same_settings_is_shared_while_in_use() {
        let pattern = r"(?i)\bshared[ ]+once\b";
        let a = compile_ascii(pattern).unwrap();
        let b = compile_ascii(pattern).unwrap();
        assert!(std::sync::Arc::ptr_eq(&a.inner, &b.inner));
        // Other settings are another pattern.
        let unicode = compile(pattern).unwrap();
        assert!(!std::sync::Arc::ptr_eq(&a.inner, &unicode.inner));
        // Once dropped, it compiles again and still matches.
        drop((a, b, unicode));
        assert!(compile_ascii(pattern).unwrap().is_match("Shared  once"));
    }

    #[test]
    fn extractor_patterns_have_ascii_classes_but_any_literal() {
        let re = ascii(r"(?i)\bpay\b\s*(?:–|-)\s*(\d+)薪");
        let c = re.captures("PAY – 13薪").unwrap();
        assert_eq!(c.get(1).unwrap().as_str(), "13");
        assert!(ascii(r"\w+").find("é").is_none());
        assert_eq!(ascii(r"(?u:\w)+").find("é").unwrap().as_str(), "é");
    }

    #[test]
    fn file_patterns_have_unicode_classes_and_case_folding() {
        let re = compile(r"(?i)\bâgée?s? de moins").unwrap();
        assert!(re.is_match("Âgé de moins de 30 ans"));
        assert!(compile(r"(?i)élève").unwrap().is_match("ÉLÈVE"));
        assert!(!compile(r"\bgé").unwrap().is_match("âgé"), "é is a letter");
        assert!(compile(r"(?-u)\w+").unwrap().find("é").is_none());
    }

    #[test]
    fn a_pattern_too_large_is_an_error_that_says_so() {
        let e = compile("(?:(?:a{1000}){1000}){1000}").unwrap_err();
        assert!(e.contains("too large once compiled"), "{e}");
        let e = compile("(unclosed").unwrap_err();
        assert!(e.contains("unclosed group"), "{e}");
    }

    #[test]
    fn words_make_a_pattern_or_say_why_they_cannot() {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let re = words_regex(&words(&["Monat", "mois"]), false, "", "")
            .unwrap()
            .unwrap();
        assert!(re.is_match("pro MONAT"));
        assert!(!re.is_match("Monate"), "a whole word");
        assert!(
            words_regex(&words(&[" "]), false, "", "")
                .unwrap()
                .is_none()
        );
        let e = words_regex(&words(&[&"x".repeat(400_000)]), false, "", "").unwrap_err();
        assert!(e.contains("too large once compiled"), "{e}");
    }

    #[test]
    fn looks_before_and_after_read_a_window_with_its_context() {
        let up_to = ascii(r"(?i)\bup to\s*$");
        let text = "Pay: up to $30";
        assert!(before(&up_to, text, 11));
        // The window starts inside "cup to", after its "c"; the text before still counts for `\b`.
        let cut = format!("cup to{}$30", " ".repeat(WINDOW - 5));
        let end = cut.find('$').unwrap();
        assert_eq!(window_start(&cut, end), 1);
        assert!(!before(&up_to, &cut, end));
        assert!(before(&up_to, &cut[1..], end - 1));
        // A phrase that starts before the window is not seen.
        let far = format!("up to{}$30", " ".repeat(WINDOW + 10));
        assert!(!before(&up_to, &far, far.find('$').unwrap()));
        assert_eq!(head("é".repeat(100).as_str()).len(), WINDOW);
        assert_eq!(head("abc"), "abc");
    }

    #[test]
    fn phrases_make_a_group_with_their_spaces_stars_and_bounds() {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let alts = phrase_alternation(
            &words(&[
                "Section 503",
                "TS / SCI",
                "handicap*",
                "*equal employer",
                "against * on",
            ]),
            true,
        );
        let re = ascii(&format!("(?i){alts}"));
        for hay in [
            "section  503",
            "TS/SCI",
            "ts / sci",
            "handicapped",
            "changeEqual employer",
            "against women on",
        ] {
            assert!(re.is_match(hay), "{hay}");
        }
        for hay in [
            "Section 5030",
            "TSX/SCI",
            "nohandicap",
            "equal employers",
            "against on",
        ] {
            assert!(!re.is_match(hay), "{hay}");
        }
        assert_eq!(re.find("a Section 503 b").unwrap().as_str(), "Section 503");
        assert_eq!(re.find("handicapped").unwrap().as_str(), "handicap");
        assert!(!ascii(&phrase_alternation(&[], true)).is_match("anything"));
    }

    /// Phrases bounded at both ends share their boundaries: the same matches, longest first.
    #[test]
    fn bounded_phrases_share_their_boundaries_and_keep_the_longest_first() {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let alts = phrase_alternation(
            &words(&["series a", "series", "salary cap", "reimburse*", "sales"]),
            true,
        );
        // A phrase that may go on ends a run: the runs keep the longest-first order.
        assert!(
            alts.contains(r"(?-u:\b)(?:series\s+a|series|sales)(?-u:\b)"),
            "{alts}"
        );
        let re = ascii(&format!("(?i){alts}"));
        assert_eq!(re.find("our Series A round").unwrap().as_str(), "Series A");
        assert_eq!(re.find("a series and more").unwrap().as_str(), "series");
        assert_eq!(re.find("we reimbursed it").unwrap().as_str(), "reimburse");
        for hay in ["Salesforce", "seriesA", "the salary capped"] {
            assert!(!re.is_match(hay), "{hay}");
        }
    }

    #[test]
    fn lazy_patterns_compile_on_first_use() {
        let lazy = LazyRegex::new(r"\bcat\b");
        assert!(!lazy.is_compiled());
        assert!(lazy.get().is_match("a cat"));
        assert!(lazy.is_compiled());
        assert!(LazyRegex::compiled("(").is_err());
    }
}
