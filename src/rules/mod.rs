//! The rule engine: rules are YAML data, compiled once into a [`RuleSet`] and evaluated
//! against a posting's [`Document`] and [`Facts`].

mod compile;
pub(crate) mod eval;
pub mod examples;
pub mod schema;

use compile::BuiltinRuleFile;
pub use compile::{RuleError, compile_file, compile_file_with, line_col};
pub use eval::{EvalContext, evaluate};
pub use schema::{CompareOp, Severity};

use crate::facts::Value;
use crate::laws::Law;
use crate::vocab::{VocabError, Vocabulary};
use std::borrow::Cow;
use std::path::Path;
use std::sync::LazyLock;

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    /// Byte offset of the id in a user's rule file (0 for the built-in rules, which are read
    /// from JSON without locations).
    pub offset: usize,
    pub severity: Severity,
    pub message: String,
    pub summary: String,
    pub help: Option<String>,
    pub docs: Option<String>,
    pub description: Option<String>,
    pub label: Option<String>,
    pub scope: Vec<Scope>,
    pub applies: Option<AppliesC>,
    /// The duty of a law this rule checks.
    pub law: Option<LawRule>,
    pub when: Option<Cond>,
    pub check: Check,
    pub bad_examples: Vec<String>,
    pub good_examples: Vec<String>,
    /// The employer the examples are judged for.
    pub example_employer: crate::laws::Employer,
    /// The encoding the examples are saved in before they are read (UTF-8 when `None`).
    pub example_encoding: Option<&'static encoding_rs::Encoding>,
    /// The file the rule came from (`rules/pay.yaml`, or the user's path).
    pub origin: String,
}

impl Rule {
    /// The rule's patterns (in `when` and in its check), in order.
    pub fn patterns(&self) -> Vec<std::sync::Arc<crate::re::LazyRegex>> {
        fn walk(c: &Cond, out: &mut Vec<std::sync::Arc<crate::re::LazyRegex>>) {
            match c {
                Cond::Pattern { regexes, .. } => out.extend(regexes.iter().cloned()),
                Cond::Any(list) | Cond::All(list) => list.iter().for_each(|c| walk(c, out)),
                Cond::Not(inner) => walk(inner, out),
                Cond::Fact { .. } => {}
            }
        }
        let mut out = Vec::new();
        self.when.iter().for_each(|c| walk(c, &mut out));
        for (_, c) in self.law.iter().flat_map(|l| &l.except) {
            walk(c, &mut out);
        }
        match &self.check {
            Check::Forbid { cond, .. } | Check::Require(cond) => walk(cond, &mut out),
            Check::Conflict(groups) => groups.iter().flatten().for_each(|c| walk(c, &mut out)),
            Check::Compare(_) => {}
        }
        out
    }
}

#[derive(Debug)]
pub struct LawRule {
    pub duty: String,
    /// The message where a law covers the posting.
    pub message: String,
    /// What the duty requires, where the law does not say it in its own terms.
    pub requires: Option<String>,
    /// What a posting may say instead, where a law allows it: name and condition.
    pub except: Vec<(String, Cond)>,
    /// Whether to report, at the rule's own severity, where no law covers the posting.
    pub elsewhere: bool,
    /// Where what the rule asks is expected of every posting though no law asks it (`US` for
    /// an equal-opportunity statement): where no law covers a posting placed only elsewhere,
    /// the rule reports as information. Empty: everywhere.
    pub expected_in: Vec<String>,
}

#[derive(Debug)]
pub struct AppliesC {
    pub jurisdictions: Vec<String>,
    pub from: Option<jiff::civil::Date>,
    pub until: Option<jiff::civil::Date>,
}

#[derive(Debug)]
pub enum Check {
    Forbid { cond: Cond, fixes: Fixes },
    Require(Cond),
    Conflict(Vec<Vec<Cond>>),
    Compare(CompareC),
}

impl Check {
    pub fn kind(&self) -> &'static str {
        match self {
            Check::Forbid { .. } => "forbid",
            Check::Require(_) => "require",
            Check::Conflict(_) => "conflict",
            Check::Compare(_) => "compare",
        }
    }
}

/// A forbid rule's replacements: flagged words (lower-case, single spaces) to their
/// replacement, and whether applying it keeps the meaning.
#[derive(Debug, Default)]
pub struct Fixes(pub std::collections::BTreeMap<String, (String, bool)>);

impl Fixes {
    /// The fix for the flagged words `matched` at `span`, in their case.
    pub fn for_match(
        &self,
        matched: &str,
        span: crate::source::Span,
    ) -> Option<crate::finding::Fix> {
        let key = matched
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let (replacement, safe) = self.0.get(&key)?;
        Some(crate::finding::Fix {
            span,
            replacement: crate::finding::match_case(matched, replacement),
            safe: *safe,
        })
    }
}

#[derive(Debug)]
pub struct CompareC {
    pub left: (&'static str, &'static str),
    pub op: CompareOp,
    pub right: OperandC,
    pub right_high: Option<OperandC>,
    pub tolerance: f64,
    pub label_left: Option<String>,
    pub label_right: Option<String>,
}

