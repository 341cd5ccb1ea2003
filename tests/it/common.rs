//! Helpers shared by the integration tests.

use assert_cmd::Command;

/// The `hirelint` binary of this build, without colour.
pub fn hirelint() -> Command {
    let mut cmd = Command::cargo_bin("hirelint").expect("binary built");
    cmd.env("NO_COLOR", "1");
    cmd
}

/// Runs `hirelint ARGS` in `dir` with its standard output closed at once (`... | head -1`
/// having gone): its exit status and standard error.
pub fn with_stdout_closed(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("hirelint"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The findings of the first file of a `check --format json` report of `text`, read from
/// stdin as `name`.
pub fn stdin_findings(name: &str, text: &str) -> Vec<serde_json::Value> {
    let out = hirelint()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .args(["--stdin-filename", name, "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["files"][0]["findings"].as_array().unwrap().clone()
}

/// The records of `audit --format json`: one JSON array, whatever their number.
pub fn audit_records(stdout: &[u8]) -> Vec<serde_json::Value> {
    match serde_json::from_slice(stdout) {
        Ok(serde_json::Value::Array(records)) => records,
        other => panic!("not a JSON array: {other:?}"),
    }
}

/// The records of `audit --format json-lines`.
pub fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON record per line"))
        .collect()
}

/// The rule ids of an audit record's findings.
pub fn rule_ids(record: &serde_json::Value) -> Vec<String> {
    record["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

/// A finding of a JSON report as (rule, severity, laws, message, docs).
pub type Found = (String, String, Vec<String>, String, Option<String>);

/// The findings of the first file of a `check --format json` report.
pub fn findings(doc: &serde_json::Value) -> Vec<Found> {
    doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["laws"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l.as_str().unwrap().to_string())
                    .collect(),
                f["message"].as_str().unwrap().to_string(),
                f["docs"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The facts `extract --format json` gives for `text`, read from stdin as `name` (its
/// extension picks the format).
pub fn facts(name: &str, text: &str) -> serde_json::Value {
    let out = hirelint()
        .args(["extract", "--format", "json", "--stdin-filename", name, "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    match doc {
        serde_json::Value::Array(mut postings) => postings.remove(0),
        one => one,
    }
}
