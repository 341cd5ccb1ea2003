//! `hirelint audit` on a folder, a CSV export and a JSON Lines export that we write, with
//! broken rows and unreadable files among them.

use crate::common::{audit_records, hirelint, json_lines, rule_ids};
use predicates::prelude::*;
use serde_json::Value;

const CLEAN: &str = "# Barista\n\nLocation: Boise, ID\n\nPay: $18 - $22 per hour. Health insurance.\n\nAcme is an equal opportunity employer.\n";
const NO_PAY_DENVER: &str = "# Cook\n\nLocation: Denver, CO\n\nHealth insurance. Apply by 2026-12-01.\n\nAcme is an equal opportunity employer.\n";

fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("2024")).unwrap();
    std::fs::write(p.join("2024/barista.md"), CLEAN).unwrap();
    std::fs::write(p.join("2024/cook.md"), NO_PAY_DENVER).unwrap();
    // Invalid UTF-8: counted and listed, the audit goes on.
    std::fs::write(p.join("2024/broken.txt"), b"Pay: \x81\x8d").unwrap();
    // Binary files and hidden folders are skipped.
    std::fs::write(p.join("2024/logo.txt"), b"\x89PNG\0\0\0").unwrap();
    std::fs::create_dir_all(p.join(".git")).unwrap();
    std::fs::write(p.join(".git/notes.md"), CLEAN).unwrap();
    std::fs::write(
        p.join("export.csv"),
        "job_id,city,posted,description\n\
         101,\"Denver, CO\",2019-06-01,\"Line cook. Health insurance. Acme is an equal opportunity employer.\"\n\
         102,\"Denver, CO\",2023-06-01,\"Line cook. Health insurance. Acme is an equal opportunity employer.\"\n\
         103,too,many,cells,here\n\
         104,Boise,2023-01-01,\n",
    )
    .unwrap();
    std::fs::write(
        p.join("export.jsonl"),
        "{\"id\": \"a1\", \"body\": \"Barista in Boise, ID. Pay: $18 - $22 per hour. Health insurance. Acme is an equal opportunity employer.\"}\n\
         {not json}\n",
    )
    .unwrap();
    dir
}

fn audit(dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    hirelint()
        .current_dir(dir)
        .args(["audit", "--no-progress"])
        .args(extra)
        .output()
        .unwrap()
}

/// How `export.csv` names its columns.
const EXPORT_COLUMNS: [&str; 6] = [
    "--id-field",
    "job_id",
    "--field",
    "location=city",
    "--field",
    "date_posted=posted",
];

#[test]
fn a_folder_and_exports_are_audited_with_a_summary() {
    let dir = archive();
    let out = audit(
        dir.path(),
        &[&EXPORT_COLUMNS[..], &["2024", "export.csv"]].concat(),
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{table}");
    assert!(table.starts_with("4 postings audited;"), "{table}");
    assert!(!table.contains("broken.txt: 2024/broken.txt"), "{table}");
    assert!(table.contains("3 inputs could not be read:"), "{table}");
    assert!(
        table.contains("2024/broken.txt: not valid UTF-8"),
        "{table}"
    );
    assert!(table.contains("export.csv:row 3: malformed row"), "{table}");
    assert!(
        table.contains("export.csv:104: no text in description"),
        "{table}"
    );
    assert!(
        !table.contains("logo") && !table.contains(".git"),
        "{table}"
    );
    // Judged at their own dates: Colorado's pay law applies from 2021, not to the 2019 row;
    // the undated cook.md is judged at today's date but left out of the share.
    assert!(table.contains("US-CO"), "{table}");
    assert!(
        table.contains("us-co-pay-transparency 0.0% of 1;"),
        "{table}"
    );
}

/// `--format json` is one JSON document however many postings there are, so that a JSON
/// reader gets the same type for one posting (not a bare object) and for none (not nothing).
#[test]
fn json_records_are_an_array_for_one_posting_and_for_none() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cook.md"), NO_PAY_DENVER).unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let one = audit(dir.path(), &["--format", "json", "cook.md"]);
    let doc: Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(doc.as_array().map(Vec::len), Some(1), "{doc}");
    assert_eq!(doc[0]["posting"], "cook.md");
    let none = audit(dir.path(), &["--format", "json", "empty"]);
    let doc: Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(doc, serde_json::json!([]));
}

