//! `audit --report FILE`: one self-contained HTML file (no network needed to view it) for the
//! people who answer for compliance: the undated postings, compliance per law (by name and
//! citation, coloured by share), findings by rule, postings over time and compliance per law by
//! month of posting (both by the postings' own dates), a drill-down per place, and a searchable,
//! sortable table of the postings with most findings, each linked to its findings.
//!
//! The data is embedded as JSON and laid out by a small script in the page as HTML (bars are
//! boxes in a grid whose labels wrap, so no label is ever clipped); the file opens anywhere a
//! browser does, and prints.

use super::{Audit, Outcome};
use serde::Serialize;

/// How many postings the table lists (those with most findings): the report stays small
/// whatever the size of the audit.
pub const TABLE_ROWS: usize = 2000;

#[derive(Serialize, Clone)]
pub struct Row {
    pub posting: String,
    pub as_of: String,
    /// Its own posting date, or empty when it has none.
    pub posted: String,
    pub places: String,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub findings: Vec<(String, String, usize, String)>,
}

impl Row {
    pub fn of(o: &Outcome) -> Row {
        use crate::rules::Severity;
        Row {
            posting: o.name.clone(),
            as_of: o.as_of.to_string(),
            posted: o.posted.map(|d| d.to_string()).unwrap_or_default(),
            places: o.jurisdictions.join(", "),
            errors: o.count(Severity::Error),
            warnings: o.count(Severity::Warning),
            infos: o.count(Severity::Info),
            findings: o
                .findings
                .iter()
                .map(|f| {
                    let (line, _) = o.source.line_col(f.primary_start());
                    (
                        f.rule.clone(),
                        f.severity.as_str().to_string(),
                        line,
                        f.message.clone(),
                    )
                })
                .collect(),
        }
    }

    fn weight(&self) -> (usize, usize, usize) {
        (self.errors, self.warnings, self.infos)
    }
}

/// The rows kept for the table: the [`TABLE_ROWS`] with most findings.
#[derive(Default)]
pub struct Table {
    rows: Vec<Row>,
}

impl Table {
    pub fn add(&mut self, row: Row) {
        if row.findings.is_empty() {
            return;
        }
        self.rows.push(row);
        // Trim in batches, so that adding stays cheap.
        if self.rows.len() >= TABLE_ROWS * 2 {
            self.trim();
        }
    }

    fn trim(&mut self) {
        self.rows.sort_by(|a, b| {
            b.weight()
                .cmp(&a.weight())
                .then_with(|| a.posting.cmp(&b.posting))
        });
        self.rows.truncate(TABLE_ROWS);
    }
}

/// Escapes text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn html(audit: &Audit, mut table: Table, laws: &[crate::laws::Law]) -> String {
    table.trim();
    // Each law the audit met, by its name and citation.
    let names: serde_json::Map<String, serde_json::Value> = laws
        .iter()
        .filter(|l| audit.laws.contains_key(&l.id))
        .map(|l| {
            (
                l.id.clone(),
                serde_json::json!({
                    "name": format!("{}: {}", l.name, l.title),
                    "citation": l.citation,
                }),
            )
        })
        .collect();
    let data = serde_json::json!({
        "summary": {
            "postings": audit.postings, "with_findings": audit.with_findings,
            "errors": audit.errors, "warnings": audit.warnings, "infos": audit.infos,
            "problems": audit.problem_count, "interrupted": audit.interrupted,
        },
        "dates": audit.dates(),
        "undated": audit.undated,
        "rules": audit.rules,
        "laws": audit.laws,
        "law_names": names,
        "places": audit.jurisdictions,
        "months": audit.months,
        "rows": table.rows,
    });
    let json = crate::report::json::script_safe(&data.to_string());
    let title = format!("hirelint audit: {} postings", audit.postings);
    TEMPLATE
        .replace("{{title}}", &escape(&title))
        .replace("{{data}}", &json)
}

const TEMPLATE: &str = include_str!("report.html");
