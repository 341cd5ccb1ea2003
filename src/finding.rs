//! What the rule engine reports: a rule id, a severity, a message, and labelled spans.

use crate::rules::Severity;
use crate::source::Span;

/// A labelled span of a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// One problem found in a posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub docs: Option<String>,
    /// Every span involved; a contradiction labels both sides.
    pub labels: Vec<Label>,
    /// The laws that drive the finding (ids in `rules/laws/`), the one its message names first.
    pub laws: Vec<String>,
    /// A replacement for the flagged words, when the rule offers one.
    pub fix: Option<Fix>,
    /// Suppressed by an inline suppression: its reason (empty when it gives none).
    pub suppressed: Option<String>,
}

/// Replace `span` with `replacement`. A `safe` fix keeps the posting's meaning and is applied
/// by `check --fix`; the others only with `--unsafe-fixes`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
    pub safe: bool,
}

/// `replacement` in the case of `original`: `SALESMAN` → `SALESPERSON`, `Salesman` →
/// `Salesperson`, `salesman` → `salesperson`.
pub fn match_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = replacement.chars();
        return chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    replacement.to_string()
}

impl Finding {
    /// Whether the finding counts: not suppressed.
    pub fn is_active(&self) -> bool {
        self.suppressed.is_none()
    }

    /// Where the finding's earliest label starts.
    pub fn start(&self) -> usize {
        self.labels.iter().map(|l| l.span.start).min().unwrap_or(0)
    }

    /// Where its primary (first) label starts: what one-line formats point at, as JSON, SARIF
    /// and GitHub do (not an earlier "covered by" place).
    pub fn primary_start(&self) -> usize {
        self.labels.first().map_or(0, |l| l.span.start)
    }
}
