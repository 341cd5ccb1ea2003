//! CLI tests: they run the real `hirelint` binary on postings and rule files we wrote.

use crate::common::hirelint;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

fn json_findings(args: &[&str]) -> (i32, Value) {
    let out = hirelint()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), doc)
}

fn rules_fired(doc: &Value) -> Vec<String> {
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["rule"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn clean_examples_pass() {
    for f in [
        "examples/clean/data-analyst.md",
        "examples/clean/warehouse-associate.txt",
    ] {
        let (code, doc) = json_findings(&[f]);
        assert_eq!(rules_fired(&doc), Vec::<String>::new(), "{f}");
        assert_eq!(code, 0, "{f}");
    }
}

#[test]
fn each_broken_example_breaks_its_rule_and_only_it() {
    let cases = [
        ("missing-pay.md", "pay/missing", 1),
        ("inverted-pay-range.md", "pay/inverted", 1),
        ("missing-location.md", "location/missing", 1),
        ("internship-without-duration.md", "duration/missing", 1),
        ("missing-eeo-statement.md", "eeo/missing", 0),
        (
            "entry-level-asks-for-years.md",
            "conflict/experience-level",
            0,
        ),
        (
            "duration-does-not-fit-dates.md",
            "conflict/duration-dates",
            0,
        ),
        ("remote-but-on-site.md", "conflict/work-arrangement", 0),
        ("full-time-and-part-time.txt", "conflict/employment-type", 0),
        ("ageist-wording.md", "language/age", 1),
        ("native-speaker.md", "language/native-speaker", 0),
        ("gendered-title.md", "language/gendered", 0),
        ("gender-coded-wording.md", "language/gender-coded", 0),
        ("rockstar-title.md", "language/rockstar", 0),
        ("degree-required-and-not.md", "conflict/degree", 0),
        (
            "junior-title-asks-for-years.md",
            "conflict/seniority-title",
            0,
        ),
        ("years-of-kubernetes.md", "conflict/tech-age", 0),
        ("jsonld-salary-differs.html", "jsonld/mismatch", 1),
    ];
    for (file, rule, exit) in cases {
        let path = format!("examples/broken/{file}");
        let (code, doc) = json_findings(&[&path]);
        let mut fired = rules_fired(&doc);
        fired.dedup();
        assert_eq!(fired, vec![rule.to_string()], "{path}");
        assert_eq!(
            code, exit,
            "{path}: exit code with the default --fail-on error"
        );
    }
}

#[test]
fn fail_on_sets_the_threshold() {
    let f = "examples/broken/missing-eeo-statement.md";
    hirelint()
        .args(["check", "--fail-on", "warning", f])
        .assert()
        .code(1);
    hirelint()
        .args(["check", "--fail-on", "error", f])
        .assert()
        .code(0);
    hirelint()
        .args([
            "check",
            "--fail-on",
            "never",
            "examples/broken/missing-pay.md",
        ])
        .assert()
        .code(0);
}

#[test]
fn json_report_shape_and_spans() {
    let (_, doc) = json_findings(&["examples/broken/inverted-pay-range.md"]);
    assert_eq!(doc["version"], 1);
    assert_eq!(
        doc["summary"],
        serde_json::json!({"files": 1, "errors": 1, "warnings": 0, "infos": 0, "suppressed": 0})
    );
    let file = &doc["files"][0];
    assert_eq!(file["path"], "examples/broken/inverted-pay-range.md");
    let finding = &file["findings"][0];
    assert_eq!(finding["rule"], "pay/inverted");
    assert_eq!(finding["severity"], "error");
    assert!(finding["help"].as_str().unwrap().contains("lower"));
    let span = &finding["spans"][0];
    let text = std::fs::read_to_string("examples/broken/inverted-pay-range.md").unwrap();
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "$52.00 - $44.00 per hour");
    assert_eq!(
        (span["line"].as_u64(), span["column"].as_u64()),
        (Some(5), Some(10))
    );
    assert!(span["label"].as_str().unwrap().contains("above maximum"));
}

#[test]
fn a_contradiction_labels_both_sides() {
    let (_, doc) = json_findings(&["examples/broken/remote-but-on-site.md"]);
    let spans = doc["files"][0]["findings"][0]["spans"].as_array().unwrap();
    assert_eq!(spans.len(), 2);
    assert!(spans[0]["label"].as_str().unwrap().contains("fully remote"));
}

#[test]
fn human_output_is_a_miette_report() {
    let out = hirelint()
        .args([
            "check",
            "--color",
            "never",
            "examples/broken/missing-pay.md",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("human_missing_pay", text);
}

#[test]
fn folders_are_walked_and_stdin_is_read() {
    let (code, doc) = json_findings(&["examples"]);
    assert_eq!(doc["summary"]["files"], 24);
    assert_eq!(code, 1);
    let posting = std::fs::read_to_string("examples/broken/missing-pay.md").unwrap();
    let out = hirelint()
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "drafts/support.md",
            "-",
        ])
        .write_stdin(posting)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["files"][0]["path"], "drafts/support.md");
    assert_eq!(rules_fired(&doc), ["pay/missing"]);
}

#[test]
fn unreadable_inputs_exit_2_and_the_rest_is_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Cook\n\nPay: \x9012 per hour\n").unwrap();
    let out = hirelint()
        .args(["check", "--format", "json"])
        .arg(&bad)
        .arg("does/not/exist.md")
        .arg("examples/clean/data-analyst.md")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not valid UTF-8") && stderr.contains("offset 11"),
        "{stderr}"
    );
    assert!(stderr.contains("does/not/exist.md"), "{stderr}");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["files"], 3);
}

#[test]
fn usage_errors_exit_2() {
    hirelint().args(["check"]).assert().code(2);
    hirelint()
        .args(["check", "--format", "yaml", "x.md"])
        .assert()
        .code(2);
    hirelint()
        .args(["check", "--as-of", "last tuesday", "x.md"])
        .assert()
        .code(2);
}

