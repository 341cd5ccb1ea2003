//! Running rules' own `bad` and `good` examples: `cargo test` does it for the built-in pack,
//! `hirelint test-rules DIR` for a user's rule folder.

use super::Rule;
use crate::lint::{LintOptions, Linter};
use crate::source::{Format, Source};

/// Examples without a date of their own are judged at this date, so that they do not change
/// as laws take effect or end.
pub fn example_date() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

/// One example that did not behave as its rule says.
#[derive(Debug)]
pub struct ExampleFailure {
    pub rule: String,
    /// `bad` (should have been flagged) or `good` (should not have been).
    pub kind: &'static str,
    pub text: String,
    /// What the posting got from all rules, to explain the failure.
    pub findings: Vec<String>,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let verdict = if self.kind == "bad" {
            "was not flagged"
        } else {
            "was flagged"
        };
        write!(
            f,
            "{}: {} example {:?} {verdict}",
            self.rule, self.kind, self.text
        )?;
        if !self.findings.is_empty() {
            write!(f, " (findings: {})", self.findings.join("; "))?;
        }
        Ok(())
    }
}

/// Examples are HTML when they start with a tag, Markdown when they start like Markdown, plain
/// text otherwise; saved in `encoding` and read as a file is, when the rule names one.
fn example_source(text: &str, encoding: Option<&'static encoding_rs::Encoding>) -> Source {
    let format = if text.starts_with('<') {
        Format::Html
    } else if text.starts_with('#') || text.starts_with("---") {
        Format::Markdown
    } else {
        Format::Text
    };
    match encoding {
        Some(e) => {
            let (bytes, _, _) = e.encode(text);
            Source::from_bytes("example", bytes.into_owned(), format)
                .unwrap_or_else(|_| Source::new("example", text, format))
        }
        None => Source::new("example", text, format),
    }
}

/// Runs the examples of `rules` and returns the ones that fail, with the number run.
pub fn run<'r>(
    linter: &Linter,
    rules: impl IntoIterator<Item = &'r Rule>,
) -> (usize, Vec<ExampleFailure>) {
    let mut failures = Vec::new();
    let mut run = 0;
    for rule in rules {
        let options = LintOptions {
            today: Some(example_date()),
            employer: rule.example_employer.clone(),
            ..LintOptions::default()
        };
        let cases = rule
            .bad_examples
            .iter()
            .map(|t| (t, true))
            .chain(rule.good_examples.iter().map(|t| (t, false)));
        for (text, should_fire) in cases {
            run += 1;
            let linted = linter.lint_with(
                &example_source(text, rule.example_encoding),
                &options,
                [rule],
            );
            let fired = linted.findings.iter().any(|f| f.rule == rule.id);
            if fired != should_fire {
                failures.push(ExampleFailure {
                    rule: rule.id.clone(),
                    kind: if should_fire { "bad" } else { "good" },
                    text: text.clone(),
                    findings: linted
                        .findings
                        .iter()
                        .map(|f| format!("{}: {}", f.rule, f.message))
                        .collect(),
                });
            }
        }
    }
    (run, failures)
}
