//! `hirelint.yaml`: a repository's settings, found upward from each checked file.
//!
//! ```yaml
//! select: [pay/, eeo/missing]        # only these rules (ids, or families ending in `/`)
//! ignore: [language/gender-coded]
//! severity: { language/rockstar: error }
//! jurisdictions: [US-CO]             # for postings that name no place
//! as_of: 2026-01-01
//! federal_contractor: true
//! employees: 40                      # laws apply from a number of employees
//! public_employer: false
//! employer_location: US-DE           # laws that reach remote roles of local employers
//! rules: [hirelint-rules]            # extra rule folders, relative to this file
//! exclude: ["archive/**"]
//! overrides:
//!   "legacy/**": { ignore: [pay/missing] }
//! ```
//!
//! Unknown keys and wrong types are errors with line and column; so are rule ids that no rule
//! has (checked once the rules are loaded, [`Config::check_rule_ids`]).

use crate::rules::{RuleSet, Severity};
use crate::source::Span;
use crate::yaml::{self, Located};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The names a config file may have, looked for in this order in each folder.
pub const FILE_NAMES: &[&str] = &["hirelint.yaml", ".hirelint.yaml"];

/// The keys a config file and each of its `overrides` may set.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Keys {
    #[serde(default)]
    select: Option<Vec<Located<String>>>,
    #[serde(default)]
    ignore: Option<Vec<Located<String>>>,
    #[serde(default)]
    severity: Option<BTreeMap<String, Severity>>,
    #[serde(default)]
    jurisdictions: Option<Vec<Located<String>>>,
    #[serde(default)]
    as_of: Option<Located<String>>,
    #[serde(default)]
    federal_contractor: Option<bool>,
    #[serde(default)]
    citizenship_required_by_law: Option<bool>,
    #[serde(default, deserialize_with = "employees")]
    employees: Option<u32>,
    #[serde(default)]
    public_employer: Option<bool>,
    #[serde(default)]
    employer_location: Option<Located<String>>,
}

/// The file: [`Keys`] and the keys only the whole file may set. (Not `#[serde(flatten)]`,
/// which would lose where an unknown key is.)
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    select: Option<Vec<Located<String>>>,
    #[serde(default)]
    ignore: Option<Vec<Located<String>>>,
    #[serde(default)]
    severity: Option<BTreeMap<String, Severity>>,
    #[serde(default)]
    jurisdictions: Option<Vec<Located<String>>>,
    #[serde(default)]
    as_of: Option<Located<String>>,
    #[serde(default)]
    federal_contractor: Option<bool>,
    #[serde(default)]
    citizenship_required_by_law: Option<bool>,
    #[serde(default, deserialize_with = "employees")]
    employees: Option<u32>,
    #[serde(default)]
    public_employer: Option<bool>,
    #[serde(default)]
    employer_location: Option<Located<String>>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    exclude: Vec<Located<String>>,
    #[serde(default)]
    overrides: BTreeMap<String, Keys>,
}

/// `employees: 40`: a whole number of employees, at least 1; anything else is an error that
/// says so where it is written.
fn employees<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    use serde::de::{self, Visitor};
    struct V;
    const WANT: &str = "`employees` takes how many people the employer employs: a whole number, at least 1, e.g. `employees: 40`";
    impl Visitor<'_> for V {
        type Value = Option<u32>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(WANT)
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Option<u32>, E> {
            match u32::try_from(n) {
                Ok(n) if n >= 1 => Ok(Some(n)),
                _ => Err(E::custom(format!("{WANT}, not {n}"))),
            }
        }
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Option<u32>, E> {
            match u64::try_from(n) {
                Ok(n) => self.visit_u64(n),
                Err(_) => Err(E::custom(format!("{WANT}, not {n}"))),
            }
        }
        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Option<u32>, E> {
            Err(E::custom(format!("{WANT}, not {n}")))
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Option<u32>, E> {
            Err(E::custom(format!("{WANT}, not `{s}`")))
        }
        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Option<u32>, E> {
            Err(E::custom(format!("{WANT}, not {b}")))
        }
    }
    d.deserialize_any(V)
}