fn rule_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// What `check --rules` says of a rule folder holding `files`, which it must refuse (exit 2).
fn refused_rules(files: &[(&str, &str)]) -> String {
    let dir = rule_dir(files);
    let out = hirelint()
        .args(["check", "--rules"])
        .arg(dir.path())
        .arg("examples/clean/data-analyst.md")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_broken_rule_file_is_reported_like_a_compiler_error() {
    let stderr = refused_rules(&[(
        "acme.yaml",
        "- id: acme/rockstar\n  severity: info\n  message: m\n  forbid: { pattern: 'rock(star' }\n",
    )]);
    assert!(stderr.contains("acme.yaml:4:23"), "{stderr}");
    assert!(stderr.contains("invalid regex"), "{stderr}");
    assert!(stderr.contains("hirelint::rules"), "{stderr}");
}

#[test]
fn user_rules_run_with_messages_that_interpolate() {
    let dir = rule_dir(&[
        (
            "acme.yaml",
            "- id: acme/rockstar\n  severity: warning\n  message: 'Avoid \"{match}\" in job ads.'\n  help: Say what the job needs.\n  forbid: { pattern: '(?i)\\brock ?stars?\\b', label: jargon }\n  examples:\n    bad: ['# Dev\\n\\nWe want a rockstar.\\n']\n    good: ['# Dev\\n\\nWe want a developer.\\n']\n",
        ),
        (
            "vocab/places.yaml",
            "cities:\n  - name: Springfield Gardens\n    region: US-NY\n    country: US\n",
        ),
    ]);
    let text = "# Developer\n\nLocation: Springfield Gardens\n\nWe want a Rockstar developer.\n";
    let out = hirelint()
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "x.md",
            "--rules",
        ])
        .arg(dir.path())
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    let rock = findings
        .iter()
        .find(|f| f["rule"] == "acme/rockstar")
        .expect("user rule fired");
    assert_eq!(rock["message"], "Avoid \"Rockstar\" in job ads.");
    assert_eq!(rock["spans"][0]["label"], "jargon");
    // The user's place vocabulary extends the built-in one.
    let out = hirelint()
        .args(["extract", "--stdin-filename", "x.md", "--rules"])
        .arg(dir.path())
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts["locations"][0]["region"], "US-NY");
}

#[test]
fn as_of_decides_which_rules_apply() {
    let dir = rule_dir(&[(
        "law.yaml",
        "- id: acme/new-law\n  severity: error\n  message: m\n  applies: { from: 2024-01-01 }\n  require: { fact: eeo_statement }\n",
    )]);
    let f = "examples/broken/missing-eeo-statement.md";
    let run = |date: &str| {
        let out = hirelint()
            .args(["check", "--format", "json", "--as-of", date, "--rules"])
            .arg(dir.path())
            .arg(f)
            .output()
            .unwrap();
        rules_fired(&serde_json::from_slice(&out.stdout).unwrap())
    };
    assert!(!run("2023-12-31").contains(&"acme/new-law".to_string()));
    assert!(run("2024-01-01").contains(&"acme/new-law".to_string()));
}

#[test]
fn rules_and_explain() {
    hirelint().arg("rules").assert().success().stdout(
        predicate::str::contains("pay/missing")
            .and(predicate::str::contains("conflict/employment-type")),
    );
    hirelint()
        .args(["explain", "eeo/missing"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Why it matters").and(predicate::str::contains("Flagged:")),
        );
    hirelint()
        .args(["explain", "no/such-rule"])
        .assert()
        .code(2);
    // The rules that check suppression comments are rules like the others.
    hirelint().arg("rules").assert().success().stdout(
        predicate::str::contains("suppression/no-reason")
            .and(predicate::str::contains("suppression/unused")),
    );
    for id in ["suppression/no-reason", "suppression/unused"] {
        hirelint().args(["explain", id]).assert().success().stdout(
            predicate::str::contains(id).and(
                predicate::str::contains("Remove it").or(predicate::str::contains("Write why")),
            ),
        );
    }
}

#[test]
fn extract_prints_the_documented_facts() {
    let out = hirelint()
        .args(["extract", "examples/clean/warehouse-associate.txt"])
        .output()
        .unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        facts["pay"],
        serde_json::json!({"min": 19.5, "max": 21.0, "currency": "USD", "period": "hour"})
    );
    assert_eq!(
        facts["jurisdictions"],
        serde_json::json!(["US-OH-COLUMBUS", "US-OH"])
    );
    assert_eq!(facts["employment_type"], "TEMPORARY");
    assert_eq!(facts["fixed_term"], true);
    assert_eq!(
        facts["duration"],
        serde_json::json!({"value": 10.0, "unit": "week"})
    );
    assert_eq!(facts["eeo_statement"], true);
    assert!(Path::new("examples/clean/warehouse-associate.txt").exists());
}

#[test]
fn rules_as_json_and_extract_with_spans() {
    let out = hirelint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"pay/missing") && ids.contains(&"conflict/duration-dates"),
        "{ids:?}"
    );
    let f = "examples/clean/warehouse-associate.txt";
    let out = hirelint().args(["extract", "--spans", f]).output().unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    let [start, end] = [
        facts["spans"]["pay"][0].as_u64().unwrap() as usize,
        facts["spans"]["pay"][1].as_u64().unwrap() as usize,
    ];
    assert_eq!(
        &std::fs::read_to_string(f).unwrap()[start..end],
        "$19.50 - $21.00 per hour"
    );
    // The work arrangement's span is the words that decided it.
    let g = "examples/clean/data-analyst.md";
    let out = hirelint().args(["extract", "--spans", g]).output().unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts["work_arrangement"], "hybrid", "{facts}");
    let span = &facts["spans"]["work_arrangement"];
    let [start, end] = [0, 1].map(|i| span[i].as_u64().unwrap() as usize);
    assert_eq!(&std::fs::read_to_string(g).unwrap()[start..end], "hybrid");
    // Several files give an array.
    let out = hirelint()
        .args(["extract", f, "examples/clean/data-analyst.md"])
        .output()
        .unwrap();
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.as_array().map(Vec::len), Some(2));
}

#[test]
fn color_only_when_asked_or_on_a_terminal() {
    let f = "examples/broken/missing-pay.md";
    let plain = hirelint().args(["check", f]).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'),
        "piped output has no color"
    );
    let colored = hirelint()
        .args(["check", "--color", "always", f])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&colored.stdout).contains('\u{1b}'),
        "--color always colors"
    );
}