#[test]
fn records_as_json_and_json_lines_and_csv_and_findings_csv() {
    let dir = archive();
    let out = audit(
        dir.path(),
        &[&EXPORT_COLUMNS[..], &["--format", "json", "export.csv"]].concat(),
    );
    let records = audit_records(&out.stdout);
    // The same records, one per line, for tools that stream them.
    let lines = audit(
        dir.path(),
        &[
            &EXPORT_COLUMNS[..],
            &["--format", "json-lines", "export.csv"],
        ]
        .concat(),
    );
    assert_eq!(json_lines(&lines.stdout), records);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["posting"], "export.csv:101");
    assert_eq!(records[0]["as_of"], "2019-06-01");
    assert_eq!(records[1]["as_of"], "2023-06-01");
    assert!(rule_ids(&records[1]).contains(&"pay/missing".to_string()));
    assert_eq!(records[1]["facts"]["locations"][0]["region"], "US-CO");
    // The summary goes to stderr.
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("2 postings audited")
    );

    let findings = dir.path().join("findings.csv");
    let out = audit(
        dir.path(),
        &[
            "--format",
            "csv",
            "--findings-csv",
            "findings.csv",
            "export.jsonl",
            "--text-field",
            "body",
            "--id-field",
            "id",
        ],
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut lines = stdout.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("posting,as_of,title,pay_min,pay_max")
    );
    let row = lines.next().unwrap();
    assert!(row.starts_with("export.jsonl:a1,"), "{row}");
    assert!(row.contains(",18.0,22.0,USD,hour,"), "{row}");
    let findings = std::fs::read_to_string(findings).unwrap();
    assert!(
        findings.starts_with("posting,rule,severity,line,column,message,laws\n"),
        "{findings}"
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("export.jsonl:row 2: malformed JSON")
    );
}

#[test]
fn nothing_readable_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"\x81\x81").unwrap();
    hirelint()
        .args(["audit", "--no-progress"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicate::str::contains("0 postings audited"))
        .stdout(predicate::str::contains("not valid UTF-8"));
}

