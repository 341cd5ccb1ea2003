//! JSON files of postings (ATS and job-board API responses) read by `audit`, `check` and
//! `extract`, on responses we write in the shapes those APIs return.

use crate::common::{audit_records, hirelint, rule_ids};
use serde_json::Value;

/// Two postings in the shape of Ashby's job-board API: HTML text, structured place, type and
/// pay, the date as a zoned time.
const BOARD: &str = r#"{"apiVersion": "1", "jobs": [
  {"id": "p-1", "title": "Pastry Chef", "employmentType": "FullTime", "location": "Denver, CO",
   "publishedAt": "2025-03-04T22:30:00.000-07:00",
   "descriptionHtml": "<p>Laminate dough every morning.</p><h3>Benefits</h3><ul><li>Health insurance</li><li>Fertility HRA (up to $10,000 per year)</li></ul><p>Acme is an equal opportunity employer.</p>",
   "salaryMin": 52000, "salaryMax": 61000, "salaryCurrency": "USD", "salaryPeriod": "yearly"},
  {"id": "p-2", "title": "Dishwasher", "employmentType": "PartTime", "location": "Denver, CO",
   "publishedAt": "2025-03-05T08:00:00.000-07:00",
   "descriptionHtml": "<p>Keep the kitchen moving. Health insurance. Acme is an equal opportunity employer.</p>"}
]}"#;

fn board() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("board.json"), BOARD).unwrap();
    dir
}

#[test]
fn audit_reads_each_posting_of_a_json_file_with_its_structured_facts() {
    let dir = board();
    let out = hirelint()
        .current_dir(dir.path())
        .args(["audit", "--no-progress", "--format", "json", "board.json"])
        .output()
        .unwrap();
    let got = audit_records(&out.stdout);
    assert_eq!(got.len(), 2, "{}", String::from_utf8_lossy(&out.stderr));
    let chef = &got[0];
    assert_eq!(chef["posting"], "board.json:p-1");
    let facts = &chef["facts"];
    assert_eq!(facts["title"], "Pastry Chef");
    assert_eq!(facts["employment_type"], "FULL_TIME");
    assert_eq!(facts["date_posted"], "2025-03-04");
    assert_eq!(facts["jurisdictions"], serde_json::json!(["US-CO"]));
    // The yearly range, not the benefit's cap.
    assert_eq!(facts["pay"]["min"], 52000.0);
    assert_eq!(facts["pay"]["max"], 61000.0);
    assert_eq!(facts["pay"]["period"], "year");
    // Judged by Colorado's law on its own date: the dishwasher's posting states no pay.
    assert!(
        !rule_ids(chef).contains(&"pay/missing".to_string()),
        "{chef}"
    );
    assert_eq!(got[1]["posting"], "board.json:p-2");
    assert_eq!(got[1]["facts"]["employment_type"], "PART_TIME");
    assert!(
        rule_ids(&got[1]).contains(&"pay/missing".to_string()),
        "{}",
        got[1]
    );
}

#[test]
fn greenhouse_custom_fields_are_read_as_the_postings_fields() {
    // Greenhouse's job-board API with `?content=true`: the type, pay and place of work in
    // `metadata`, as the employer named its custom fields; an empty one says nothing.
    let json = r#"{"jobs": [{"id": 4401, "title": "Pastry Cook", "location": {"name": "Denver, CO"},
      "first_published": "2026-03-04T10:00:00-07:00",
      "metadata": [
        {"id": 1, "name": "Employment Type", "value": "Part-time", "value_type": "single_select"},
        {"id": 2, "name": "Salary Range", "value": "$22.00 - $26.00 per hour", "value_type": "short_text"},
        {"id": 3, "name": "Workplace Type", "value": ["Remote"], "value_type": "multi_select"},
        {"id": 4, "name": "Cost Center", "value": null, "value_type": "single_select"}],
      "content": "&lt;p&gt;You will laminate dough before dawn.&lt;/p&gt;"}]}"#;
    let facts = crate::common::facts("gh.json", json);
    assert_eq!(facts["employment_type"], "PART_TIME", "{facts}");
    assert_eq!(facts["pay"]["min"], 22.0, "{facts}");
    assert_eq!(facts["pay"]["max"], 26.0, "{facts}");
    assert_eq!(facts["pay"]["period"], "hour", "{facts}");
    assert_eq!(facts["work_arrangement"], "remote", "{facts}");
}

