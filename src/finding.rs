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
}

impl Finding {
    /// Where the finding starts (its first label).
    pub fn start(&self) -> usize {
        self.labels.iter().map(|l| l.span.start).min().unwrap_or(0)
    }
}