/// The text, line and column of each span of the findings of `rule` in `file`, in order.
fn spans_of(file: &str, rule: &str, extra: &[&str]) -> Vec<(String, u64, u64, String)> {
    let mut args = vec![file];
    args.extend_from_slice(extra);
    let (_, doc) = json_findings(&args);
    let text = std::fs::read_to_string(file).unwrap();
    doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .flat_map(|f| f["spans"].as_array().unwrap().clone())
        .map(|s| {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            (
                text[start..end].to_string(),
                s["line"].as_u64().unwrap(),
                s["column"].as_u64().unwrap(),
                s["label"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn language_rules_point_at_the_words() {
    let age = spans_of("examples/broken/ageist-wording.md", "language/age", &[]);
    // Each finding also labels the place that brings the ADEA in.
    assert!(
        age.iter()
            .any(|s| s.3 == "covered by The Age Discrimination in Employment Act"),
        "{age:?}"
    );
    assert_eq!(
        age.iter()
            .filter(|s| !s.3.starts_with("covered by"))
            .map(|(t, l, c, _)| (t.as_str(), *l, *c))
            .collect::<Vec<_>>(),
        [
            ("Recent college graduates", 12, 3),
            ("aged 22 to 30", 13, 24)
        ]
    );
    let gendered = spans_of(
        "examples/broken/gendered-title.md",
        "language/gendered",
        &[],
    );
    let words: Vec<(&str, u64)> = gendered
        .iter()
        .filter(|s| !s.3.starts_with("covered by"))
        .map(|s| (s.0.as_str(), s.1))
        .collect();
    assert_eq!(words, [("Foreman", 1), ("He will assign", 7)]);
    let native = spans_of(
        "examples/broken/native-speaker.md",
        "language/native-speaker",
        &[],
    );
    assert_eq!(native[0].0, "Native English speaker");
    let ninja = spans_of(
        "examples/broken/rockstar-title.md",
        "language/rockstar",
        &[],
    );
    assert_eq!((ninja[0].0.as_str(), ninja[0].1), ("ninja", 7));
}

#[test]
fn gender_coded_wording_labels_every_coded_word() {
    let spans = spans_of(
        "examples/broken/gender-coded-wording.md",
        "language/gender-coded",
        &[],
    );
    assert_eq!(
        spans[0].0, "Account Executive",
        "the finding points at the title"
    );
    assert_eq!(spans[0].3, "leans masculine");
    let words: Vec<&str> = spans[1..].iter().map(|s| s.0.as_str()).collect();
    assert_eq!(
        words,
        [
            "ambitious",
            "assertive",
            "decisive",
            "lead",
            "independently",
            "challenging"
        ]
    );
    assert!(spans[1..].iter().all(|s| s.3 == "masculine-coded"));
    let (_, doc) = json_findings(&["examples/broken/gender-coded-wording.md"]);
    let message = doc["files"][0]["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("6 masculine-coded (ambitious, assertive,")
            && message.contains("against 0 feminine-coded (none)"),
        "{message}"
    );
}

#[test]
fn new_contradictions_label_both_sides() {
    let degree = spans_of(
        "examples/broken/degree-required-and-not.md",
        "conflict/degree",
        &[],
    );
    assert_eq!(
        degree
            .iter()
            .map(|(t, l, _, label)| (t.as_str(), *l, label.as_str()))
            .collect::<Vec<_>>(),
        [
            ("No degree required", 7, "says a degree is not required"),
            (
                "Bachelor's degree required",
                11,
                "but requires a degree here"
            ),
        ]
    );
    let title = spans_of(
        "examples/broken/junior-title-asks-for-years.md",
        "conflict/seniority-title",
        &[],
    );
    assert_eq!(title[0].0, "Junior");
    assert_eq!(
        (title[1].0.as_str(), title[1].1),
        ("6+ years of experience", 11)
    );
}

#[test]
fn tech_age_is_judged_at_the_posting_date() {
    let f = "examples/broken/years-of-kubernetes.md";
    // Posted 2022-03-01 (front matter `date`): Kubernetes (2014) had existed for 8 years.
    let spans = spans_of(f, "conflict/tech-age", &[]);
    assert_eq!(
        (spans[0].0.as_str(), spans[0].1),
        ("10+ years of experience with Kubernetes", 19)
    );
    let (_, doc) = json_findings(&[f]);
    let message = doc["files"][0]["findings"][0]["message"].as_str().unwrap();
    assert!(
        message
            .contains("10+ years of Kubernetes, which was first released in 2014: at most 8 years"),
        "{message}"
    );
    // Judged in 2026, twelve years are possible.
    assert!(spans_of(f, "conflict/tech-age", &["--as-of", "2026-06-01"]).is_empty());
}

/// The findings of one file as (rule, severity, laws, message).
fn findings_of(doc: &Value) -> Vec<(String, String, Vec<String>, String)> {
    crate::common::findings(doc)
        .into_iter()
        .map(|(rule, severity, laws, message, _)| (rule, severity, laws, message))
        .collect()
}

/// The first finding of `rule` in the first file, as [`findings_of`] gives it.
fn finding(doc: &Value, rule: &str) -> (String, String, Vec<String>, String) {
    findings_of(doc)
        .into_iter()
        .find(|f| f.0 == rule)
        .unwrap_or_else(|| panic!("no {rule} finding in {doc}"))
}

#[test]
fn a_new_york_city_posting_is_judged_by_the_city_laws_at_its_date() {
    let (code, doc) = json_findings(&["examples/compliance/nyc-barista.md"]);
    assert_eq!(code, 1);
    let pay = finding(&doc, "pay/missing");
    assert_eq!(pay.1, "error");
    // Dated 2023-03-01: New York City's law, not yet the State's (2023-09-17).
    assert_eq!(pay.2, ["us-ny-nyc-pay-transparency"]);
    assert!(
        pay.3.starts_with("No pay is stated. New York City requires a minimum and a maximum salary in every job posting (the same figure only for a fixed rate) (NYC Admin. Code § 8-107(32), since 2022-11-01)"),
        "{}",
        pay.3
    );
    assert!(
        pay.3.ends_with("This assumes the employer has at least 4 employees (set `employees` in hirelint.yaml or pass --employees)."),
        "{}",
        pay.3
    );
    let chance = finding(&doc, "language/criminal-history");
    assert_eq!(
        (chance.1.as_str(), chance.2[0].as_str()),
        ("error", "us-ny-nyc-fair-chance")
    );
    // Judged after the State law took effect, both are named.
    let (_, doc) = json_findings(&[
        "--as-of",
        "2024-01-10",
        "examples/compliance/nyc-barista.md",
    ]);
    let pay = finding(&doc, "pay/missing");
    assert_eq!(
        pay.2,
        ["us-ny-nyc-pay-transparency", "us-ny-pay-transparency"]
    );
    assert!(
        pay.3.contains("; so does New York State. This assumes"),
        "{}",
        pay.3
    );
    // Told the employer's size, hirelint assumes nothing; below both laws' 4, neither applies.
    let (_, doc) = json_findings(&[
        "--as-of",
        "2024-01-10",
        "--employees",
        "12",
        "examples/compliance/nyc-barista.md",
    ]);
    let pay = finding(&doc, "pay/missing");
    assert!(!pay.3.contains("assumes"), "{}", pay.3);
    let (_, doc) = json_findings(&[
        "--as-of",
        "2024-01-10",
        "--employees",
        "3",
        "examples/compliance/nyc-barista.md",
    ]);
    let pay = finding(&doc, "pay/missing");
    assert_eq!((pay.1.as_str(), pay.2.len()), ("warning", 0));
    // Before the city law: a warning that names no law.
    let (_, doc) = json_findings(&[
        "--as-of",
        "2022-10-31",
        "examples/compliance/nyc-barista.md",
    ]);
    let pay = finding(&doc, "pay/missing");
    assert_eq!((pay.1.as_str(), pay.2.len()), ("warning", 0));
}

#[test]
fn an_ontario_posting_gets_the_2026_duties() {
    let (code, doc) = json_findings(&["examples/compliance/ontario-analyst.md"]);
    assert_eq!(code, 1);
    let mut rules: Vec<(String, String)> =
        findings_of(&doc).into_iter().map(|f| (f.0, f.1)).collect();
    rules.sort();
    let error = |r: &str| (r.to_string(), "error".to_string());
    assert_eq!(
        rules,
        [
            error("ai-disclosure/missing"),
            error("language/canadian-experience"),
            error("pay/range-too-wide"),
            error("vacancy/undisclosed"),
        ]
    );
    let wide = finding(&doc, "pay/range-too-wide");
    assert!(wide.3.contains("spans 60,000"), "{}", wide.3);
    // In 2025 none of Ontario's posting duties applied yet.
    let (code, doc) = json_findings(&[
        "--as-of",
        "2025-12-31",
        "examples/compliance/ontario-analyst.md",
    ]);
    assert_eq!((code, rules_fired(&doc).len()), (0, 0), "{doc}");
}

#[test]
fn a_remote_role_open_across_the_us_falls_under_laws_that_reach_remote_work() {
    let (_, doc) = json_findings(&["examples/compliance/remote-support-agent.md"]);
    let open = finding(&doc, "pay/open-ended");
    assert_eq!(open.1, "error");
    // Colorado (confirmed ban) first; the other laws that reach remote work follow.
    assert_eq!(open.2[0], "us-co-pay-transparency");
    assert!(open.2.contains(&"us-ca-pay-transparency".to_string()));
    assert!(
        !open.2.contains(&"us-il-pay-transparency".to_string()),
        "Illinois does not reach remote roles"
    );
    let deadline = finding(&doc, "deadline/missing");
    assert_eq!(
        (deadline.1.as_str(), deadline.2[0].as_str()),
        ("error", "us-co-pay-transparency")
    );
    // The label points at the location that brings the law in.
    let spans = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "deadline/missing")
        .unwrap()["spans"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        spans
            .iter()
            .any(|s| s["label"] == "a remote role that could be done in Colorado"),
        "{spans:?}"
    );
    // Before Colorado's deadline duty (2024-01-01) there is no deadline finding.
    let (_, doc) = json_findings(&[
        "--as-of",
        "2023-12-31",
        "examples/compliance/remote-support-agent.md",
    ]);
    assert!(!rules_fired(&doc).contains(&"deadline/missing".to_string()));
}

#[test]
fn employer_and_jurisdiction_options() {
    let eeo = "examples/broken/missing-eeo-statement.md";
    let (code, doc) = json_findings(&[eeo]);
    assert_eq!((code, findings_of(&doc)[0].1.as_str()), (0, "warning"));
    let (code, doc) = json_findings(&["--federal-contractor", eeo]);
    let f = &findings_of(&doc)[0];
    assert_eq!((code, f.1.as_str()), (1, "error"));
    assert!(f.2.contains(&"us-vevraa".to_string()), "{f:?}");
    // A posting that names no place is judged where --jurisdiction says.
    let nowhere = "examples/broken/missing-location.md";
    let (_, doc) = json_findings(&["--jurisdiction", "US-CO", "--as-of", "2024-06-01", nowhere]);
    assert!(
        rules_fired(&doc).contains(&"deadline/missing".to_string()),
        "{doc}"
    );
    hirelint()
        .args(["check", "--jurisdiction", "not a code", nowhere])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("US-CO"));
}

#[test]
fn test_rules_runs_a_folders_examples() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("acme.yaml"),
        "- id: acme/ninja\n  severity: warning\n  message: no ninjas\n  forbid: { pattern: '(?i)ninja' }\n  examples:\n    bad: [\"# Dev\\n\\nA coding ninja.\\n\"]\n    good: [\"# Dev\\n\\nA developer.\\n\"]\n",
    )
    .unwrap();
    hirelint()
        .args(["test-rules"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 rules, 2 examples: 2 passed, 0 failed",
        ));
    std::fs::write(
        dir.path().join("broken.yaml"),
        "- id: acme/guru\n  severity: warning\n  message: no gurus\n  forbid: { pattern: '(?i)guru' }\n  examples:\n    bad: [\"# Dev\\n\\nA developer.\\n\"]\n    good: []\n",
    )
    .unwrap();
    hirelint()
        .args(["test-rules"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("FAIL acme/guru: bad example")
                .and(predicate::str::contains("1 failed")),
        );
    let empty = tempfile::tempdir().unwrap();
    hirelint()
        .args(["test-rules"])
        .arg(empty.path())
        .assert()
        .code(2);
    // A folder is tested on its own: the built-in folder itself (or a fork of it) repeats no
    // id of its own, though every id is a built-in one.
    let out = hirelint().args(["test-rules", "rules"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");
    let count: usize = stdout
        .split(" rules,")
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(count > 30, "{stdout}");
    // Within the folder, one id twice is still an error.
    std::fs::write(
        dir.path().join("again.yaml"),
        "- id: acme/ninja\n  severity: warning\n  message: m\n  forbid: { pattern: 'x' }\n",
    )
    .unwrap();
    hirelint()
        .args(["test-rules"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("duplicate rule id `acme/ninja`"));
}

#[test]
fn rules_lists_jurisdictions_and_explain_lists_laws() {
    hirelint().args(["rules"]).assert().success().stdout(
        predicate::str::contains("language/criminal-history")
            .and(predicate::str::contains("US-CA,US-NY-NYC")),
    );
    hirelint()
        .args(["explain", "deadline/missing"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("error    Colorado (US-CO)")
                .and(predicate::str::contains("since 2024-01-01"))
                .and(predicate::str::contains("Elsewhere: not reported")),
        );
}

#[test]
fn extract_as_schema_org_job_posting() {
    let out = hirelint()
        .args([
            "extract",
            "--format",
            "jsonld",
            "examples/compliance/nyc-barista.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["@context"], "https://schema.org/");
    assert_eq!(v["@type"], "JobPosting");
    assert_eq!(v["title"], "Barista");
    assert_eq!(v["datePosted"], "2023-03-01");
    assert_eq!(v["jobLocation"]["address"]["addressLocality"], "Brooklyn");
    assert_eq!(v["jobLocation"]["address"]["addressRegion"], "NY");
    assert!(
        v.get("baseSalary").is_none(),
        "no pay is stated, so none is invented"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("examples/compliance/nyc-barista.md: JSON-LD has no hiringOrganization"),
        "{stderr}"
    );
}

#[test]
fn extract_stops_quietly_when_the_reader_goes_away() {
    // `hirelint extract ... | head -1`: a closed pipe is not an error.
    for args in [
        &["extract", "examples"][..],
        &["rules"],
        &["explain", "pay/missing"],
    ] {
        let (code, stderr) = crate::common::with_stdout_closed(std::path::Path::new("."), args);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(code, Some(0), "{args:?}");
    }
}

#[test]
fn citizenship_required_by_law_allows_a_citizenship_requirement() {
    let posting = "# Analyst\n\nLocation: Austin, TX\n\nU.S. citizens only.\n";
    let run = |extra: &[&str]| {
        let out = hirelint()
            .args(["check", "--format", "json", "--stdin-filename", "job.md"])
            .args(extra)
            .arg("-")
            .write_stdin(posting)
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        rules_fired(&doc)
    };
    assert!(run(&[]).contains(&"language/citizenship".to_string()));
    assert!(!run(&["--citizenship-required-by-law"]).contains(&"language/citizenship".to_string()));
}

#[test]
fn an_html_page_is_read_for_its_visible_text_and_its_json_ld() {
    let path = "examples/broken/jsonld-salary-differs.html";
    let html = std::fs::read_to_string(path).unwrap();
    let (_, doc) = json_findings(&[path]);
    let finding = &doc["files"][0]["findings"][0];
    assert_eq!(finding["rule"], "jsonld/mismatch");
    let spans = finding["spans"].as_array().unwrap();
    assert_eq!(spans.len(), 2, "{spans:?}");
    // Both spans are byte offsets, lines and columns in the HTML file.
    let text_of = |s: &Value| {
        let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        html[a as usize..b as usize].to_string()
    };
    assert_eq!(text_of(&spans[0]), "\"baseSalary\"");
    assert_eq!(spans[0]["line"], 17);
    assert_eq!(text_of(&spans[1]), "$19&nbsp;&ndash;&nbsp;$23 per hour");
    assert_eq!(spans[1]["line"], 31);
    assert_eq!(spans[1]["column"], 30);
    assert_eq!(spans[1]["label"], "the page says $19 – $23 per hour");
    // The facts are those of the visible text; the navigation and the head are not posting
    // text.
    let out = hirelint().args(["extract", path]).output().unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts["title"], "Line Cook");
    assert_eq!(facts["pay"]["min"], 19.0);
    assert_eq!(facts["employment_type"], "FULL_TIME");
}

const FIXABLE: &str = "# Salesman\n\nLocation: Denver, CO\n\nPay: $50,000 - $60,000 per year. Health insurance.\n\nOur guys will train you. We need a waitress too.\n\nAcme is an equal opportunity employer. Apply by 2026-12-01.\n";

#[test]
fn fix_applies_safe_fixes_and_unsafe_fixes_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("job.md");
    std::fs::write(&path, FIXABLE).unwrap();
    // --diff shows the safe fixes and writes nothing.
    hirelint()
        .args(["check", "--diff"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("-# Salesman\n+# Salesperson"))
        .stdout(predicate::str::contains(
            "+Our guys will train you. We need a server too.",
        ))
        .stderr(predicate::str::contains(
            "would fix 2 findings in 1 file; 1 more with --unsafe-fixes",
        ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), FIXABLE);
    // --fix writes them and reports what is left: the unsafe one, with its fix offered.
    hirelint()
        .args(["check", "--fix"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "fix: replace \"guys\" with \"team\" (hirelint check --unsafe-fixes)",
        ))
        .stderr(predicate::str::contains("fixed 2 findings in 1 file"));
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        fixed,
        FIXABLE
            .replace("Salesman", "Salesperson")
            .replace("a waitress", "a server")
    );
    // Nothing safe is left to fix.
    hirelint()
        .args(["check", "--fix"])
        .arg(&path)
        .assert()
        .stderr(predicate::str::contains("fixed 0 findings in 0 files"));
    hirelint()
        .args(["check", "--unsafe-fixes"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("fixed 1 finding in 1 file"));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Our team will train you.")
    );
}

#[test]
fn fixes_are_in_the_json_report_and_stdin_gets_the_fixed_posting() {
    let (_, doc) = json_findings(&["examples/broken/gendered-title.md"]);
    let finding = &doc["files"][0]["findings"][0];
    let posting = std::fs::read_to_string("examples/broken/gendered-title.md").unwrap();
    let fix = &finding["fix"];
    let (start, end) = (
        fix["start"].as_u64().unwrap() as usize,
        fix["end"].as_u64().unwrap() as usize,
    );
    // "Foreman": supervisor or crew lead depends on the trade, so the fix is not safe.
    assert_eq!(
        (
            &posting[start..end],
            fix["replacement"].as_str().unwrap(),
            fix["safe"].as_bool().unwrap()
        ),
        (finding_text(&posting, finding), "Supervisor", false)
    );
    hirelint()
        .args(["check", "--fix", "-", "--stdin-filename", "job.md"])
        .write_stdin(FIXABLE)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Salesperson\n"));
}

fn finding_text<'a>(posting: &'a str, finding: &Value) -> &'a str {
    let span = &finding["spans"][0];
    &posting[span["start"].as_u64().unwrap() as usize..span["end"].as_u64().unwrap() as usize]
}

#[test]
fn a_page_is_fixed_in_its_html() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("job.html");
    let page = "<html><body><h1>Salesman</h1><p>Location: Denver, CO</p></body></html>\n";
    std::fs::write(&path, page).unwrap();
    hirelint()
        .args(["check", "--fix"])
        .arg(&path)
        .assert()
        .stderr(predicate::str::contains("fixed 1 finding in 1 file"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        page.replace("Salesman", "Salesperson")
    );
}

#[test]
fn only_a_forbid_rule_can_have_a_fix() {
    let dir = rule_dir(&[(
        "mine.yaml",
        "- id: acme/needs-pay\n  severity: error\n  message: No pay\n  require: { fact: pay }\n  fix:\n    safe: { a: b }\n",
    )]);
    hirelint()
        .args(["check", "--rules"])
        .arg(dir.path())
        .arg("examples/clean/data-analyst.md")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "only a `forbid` rule can have a `fix`",
        ));
}

#[test]
fn explain_lists_a_rules_fixes() {
    hirelint()
        .args(["explain", "language/gendered"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Fixes (--fix): "))
        .stdout(predicate::str::contains("salesman → salesperson"))
        .stdout(predicate::str::contains("Fixes (--unsafe-fixes): "))
        .stdout(predicate::str::contains("foreman → supervisor"));
}

#[test]
fn suppressed_findings_are_marked_in_json_and_left_out_elsewhere() {
    let posting = "<!-- hirelint-disable-next-line pay/missing -- pay is on the careers page -->\n# Support Agent\n\nLocation: Boise, ID\n\nHealth insurance.\n\n<!-- hirelint-disable-file eeo -->\nAcme hires people.\n";
    let out = hirelint()
        .args([
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "job.md",
        ])
        .write_stdin(posting)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    let by_rule = |rule: &str| findings.iter().find(|f| f["rule"] == rule).unwrap();
    assert_eq!(
        by_rule("pay/missing")["suppressed"]["reason"],
        "pay is on the careers page"
    );
    assert_eq!(by_rule("eeo/missing")["suppressed"]["reason"], "");
    assert!(by_rule("suppression/no-reason")["suppressed"].is_null());
    assert_eq!(doc["summary"]["suppressed"], 2);
    // Suppressed findings do not fail the check; the one without a reason is a warning.
    assert_eq!(out.status.code(), Some(0));
    hirelint()
        .args(["check", "-", "--stdin-filename", "job.md"])
        .write_stdin(posting)
        .assert()
        .success()
        .stdout(predicate::str::contains("suppression/no-reason"))
        .stdout(predicate::str::starts_with("pay/missing").not())
        .stdout(predicate::str::contains("\npay/missing").not())
        .stdout(predicate::str::contains("(2 suppressed)"));
}

#[test]
fn reading_no_posting_at_all_is_an_error_that_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("postings")).unwrap();
    std::fs::create_dir_all(d.join("empty")).unwrap();
    std::fs::write(
        d.join("postings/p.md"),
        "# Barista\n\nWe need a salesman.\n",
    )
    .unwrap();
    std::fs::write(d.join("hirelint.yaml"), "exclude: [\"**\"]\n").unwrap();
    for (args, why) in [
        (
            &["check", "postings"][..],
            "excluded by a config's `exclude`",
        ),
        (&["check", "empty"][..], "hold no .md"),
        (&["fmt", "--check", "empty"][..], "hold no .md"),
    ] {
        let out = hirelint().current_dir(d).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("no postings were read") && stderr.contains(why),
            "{args:?}: {stderr}"
        );
    }
}

/// A page whose visible text says `$18 - $22 per hour` in Denver, on site, with `ld` as its
/// JSON-LD script.
fn page_with_json_ld(ld: &str) -> String {
    format!(
        "<html><body><h1>Barista</h1><p>Location: Denver, CO</p><p>Pay: $18 - $22 per hour</p><p>You must work on site every day.</p><script type=\"application/ld+json\">{ld}</script></body></html>\n"
    )
}

/// (rule, the page's text at the primary span, message) of every `jsonld/` finding.
fn jsonld_findings(page: &str) -> Vec<(String, String, String)> {
    crate::common::stdin_findings("page.html", page)
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("jsonld/"))
        .map(|f| {
            let s = &f["spans"][0];
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            (
                f["rule"].as_str().unwrap().to_string(),
                page[a as usize..b as usize].to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_json_ld_mismatch_on_a_page_is_reported() {
    let page = page_with_json_ld(
        r#"{"@type":"JobPosting","baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":90,"maxValue":95,"unitText":"HOUR"}},"jobLocation":{"@type":"Place","address":{"addressLocality":"Austin","addressRegion":"TX","addressCountry":"US"}},"jobLocationType":"TELECOMMUTE","employmentType":"PART_TIME"}"#,
    );
    let mut found = jsonld_findings(&page);
    found.sort();
    let at: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        at,
        ["\"baseSalary\"", "\"jobLocation\"", "\"jobLocationType\""],
        "{found:#?}"
    );
    let messages: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("different salary")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("different location")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("different work arrangement")),
        "{messages:?}"
    );
}

/// `extract --format json --spans` of a page read from stdin.
fn page_facts(page: &str) -> Value {
    let out = hirelint()
        .args(["extract", "--format", "json", "--spans"])
        .args(["--stdin-filename", "page.html", "-"])
        .write_stdin(page)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_page_built_by_a_script_is_read_from_its_json_ld() {
    // An app root and nothing else: the posting is the JobPosting's title and description (HTML
    // inside a JSON string), and its structured properties are facts.
    let page = r#"<html><head><script type="application/ld+json">{"@context": "http://schema.org",
  "@type": "JobPosting", "title": "Night Baker &amp; Closer",
  "hiringOrganization": {"@type": "Organization", "description": "A bakery"},
  "datePosted": "2026-02-03T09:30:00-05:00", "validThrough": "2026-03-01",
  "employmentType": "TEMPORARY",
  "jobLocation": {"@type": "Place", "address": {"addressLocality": "Denver", "addressRegion": "CO", "addressCountry": "US"}},
  "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 0.0, "maxValue": 0.0}},
  "description": "<p>Bake bread for our two cafés through the winter season.</p><ul><li>Medical and dental insurance</li><li>Paid time off</li></ul><p>Pay: $19 - $23 per hour.</p><p>We are an equal opportunity employer and do not discriminate on the basis of race, religion, sex or disability.</p>"}
</script></head><body><div id="app"></div></body></html>
"#;
    let facts = page_facts(page);
    assert_eq!(facts["title"], "Night Baker & Closer", "{facts:#}");
    assert_eq!(facts["date_posted"], "2026-02-03", "{facts:#}");
    assert_eq!(facts["deadline"], "2026-03-01", "{facts:#}");
    assert_eq!(facts["employment_type"], "TEMPORARY", "{facts:#}");
    assert_eq!(facts["fixed_term"], true, "{facts:#}");
    assert_eq!(facts["jurisdictions"][0], "US-CO", "{facts:#}");
    // The description's pay, not the template's zeros.
    assert_eq!(facts["pay"]["min"], 19.0, "{facts:#}");
    assert_eq!(facts["pay"]["max"], 23.0, "{facts:#}");
    assert_eq!(facts["benefits"], true, "{facts:#}");
    assert_eq!(facts["eeo_statement"], true, "{facts:#}");
    // Spans point into the JSON string as written.
    let span = &facts["spans"]["pay"];
    let (a, b) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
    assert!(page[a as usize..b as usize].starts_with("$19"), "{span}");
    let span = &facts["spans"]["title"];
    let (a, b) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
    assert_eq!(&page[a as usize..b as usize], "Night Baker &amp; Closer");
    let found = crate::common::stdin_findings("page.html", page);
    let rules: Vec<&str> = found.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    for quiet in [
        "pay/missing",
        "benefits/missing",
        "eeo/missing",
        "location/missing",
    ] {
        assert!(!rules.contains(&quiet), "{rules:?}");
    }
    // A page that shows its posting keeps its visible text; the JSON-LD only fills what the
    // text does not state.
    let page = page_with_json_ld(
        r#"{"@type":"JobPosting","title":"Barista","description":"Pull shots.","datePosted":"2026-01-05","employmentType":"PART_TIME"}"#,
    );
    let facts = page_facts(&page);
    assert_eq!(facts["date_posted"], "2026-01-05", "{facts:#}");
    assert_eq!(facts["employment_type"], "PART_TIME", "{facts:#}");
    assert_eq!(facts["pay"]["min"], 18.0, "{facts:#}");
}

/// `extract --format json` of a Markdown posting read from stdin.
fn markdown_facts(posting: &str) -> Value {
    let out = hirelint()
        .args([
            "extract",
            "--format",
            "json",
            "--stdin-filename",
            "job.md",
            "-",
        ])
        .write_stdin(posting)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn front_matter_variants_of_sites_kept_in_git_are_read() {
    // A `position:` mapping, a schema.org type under `type`, a salary object, a list of places.
    let facts = markdown_facts(
        "---\nposition:\n  title: Ferry Deckhand\n  team: Marine\ntype: FULL_TIME\nsalary:\n  min: 41000\n  max: 47000\n  currency: usd\n  period: yearly\nlocation:\n  - Seattle, WA\n  - Tacoma, WA\n---\n\nKeep the deck safe.\n",
    );
    assert_eq!(facts["title"], "Ferry Deckhand", "{facts:#}");
    assert_eq!(facts["employment_type"], "FULL_TIME", "{facts:#}");
    assert_eq!(facts["pay"]["min"], 41000.0, "{facts:#}");
    assert_eq!(facts["pay"]["max"], 47000.0, "{facts:#}");
    assert_eq!(facts["pay"]["currency"], "USD", "{facts:#}");
    assert_eq!(facts["pay"]["period"], "year", "{facts:#}");
    assert_eq!(facts["locations"].as_array().unwrap().len(), 2, "{facts:#}");
    // A place named again in the text ("Seattle, WA", "seattle, wa") is listed once.
    let facts = markdown_facts(
        "---\nlocation: Seattle, WA\n---\n\n# Ferry Deckhand\n\nLocation: Seattle, WA\n\nKeep the deck safe between seattle, wa and Tacoma, WA.\n",
    );
    let places: Vec<&str> = facts["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect();
    assert_eq!(places, ["Seattle, WA", "Tacoma, WA"], "{facts:#}");
    // A `role:` names the title, and an intern's title makes the role an internship.
    let facts = markdown_facts(
        "---\ncompany: Harbor Works\nrole: Marine Biology Intern\n---\n\nCount the seals in the bay.\n",
    );
    assert_eq!(facts["title"], "Marine Biology Intern", "{facts:#}");
    assert_eq!(facts["employment_type"], "INTERN", "{facts:#}");
    assert_eq!(facts["fixed_term"], true, "{facts:#}");
    // A tool's slug is no title: the posting's own heading is.
    let facts = markdown_facts(
        "---\nrole: Marine_Biology_Intern\n---\n\n# Seal Counter\n\nCount the seals in the bay.\n",
    );
    assert_eq!(facts["title"], "Seal Counter", "{facts:#}");
}

#[test]
fn other_postings_on_a_page_give_no_fact() {
    // A saved job page: the posting, then the site's list of similar jobs with their own pay.
    let page = "<html><body><h1>Ferry Deckhand</h1><p>Keep the deck safe in Seattle, WA.</p>\
        <h2>Similar jobs</h2><ul><li><h3>Harbor Pilot</h3><p>Tacoma, WA $90,000 - $120,000 a year. Medical, dental and vision insurance.</p></li></ul></body></html>\n";
    let facts = page_facts(page);
    assert_eq!(facts["pay"], Value::Null, "{facts:#}");
    assert_eq!(facts["benefits"], false, "{facts:#}");
    let found = crate::common::stdin_findings("page.html", page);
    let rules: Vec<&str> = found.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"pay/missing"), "{rules:?}");
}

/// A job board's search page we wrote: a filter panel (options with counts), a list of
/// result cards (title, company, place, pay), and the open posting.
const SEARCH_PAGE: &str = "<html><body>\
    <ul><li><button>Date posted</button><ul><li><label>Past day (1,204)</label></li><li><label>Past week (9,876)</label></li></ul><button>Done</button></li>\
    <li><button>Salary</button><ul><li><label>$50,000+ (7,310)</label></li><li><label>$70,000+ (5,002)</label></li><li><label>$90,000+ (2,417)</label></li></ul><button>Done</button></li></ul>\
    <h1>2,345 Jobs in Oregon</h1>\
    <ul><li><h3>Orchard Supervisor</h3><h4>Pear Valley Farms</h4><p>Hood River, OR</p><p>$58,000 - $64,000</p></li>\
    <li><h3>Cider Maker</h3><h4>Gorge Ciderworks</h4><p>The Dalles, OR</p></li>\
    <li><h3>Tractor Mechanic</h3><h4>Columbia Implements</h4><p>Pendleton, OR</p><p>$27/hr</p></li></ul>\
    <h2>Irrigation Technician</h2><h4>Blue Furrow Co-op, Medford, OR</h4>\
    <p>Keep our drip lines flowing across four orchards. Competitive salary and a truck.</p></body></html>\n";

#[test]
fn a_search_pages_filters_and_result_cards_give_no_fact() {
    let facts = page_facts(SEARCH_PAGE);
    // No filter option and no other posting's card gives pay or a place.
    assert_eq!(facts["pay"], Value::Null, "{facts:#}");
    let cities: Vec<&str> = facts["locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["city"].as_str())
        .collect();
    assert_eq!(cities, ["Medford"], "{facts:#}");
    assert_eq!(facts["title"], "Irrigation Technician", "{facts:#}");
    // fmt removes them, says why, and formatting its output again changes nothing.
    let out = hirelint()
        .args(["fmt", "--verbose", "--stdin-filename", "page.html", "-"])
        .write_stdin(SEARCH_PAGE)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    for gone in [
        "Past week",
        "$70,000+",
        "Cider Maker",
        "Pendleton",
        "$27/hr",
    ] {
        assert!(!text.contains(gone), "{gone} kept:\n{text}");
    }
    assert!(text.contains("Keep our drip lines flowing"), "{text}");
    assert!(err.contains("a search page's filter options"), "{err}");
    assert!(err.contains("a search page's result cards"), "{err}");
    let again = hirelint()
        .args(["fmt", "--stdin-filename", "page.md", "-"])
        .write_stdin(text.as_str())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), text);
}

#[test]
fn json_ld_that_cannot_be_read_is_a_finding_at_its_place() {
    // A trailing comma: the finding points at the brace after it.
    let ld = r#"{"@type":"JobPosting","title":"Barista",}"#;
    let found = jsonld_findings(&page_with_json_ld(ld));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "jsonld/invalid");
    assert_eq!(found[0].1, "}");
    assert!(
        found[0].2.contains("not valid JSON: trailing comma"),
        "{found:?}"
    );
    // Cut short: the last character of the script.
    let found = jsonld_findings(&page_with_json_ld(r#"{"@type":"JobPosting","ti"#));
    assert_eq!((found.len(), found[0].1.as_str()), (1, "i"), "{found:?}");
    // An amount that is no amount is reported, never shown as 18,446,744,073,709,551,615.
    let ld = r#"{"@type":"JobPosting","baseSalary":{"currency":"USD","value":{"minValue":"1e400","maxValue":-5,"unitText":"HOUR"}}}"#;
    let found = jsonld_findings(&page_with_json_ld(ld));
    let messages: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|f| f.0 == "jsonld/invalid" && f.1 == "\"baseSalary\"")
    );
    assert!(
        messages[0].contains("minValue \"1e400\" is not an amount"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("maxValue -5 is not an amount"),
        "{messages:?}"
    );
    // A second script that is broken is reported, and the first one still compared.
    let good = r#"{"@type":"JobPosting","baseSalary":{"currency":"USD","value":{"minValue":90,"maxValue":95,"unitText":"HOUR"}}}"#;
    let page = page_with_json_ld(&format!(
        "{good}</script><script type=\"application/ld+json\">{{oops"
    ));
    let found = jsonld_findings(&page);
    let mut rules: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    rules.sort();
    assert_eq!(rules, ["jsonld/invalid", "jsonld/mismatch"], "{found:?}");
}

#[test]
fn messages_say_what_the_posting_does() {
    let messages = |posting: &str, rule: &str| -> Vec<String> {
        crate::common::stdin_findings("job.md", posting)
            .iter()
            .filter(|f| f["rule"] == rule)
            .map(|f| format!("{} | {}", f["message"], f["help"]))
            .collect()
    };
    // A feminine lean is not explained by the masculine case.
    let found = messages(
        "# Nurse\n\nYou are kind, warm and supportive, committed to our patients, and you work together with a compassionate, understanding team.\n",
        "language/gender-coded",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("leans feminine"), "{found:?}");
    assert!(!found[0].contains("Masculine-coded ads are"), "{found:?}");
    // "Great benefits" is not said to be what the posting says when it does not say it.
    let found = messages(
        "# Cook\n\nLocation: Denver, CO\n\nPay: $19 - $22 per hour.\n",
        "benefits/missing",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let message = found[0].split(" | ").next().unwrap();
    assert!(!message.contains("great benefits"), "{found:?}");
    // No "a intern-level role".
    let found = messages(
        "# Marketing Intern\n\nRequirements: 2 years of experience in social media marketing.\n",
        "conflict/seniority-title",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("says intern level"), "{found:?}");
    assert!(!found[0].contains(" a intern"), "{found:?}");
}

#[test]
fn a_language_pack_of_the_users_adds_a_language() {
    // Czech is not built in: a pack of its words, with no Rust change, reads its contract types
    // and pay periods.
    let dir = rule_dir(&[(
        "vocab/lang/cs.yaml",
        "language: cs\nname: Czech\ndetector: ces\npay:\n  periods:\n    month: [měsíc]\n  per: [za]\n  gross_net: [hrubého]\nemployment:\n  FULL_TIME: [plný úvazek]\n",
    )]);
    let text = "# Účetní\n\nHledáme účetní na plný úvazek do naší kanceláře v centru města.\n\nMzda: 42 000 CZK hrubého za měsíc, podle zkušeností a praxe.\n";
    let out = hirelint()
        .args(["extract", "--stdin-filename", "x.md", "--rules"])
        .arg(dir.path())
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts["pay"]["period"], "month", "{facts}");
    assert_eq!(facts["pay"]["currency"], "CZK", "{facts}");
    assert_eq!(facts["employment_type"], "FULL_TIME", "{facts}");
}

#[test]
fn a_language_pack_with_an_unknown_key_is_a_located_error() {
    let stderr = refused_rules(&[(
        "vocab/lang/cs.yaml",
        "language: cs\nname: Czech\ndetector: ces\nemployment:\n  FULL_TIME: [plný úvazek]\n  FULLTIME: [celý úvazek]\n",
    )]);
    assert!(stderr.contains("cs.yaml:6:3"), "{stderr}");
    assert!(
        stderr.contains("unknown employment type `FULLTIME`"),
        "{stderr}"
    );
    assert!(stderr.contains("FULL_TIME, PART_TIME"), "{stderr}");
    let stderr = refused_rules(&[(
        "vocab/lang/cs.yaml",
        "language: cs\nname: Czech\ndetector: czech\n",
    )]);
    assert!(stderr.contains("cs.yaml:3:1"), "{stderr}");
    assert!(stderr.contains("unknown detector code `czech`"), "{stderr}");
    // The unit of a contract named in one word ("roční smlouva", a year's) as of the units.
    let stderr = refused_rules(&[(
        "vocab/lang/cs.yaml",
        "language: cs\nname: Czech\ndetector: ces\ndurations:\n  one_unit:\n    yaer: [ročák]\n",
    )]);
    assert!(stderr.contains("cs.yaml:6:5"), "{stderr}");
    assert!(stderr.contains("unknown duration unit `yaer`"), "{stderr}");
    // A key mistyped inside a value that may be one mapping or a list of them.
    for forms in [
        "  name_forms:\n    country: CZ\n    endngs: [[a, e]]\n",
        "  name_forms:\n    - country: CZ\n      endngs: [[a, e]]\n",
    ] {
        let pack = format!("language: cs\nname: Czech\ndetector: ces\nlocation:\n{forms}");
        let stderr = refused_rules(&[("vocab/lang/cs.yaml", pack.as_str())]);
        assert!(stderr.contains("unknown field `endngs`"), "{stderr}");
        assert!(stderr.contains("cs.yaml:7:"), "{stderr}");
    }
}

#[test]
fn a_language_pack_whose_words_make_a_pattern_too_large_is_an_error_of_its_file() {
    // One word of 400,000 letters makes the pattern of its key too large: the durations
    // pattern, and the contract types' (compiled one per type and one of all).
    let long = "x".repeat(400_000);
    for (key, words) in [
        (
            "durations",
            format!("  units:\n    month: [měsíců, {long}]\n"),
        ),
        (
            "employment",
            format!("  FULL_TIME: [plný úvazek, {long}]\n"),
        ),
    ] {
        let pack = format!("language: cs\nname: Czech\ndetector: ces\n{key}:\n{words}");
        let stderr = refused_rules(&[("vocab/lang/cs.yaml", &pack)]);
        assert!(stderr.contains("cs.yaml:4:1"), "{stderr}");
        assert!(
            stderr.contains(&format!("the words under `{key}`")),
            "{stderr}"
        );
        assert!(stderr.contains("too large once compiled"), "{stderr}");
    }
}

#[test]
fn an_equal_opportunity_statement_is_expected_in_the_us_and_information_elsewhere() {
    let severity = |place: &str| {
        let text =
            format!("# Pflegefachkraft (m/w/d)\n\n{place}Wir suchen Verstärkung für unser Team.\n");
        let out = hirelint()
            .args(["check", "--format", "json", "--stdin-filename", "x.md", "-"])
            .write_stdin(text)
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "eeo/missing")
            .map(|f| f["severity"].as_str().unwrap().to_string())
    };
    assert_eq!(
        severity("Ort: Berlin, Germany\n\n").as_deref(),
        Some("info")
    );
    assert_eq!(
        severity("Location: Austin, TX\n\n").as_deref(),
        Some("warning")
    );
    // Where the place is not stated, the rule keeps its own severity.
    assert_eq!(severity("").as_deref(), Some("warning"));
}

