//! Untrusted text stays inert: what a posting says cannot become markup, a script, a formula
//! or a terminal escape sequence in what hirelint writes.

use assert_cmd::Command;
use std::path::Path;

/// `hirelint` run in `dir`.
fn hirelint(dir: &Path) -> Command {
    let mut cmd = crate::common::hirelint();
    cmd.current_dir(dir);
    cmd
}

fn stdout(dir: &Path, args: &[&str]) -> String {
    let out = hirelint(dir).args(args).output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn fmt_keeps_escaped_markup_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.md"),
        "# Web Developer\n\nYou know &lt;div&gt; layouts: &lt;script&gt;alert(1)&lt;/script&gt;\n",
    )
    .unwrap();
    let out = stdout(dir.path(), &["fmt", "p.md"]);
    assert!(!out.contains('<'), "{out}");
    assert!(
        out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
}

#[test]
fn json_ld_cannot_end_its_script() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.md"),
        "---\ntitle: \"Dev </script><script>alert(1)</script>\"\ndate_posted: 2026-01-01\n---\n\n# Dev\n\nLocation: Denver, CO\n\n[click](javascript:alert(5)) Tom &amp; Jerry.\n",
    )
    .unwrap();
    let out = stdout(dir.path(), &["extract", "--format", "jsonld", "p.md"]);
    assert!(!out.contains(['<', '>']), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"], "Dev </script><script>alert(1)</script>");
    let description = v["description"].as_str().unwrap();
    assert!(!description.contains("javascript"), "{description}");
    assert!(description.contains("Tom &amp; Jerry."), "{description}");
}

#[test]
fn the_html_report_keeps_its_data_whole_whatever_the_ids_say() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("jobs.csv"),
        "job_id,description\n<!--<script>,\"Salesman wanted in Denver, CO. </script><b>\"\n",
    )
    .unwrap();
    let out = hirelint(d)
        .args([
            "audit",
            "--no-progress",
            "--id-field",
            "job_id",
            "jobs.csv",
            "--report",
            "r.html",
        ])
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1));
    let html = std::fs::read_to_string(d.join("r.html")).unwrap();
    let start = html.find("<script id=\"data\"").expect("a data script");
    let body_start = start + html[start..].find('>').unwrap() + 1;
    let body_end = body_start + html[body_start..].find("</script>").unwrap();
    let data = &html[body_start..body_end];
    assert!(!data.contains(['<', '>']), "{data}");
    let v: serde_json::Value = serde_json::from_str(data).unwrap();
    assert!(
        v.to_string().contains("<!--<script>"),
        "the id is in the data, as text"
    );
}

#[test]
fn csv_cells_never_start_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("jobs.csv"),
        "job_title,description,loc\n\"=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\",\"Cook wanted.\",\"+1+1\"\n",
    )
    .unwrap();
    let out = stdout(
        d,
        &[
            "audit",
            "--no-progress",
            "--field",
            "title=job_title",
            "--field",
            "location=loc",
            "--format",
            "csv",
            "jobs.csv",
        ],
    );
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let cell = |name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    assert!(
        cell("title").starts_with("'=HYPERLINK("),
        "{}",
        cell("title")
    );
    assert_eq!(cell("location"), "'+1+1");
    for c in row.iter() {
        assert!(!c.starts_with(['=', '+', '-', '@']), "{c}");
    }
}

#[test]
fn terminal_escapes_in_a_posting_do_not_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    // In the text, and (where file names may hold them) in the name.
    let posting = "# Salesman\x1b]0;PWNED\x07\x1b[8m\n\nLocation: Denver, CO\n";
    std::fs::write(dir.path().join("p.md"), posting).unwrap();
    let mut names = vec!["p.md"];
    if cfg!(unix) {
        std::fs::write(dir.path().join("q\x1b[8m.md"), posting).unwrap();
        names.push("q\x1b[8m.md");
    }
    for format in ["human", "compact"] {
        let mut args = vec!["check", "--color", "never", "--format", format];
        args.extend(&names);
        let out = stdout(dir.path(), &args);
        assert!(!out.contains(['\x1b', '\x07']), "{format}: {out:?}");
        assert!(out.contains("language/gendered"), "{format}: {out}");
    }
}

#[test]
fn front_matter_and_mapped_columns_are_read_as_written_not_as_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("p.md"),
        "---\ntitle: \"Barista \\\"Lead\\\" \\\\ Caf\\u00e9\"\ndate_posted: 2026-01-01\n---\n\n# Barista\n\nLocation: Denver, CO\n",
    )
    .unwrap();
    let facts: serde_json::Value = serde_json::from_str(&stdout(d, &["extract", "p.md"])).unwrap();
    assert_eq!(facts["title"], "Barista \"Lead\" \\ Café");
    let ld: serde_json::Value =
        serde_json::from_str(&stdout(d, &["extract", "--format", "jsonld", "p.md"])).unwrap();
    assert_eq!(ld["title"], "Barista \"Lead\" \\ Café");
    std::fs::write(
        d.join("jobs.csv"),
        "job_title,description\n\"Barista \"\"Lead\"\" \\ Café\ttab\",\"Cook wanted in Denver, CO.\"\n",
    )
    .unwrap();
    let out = stdout(
        d,
        &[
            "audit",
            "--no-progress",
            "--field",
            "title=job_title",
            "--format",
            "json",
            "jobs.csv",
        ],
    );
    let record = &crate::common::audit_records(out.as_bytes())[0];
    assert_eq!(record["facts"]["title"], "Barista \"Lead\" \\ Café\ttab");
}