/// A config file that cannot be used: what and where.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub file: String,
    pub text: String,
    pub message: String,
    pub help: Option<String>,
    pub span: Span,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ConfigError {}

/// One parsed config file.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    text: String,
    keys: Keys,
    /// Extra rule folders, made absolute.
    pub rules: Vec<PathBuf>,
    exclude: GlobSet,
    overrides: Vec<(String, GlobSet, Keys)>,
}

/// What applies to one posting: the config file's keys with its matching overrides applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// Where they came from: the config file and the overrides that matched.
    pub origin: Option<PathBuf>,
    pub overrides: Vec<String>,
    pub choice: RuleChoice,
    pub jurisdictions: Vec<String>,
    pub as_of: Option<jiff::civil::Date>,
    pub federal_contractor: bool,
    pub citizenship_required_by_law: bool,
    /// The employer: how many people it employs, whether it is a public employer, where it
    /// is (a jurisdiction code).
    pub employees: Option<u32>,
    pub public_employer: bool,
    pub employer_location: Option<String>,
    pub rules: Vec<PathBuf>,
}

impl Settings {
    /// How to judge a posting under these settings.
    pub fn lint_options(&self) -> crate::lint::LintOptions {
        crate::lint::LintOptions {
            as_of: self.as_of,
            jurisdictions: self.jurisdictions.clone(),
            employer: crate::laws::Employer {
                federal_contractor: self.federal_contractor,
                citizenship_required_by_law: self.citizenship_required_by_law,
                employees: self.employees,
                public: self.public_employer,
                location: self.employer_location.clone(),
            },
            today: None,
            choice: self.choice.clone(),
        }
    }
}

/// Which rules run, and at which severity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleChoice {
    /// Only these rules (ids or families); all when `None`.
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
}

impl RuleChoice {
    /// Whether a rule runs.
    pub fn runs(&self, rule_id: &str) -> bool {
        let listed = |list: &[String]| list.iter().any(|e| names_rule(e, rule_id));
        self.select.as_ref().is_none_or(|s| listed(s)) && !listed(&self.ignore)
    }

    /// The severity of a rule's finding: the most specific entry wins (an id over its family).
    pub fn severity_of(&self, rule_id: &str, default: Severity) -> Severity {
        self.severity
            .iter()
            .filter(|(k, _)| names_rule(k, rule_id))
            .max_by_key(|(k, _)| k.len())
            .map_or(default, |(_, s)| *s)
    }
}

/// The repository a config belongs to: the nearest folder at or above `dir` with a `.git`,
/// else `dir` itself.
fn repository_root(dir: &Path) -> PathBuf {
    let dir = real_path(dir);
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .map_or_else(|| dir.clone(), Path::to_path_buf)
}

/// A path with symbolic links resolved where it exists, and `.` and `..` taken away where not.
fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    crate::baseline::absolute(path)
}

/// Whether `path` (resolved) is `root` or inside it.
fn within(path: &Path, root: &Path) -> bool {
    real_path(path).starts_with(root)
}

/// `pay/missing` names that rule; `pay/` and `pay` name the family.
pub(crate) fn names_rule(entry: &str, rule_id: &str) -> bool {
    let family = entry.trim_end_matches('/');
    entry == rule_id
        || rule_id
            .strip_prefix(family)
            .is_some_and(|rest| rest.starts_with('/'))
}

