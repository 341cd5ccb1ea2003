//! Helpers shared by the integration tests.

use assert_cmd::Command;

/// The `hirelint` binary of this build, without colour.
pub fn hirelint() -> Command {
    let mut cmd = Command::cargo_bin("hirelint").expect("binary built");
    cmd.env("NO_COLOR", "1");
    cmd
}

/// The words of a text: runs of letters and digits, after decoding HTML entities (as `fmt`
/// does). `fmt` must keep every one that is not in removed chrome, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut decoded = text.to_string();
    for _ in 0..4 {
        decoded = html_escape::decode_html_entities(&decoded).into_owned();
    }
    decoded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
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
