//! Inline suppressions: the places where a posting says "this finding is known, and why".
//!
//! ```text
//! <!-- hirelint-disable pay/missing -- pay is on the careers page -->   … until enabled again
//! <!-- hirelint-enable pay/missing -->
//! <!-- hirelint-disable-next-line language/ -- a quote from our founder -->
//! <!-- hirelint-disable-file eeo/missing -- the statement is in the page footer -->
//! ```
//!
//! In plain text the same words stand on a line of their own, without the comment markers. In
//! front matter: `hirelint: { disable: ["pay/missing -- pay is on the careers page"] }`. Rules
//! are ids or families (`language/`), separated by commas or spaces; none means every rule.
//! A suppression without a reason is itself a finding (`suppression/no-reason`), and so is one
//! that suppresses nothing (`suppression/unused`).

use crate::document::{Document, lines};
use crate::finding::{Finding, Label};
use crate::rules::Severity;
use crate::source::Span;

/// One suppression and what it covers.
#[derive(Debug, Clone)]
pub struct Suppression {
    /// Where it is written (the comment, the line, or the front matter entry).
    pub span: Span,
    /// Rule ids or families; empty for every rule.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// The text it covers.
    pub covers: Span,
}

impl Suppression {
    fn names(&self, rule: &str) -> bool {
        // Ids and families as in the config's `select` and `ignore`.
        self.rules.is_empty()
            || self
                .rules
                .iter()
                .any(|r| crate::config::names_rule(r, rule))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
    File,
}

/// Whether a line is a suppression directive.
pub fn is_directive(line: &str) -> bool {
    parse_directive(line).is_some()
}

/// A directive as written: `hirelint-disable-next-line RULE, RULE -- reason`.
fn parse_directive(s: &str) -> Option<(Kind, Vec<String>, Option<String>)> {
    let s = s.trim();
    let rest = s.strip_prefix("hirelint-")?;
    let (kind, rest) = [
        ("disable-next-line", Kind::NextLine),
        ("disable-file", Kind::File),
        ("disable", Kind::Disable),
        ("enable", Kind::Enable),
    ]
    .iter()
    .find_map(|(word, kind)| {
        rest.strip_prefix(word)
            .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
            .map(|r| (*kind, r))
    })?;
    let (rules, reason) = match rest.split_once("--") {
        Some((rules, reason)) => (rules, Some(reason.trim().to_string())),
        None => (rest, None),
    };
    let rules = rules
        .split([',', ' ', '\t'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect();
    Some((kind, rules, reason.filter(|r| !r.is_empty())))
}

/// The suppressions written in a posting.
pub fn find(text: &str, doc: &Document) -> Vec<Suppression> {
    let mut directives: Vec<(Span, Kind, Vec<String>, Option<String>)> = Vec::new();
    for &h in &doc.hidden {
        let inner = text[h.range()]
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->");
        if let Some((kind, rules, reason)) = parse_directive(inner) {
            directives.push((h, kind, rules, reason));
        }
    }
    let all_lines = lines(text, doc.body);
    for &l in &all_lines {
        let line = text[l.range()].trim();
        if line.starts_with("hirelint-")
            && !directives.iter().any(|d| d.0.contains(l))
            && let Some((kind, rules, reason)) = parse_directive(line)
        {
            directives.push((l, kind, rules, reason));
        }
    }
    directives.sort_by_key(|d| d.0.start);
    let mut out = Vec::new();
    if let Some(fm) = &doc.front_matter {
        for f in fm
            .fields
            .iter()
            .filter(|f| f.key.eq_ignore_ascii_case("hirelint.disable"))
        {
            let (rules, reason) = match f.value.split_once("--") {
                Some((r, why)) => (r, Some(why.trim().to_string()).filter(|w| !w.is_empty())),
                None => (f.value.as_str(), None),
            };
            out.push(Suppression {
                span: f.value_span,
                rules: rules
                    .split([',', ' '])
                    .filter(|r| !r.is_empty())
                    .map(str::to_string)
                    .collect(),
                reason,
                covers: Span::new(0, text.len()),
            });
        }
    }
    for (i, (span, kind, rules, reason)) in directives.iter().enumerate() {
        let covers = match kind {
            Kind::Enable => continue,
            Kind::File => Span::new(0, text.len()),
            Kind::NextLine => all_lines
                .iter()
                .find(|l| l.start >= span.end && !text[l.range()].trim().is_empty())
                .map_or(Span::new(span.end, span.end), |l| *l),
            Kind::Disable => {
                // Until an enable that names one of its rules (or any enable for "all").
                let end = directives[i + 1..]
                    .iter()
                    .find(|d| {
                        d.1 == Kind::Enable
                            && (d.2.is_empty()
                                || rules.is_empty()
                                || d.2.iter().any(|r| rules.contains(r)))
                    })
                    .map_or(text.len(), |d| d.0.start);
                Span::new(span.end, end)
            }
        };
        out.push(Suppression {
            span: *span,
            rules: rules.clone(),
            reason: reason.clone(),
            covers,
        });
    }
    out
}

/// Marks the findings the suppressions cover as suppressed (with the reason), and adds a
/// finding for each suppression without a reason and each that suppressed nothing.
pub fn apply(findings: &mut Vec<Finding>, suppressions: &[Suppression]) {
    let mut used = vec![false; suppressions.len()];
    for f in findings.iter_mut() {
        let at = f.start();
        if let Some(i) = suppressions.iter().position(|s| {
            s.covers.start <= at && at < s.covers.end.max(s.covers.start + 1) && s.names(&f.rule)
        }) {
            used[i] = true;
            f.suppressed = Some(suppressions[i].reason.clone().unwrap_or_default());
        }
    }
    for (s, used) in suppressions.iter().zip(used) {
        if s.reason.is_none() {
            findings.push(meta_finding(
                "suppression/no-reason",
                "This suppression gives no reason.",
                "Say why after `--`: `hirelint-disable-next-line pay/missing -- pay is on the careers page`.",
                s.span,
                "no reason after `--`",
            ));
        }
        if !used {
            let what = if s.rules.is_empty() {
                "any finding".to_string()
            } else {
                s.rules.join(", ")
            };
            findings.push(meta_finding(
                "suppression/unused",
                &format!("This suppression suppresses nothing: no {what} where it applies."),
                "Remove it, or move it next to the finding it is meant for.",
                s.span,
                "suppresses nothing",
            ));
        }
    }
    findings.sort_by_key(Finding::start);
}

fn meta_finding(rule: &str, message: &str, help: &str, span: Span, label: &str) -> Finding {
    Finding {
        rule: rule.to_string(),
        severity: META_SEVERITY,
        message: message.to_string(),
        help: Some(help.to_string()),
        docs: None,
        labels: vec![Label {
            span,
            text: label.to_string(),
        }],
        laws: Vec::new(),
        fix: None,
        suppressed: None,
    }
}

/// What each of [`META_RULES`] checks, and why, for `hirelint rules` and `hirelint explain`.
pub fn meta_description(id: &str) -> Option<&'static str> {
    match id {
        "suppression/no-reason" => Some(
            "A suppression comment (`hirelint-disable-next-line`, `hirelint-disable`, \
             `hirelint-disable-file`) silences findings; one without a reason after `--` \
             leaves the next reader to guess whether the finding was wrong or merely \
             inconvenient. Write why: `hirelint-disable-next-line pay/missing -- pay is on the \
             careers page`.",
        ),
        "suppression/unused" => Some(
            "A suppression that silences no finding (the rule no longer fires there, or it \
             names a rule that does not apply to that line) hides nothing today and would \
             hide a real finding later. Remove it, or move it next to the finding it is meant \
             for.",
        ),
        _ => None,
    }
}

/// The severity findings of [`META_RULES`] have.
pub const META_SEVERITY: Severity = Severity::Warning;

/// The rules suppressions bring with them, for `hirelint rules` and config checks.
pub const META_RULES: &[(&str, &str)] = &[
    (
        "suppression/no-reason",
        "a suppression gives no reason after `--`",
    ),
    ("suppression/unused", "a suppression suppresses no finding"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{LintOptions, Linter};
    use crate::source::{Format, Source};

    fn lint(name: &str, text: &str) -> Vec<Finding> {
        let linter = Linter::new(crate::rules::RuleSet::load(&[] as &[&str]).unwrap());
        let format = Format::from_path(std::path::Path::new(name));
        linter
            .lint(&Source::new(name, text, format), &LintOptions::default())
            .findings
    }

    fn active(findings: &[Finding]) -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f.suppressed.is_none())
            .map(|f| f.rule.as_str())
            .collect()
    }

    const BODY: &str =
        "Location: Boise, ID\n\nHealth insurance.\n\nAcme is an equal opportunity employer.\n";

    #[test]
    fn every_meta_rule_is_described() {
        for (id, _) in META_RULES {
            assert!(meta_description(id).is_some_and(|d| d.len() > 80), "{id}");
        }
    }

    #[test]
    fn directives_are_read() {
        assert_eq!(
            parse_directive(
                " hirelint-disable-next-line pay/missing, language/ -- on the careers page "
            ),
            Some((
                Kind::NextLine,
                vec!["pay/missing".into(), "language/".into()],
                Some("on the careers page".into())
            ))
        );
        assert_eq!(
            parse_directive("hirelint-enable"),
            Some((Kind::Enable, vec![], None))
        );
        assert_eq!(parse_directive("hirelint-disabled x"), None);
    }

    #[test]
    fn next_line_in_markdown_and_text() {
        let md = format!(
            "<!-- hirelint-disable-next-line pay/missing -- pay is on the careers page -->\n# Support Agent\n\n{BODY}"
        );
        let f = lint("job.md", &md);
        assert_eq!(active(&f), Vec::<&str>::new());
        let suppressed = f.iter().find(|f| f.rule == "pay/missing").unwrap();
        assert_eq!(
            suppressed.suppressed.as_deref(),
            Some("pay is on the careers page")
        );
        let txt = format!(
            "hirelint-disable-next-line pay/missing -- pay is on the careers page\nSupport Agent\n\n{BODY}"
        );
        assert_eq!(active(&lint("job.txt", &txt)), Vec::<&str>::new());
    }

    #[test]
    fn disable_until_enable_and_families() {
        let md = format!(
            "# Support Agent\n\n{BODY}\n<!-- hirelint-disable language/ -- quoting the old ad -->\nWe want a rockstar.\n<!-- hirelint-enable language/ -->\n\nAnd a ninja.\n\n<!-- hirelint-disable-file pay/missing -- pay is on the careers page -->\n"
        );
        let f = lint("job.md", &md);
        assert_eq!(active(&f), ["language/rockstar"]);
        assert_eq!(f.iter().filter(|f| f.suppressed.is_some()).count(), 2);
    }

    #[test]
    fn no_reason_and_unused_are_findings() {
        let md = format!(
            "<!-- hirelint-disable-file pay/missing -->\n<!-- hirelint-disable-next-line eeo/missing -- none here -->\n# Support Agent\n\n{BODY}"
        );
        let f = lint("job.md", &md);
        assert_eq!(active(&f), ["suppression/no-reason", "suppression/unused"]);
    }

    #[test]
    fn front_matter_disable() {
        let md = format!(
            "---\ntitle: Support Agent\nhirelint:\n  disable: [\"pay/missing -- on the careers page\"]\n---\n{BODY}"
        );
        assert_eq!(active(&lint("job.md", &md)), Vec::<&str>::new());
    }
}
