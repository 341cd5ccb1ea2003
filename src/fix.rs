//! Applying the fixes rules offer (`check --fix`): replacing spans of the file as read.
//!
//! Fixes are applied in passes: the fixes of one pass never overlap (a later one that would is
//! left for the next pass), and after each pass the posting is linted again, so that every fix
//! applied is one the rules offer on the text as it then is. Passes stop when nothing is left
//! to apply, or after [`MAX_PASSES`].

use crate::finding::{Finding, Fix};
use crate::lint::{LintOptions, Linter};
use crate::prose::Prose;
use crate::source::{Source, Span};

/// Enough for fixes that make room for others; a rule set whose fixes undo each other stops here.
const MAX_PASSES: usize = 10;

/// A posting after fixing.
pub struct Fixed {
    /// The posting as fixed (the same as read when nothing applied).
    pub source: Source,
    /// Its findings after fixing.
    pub findings: Vec<Finding>,
    /// How many fixes were applied.
    pub applied: usize,
    /// Findings left with a fix that was not applied because it is not safe.
    pub unsafe_left: usize,
}

/// Lints `source` and applies its fixes (the unsafe ones too when `unsafe_ok`) until none is
/// left.
pub fn fix(linter: &Linter, source: Source, options: &LintOptions, unsafe_ok: bool) -> Fixed {
    let mut source = source;
    let mut findings = linter.lint(&source, options).findings;
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let fixes = applicable(&source, &findings, unsafe_ok);
        if fixes.is_empty() {
            break;
        }
        let (text, n) = apply(source.file_text(), &fixes);
        if n == 0 {
            break;
        }
        applied += n;
        let mut next = Source::new(source.name.clone(), text, source.format);
        next.path = source.path.clone();
        source = next;
        findings = linter.lint(&source, options).findings;
    }
    let unsafe_left = findings
        .iter()
        .filter(|f| f.is_active() && f.fix.as_ref().is_some_and(|x| !x.safe))
        .count();
    Fixed {
        source,
        findings,
        applied,
        unsafe_left,
    }
}

/// The fixes of `findings` that may be applied, as spans of the file as read. A fix whose
/// words are not written verbatim in the file (an HTML page with markup or an entity inside
/// them) is not applied, nor one outside the posting's prose (a link address, code, a
/// front-matter key: see [`Prose`]).
pub fn applicable(source: &Source, findings: &[Finding], unsafe_ok: bool) -> Vec<Fix> {
    let mut prose = None;
    findings
        .iter()
        .filter(|f| f.is_active())
        .filter_map(|f| f.fix.as_ref())
        .filter(|fix| fix.safe || unsafe_ok)
        .filter_map(|fix| {
            let in_file = source.file_span(fix.span);
            let verbatim =
                source.file_text().get(in_file.range()) == source.text.get(fix.span.range());
            let prose = prose.get_or_insert_with(|| Prose::of(source));
            (verbatim && prose.allows(in_file)).then(|| Fix {
                span: in_file,
                ..fix.clone()
            })
        })
        .collect()
}

/// Applies the fixes that do not overlap an earlier one; returns the new text and how many
/// were applied.
pub fn apply(text: &str, fixes: &[Fix]) -> (String, usize) {
    let mut sorted: Vec<&Fix> = fixes.iter().collect();
    sorted.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for fix in sorted {
        let Span { start, end } = fix.span;
        let valid = start >= pos
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !valid || text[start..end] == fix.replacement {
            continue;
        }
        out.push_str(&text[pos..start]);
        out.push_str(&fix.replacement);
        pos = end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::match_case;

    fn fix(start: usize, end: usize, replacement: &str) -> Fix {
        Fix {
            span: Span::new(start, end),
            replacement: replacement.into(),
            safe: true,
        }
    }

    #[test]
    fn applies_in_order_and_skips_overlaps() {
        let text = "a salesman and a foreman";
        let (out, n) = apply(
            text,
            &[
                fix(17, 24, "supervisor"),
                fix(2, 10, "salesperson"),
                fix(4, 8, "x"),
            ],
        );
        assert_eq!(out, "a salesperson and a supervisor");
        assert_eq!(n, 2);
    }

    #[test]
    fn replacements_take_the_case_of_the_words() {
        assert_eq!(match_case("Salesman", "salesperson"), "Salesperson");
        assert_eq!(match_case("SALESMAN", "salesperson"), "SALESPERSON");
        assert_eq!(match_case("salesman", "salesperson"), "salesperson");
    }

    #[test]
    fn safe_fixes_only_unless_asked() {
        let linter = Linter::new(crate::rules::RuleSet::load(&[] as &[&str]).unwrap());
        let text = "# Salesman\n\nLocation: Denver, CO\n\nOur guys will train you.\n";
        let source = Source::new("t.md", text, crate::source::Format::Markdown);
        let options = LintOptions::default();
        let safe = super::fix(&linter, source.clone(), &options, false);
        assert!(
            safe.source.text.starts_with("# Salesperson\n"),
            "{}",
            safe.source.text
        );
        assert!(safe.source.text.contains("Our guys"));
        assert_eq!(safe.unsafe_left, 1);
        let all = super::fix(&linter, source, &options, true);
        assert!(
            all.source.text.contains("Our team will"),
            "{}",
            all.source.text
        );
        assert_eq!(all.unsafe_left, 0);
        assert!(!all.findings.iter().any(|f| f.rule == "language/gendered"));
    }
}