impl Config {
    /// Reads and checks a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: path.display().to_string(),
            text: String::new(),
            message: format!("cannot read the config file {}: {e}", path.display()),
            help: None,
            span: Span::default(),
        })?;
        Config::parse(path, text)
    }

    pub fn parse(path: &Path, text: String) -> Result<Config, ConfigError> {
        let error = |message: String, span: Span, help: Option<String>| ConfigError {
            file: path.display().to_string(),
            text: text.clone(),
            message,
            help,
            span,
        };
        // An empty file (or one with only comments) is a config with nothing set.
        let file: File = if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            File::default()
        } else {
            yaml::parse(&text).map_err(|e| {
                error(
                    format!("invalid config file: {}", e.message),
                    Span::new(e.offset, e.offset),
                    Some(format!("keys: {}", KEYS.join(", "))),
                )
            })?
        };
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        // Each glob with where it is written.
        let glob_set = |globs: &[(String, Span)]| -> Result<GlobSet, ConfigError> {
            let mut b = GlobSetBuilder::new();
            for (g, span) in globs {
                let glob = Glob::new(g)
                    .map_err(|e| error(format!("invalid glob `{g}`: {}", e.kind()), *span, None))?;
                b.add(glob);
            }
            b.build()
                .map_err(|e| error(e.to_string(), Span::default(), None))
        };
        let located = |g: &Located<String>| (g.value.clone(), located_span(&text, g));
        let exclude = glob_set(&file.exclude.iter().map(located).collect::<Vec<_>>())?;
        let mut overrides = Vec::new();
        for (pattern, keys) in file.overrides {
            // A map key's place: where its text first appears.
            let at = text.find(&pattern).unwrap_or(0);
            let set = glob_set(&[(pattern.clone(), Span::new(at, at + pattern.len()))])?;
            overrides.push((pattern, set, keys));
        }
        let keys = Keys {
            select: file.select,
            ignore: file.ignore,
            severity: file.severity,
            jurisdictions: file.jurisdictions,
            as_of: file.as_of,
            federal_contractor: file.federal_contractor,
            citizenship_required_by_law: file.citizenship_required_by_law,
            employees: file.employees,
            public_employer: file.public_employer,
            employer_location: file.employer_location,
        };
        // Rule folders stay inside the repository: a pull request's config must not make CI
        // read (and print, in an error) files elsewhere on the machine.
        let root = repository_root(&dir);
        for r in &file.rules {
            if !within(&dir.join(r), &root) {
                let at = text.find(r.as_str()).unwrap_or(0);
                return Err(error(
                    format!(
                        "the rule folder `{r}` is outside this config's repository ({})",
                        root.display()
                    ),
                    Span::new(at, at + r.len()),
                    Some(
                        "a config names rule folders inside its repository (its git root, else its folder); `--rules DIR` on the command line takes any folder"
                            .into(),
                    ),
                ));
            }
        }
        let config = Config {
            rules: file.rules.iter().map(|r| dir.join(r)).collect(),
            path: path.to_path_buf(),
            text: text.clone(),
            keys,
            exclude,
            overrides,
        };
        // Dates are checked now, not when the first posting needs them.
        for keys in std::iter::once(&config.keys).chain(config.overrides.iter().map(|o| &o.2)) {
            config.date(keys)?;
        }
        Ok(config)
    }

    fn error(&self, message: String, span: Span, help: Option<String>) -> ConfigError {
        ConfigError {
            file: self.path.display().to_string(),
            text: self.text.clone(),
            message,
            help,
            span,
        }
    }

    fn date(&self, keys: &Keys) -> Result<Option<jiff::civil::Date>, ConfigError> {
        let Some(d) = &keys.as_of else {
            return Ok(None);
        };
        d.value
            .trim()
            .parse::<jiff::civil::Date>()
            .map(Some)
            .map_err(|e| {
                self.error(
                    format!("`as_of` must be a date (YYYY-MM-DD): {e}"),
                    located_span(&self.text, d),
                    None,
                )
            })
    }

    /// The folder the config file is in: globs and `rules` are relative to it.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        path.strip_prefix(self.dir()).unwrap_or(path)
    }

    /// Whether `exclude` leaves this file out.
    pub fn excludes(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        self.exclude.is_match(rel)
            || rel
                .ancestors()
                .skip(1)
                .any(|a| !a.as_os_str().is_empty() && self.exclude.is_match(a))
    }

    /// The settings for one posting.
    pub fn settings_for(&self, path: &Path) -> Settings {
        let mut s = Settings {
            origin: Some(self.path.clone()),
            rules: self.rules.clone(),
            ..Settings::default()
        };
        apply(&mut s, &self.keys, self);
        let rel = self.relative(path);
        for (pattern, set, keys) in &self.overrides {
            if set.is_match(rel) {
                s.overrides.push(pattern.clone());
                apply(&mut s, keys, self);
            }
        }
        s
    }

    /// Every rule id named in `select`, `ignore` and `severity` must name a rule or a family,
    /// and every jurisdiction one the rules' places or laws know.
    pub fn check_rule_ids(&self, rules: &RuleSet) -> Result<(), ConfigError> {
        let known = |entry: &str| {
            rules.rules.iter().any(|r| names_rule(entry, &r.id))
                || crate::suppress::META_RULES
                    .iter()
                    .any(|(id, _)| names_rule(entry, id))
        };
        for keys in std::iter::once(&self.keys).chain(self.overrides.iter().map(|o| &o.2)) {
            let listed = keys.select.iter().chain(keys.ignore.iter()).flatten();
            for entry in listed {
                if !known(&entry.value) {
                    let span = located_span(&self.text, entry);
                    return Err(self.unknown_rule(&entry.value, span, rules));
                }
            }
            for id in keys.severity.iter().flat_map(|m| m.keys()) {
                if !known(id) {
                    let at = self.text.find(id.as_str()).unwrap_or(0);
                    return Err(self.unknown_rule(id, Span::new(at, at + id.len()), rules));
                }
            }
        }
        // Jurisdictions too: a misspelt one would silently apply no law.
        let places = crate::jurisdiction::known_codes(rules);
        for keys in std::iter::once(&self.keys).chain(self.overrides.iter().map(|o| &o.2)) {
            for code in keys.jurisdictions.iter().flatten() {
                if let Some(why) = crate::jurisdiction::unknown(&code.value, &places) {
                    return Err(self.error(why, located_span(&self.text, code), None));
                }
            }
            if let Some(loc) = &keys.employer_location
                && let Some(why) = crate::jurisdiction::unknown(&loc.value, &places)
            {
                return Err(self.error(
                    format!("employer_location: {why}"),
                    located_span(&self.text, loc),
                    None,
                ));
            }
        }
        Ok(())
    }

    fn unknown_rule(&self, entry: &str, span: Span, rules: &RuleSet) -> ConfigError {
        let family = entry.split('/').next().unwrap_or(entry);
        let near: Vec<&str> = rules
            .rules
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| id.starts_with(family))
            .take(6)
            .collect();
        let help = if near.is_empty() {
            "`hirelint rules` lists the rule ids".to_string()
        } else {
            format!("rules of that family: {}", near.join(", "))
        };
        self.error(
            format!("no rule or family of rules is named `{entry}`"),
            span,
            Some(help),
        )
    }
}

