//! Writes never lose or corrupt data: outputs never name inputs, output files are put in place
//! only when complete, rewritten postings keep what they were, and fixes touch prose only.

use assert_cmd::Command;
use std::path::Path;

/// `hirelint` run in `dir`.
fn hirelint(dir: &Path) -> Command {
    let mut cmd = crate::common::hirelint();
    cmd.current_dir(dir);
    cmd
}

/// Runs `hirelint ARGS` in `dir`; exit code and stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = hirelint(dir).args(args).output().unwrap();
    let code = out.status.code().expect("exited, not killed");
    (code, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const EXPORT: &str = "job_id,description\n1,\"Salesman wanted in Denver, CO. Pay $20 per hour.\"\n2,\"Cook wanted in Austin, TX.\"\n";
const POSTING: &str = "# Salesman\n\nLocation: Denver, CO\n\nThe salesman sells.\n";

#[test]
fn an_output_that_names_an_input_is_refused_and_the_input_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("jobs.csv"), EXPORT).unwrap();
    std::fs::write(d.join("p.md"), POSTING).unwrap();
    std::fs::create_dir(d.join("postings")).unwrap();
    std::fs::write(d.join("postings/q.md"), POSTING).unwrap();
    let cases: &[&[&str]] = &[
        &[
            "audit",
            "--no-progress",
            "--format",
            "csv",
            "jobs.csv",
            "--output",
            "jobs.csv",
        ],
        &[
            "audit",
            "--no-progress",
            "jobs.csv",
            "--findings-csv",
            "./jobs.csv",
        ],
        &["audit", "--no-progress", "jobs.csv", "--report", "jobs.csv"],
        &[
            "audit",
            "--no-progress",
            "postings",
            "--output",
            "postings/q.md",
        ],
        &["check", "p.md", "--format", "json", "--output", "p.md"],
        &["check", "p.md", "--write-baseline", "p.md"],
        &["check", "postings", "--output", "postings/q.md"],
        &["check", "--fix", "p.md", "--output", "p.md"],
    ];
    for args in cases {
        let (code, stderr) = run(d, args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("names the input"), "{args:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(d.join("jobs.csv")).unwrap(), EXPORT);
        assert_eq!(std::fs::read_to_string(d.join("p.md")).unwrap(), POSTING);
        assert_eq!(
            std::fs::read_to_string(d.join("postings/q.md")).unwrap(),
            POSTING
        );
    }
    // Two outputs naming one file: one would overwrite the other.
    let (code, stderr) = run(
        d,
        &[
            "audit",
            "--no-progress",
            "jobs.csv",
            "--output",
            "out.csv",
            "--findings-csv",
            "out.csv",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("both name out.csv"), "{stderr}");
    assert!(!d.join("out.csv").exists());
}

#[test]
fn audit_outputs_are_put_in_place_only_when_the_run_is_complete() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("jobs.csv"), EXPORT).unwrap();
    std::fs::write(d.join("results.jsonl"), "previous results\n").unwrap();
    std::fs::write(d.join("findings.csv"), "previous findings\n").unwrap();
    // The report cannot be written (its folder does not exist): the run fails, and the other
    // outputs keep their previous contents, with no temporary file left beside them.
    let (code, stderr) = run(
        d,
        &[
            "audit",
            "--no-progress",
            "--format",
            "json-lines",
            "jobs.csv",
            "--output",
            "results.jsonl",
            "--findings-csv",
            "findings.csv",
            "--report",
            "no/such/report.html",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("no/such/report.html"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(d.join("results.jsonl")).unwrap(),
        "previous results\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("findings.csv")).unwrap(),
        "previous findings\n"
    );
    assert_eq!(names_in(d), ["findings.csv", "jobs.csv", "results.jsonl"]);
    // A complete run replaces them, with no temporary file left.
    let (code, stderr) = run(
        d,
        &[
            "audit",
            "--no-progress",
            "--format",
            "json-lines",
            "jobs.csv",
            "--output",
            "results.jsonl",
            "--findings-csv",
            "findings.csv",
            "--report",
            "report.html",
        ],
    );
    assert!(code <= 1, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(d.join("results.jsonl"))
            .unwrap()
            .lines()
            .count(),
        2
    );
    assert!(
        std::fs::read_to_string(d.join("findings.csv"))
            .unwrap()
            .starts_with("posting,rule,")
    );
    assert_eq!(
        names_in(d),
        ["findings.csv", "jobs.csv", "report.html", "results.jsonl"]
    );
}

#[cfg(target_os = "linux")]
#[test]
fn audit_write_errors_name_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("jobs.csv"), EXPORT).unwrap();
    for option in ["--findings-csv", "--output"] {
        let (code, stderr) = run(
            d,
            &["audit", "--no-progress", "jobs.csv", option, "/dev/full"],
        );
        assert_eq!(code, 2, "{option}: {stderr}");
        assert!(
            stderr.contains("cannot write /dev/full"),
            "{option}: {stderr}"
        );
    }
}

