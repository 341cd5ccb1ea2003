//! `hirelint audit`: many postings at once, each judged at its own date, summed up.
//!
//! Postings are linted in parallel a chunk at a time and folded into an [`Audit`] as they
//! come, so memory stays bounded however many there are: the summary keeps counts, the worst
//! postings and the first problems, not the postings.

pub mod export;
pub mod records;
pub mod report;

use crate::facts::FactsJson;
use crate::finding::Finding;
use crate::lint::{LintOptions, Linted, Linter};
use crate::rules::Severity;
use crate::source::Source;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// How many postings the summary lists as the worst.
const WORST: usize = 10;
/// How many unreadable inputs the summary lists by name (all are counted).
const PROBLEMS_LISTED: usize = 10;

/// What an audit does with postings that carry no date of their own (`--undated`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undated {
    /// Judge them at today's date (the default), which is the law of today, not necessarily
    /// the law they ran under.
    Today(jiff::civil::Date),
    /// Leave them out of the findings, the shares and the records; only count them.
    Skip,
    /// Judge them at this date, as the user says they ran.
    Date(jiff::civil::Date),
}

impl Default for Undated {
    fn default() -> Self {
        Undated::Today(crate::lint::today())
    }
}

impl Undated {
    /// The date that stands for today in [`LintOptions::today`] (`None`: the real today).
    pub fn today(self) -> Option<jiff::civil::Date> {
        match self {
            Undated::Today(d) | Undated::Date(d) => Some(d),
            Undated::Skip => None,
        }
    }

    /// What happens to undated postings, in words every output uses.
    pub fn describe(self) -> String {
        match self {
            Undated::Today(d) => {
                format!("judged at today's date, {d} (--undated today, the default)")
            }
            Undated::Skip => "left out of the findings, shares and records (--undated skip)".into(),
            Undated::Date(d) => format!("judged at {d} (--undated {d})"),
        }
    }

    /// Whether a posting judged under this option counts in the compliance shares of laws: a
    /// date the user gave does, today's date does not (today's law may not be the law the
    /// posting ran under).
    fn counts(self, dated_by: DatedBy) -> bool {
        match dated_by {
            DatedBy::Posting | DatedBy::AsOf => true,
            DatedBy::Undated => matches!(self, Undated::Date(_)),
        }
    }
}

/// Where the date a posting was judged at came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatedBy {
    /// Its own posting date.
    Posting,
    /// `--as-of` (or the config's `as_of`): every posting at one date.
    AsOf,
    /// It has no date of its own: judged at the `--undated` date.
    Undated,
}

impl DatedBy {
    /// The name in JSON records and CSV rows.
    pub fn as_str(self, undated: Undated) -> &'static str {
        match (self, undated) {
            (DatedBy::Posting, _) => "posting",
            (DatedBy::AsOf, _) => "as-of",
            (DatedBy::Undated, Undated::Date(_)) => "undated-date",
            (DatedBy::Undated, _) => "undated-today",
        }
    }
}

/// One posting, linted: what the outputs need of it.
pub struct Outcome {
    pub name: String,
    /// The date it was judged at.
    pub as_of: jiff::civil::Date,
    /// Its own posting date, if it has one.
    pub posted: Option<jiff::civil::Date>,
    pub dated_by: DatedBy,
    pub jurisdictions: Vec<String>,
    /// The laws in force that cover the posting at its date, for any duty, with the places
    /// they are the laws of.
    pub laws: Vec<(String, Vec<String>)>,
    pub facts: serde_json::Value,
    pub source: Source,
    pub findings: Vec<Finding>,
}

