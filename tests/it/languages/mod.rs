//! Postings in each language of `rules/vocab/lang/`, written for these tests: what `extract`
//! reads from them and which rules fire. One module per language pack.

pub use crate::common::facts;
use crate::common::stdin_findings;

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