#[derive(Debug)]
pub enum OperandC {
    Number(f64),
    Fact(&'static str, &'static str),
}

/// Where a rule looks.
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    Title,
    Body,
    Headings,
    ListItems,
    Fields,
    FrontMatter,
    Section(String),
}

#[derive(Debug)]
pub enum Cond {
    Fact {
        fact: &'static str,
        field: Option<&'static str>,
        test: Test,
        /// Tests on other fields of the same record (`where: { period: hour }`).
        where_: Vec<(&'static str, Test)>,
        scope: Vec<Scope>,
        label: Option<String>,
    },
    Pattern {
        regexes: Vec<std::sync::Arc<crate::re::LazyRegex>>,
        scope: Vec<Scope>,
        label: Option<String>,
    },
    Any(Vec<Cond>),
    All(Vec<Cond>),
    Not(Box<Cond>),
}

#[derive(Debug)]
pub enum Test {
    Present,
    /// `is: null`: the record has no value for the field.
    Absent,
    In(Vec<Value>),
    Above(Bound),
    Below(Bound),
    AtLeast(Bound),
    AtMost(Bound),
}

/// The bound of a numeric test: a number, or a parameter of the duty of the law that covers
/// the posting (`law.max_annual_width`: Ontario's $50,000 lives in its law, not in the rule).
/// A parameter the law does not set is unbounded: no cap, no exemption.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    Num(f64),
    Law(&'static str),
}

impl Bound {
    /// The bound's value under `duty` (the covering law's duty, if any).
    pub fn value(self, duty: Option<&crate::laws::Duty>) -> f64 {
        match self {
            Bound::Num(n) => n,
            Bound::Law(name) => duty.and_then(|d| d.param(name)).unwrap_or(f64::INFINITY),
        }
    }
}

/// Why rules or vocabularies could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    Rule(RuleError),
    Vocab(VocabError),
    Io { path: String, error: std::io::Error },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Rule(e) => e.fmt(f),
            LoadError::Vocab(e) => write!(f, "{}: {}", e.file, e.error),
            LoadError::Io { path, error } => write!(f, "{path}: {error}"),
        }
    }
}

impl std::error::Error for LoadError {}

// The built-in rule pack, embedded in the binary (`BUILTIN_RULE_FILES`, made by `build.rs`).
include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// All rules and vocabularies in force.
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// The shared built-in vocabulary, or a copy extended by the user's vocabulary files.
    pub vocab: Cow<'static, Vocabulary>,
    /// The built-in laws, plus the user's (`DIR/laws/*.yaml`).
    pub laws: Cow<'static, [Law]>,
    /// The extractors of a user's vocabulary, built when it is loaded so that a pattern its
    /// words make that does not compile is an error of its file; `None` for the built-in one.
    pub(crate) extractor: Option<crate::facts::Extractor>,
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// Data folders inside a rule folder: vocabularies and laws, not rule files.
fn data_folder(path: &str) -> Option<&'static str> {
    path.split(['/', '\\']).find_map(|p| match p {
        "vocab" => Some("vocab"),
        "laws" => Some("laws"),
        _ => None,
    })
}

impl RuleSet {
    /// The built-in pack plus the rule files, vocabularies and laws in `extra` folders.
    pub fn load(extra: &[impl AsRef<Path>]) -> Result<RuleSet, LoadError> {
        Self::load_with(extra, true)
    }

    /// The rule files of one folder on their own, without the built-in ones (`test-rules`: a
    /// copy of the built-in folder, or a fork of it, repeats every built-in id). Its laws
    /// take the place of built-in laws with the same ids; its vocabularies add to the
    /// built-in ones, as always.
    pub fn load_alone(dir: impl AsRef<Path>) -> Result<RuleSet, LoadError> {
        Self::load_with(&[dir], false)
    }