impl Outcome {
    pub fn of(linter: &Linter, source: Source, options: &LintOptions) -> Outcome {
        let Linted {
            facts,
            findings,
            as_of,
            jurisdictions,
            ..
        } = linter.lint(&source, options);
        let laws = &linter.rules.laws;
        let covering: BTreeMap<String, Vec<String>> =
            crate::laws::binding_for_any_duty(laws, &jurisdictions, as_of, &options.employer)
                .map(|law| (law.id.clone(), law.jurisdictions.clone()))
                .collect();
        let posted = crate::lint::posting_date(&facts);
        let dated_by = match (options.as_of, posted) {
            (Some(_), _) => DatedBy::AsOf,
            (None, Some(_)) => DatedBy::Posting,
            (None, None) => DatedBy::Undated,
        };
        Outcome {
            name: source.name.clone(),
            as_of,
            posted,
            dated_by,
            jurisdictions: crate::jurisdiction::Jurisdictions::listed(&facts),
            laws: covering.into_iter().collect(),
            facts: serde_json::to_value(FactsJson::new(&source, &facts, false)).unwrap_or_default(),
            source,
            findings: findings.into_iter().filter(Finding::is_active).collect(),
        }
    }

    pub fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }

    /// The month of its own posting date, `2024-03`.
    pub fn month(&self) -> Option<String> {
        self.posted
            .map(|d| format!("{:04}-{:02}", d.year(), d.month()))
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct RuleStat {
    /// Postings with at least one finding of the rule.
    pub postings: usize,
    /// Of those, postings without a date of their own (judged at the `--undated` date).
    pub undated: usize,
    pub findings: usize,
    pub severity: Option<Severity>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct LawStat {
    /// Postings the law covered at their dates (those that count: see [`Undated`]).
    pub covered: usize,
    /// Of those, postings with no finding under the law.
    pub compliant: usize,
    /// Postings without a date of their own that it covered at today's date: left out of
    /// the share.
    pub undated: usize,
}

impl LawStat {
    fn add(&mut self, counts: bool, compliant: bool) {
        if counts {
            self.covered += 1;
            self.compliant += usize::from(compliant);
        } else {
            self.undated += 1;
        }
    }

    /// `42.0% of 50`.
    fn share(&self) -> String {
        format!(
            "{} of {}",
            share(self.compliant, self.covered),
            self.covered
        )
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct JurisdictionStat {
    pub postings: usize,
    /// Of those, postings without a date of their own, judged at today's date: left out of
    /// the compliance shares.
    pub undated: usize,
    pub laws: BTreeMap<String, LawStat>,
}

/// The postings of one month of posting (by their own dates).
#[derive(Debug, Default, Clone, Serialize)]
pub struct MonthStat {
    pub postings: usize,
    pub with_errors: usize,
    /// Compliance with each law that covered them, at the dates they were judged at.
    pub laws: BTreeMap<String, LawStat>,
}

/// The postings without a date of their own.
#[derive(Debug, Default, Clone, Serialize)]
pub struct UndatedStat {
    /// All of them, skipped or judged.
    pub postings: usize,
    /// Left out by `--undated skip`.
    pub skipped: usize,
    /// Judged (at the `--undated` date, or at `--as-of`): with findings, with errors.
    pub with_findings: usize,
    pub with_errors: usize,
}

/// The running summary of an audit.
#[derive(Debug, Default, Serialize)]
pub struct Audit {
    /// What is done with undated postings.
    #[serde(skip)]
    pub undated_option: Undated,
    pub postings: usize,
    pub with_findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Postings judged at their own dates, and at `--as-of`.
    pub dated: usize,
    pub as_of: usize,
    pub undated: UndatedStat,
    pub rules: BTreeMap<String, RuleStat>,
    /// Compliance with each law over all postings it covered (each posting once).
    pub laws: BTreeMap<String, LawStat>,
    pub jurisdictions: BTreeMap<String, JurisdictionStat>,
    /// Postings by the month of their own posting date (`2024-03`).
    pub months: BTreeMap<String, MonthStat>,
    /// The postings with the most errors (then warnings), worst first.
    pub worst: Vec<(String, usize, usize)>,
    /// Inputs that could not be read, and why (the first ones; all are counted).
    pub problems: Vec<(String, String)>,
    pub problem_count: usize,
    pub interrupted: bool,
}

impl Audit {
    pub fn new(undated: Undated) -> Audit {
        Audit {
            undated_option: undated,
            ..Audit::default()
        }
    }

    /// Whether the posting is left out (`--undated skip`); it is counted as undated if so.
    pub fn skips(&mut self, o: &Outcome) -> bool {
        let skip = o.dated_by == DatedBy::Undated && self.undated_option == Undated::Skip;
        if skip {
            self.undated.postings += 1;
            self.undated.skipped += 1;
        }
        skip
    }

    pub fn add(&mut self, o: &Outcome) {
        self.postings += 1;
        let (e, w, i) = (
            o.count(Severity::Error),
            o.count(Severity::Warning),
            o.count(Severity::Info),
        );
        self.errors += e;
        self.warnings += w;
        self.infos += i;
        if !o.findings.is_empty() {
            self.with_findings += 1;
        }
        match o.dated_by {
            DatedBy::Posting => self.dated += 1,
            DatedBy::AsOf => self.as_of += 1,
            DatedBy::Undated => {}
        }
        let undated = o.posted.is_none();
        if undated {
            self.undated.postings += 1;
            self.undated.with_findings += usize::from(!o.findings.is_empty());
            self.undated.with_errors += usize::from(e > 0);
        }
        let judged_undated = o.dated_by == DatedBy::Undated;
        let mut seen = BTreeSet::new();
        for f in &o.findings {
            let stat = self.rules.entry(f.rule.clone()).or_default();
            stat.findings += 1;
            stat.severity = stat.severity.max(Some(f.severity));
            if seen.insert(f.rule.as_str()) {
                stat.postings += 1;
                stat.undated += usize::from(judged_undated);
            }
        }
        let cited: BTreeSet<&str> = o
            .findings
            .iter()
            .flat_map(|f| f.laws.iter().map(String::as_str))
            .collect();
        let counts = self.undated_option.counts(o.dated_by);
        let month = o.month().map(|m| {
            let stat = self.months.entry(m).or_default();
            stat.postings += 1;
            stat.with_errors += usize::from(e > 0);
            stat
        });
        if let Some(month) = month {
            for (law, _) in &o.laws {
                let compliant = !cited.contains(law.as_str());
                month
                    .laws
                    .entry(law.clone())
                    .or_default()
                    .add(counts, compliant);
            }
        }
        for (law, _) in &o.laws {
            let compliant = !cited.contains(law.as_str());
            self.laws
                .entry(law.clone())
                .or_default()
                .add(counts, compliant);
        }
        for j in &o.jurisdictions {
            let stat = self.jurisdictions.entry(j.clone()).or_default();
            stat.postings += 1;
            stat.undated += usize::from(!counts);
            // The place's own laws (its state's and country's too), not those of other places
            // a remote role may reach.
            let own = o.laws.iter().filter(|(_, places)| {
                places.iter().any(|p| {
                    j == p
                        || j.strip_prefix(p.as_str())
                            .is_some_and(|r| r.starts_with('-'))
                })
            });
            for (law, _) in own {
                let compliant = !cited.contains(law.as_str());
                stat.laws
                    .entry(law.clone())
                    .or_default()
                    .add(counts, compliant);
            }
        }
        if e + w > 0 {
            self.worst.push((o.name.clone(), e, w));
            self.worst
                .sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then_with(|| a.0.cmp(&b.0)));
            self.worst.truncate(WORST);
        }
    }

    /// How the postings were dated and what was done with the undated ones, with how to date
    /// them: the same sentences in the table, on stderr and in the report.
    pub fn dates(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let mut judged = Vec::new();
        if self.dated > 0 || self.as_of == 0 {
            judged.push(format!(
                "{} at their own posting dates",
                plural(self.dated, "posting")
            ));
        }
        if self.as_of > 0 {
            judged.push(format!(
                "{} at the --as-of date",
                plural(self.as_of, "posting")
            ));
        }
        lines.push(format!("dates: judged {}", judged.join(", ")));
        let u = &self.undated;
        if u.postings == 0 {
            lines.push(format!(
                "undated: none (a posting without a date would be {})",
                self.undated_option.describe()
            ));
            return lines;
        }
        let judged_at = if self.as_of > 0 && u.skipped == 0 {
            "judged at the --as-of date".to_string()
        } else {
            self.undated_option.describe()
        };
        let total = self.postings + u.skipped;
        lines.push(format!(
            "undated: {} of {} {}; {judged_at}",
            u.postings,
            plural(total, "posting"),
            if u.postings == 1 {
                "has no date of its own"
            } else {
                "have no date of their own"
            },
        ));
        if u.skipped < u.postings {
            lines.push(format!(
                "  {} of them with findings, {} with errors",
                u.with_findings, u.with_errors
            ));
        }
        if self.as_of == 0 && matches!(self.undated_option, Undated::Today(_)) {
            lines.push(
                "  today's law may not be the law they ran under: compliance shares per law count dated postings only"
                    .into(),
            );
        }
        lines.push(
            "  to date them: --field date_posted=COLUMN (an export's date column), or --as-of DATE (every posting at one date); --undated DATE judges them at DATE, --undated skip leaves them out"
                .into(),
        );
        lines
    }

    pub fn problem(&mut self, name: String, why: String) {
        self.problem_count += 1;
        if self.problems.len() < PROBLEMS_LISTED {
            self.problems.push((name, why));
        }
    }

    /// The summary as a table for the terminal.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{} audited{}; {} with findings ({}): {}, {}, {}",
            plural(self.postings, "posting"),
            if self.interrupted {
                " (interrupted)"
            } else {
                ""
            },
            self.with_findings,
            share(self.with_findings, self.postings),
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.infos, "info")
        );
        for line in self.dates() {
            let _ = writeln!(o, "{line}");
        }
        if self.problem_count > 0 {
            let _ = writeln!(
                o,
                "{} could not be read:",
                plural(self.problem_count, "input")
            );
            for (name, why) in &self.problems {
                let _ = writeln!(o, "  {name}: {why}");
            }
            if self.problem_count > self.problems.len() {
                let _ = writeln!(
                    o,
                    "  ... and {} more",
                    self.problem_count - self.problems.len()
                );
            }
        }
        let mut rules: Vec<(&String, &RuleStat)> = self.rules.iter().collect();
        rules.sort_by(|a, b| b.1.postings.cmp(&a.1.postings).then_with(|| a.0.cmp(b.0)));
        let _ = writeln!(
            o,
            "\n{:<36} {:>9} {:>7} {:>8}  severity",
            "rule", "postings", "share", "undated"
        );
        for (rule, s) in rules {
            let sev = s.severity.map_or("-", Severity::as_str);
            let _ = writeln!(
                o,
                "{rule:<36} {:>9} {:>7} {:>8}  {sev}",
                s.postings,
                share(s.postings, self.postings),
                s.undated
            );
        }
        if !self.jurisdictions.is_empty() {
            let uncounted = self.jurisdictions.values().any(|j| j.undated > 0);
            let _ = writeln!(
                o,
                "\n{:<12} {:>9} {:>8}  compliant with each law in force at the postings' dates{}",
                "where",
                "postings",
                "undated",
                if uncounted {
                    " (undated postings not counted)"
                } else {
                    ""
                }
            );
            let mut js: Vec<(&String, &JurisdictionStat)> = self.jurisdictions.iter().collect();
            js.sort_by(|a, b| b.1.postings.cmp(&a.1.postings).then_with(|| a.0.cmp(b.0)));
            for (code, s) in js.iter().take(25) {
                let laws: Vec<String> = s
                    .laws
                    .iter()
                    .map(|(law, l)| format!("{law} {}", l.share()))
                    .collect();
                let laws = if laws.is_empty() {
                    "no law in force".to_string()
                } else {
                    laws.join("; ")
                };
                let _ = writeln!(o, "{code:<12} {:>9} {:>8}  {laws}", s.postings, s.undated);
            }
            if js.len() > 25 {
                let _ = writeln!(o, "... and {} more places", js.len() - 25);
            }
        }
        if !self.worst.is_empty() {
            let _ = writeln!(o, "\nworst postings (errors, warnings):");
            for (name, e, w) in &self.worst {
                let _ = writeln!(o, "  {e:>3} {w:>3}  {name}");
            }
        }
        o
    }
}