/// Where a string value is written (its length as written when the parser recorded it, else
/// the value's).
fn located_span(text: &str, v: &Located<String>) -> Span {
    let at = yaml::located_offset(text, v);
    let len = match yaml::located_len(v) {
        0 => v.value.len(),
        n => n,
    };
    Span::new(at, (at + len).min(text.len()))
}

const KEYS: &[&str] = &[
    "select",
    "ignore",
    "severity",
    "jurisdictions",
    "as_of",
    "federal_contractor",
    "citizenship_required_by_law",
    "employees",
    "public_employer",
    "employer_location",
    "rules",
    "exclude",
    "overrides",
];

fn apply(s: &mut Settings, keys: &Keys, config: &Config) {
    let values = |list: &Vec<Located<String>>| list.iter().map(|e| e.value.clone()).collect();
    if let Some(select) = &keys.select {
        s.choice.select = Some(values(select));
    }
    if let Some(ignore) = &keys.ignore {
        s.choice.ignore.extend(values(ignore));
    }
    if let Some(severity) = &keys.severity {
        s.choice
            .severity
            .extend(severity.iter().map(|(k, v)| (k.clone(), *v)));
    }
    if let Some(j) = &keys.jurisdictions {
        s.jurisdictions = j.iter().map(|c| c.value.to_ascii_uppercase()).collect();
    }
    if let Ok(Some(d)) = config.date(keys) {
        s.as_of = Some(d);
    }
    if let Some(v) = keys.federal_contractor {
        s.federal_contractor = v;
    }
    if let Some(v) = keys.citizenship_required_by_law {
        s.citizenship_required_by_law = v;
    }
    if let Some(n) = keys.employees {
        s.employees = Some(n);
    }
    if let Some(v) = keys.public_employer {
        s.public_employer = v;
    }
    if let Some(loc) = &keys.employer_location {
        s.employer_location = Some(loc.value.trim().to_ascii_uppercase());
    }
}