#[test]
fn the_html_report_is_self_contained_and_its_charts_draw() {
    let dir = archive();
    let report = dir.path().join("report.html");
    let out = audit(
        dir.path(),
        &[
            &EXPORT_COLUMNS[..],
            &["--report", "report.html", "2024", "export.csv"],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    // Nothing to fetch: no external scripts, styles, fonts or images.
    for fetch in ["src=\"http", "href=\"http", "url(", "@import"] {
        assert!(!html.contains(fetch), "the report loads nothing: {fetch}");
    }
    assert!(html.contains("2024/cook.md"));
    // Laws by name and citation; a print stylesheet; a search box.
    assert!(
        html.contains("Colorado: Equal Pay for Equal Work Act"),
        "law names"
    );
    assert!(html.contains("C.R.S. § 8-5-201"), "citations");
    assert!(html.contains("@media print"));
    assert!(html.contains("<input id=\"search\" type=\"search\""));
    // Months of the postings' own dates; the undated ones as their own group.
    assert!(
        html.contains("\"2019-06\":{") && html.contains("\"2023-06\":{"),
        "months"
    );
    assert!(html.contains("undated: 2 of 4 postings have no date of their own"));

    let Some(dom) = render(&report, "1280,900") else {
        return;
    };
    assert!(
        dom.contains("data-drawn=\"yes\""),
        "the page's script did not finish"
    );
    for chart in ["by-law", "by-rule", "over-time", "law-months", "by-place"] {
        let start = dom
            .find(&format!("id=\"{chart}\""))
            .unwrap_or_else(|| panic!("no chart {chart}"));
        let end = start + dom[start..].find("<h2").unwrap();
        assert!(
            dom[start..end].contains("class=\"row") || dom[start..end].contains("<td"),
            "chart {chart} drew nothing"
        );
    }
    // Laws appear by name, coloured by share: the 2023 Denver row broke Colorado's pay law.
    assert!(
        dom.contains("<div class=\"label\">Colorado: Equal Pay for Equal Work Act<span class=\"sub\">C.R.S. § 8-5-201"),
        "a law by name and citation"
    );
    assert!(dom.contains("bar bar-red"), "a share under 50% is red");
    assert!(
        dom.contains("bar bar-green"),
        "a share of 90% or more is green"
    );
    assert!(dom.contains(">no date</div>"), "the undated postings' bar");
    assert!(
        dom.contains(">2024/cook.md</a>"),
        "the table lists the postings"
    );
    labels_inside(&dom, "1280x900");
    // Narrow, the labels wrap and stay inside too.
    if let Some(dom) = render(&report, "420,900") {
        labels_inside(&dom, "420x900");
    }
}

/// The page as headless Chromium leaves it once its script ran, at this window size; `None`
/// (the test says it skipped) when Chromium is not installed.
fn render(page: &std::path::Path, window: &str) -> Option<String> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let Some(chromium) = chromium else {
        eprintln!(
            "skipped the drawing checks: Chromium is not installed (.ci/run installs Debian's chromium)"
        );
        return None;
    };
    let dom = std::process::Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom"])
        .arg(format!("--window-size={window}"))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    Some(String::from_utf8_lossy(&dom.stdout).into_owned())
}

/// The page names the labels that do not lie inside their chart (or whose text runs out of
/// its box): there must be none.
fn labels_inside(dom: &str, window: &str) {
    let start = dom
        .find("data-labels-outside=\"")
        .expect("the page measured its labels")
        + "data-labels-outside=\"".len();
    let outside = &dom[start..start + dom[start..].find('"').unwrap()];
    assert_eq!(outside, "[]", "labels outside their charts at {window}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_prints_the_summary_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for i in 0..40_000 {
        jsonl.push_str(&format!(
            "{{\"description\": \"Barista number {i} in Boise, ID. Pay: $18 - $22 per hour. Health insurance.\"}}\n"
        ));
    }
    std::fs::write(dir.path().join("big.jsonl"), jsonl).unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_hirelint"))
        .current_dir(dir.path())
        .args(["audit", "--no-progress", "big.jsonl"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(130), "{table}");
    assert!(table.contains("postings audited (interrupted)"), "{table}");
}

#[test]
fn the_summary_counts_in_words_that_agree() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cook.md"), NO_PAY_DENVER).unwrap();
    let out = hirelint()
        .current_dir(dir.path())
        .args(["audit", "--no-progress", "cook.md", "missing.md"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("1 posting audited;"), "{table}");
    assert!(table.contains("1 input could not be read:"), "{table}");
    assert!(
        table.contains(" 1 error,") || table.contains(" errors,"),
        "{table}"
    );
    assert!(
        !table.contains(" 1 errors") && !table.contains(" 1 infos"),
        "{table}"
    );
}

/// An export with two dated rows and two undated ones, all in Denver without pay: Colorado's
/// pay law (from 2021) applies to the 2023 row, not to the 2019 one.
const MIXED_DATES: &str = "id,city,posted,description\n\
    d2019,\"Denver, CO\",2019-06-01,\"Line cook. Health insurance. Acme is an equal opportunity employer.\"\n\
    d2023,\"Denver, CO\",2023-06-01,\"Line cook. Health insurance. Acme is an equal opportunity employer.\"\n\
    u1,\"Denver, CO\",,\"Prep cook. Health insurance. Acme is an equal opportunity employer.\"\n\
    u2,\"Denver, CO\",,\"Dishwasher. Health insurance. Acme is an equal opportunity employer.\"\n";

const MIXED_COLUMNS: [&str; 6] = [
    "--id-field",
    "id",
    "--field",
    "location=city",
    "--field",
    "date_posted=posted",
];

fn mixed(extra: &[&str]) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("jobs.csv"), MIXED_DATES).unwrap();
    let out = audit(
        dir.path(),
        &[&MIXED_COLUMNS[..], extra, &["jobs.csv"]].concat(),
    );
    (dir, out)
}

#[test]
fn undated_postings_are_their_own_group_judged_today_by_default() {
    let (_dir, out) = mixed(&[]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("4 postings audited;"), "{table}");
    assert!(
        table.contains("dates: judged 2 postings at their own posting dates"),
        "{table}"
    );
    assert!(
        table.contains(
            "undated: 2 of 4 postings have no date of their own; judged at today's date, "
        ),
        "{table}"
    );
    assert!(table.contains("(--undated today, the default)"), "{table}");
    // How to date them.
    assert!(table.contains("--field date_posted=COLUMN"), "{table}");
    assert!(table.contains("--as-of DATE"), "{table}");
    // Both undated rows break today's Colorado pay law; the share per law counts the one
    // dated posting it covered, not them.
    assert!(
        table.contains("  2 of them with findings, 2 with errors"),
        "{table}"
    );
    let pay = table
        .lines()
        .find(|l| l.starts_with("pay/missing"))
        .unwrap_or_else(|| panic!("{table}"));
    let cells: Vec<&str> = pay.split_whitespace().collect();
    // Without a law, a missing pay is a warning: the 2019 row has one too.
    assert_eq!(
        cells[1..4],
        ["4", "100.0%", "2"],
        "postings, share, undated: {pay}"
    );
    let place = table
        .lines()
        .find(|l| l.starts_with("US-CO "))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(
        place.contains("us-co-pay-transparency 0.0% of 1;"),
        "{place}"
    );
    let cells: Vec<&str> = place.split_whitespace().collect();
    assert_eq!(cells[1..3], ["4", "2"], "postings, undated: {place}");
    assert!(table.contains("(undated postings not counted)"), "{table}");
}