#[test]
fn check_and_extract_read_json_files_of_postings() {
    let dir = board();
    // extract: one object per posting.
    let out = hirelint()
        .current_dir(dir.path())
        .args(["extract", "--format", "json", "board.json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = facts
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Pastry Chef", "Dishwasher"]);
    // check lints each posting of a file of several, named FILE:ID.
    let out = hirelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "board.json"])
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["board.json:p-1", "board.json:p-2"], "{report}");
    // Fixes are written to a posting's own file: a file of several says how to read them.
    let out = hirelint()
        .current_dir(dir.path())
        .args(["check", "--fix", "board.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("board.json: holds 2 postings; `hirelint audit board.json`"),
        "{err}"
    );
    // A file that holds one posting is checked as that posting.
    let one = BOARD.replace(
        "\"jobs\": [",
        "\"jobs\": [{\"id\": \"p-0\", \"title\": \"Baker\", \"location\": \"Denver, CO\", \"descriptionHtml\": \"<p>Bread. Acme is an equal opportunity employer.</p>\"}], \"old\": [",
    );
    std::fs::write(dir.path().join("one.json"), one).unwrap();
    let out = hirelint()
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--as-of",
            "2025-03-04",
            "one.json",
        ])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = &doc["files"][0];
    assert_eq!(file["path"], "one.json");
    assert!(
        file["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "pay/missing"),
        "{file}"
    );
}

#[test]
fn a_json_file_that_holds_no_postings_is_a_located_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"jobs\": [\n  {\"title\": \"Cook\",}\n]}",
    )
    .unwrap();
    std::fs::write(dir.path().join("other.json"), "{\"version\": 3}").unwrap();
    // A list the file has, holding nothing that is a posting, is said too, never 0 silently.
    std::fs::write(dir.path().join("empty.json"), "{\"jobs\": []}").unwrap();
    let out = hirelint()
        .current_dir(dir.path())
        .args(["audit", "--no-progress", "--format", "json", "."])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.json: malformed JSON at line 2, column 20"),
        "{err}"
    );
    assert!(
        err.contains("other.json: no postings") && err.contains("keys here: version"),
        "{err}"
    );
    assert!(
        err.contains("empty.json: no postings: `jobs` holds no posting objects"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2), "{err}");
}

#[test]
fn a_lever_posting_gives_its_pay_range_and_workplace() {
    // Lever's postings API: pay in `salaryRange` with an interval such as "per-hour-wage", the
    // workplace as one word in `workplaceType`.
    let json = r#"[{"id": "b-7", "text": "Bike Mechanic", "createdAt": 1772528400000,
        "categories": {"commitment": "Part-time", "location": "Eugene, OR"},
        "workplaceType": "onsite",
        "salaryRange": {"currency": "USD", "interval": "per-hour-wage", "min": 22, "max": 27},
        "descriptionPlain": "Tune and repair bikes in our shop."}]"#;
    let facts = crate::common::facts("lever.json", json);
    assert_eq!(facts["pay"]["min"], 22.0, "{facts}");
    assert_eq!(facts["pay"]["max"], 27.0, "{facts}");
    assert_eq!(facts["pay"]["period"], "hour", "{facts}");
    assert_eq!(facts["work_arrangement"], "onsite", "{facts}");
}

#[test]
fn an_ashby_pay_summary_takes_the_interval_of_its_components() {
    // Ashby's job-board API: the pay as a summary text, its interval in the components;
    // an equity component's interval "NONE" is no period.
    let json = r#"{"jobs": [{"id": "a1", "title": "Support Analyst", "location": "Toronto, ON",
        "employmentType": "FullTime", "publishedAt": "2026-03-03T09:00:00.000+00:00",
        "compensation": {"compensationTierSummary": "CA$70K – CA$85K",
          "summaryComponents": [
            {"compensationType": "EquityPercentage", "interval": "NONE", "minValue": 0.01, "maxValue": 0.02},
            {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "CAD", "minValue": 70000, "maxValue": 85000}]},
        "descriptionPlain": "Answer customers' questions about invoices."}]}"#;
    let facts = crate::common::facts("ashby.json", json);
    assert_eq!(facts["pay"]["min"], 70000.0, "{facts}");
    assert_eq!(facts["pay"]["max"], 85000.0, "{facts}");
    assert_eq!(facts["pay"]["currency"], "CAD", "{facts}");
    assert_eq!(facts["pay"]["period"], "year", "{facts}");
    assert_eq!(facts["date_posted"], "2026-03-03", "{facts}");
}

#[test]
fn a_greenhouse_records_last_edit_is_not_its_posting_date() {
    // `updated_at` says when the posting was last changed, not when it was posted: a record
    // with no `first_published` is undated, as a page's "Last updated" line is.
    let record = |dates: &str| {
        format!(
            r#"{{"jobs": [{{"id": 7, "title": "Line Cook", "location": {{"name": "Boise, ID"}}, {dates},
              "content": "&lt;p&gt;Cook on the line.&lt;/p&gt;"}}]}}"#
        )
    };
    let facts = crate::common::facts(
        "gh.json",
        &record(r#""updated_at": "2026-03-03T09:00:00-05:00""#),
    );
    assert_eq!(facts["date_posted"], Value::Null, "{facts}");
    let facts = crate::common::facts(
        "gh.json",
        &record(
            r#""updated_at": "2026-03-09T09:00:00-05:00", "first_published": "2026-03-03T09:00:00-05:00""#,
        ),
    );
    assert_eq!(facts["date_posted"], "2026-03-03", "{facts}");
}