/// Finds the config file for a posting: the nearest `hirelint.yaml` or `.hirelint.yaml` in its
/// folder or above.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = if start.is_dir() {
        start.to_path_buf()
    } else {
        start.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let start = std::path::absolute(&start).unwrap_or(start);
    start
        .ancestors()
        .find_map(|dir| FILE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.is_file()))
}

/// The starter config `hirelint init` writes.
pub const STARTER: &str = r#"# hirelint configuration. Applies to postings in this folder and below.
# Every key is optional; `hirelint config PATH` prints what applies to a posting.

# Only these rules (ids, or families such as `pay/`); all rules when left out.
# select: [pay/, location/, eeo/, duration/, conflict/]

# Rules to turn off.
ignore:
  - language/gender-coded

# Severities to change: error, warning or info.
# severity:
#   language/rockstar: error

# Where postings that name no place are (ISO codes: US-CO, US-NY-NYC, CA-ON, EU).
# jurisdictions: [US-CO]

# Judge every posting at this date instead of its own posting date.
# as_of: 2026-01-01

# The employer is a US federal contractor (VEVRAA, Section 503, EO 11246).
# federal_contractor: false

# A law or government contract requires citizenship for these jobs.
# citizenship_required_by_law: false

# The employer, for laws that apply from a number of employees, exclude public employers, or
# reach the remote roles of employers located in their jurisdiction. Unset, hirelint assumes a
# law applies and says so ("assumes the employer has at least 15 employees").
# employees: 40
# public_employer: false
# employer_location: US-DE

# Folders of your own rules (and vocab/, laws/), relative to this file.
# rules: [hirelint-rules]

# Files and folders not to check when walking folders (globs, relative to this file).
exclude:
  - "archive/**"