/// `42.0%` of a whole, `-` of nothing.
fn share(n: usize, of: usize) -> String {
    if of == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / of as f64)
    }
}

/// One posting as a JSON Lines record: its facts and its findings.
pub fn json_record(o: &Outcome, undated: Undated) -> serde_json::Value {
    let findings: Vec<serde_json::Value> = o
        .findings
        .iter()
        .map(|f| {
            let (line, column) = o.source.line_col(f.primary_start());
            serde_json::json!({
                "rule": f.rule, "severity": f.severity.as_str(), "message": f.message,
                "line": line, "column": column, "laws": f.laws,
            })
        })
        .collect();
    serde_json::json!({
        "posting": o.name,
        "as_of": o.as_of.to_string(),
        "dated_by": o.dated_by.as_str(undated),
        "jurisdictions": o.jurisdictions,
        "laws": o.laws.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        "facts": o.facts,
        "errors": o.count(Severity::Error),
        "warnings": o.count(Severity::Warning),
        "infos": o.count(Severity::Info),
        "findings": findings,
    })
}

/// The columns of the per-posting CSV.
pub const CSV_HEADER: &[&str] = &[
    "posting",
    "as_of",
    "title",
    "pay_min",
    "pay_max",
    "pay_currency",
    "pay_period",
    "location",
    "jurisdictions",
    "work_arrangement",
    "employment_type",
    "date_posted",
    "eeo_statement",
    "benefits",
    "laws",
    "errors",
    "warnings",
    "infos",
    "rules",
    "dated_by",
];