    fn load_with(extra: &[impl AsRef<Path>], with_builtin: bool) -> Result<RuleSet, LoadError> {
        // The user's files first: their laws decide which duties rule files may name.
        let mut user_rules: Vec<(String, String)> = Vec::new();
        let mut user_vocab: Vec<(String, String)> = Vec::new();
        let mut user_laws: Vec<(String, String)> = Vec::new();
        for dir in extra {
            for (name, rel, text) in read_rule_folder(dir.as_ref())? {
                match data_folder(&rel) {
                    Some("vocab") => user_vocab.push((name, text)),
                    Some(_) => user_laws.push((name, text)),
                    None => user_rules.push((name, text)),
                }
            }
        }
        let laws: Cow<'static, [Law]> = if user_laws.is_empty() {
            Cow::Borrowed(&crate::laws::BUILTIN[..])
        } else {
            let mut all = crate::laws::BUILTIN.clone();
            for (name, text) in user_laws {
                match crate::laws::parse_file(&text) {
                    Ok(laws) if !with_builtin => {
                        // On its own, a folder's law replaces the built-in one of its id.
                        let ids: Vec<String> = laws.iter().map(|l| l.id.clone()).collect();
                        all.retain(|l| !ids.contains(&l.id));
                        all.extend(laws);
                    }
                    Ok(laws) => all.extend(laws),
                    Err(error) => {
                        return Err(LoadError::Vocab(VocabError {
                            file: name,
                            text,
                            error,
                        }));
                    }
                }
            }
            Cow::Owned(all)
        };
        let duties = crate::laws::duty_names(&laws);
        let builtin_rules = || -> Result<Vec<Rule>, LoadError> {
            let mut rules = Vec::new();
            for file in BUILTIN_RULE_FILES.iter().filter(|_| with_builtin) {
                rules.extend(compile::compile_builtin(file, &duties).map_err(LoadError::Rule)?);
            }
            Ok(rules)
        };
        // Loading the built-in vocabulary and building its chrome matchers, which parsing any
        // posting needs, take longer than compiling the rule files: side by side. (A user's
        // vocabulary has chrome matchers of its own, built on first use.)
        let (rules, _) = rayon::join(builtin_rules, || {
            user_vocab
                .is_empty()
                .then(|| crate::vocab::BUILTIN.chrome_sets())
        });
        let mut rules = rules?;
        for (name, text) in user_rules {
            for rule in compile_file_with(&name, &text, &duties).map_err(LoadError::Rule)? {
                if let Some(existing) = rules.iter().find(|r: &&Rule| r.id == rule.id) {
                    return Err(LoadError::Rule(RuleError {
                        file: name.clone(),
                        span: crate::source::Span::new(rule.offset, rule.offset + rule.id.len()),
                        message: format!(
                            "duplicate rule id `{}` (already defined in {})",
                            rule.id, existing.origin
                        ),
                        help: Some(
                            "give your rule an id of its own, e.g. under your own family: `acme/...`"
                                .into(),
                        ),
                        text,
                    }));
                }
                rules.push(rule);
            }
        }
        let (vocab, extractor) = if user_vocab.is_empty() {
            (Cow::Borrowed(&*crate::vocab::BUILTIN), None)
        } else {
            let mut v = crate::vocab::BUILTIN.clone();
            for (name, text) in &user_vocab {
                v.add_file(name, text).map_err(LoadError::Vocab)?;
            }
            v.finish();
            let extractor = crate::facts::Extractor::new(&v)
                .map_err(|e| LoadError::Vocab(e.locate(&user_vocab)))?;
            (Cow::Owned(v), Some(extractor))
        };
        Ok(RuleSet {
            rules,
            vocab,
            laws,
            extractor,
        })
    }

    /// Every pattern of every rule, in rule order (the tests compile them all: the built-in
    /// ones are otherwise compiled only on first use, see [`crate::re::LazyRegex`]).
    pub fn patterns(&self) -> Vec<std::sync::Arc<crate::re::LazyRegex>> {
        self.rules.iter().flat_map(Rule::patterns).collect()
    }

    /// The laws whose duty `rule` checks.
    pub fn laws_of(&self, rule: &Rule) -> Vec<&Law> {
        let Some(link) = &rule.law else {
            return Vec::new();
        };
        self.laws
            .iter()
            .filter(|l| l.duties.iter().any(|(d, _)| *d == link.duty))
            .collect()
    }

    /// Where `rule` applies because of a law or its `applies` list; empty for everywhere.
    pub fn jurisdictions_of(&self, rule: &Rule) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let from_applies = rule.applies.iter().flat_map(|a| a.jurisdictions.iter());
        let from_laws = self
            .laws_of(rule)
            .into_iter()
            .flat_map(|l| l.jurisdictions.iter());
        for code in from_applies.chain(from_laws) {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
        out
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// The YAML files of a `--rules` folder: (path, path within the folder, contents).
fn read_rule_folder(dir: &Path) -> Result<Vec<(String, String, String)>, LoadError> {
    let meta = std::fs::metadata(dir).map_err(|e| LoadError::Io {
        path: dir.display().to_string(),
        error: e,
    })?;
    if !meta.is_dir() {
        return Err(LoadError::Io {
            path: dir.display().to_string(),
            error: std::io::Error::other("--rules expects a folder of .yaml rule files"),
        });
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| LoadError::Io {
            path: e
                .path()
                .map_or_else(|| dir.display().to_string(), |p| p.display().to_string()),
            error: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("symlink loop")),
        })?;
        if !entry.file_type().is_file() || !is_yaml(&entry.file_name().to_string_lossy()) {
            continue;
        }
        let path = entry.into_path();
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| LoadError::Io {
            path: name.clone(),
            error: e,
        })?;
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        out.push((name, rel, text));
    }
    Ok(out)
}

static BUILTIN_SET: LazyLock<RuleSet> = LazyLock::new(|| {
    RuleSet::load(&[] as &[&Path]).expect("the built-in rule pack compiles (checked by tests)")
});

/// The built-in vocabulary (for tests and tools that need no user rules).
pub fn builtin_vocabulary() -> &'static Vocabulary {
    &crate::vocab::BUILTIN
}

/// The built-in rule set.
pub fn builtin() -> &'static RuleSet {
    &BUILTIN_SET
}

#[cfg(test)]
mod tests;
