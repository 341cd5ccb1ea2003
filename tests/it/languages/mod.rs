//! Postings in each language of `rules/vocab/lang/`, written for these tests: what `extract`
//! reads from them and which rules fire. One module per language pack.

use crate::common::{hirelint, stdin_findings};

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

/// The ids of the rules that fire on `text`, read from stdin as `name`.
pub fn fired(name: &str, text: &str) -> Vec<String> {
    stdin_findings(name, text)
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

mod de;
mod es;
mod fr;
mod it;
mod nl;
mod pl;
mod pt;
mod sv;