/// Benefits and an equal-opportunity statement written as raw HTML inside a Markdown posting
/// count, at their place in the file; `fmt` keeps the HTML as written.
#[test]
fn raw_html_in_markdown_is_read_as_html() {
    let posting = "# Delivery Driver\n\nLocation: Tulsa, OK\nPay: $19 to $23 per hour\n\n<h3>Benefits</h3>\n<ul>\n<li>Health and dental insurance</li>\n<li>Paid time off</li>\n</ul>\n\n<p>Northwind Freight is an <em>equal opportunity employer</em>.</p>\n";
    let findings = crate::common::stdin_findings("driver.md", posting);
    let ids: Vec<&str> = findings.iter().filter_map(|f| f["rule"].as_str()).collect();
    assert!(!ids.contains(&"benefits/missing"), "{ids:?}");
    assert!(!ids.contains(&"eeo/missing"), "{ids:?}");
    let out = hirelint()
        .args(["extract", "--spans", "--stdin-filename", "driver.md", "-"])
        .write_stdin(posting)
        .output()
        .unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    let span = |key: &str| {
        let s = &facts["spans"][key];
        posting[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize].to_string()
    };
    assert_eq!(span("benefits"), "Health and dental insurance");
    assert_eq!(span("eeo_statement"), "equal opportunity employer");
    hirelint()
        .args(["fmt", "--check", "--stdin-filename", "driver.md", "-"])
        .write_stdin(posting)
        .assert()
        .success();
}