#[test]
fn undated_skip_leaves_them_out_of_findings_records_and_status() {
    let dir = tempfile::tempdir().unwrap();
    // Only undated postings that break the law: skipped, nothing fails.
    std::fs::write(dir.path().join("cook.md"), NO_PAY_DENVER).unwrap();
    let out = audit(dir.path(), &["--undated", "skip", "cook.md"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{table}");
    assert!(table.starts_with("0 postings audited;"), "{table}");
    assert!(
        table.contains(
            "undated: 1 of 1 posting has no date of its own; left out of the findings, shares and records (--undated skip)"
        ),
        "{table}"
    );
    assert!(!table.contains("pay/missing"), "{table}");

    let (_dir, out) = mixed(&["--undated", "skip", "--format", "json"]);
    let names: Vec<String> = audit_records(&out.stdout)
        .iter()
        .map(|r| r["posting"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["jobs.csv:d2019", "jobs.csv:d2023"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("2 postings audited;"), "{stderr}");
    assert!(stderr.contains("(--undated skip)"), "{stderr}");
}

#[test]
fn undated_at_a_date_judges_them_by_that_dates_law_and_counts_them() {
    let (_dir, out) = mixed(&["--undated", "2019-06-01", "--format", "json"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let records = audit_records(&out.stdout);
    let by_name = |n: &str| {
        records
            .iter()
            .find(|r| r["posting"] == n)
            .unwrap_or_else(|| panic!("{stdout}"))
    };
    assert_eq!(by_name("jobs.csv:u1")["as_of"], "2019-06-01");
    assert_eq!(by_name("jobs.csv:u1")["dated_by"], "undated-date");
    assert_eq!(by_name("jobs.csv:d2023")["dated_by"], "posting");
    assert_eq!(by_name("jobs.csv:d2023")["as_of"], "2023-06-01");
    // No pay law in Colorado in 2019: a missing pay is only a warning.
    assert_eq!(by_name("jobs.csv:u1")["errors"], 0, "{stdout}");
    assert_eq!(by_name("jobs.csv:d2023")["errors"], 1, "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("judged at 2019-06-01 (--undated 2019-06-01)"),
        "{stderr}"
    );
    // A date the user gives counts in the shares: the two undated rows are covered by the
    // laws of 2019, not by Colorado's pay law.
    let (_dir, out) = mixed(&["--undated", "2019-06-01"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("us-co-pay-transparency 0.0% of 1;"),
        "{table}"
    );
    assert!(table.contains("us-title-vii 100.0% of 4"), "{table}");
    assert!(!table.contains("(undated postings not counted)"), "{table}");
}

#[test]
fn as_of_counts_every_posting_in_the_shares() {
    let (_dir, out) = mixed(&["--as-of", "2024-01-01"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("dates: judged 4 postings at the --as-of date"),
        "{table}"
    );
    assert!(
        table.contains(
            "undated: 2 of 4 postings have no date of their own; judged at the --as-of date"
        ),
        "{table}"
    );
    assert!(
        table.contains("us-co-pay-transparency 0.0% of 4;"),
        "{table}"
    );
}

#[test]
fn csv_records_say_how_each_posting_was_dated() {
    let (_dir, out) = mixed(&["--format", "csv"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|h| h == "dated_by").unwrap();
    let dated: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[column].to_string())
        })
        .collect();
    assert_eq!(
        dated,
        [
            ("jobs.csv:d2019".to_string(), "posting".to_string()),
            ("jobs.csv:d2023".into(), "posting".into()),
            ("jobs.csv:u1".into(), "undated-today".into()),
            ("jobs.csv:u2".into(), "undated-today".into()),
        ]
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("(--undated today, the default)"),
        "{stderr}"
    );
}

#[test]
fn a_bad_undated_value_is_a_usage_error() {
    hirelint()
        .args(["audit", "--undated", "yesterday", "x.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "expected `today`, `skip` or a date as YYYY-MM-DD, not `yesterday`",
        ));
}