/// One posting as a CSV row (see [`CSV_HEADER`]).
pub fn csv_record(o: &Outcome, undated: Undated) -> Vec<String> {
    let f = &o.facts;
    let s = |v: &serde_json::Value| match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let rules: BTreeSet<&str> = o.findings.iter().map(|f| f.rule.as_str()).collect();
    vec![
        o.name.clone(),
        o.as_of.to_string(),
        s(&f["title"]),
        s(&f["pay"]["min"]),
        s(&f["pay"]["max"]),
        s(&f["pay"]["currency"]),
        s(&f["pay"]["period"]),
        s(&f["locations"][0]["text"]),
        o.jurisdictions.join(";"),
        s(&f["work_arrangement"]),
        s(&f["employment_type"]),
        s(&f["date_posted"]),
        s(&f["eeo_statement"]),
        s(&f["benefits"]),
        o.laws
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>()
            .join(";"),
        o.count(Severity::Error).to_string(),
        o.count(Severity::Warning).to_string(),
        o.count(Severity::Info).to_string(),
        rules.into_iter().collect::<Vec<_>>().join(";"),
        o.dated_by.as_str(undated).to_string(),
    ]
    .into_iter()
    .map(inert_cell)
    .collect()
}

/// `1 posting`, `2 postings`.
fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// A cell as a spreadsheet will show it, not run it: one that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be read as a formula (CWE-1236), so it gets a leading `'`.
pub fn inert_cell(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The columns of the per-finding CSV.
pub const FINDINGS_HEADER: &[&str] = &[
    "posting", "rule", "severity", "line", "column", "message", "laws",
];

pub fn finding_rows(o: &Outcome) -> impl Iterator<Item = Vec<String>> + '_ {
    o.findings.iter().map(|f| {
        let (line, column) = o.source.line_col(f.primary_start());
        vec![
            o.name.clone(),
            f.rule.clone(),
            f.severity.as_str().to_string(),
            line.to_string(),
            column.to_string(),
            f.message.clone(),
            f.laws.join(";"),
        ]
        .into_iter()
        .map(inert_cell)
        .collect()
    })
}
