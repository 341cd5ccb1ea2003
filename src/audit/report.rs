//! `audit --report FILE`: one self-contained HTML file (no network needed to view it) with the
//! audit's charts — findings by rule, compliance by place, postings over time — and a sortable
//! table of the postings with most findings, each linked to its findings.
//!
//! The data is embedded as JSON and drawn as SVG by a small script in the page, so the file
//! opens anywhere a browser does.

use super::{Audit, Outcome};
use serde::Serialize;

/// How many postings the table lists (those with most findings): the report stays small
/// whatever the size of the audit.
pub const TABLE_ROWS: usize = 2000;

#[derive(Serialize, Clone)]
pub struct Row {
    pub posting: String,
    pub as_of: String,
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

pub fn html(audit: &Audit, mut table: Table) -> String {
    table.trim();
    let data = serde_json::json!({
        "summary": {
            "postings": audit.postings, "with_findings": audit.with_findings,
            "errors": audit.errors, "warnings": audit.warnings, "infos": audit.infos,
            "problems": audit.problem_count, "interrupted": audit.interrupted,
        },
        "rules": audit.rules,
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

const TEMPLATE: &str = r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.chart svg { width: 100%; height: auto; } .chart text { font-size: 11px; fill: #333; }
.bar-error { fill: #c0392b; } .bar-warning { fill: #d68910; } .bar-info { fill: #2e86c1; } .bar-ok { fill: #229954; }
table { border-collapse: collapse; width: 100%; } th, td { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f4f4f4; position: sticky; top: 0; } td.n { text-align: right; }
details { margin: 0.2rem 0 0.6rem 1rem; } .muted { color: #777; }
</style>
</head>
<body>
<h1>{{title}}</h1>
<p id="summary"></p>
<h2>Findings by rule (postings affected)</h2>
<div class="chart" id="by-rule"></div>
<h2>Compliance by place (share of postings compliant with each law in force at their dates)</h2>
<div class="chart" id="by-place"></div>
<h2>Postings over time (by the date each was judged at)</h2>
<div class="chart" id="over-time"></div>
<h2>Postings with most findings</h2>
<p class="muted">Click a column to sort. Each posting links to its findings below.</p>
<table id="postings"><thead><tr>
<th data-key="posting">posting</th><th data-key="as_of">date</th><th data-key="places">places</th>
<th data-key="errors">errors</th><th data-key="warnings">warnings</th><th data-key="infos">infos</th>
</tr></thead><tbody></tbody></table>
<h2>Findings of each posting</h2>
<div id="findings"></div>
<script id="data" type="application/json">{{data}}</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("data").textContent);
const NS = "http://www.w3.org/2000/svg";
function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
// Horizontal bars: [label, value, max, class, note].
function bars(id, items) {
  const row = 18, left = 260, width = 760;
  const svg = el("svg", { viewBox: `0 0 ${left + width + 80} ${Math.max(1, items.length) * row + 10}`, role: "img" });
  items.forEach(([label, value, max, cls, note], i) => {
    const y = i * row + 4;
    svg.appendChild(el("text", { x: left - 6, y: y + 12, "text-anchor": "end" }, label));
    const w = max > 0 ? Math.max(1, (value / max) * width) : 0;
    svg.appendChild(el("rect", { x: left, y, width: w, height: row - 5, class: cls }));
    svg.appendChild(el("text", { x: left + w + 4, y: y + 12 }, note));
  });
  document.getElementById(id).appendChild(svg);
}
const s = data.summary;
document.getElementById("summary").textContent =
  `${s.postings} postings audited${s.interrupted ? " (interrupted)" : ""}; ${s.with_findings} with findings: ` +
  `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; ${s.problems} inputs could not be read.`;
const rules = Object.entries(data.rules).sort((a, b) => b[1].postings - a[1].postings);
bars("by-rule", rules.map(([id, r]) => [id, r.postings, s.postings, "bar-" + (r.severity || "info"),
  `${r.postings} (${(100 * r.postings / Math.max(1, s.postings)).toFixed(1)}%)`]));
const laws = [];
for (const [place, p] of Object.entries(data.places).sort((a, b) => b[1].postings - a[1].postings)) {
  for (const [law, l] of Object.entries(p.laws)) laws.push([`${place}: ${law}`, l.compliant, l.covered, "bar-ok",
    `${l.compliant} of ${l.covered} (${(100 * l.compliant / Math.max(1, l.covered)).toFixed(0)}%)`]);
}
bars("by-place", laws.slice(0, 40));
const months = Object.entries(data.months);
bars("over-time", months.map(([m, y]) => [m, y.postings,
  Math.max(1, ...months.map(([, v]) => v.postings)), "bar-info", `${y.postings} postings, ${y.with_errors} with errors`]));
const tbody = document.querySelector("#postings tbody");
const list = document.getElementById("findings");
function render(rows) {
  tbody.replaceChildren(...rows.map((r, i) => {
    const tr = document.createElement("tr");
    const a = document.createElement("a");
    a.href = "#f" + r.index; a.textContent = r.posting;
    const first = document.createElement("td"); first.appendChild(a); tr.appendChild(first);
    for (const k of ["as_of", "places", "errors", "warnings", "infos"]) {
      const td = document.createElement("td"); td.textContent = r[k];
      if (typeof r[k] === "number") td.className = "n";
      tr.appendChild(td);
    }
    return tr;
  }));
}
data.rows.forEach((r, i) => {
  r.index = i;
  const d = document.createElement("details"); d.id = "f" + i;
  const sum = document.createElement("summary"); sum.textContent = r.posting; d.appendChild(sum);
  const ul = document.createElement("ul");
  for (const [rule, sev, line, message] of r.findings) {
    const li = document.createElement("li");
    li.textContent = `line ${line}: ${sev} [${rule}] ${message}`;
    ul.appendChild(li);
  }
  d.appendChild(ul); list.appendChild(d);
});
let order = { key: "errors", desc: true };
document.querySelectorAll("#postings th").forEach(th => th.addEventListener("click", () => {
  const key = th.dataset.key;
  order = { key, desc: order.key === key ? !order.desc : true };
  const rows = [...data.rows].sort((a, b) => (a[key] > b[key] ? 1 : a[key] < b[key] ? -1 : 0) * (order.desc ? -1 : 1));
  render(rows);
}));
render(data.rows);
document.body.dataset.drawn = "yes";
</script>
</body>
</html>
"##;