#[test]
fn audit_into_a_closed_pipe_stops_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut export = String::from("job_id,description\n");
    for i in 0..3000 {
        export.push_str(&format!(
            "{i},\"Cook in Denver, CO. Pay ${} per hour.\"\n",
            15 + i % 10
        ));
    }
    std::fs::write(d.join("jobs.csv"), export).unwrap();
    for format in ["csv", "json"] {
        // Closing the reading end: the records (far more than a pipe holds) meet a closed pipe.
        let (code, stderr) = crate::common::with_stdout_closed(
            d,
            &["audit", "--no-progress", "--format", format, "jobs.csv"],
        );
        assert!(matches!(code, Some(0 | 1)), "{format}: {stderr}");
        assert!(!stderr.contains("error"), "{format}: {stderr}");
    }
}

#[test]
fn write_baseline_names_the_postings_it_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("ok.md"), POSTING).unwrap();
    std::fs::write(
        d.join("latin1.md"),
        // 0x8D: neither UTF-8 nor Windows-1252.
        b"# Salesman\n\nPay \x8d 50 in Denver, CO\n",
    )
    .unwrap();
    let (code, stderr) = run(
        d,
        &[
            "check",
            "--write-baseline",
            "base.json",
            "ok.md",
            "latin1.md",
            "missing.md",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("latin1.md") && stderr.contains("missing.md"),
        "{stderr}"
    );
    assert!(stderr.contains("2 file(s) could not be read"), "{stderr}");
    let baseline = std::fs::read_to_string(d.join("base.json")).unwrap();
    assert!(baseline.contains("ok.md"), "{baseline}");
}

/// A posting with a word the safe fixes replace, in prose and in every kind of machinery.
const MACHINERY: &str = "---\nsalesman: yes\ntitle: Salesman\n---\n\n# Sales Associate\n\n\
Location: Denver, CO. Pay: $50,000 - $60,000 per year.\n\n\
The salesman sells. Apply at [our site](https://jobs.example.com/salesman-42) or \
<https://example.com/salesman>.\n\n![team photo](img/salesman.png)\n\n\
Install the `salesman` CLI. See https://example.com/careers/salesman/ for more.\n\n\
<a href=\"https://example.com/salesman\">Apply</a>\n\n```\nsalesman --help\n```\n";

#[test]
fn fixes_change_prose_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("p.md"), MACHINERY).unwrap();
    let (code, stderr) = run(d, &["check", "--fix", "--fail-on", "never", "p.md"]);
    assert_eq!(code, 0, "{stderr}");
    let expected = MACHINERY.replacen("The salesman sells", "The salesperson sells", 1);
    assert_eq!(std::fs::read_to_string(d.join("p.md")).unwrap(), expected);
}

#[cfg(unix)]
#[test]
fn a_posting_that_cannot_be_rewritten_is_left_alone_and_reported_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Not in normal form (chrome, trailing spaces), and with a word a safe fix replaces.
    let messy =
        "Skip to main content\n\nSalesman   \n\nLocation: Denver, CO\n\nThe salesman sells.\n";
    std::fs::write(d.join("p.txt"), messy).unwrap();
    std::fs::hard_link(d.join("p.txt"), d.join("link.txt")).unwrap();
    for args in [
        &["fmt", "--write", "p.txt"][..],
        &["check", "--fix", "--format", "compact", "p.txt"][..],
    ] {
        let out = hirelint(d).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("2 hard links"), "{args:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(d.join("p.txt")).unwrap(), messy);
        if args[0] == "check" {
            // The report is of the file on disk: its gendered words are still there.
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                stdout.contains("p.txt:3:1: warning[language/gendered]"),
                "{stdout}"
            );
        }
    }
    assert_eq!(names_in(d), ["link.txt", "p.txt"]);
}