# Settings for some paths only (glob: the keys above except rules and exclude).
# overrides:
#   "legacy/**":
#     ignore: [pay/missing]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("/repo/hirelint.yaml"), text.to_string())
    }

    #[test]
    fn rule_folders_stay_inside_the_repository() {
        let top = tempfile::tempdir().unwrap();
        let repo = top.path().join("repo");
        std::fs::create_dir_all(repo.join("sub/rules")).unwrap();
        std::fs::create_dir_all(top.path().join("secret")).unwrap();
        let at = |dir: &Path, rules: &str| {
            Config::parse(&dir.join("hirelint.yaml"), format!("rules: [{rules}]\n"))
        };
        // Without a git root, the config's folder is the repository.
        assert!(at(&repo, "sub/rules").is_ok());
        for outside in ["../secret", "/etc", "sub/../../secret"] {
            let Err(e) = at(&repo, outside) else {
                panic!("{outside} was taken")
            };
            assert!(
                e.message.contains("outside this config's repository"),
                "{}",
                e.message
            );
            assert_eq!(
                e.text,
                format!("rules: [{outside}]\n"),
                "only the config is shown"
            );
        }
        // A link inside that leads outside is outside.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(top.path().join("secret"), repo.join("link")).unwrap();
            assert!(at(&repo, "link").is_err());
        }
        // With a git root, a config in a subfolder may name folders anywhere in the repository.
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        assert!(at(&repo.join("sub"), "../sub/rules").is_ok());
        assert!(at(&repo.join("sub"), "../../secret").is_err());
    }

    #[test]
    fn settings_merge_overrides_for_matching_paths() {
        let c = parse(
            "ignore: [language/]\nseverity: { pay/missing: error }\njurisdictions: [us-co]\nas_of: 2026-01-01\nrules: [my-rules]\nexclude: ['archive/**']\noverrides:\n  'legacy/**':\n    ignore: [pay/missing]\n    federal_contractor: true\n",
        )
        .unwrap();
        let s = c.settings_for(Path::new("/repo/jobs/a.md"));
        assert!(!s.choice.runs("language/age"));
        assert!(s.choice.runs("pay/missing"));
        assert_eq!(
            s.choice.severity_of("pay/missing", Severity::Warning),
            Severity::Error
        );
        assert_eq!(s.jurisdictions, ["US-CO"]);
        assert_eq!(s.as_of.unwrap().to_string(), "2026-01-01");
        assert_eq!(s.rules, [PathBuf::from("/repo/my-rules")]);
        let legacy = c.settings_for(Path::new("/repo/legacy/old/b.md"));
        assert!(!legacy.choice.runs("pay/missing"));
        assert!(legacy.federal_contractor);
        assert_eq!(legacy.overrides, ["legacy/**"]);
        assert!(c.excludes(Path::new("/repo/archive/2019/c.md")));
        assert!(!c.excludes(Path::new("/repo/jobs/c.md")));
    }

    #[test]
    fn select_keeps_only_what_it_names() {
        let c = parse("select: [pay/, eeo/missing]\n").unwrap();
        let s = c.settings_for(Path::new("/repo/a.md")).choice;
        assert!(s.runs("pay/inverted") && s.runs("eeo/missing"));
        assert!(!s.runs("eeo/eo11246") && !s.runs("payroll/x"));
    }

    #[test]
    fn errors_name_the_line_and_column() {
        let e = parse("select: [pay/]\nignroe: [x]\n").unwrap_err();
        assert!(e.message.contains("ignroe"), "{}", e.message);
        assert_eq!(&e.text[e.span.start..e.span.start + 6], "ignroe");
        let e = parse("federal_contractor: maybe\n").unwrap_err();
        assert!(e.message.contains("invalid config file"), "{}", e.message);
        let e = parse("as_of: 2026-13-01\n").unwrap_err();
        assert!(e.message.contains("as_of"), "{}", e.message);
        assert_eq!(&e.text[e.span.range()], "2026-13-01");
    }

    #[test]
    fn employer_keys_are_read_and_bad_values_located() {
        let c = parse("employees: 40\npublic_employer: true\nemployer_location: us-de\n").unwrap();
        let s = c.settings_for(Path::new("/repo/a.md"));
        assert_eq!(
            (
                s.employees,
                s.public_employer,
                s.employer_location.as_deref()
            ),
            (Some(40), true, Some("US-DE"))
        );
        let options = s.lint_options();
        assert_eq!(options.employer.employees, Some(40));
        for (bad, what) in [
            ("employees: many\n", "not `many`"),
            ("employees: -3\n", "not -3"),
            ("employees: 0\n", "not 0"),
            ("employees: 2.5\n", "not 2.5"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(
                e.message.contains("a whole number, at least 1"),
                "{}",
                e.message
            );
            assert!(e.message.contains(what), "{}", e.message);
            assert_eq!(e.span.start, "employees: ".len(), "{bad}");
        }
        let rules = RuleSet::load(&[] as &[&str]).unwrap();
        let e = parse("employer_location: US-DX\n")
            .unwrap()
            .check_rule_ids(&rules)
            .unwrap_err();
        assert!(
            e.message.contains("unknown jurisdiction `US-DX`"),
            "{}",
            e.message
        );
        assert_eq!(&e.text[e.span.range()], "US-DX");
    }

    #[test]
    fn unknown_rule_ids_are_errors() {
        let rules = RuleSet::load(&[] as &[&str]).unwrap();
        let c = parse("ignore: [pay/mising]\n").unwrap();
        let e = c.check_rule_ids(&rules).unwrap_err();
        assert!(e.message.contains("pay/mising"));
        assert_eq!(&e.text[e.span.range()], "pay/mising");
        assert!(e.help.unwrap().contains("pay/missing"));
        assert!(
            parse("ignore: [language/, pay]\n")
                .unwrap()
                .check_rule_ids(&rules)
                .is_ok()
        );
    }

    #[test]
    fn the_starter_config_is_valid() {
        let c = parse(STARTER).unwrap();
        c.check_rule_ids(&RuleSet::load(&[] as &[&str]).unwrap())
            .unwrap();
    }
}
