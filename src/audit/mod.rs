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

/// One posting, linted: what the outputs need of it.
pub struct Outcome {
    pub name: String,
    pub as_of: jiff::civil::Date,
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
        let mut covering: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for duty in crate::laws::duty_names(laws) {
            let (cover, _) =
                crate::laws::covering(laws, duty, &jurisdictions, as_of, &options.employer);
            for c in cover {
                covering.insert(c.law.id.clone(), c.law.jurisdictions.clone());
            }
        }
        Outcome {
            name: source.name.clone(),
            as_of,
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
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct RuleStat {
    /// Postings with at least one finding of the rule.
    pub postings: usize,
    pub findings: usize,
    pub severity: Option<Severity>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct LawStat {
    /// Postings in the jurisdiction the law covered at their dates.
    pub covered: usize,
    /// Of those, postings with no finding under the law.
    pub compliant: usize,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct JurisdictionStat {
    pub postings: usize,
    pub laws: BTreeMap<String, LawStat>,
}

/// The running summary of an audit.
#[derive(Debug, Default, Serialize)]
pub struct Audit {
    pub postings: usize,
    pub with_findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub rules: BTreeMap<String, RuleStat>,
    pub jurisdictions: BTreeMap<String, JurisdictionStat>,
    /// Postings by posting year: how many, and how many with an error.
    pub years: BTreeMap<i16, (usize, usize)>,
    /// The postings with the most errors (then warnings), worst first.
    pub worst: Vec<(String, usize, usize)>,
    /// Inputs that could not be read, and why (the first ones; all are counted).
    pub problems: Vec<(String, String)>,
    pub problem_count: usize,
    pub interrupted: bool,
}

impl Audit {
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
        let mut seen = BTreeSet::new();
        for f in &o.findings {
            let stat = self.rules.entry(f.rule.clone()).or_default();
            stat.findings += 1;
            stat.severity = stat.severity.max(Some(f.severity));
            if seen.insert(f.rule.as_str()) {
                stat.postings += 1;
            }
        }
        let cited: BTreeSet<&str> = o
            .findings
            .iter()
            .flat_map(|f| f.laws.iter().map(String::as_str))
            .collect();
        for j in &o.jurisdictions {
            let stat = self.jurisdictions.entry(j.clone()).or_default();
            stat.postings += 1;
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
                let l = stat.laws.entry(law.clone()).or_default();
                l.covered += 1;
                l.compliant += usize::from(!cited.contains(law.as_str()));
            }
        }
        let year = self.years.entry(o.as_of.year()).or_default();
        year.0 += 1;
        year.1 += usize::from(e > 0);
        if e + w > 0 {
            self.worst.push((o.name.clone(), e, w));
            self.worst
                .sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then_with(|| a.0.cmp(&b.0)));
            self.worst.truncate(WORST);
        }
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
        let share = |n: usize, of: usize| {
            if of == 0 {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * n as f64 / of as f64)
            }
        };
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
            "\n{:<36} {:>9} {:>7}  severity",
            "rule", "postings", "share"
        );
        for (rule, s) in rules {
            let sev = s.severity.map_or("-", Severity::as_str);
            let _ = writeln!(
                o,
                "{rule:<36} {:>9} {:>7}  {sev}",
                s.postings,
                share(s.postings, self.postings)
            );
        }
        if !self.jurisdictions.is_empty() {
            let _ = writeln!(
                o,
                "\n{:<12} {:>9}  compliant with each law in force at the postings' dates",
                "where", "postings"
            );
            let mut js: Vec<(&String, &JurisdictionStat)> = self.jurisdictions.iter().collect();
            js.sort_by(|a, b| b.1.postings.cmp(&a.1.postings).then_with(|| a.0.cmp(b.0)));
            for (code, s) in js.iter().take(25) {
                let laws: Vec<String> = s
                    .laws
                    .iter()
                    .map(|(law, l)| {
                        format!("{law} {} of {}", share(l.compliant, l.covered), l.covered)
                    })
                    .collect();
                let laws = if laws.is_empty() {
                    "no law in force".to_string()
                } else {
                    laws.join("; ")
                };
                let _ = writeln!(o, "{code:<12} {:>9}  {laws}", s.postings);
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

/// One posting as a JSON Lines record: its facts and its findings.
pub fn json_record(o: &Outcome) -> serde_json::Value {
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
];

/// One posting as a CSV row (see [`CSV_HEADER`]).
pub fn csv_record(o: &Outcome) -> Vec<String> {
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
