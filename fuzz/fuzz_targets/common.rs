//! What the targets share: how the first byte picks a format, one linter, and the checks every
//! span must pass.
#![allow(dead_code)]

use hirelint::finding::Finding;
use hirelint::lint::Linter;
use hirelint::source::{Format, Source, Span};
use std::sync::LazyLock;

pub static LINTER: LazyLock<Linter> =
    LazyLock::new(|| Linter::new(hirelint::rules::RuleSet::load(&[] as &[&str]).unwrap()));

/// Splits the input into a format (from its first byte: `m`, `t` or `h`, else by remainder)
/// and the file's bytes, so one corpus reaches all three readers.
pub fn format_and_bytes(data: &[u8]) -> Option<(Format, &'static str, &[u8])> {
    let (&first, rest) = data.split_first()?;
    let (format, name) = match first {
        b'm' => (Format::Markdown, "fuzz.md"),
        b't' => (Format::Text, "fuzz.txt"),
        b'h' => (Format::Html, "fuzz.html"),
        b if b % 3 == 0 => (Format::Markdown, "fuzz.md"),
        b if b % 3 == 1 => (Format::Text, "fuzz.txt"),
        _ => (Format::Html, "fuzz.html"),
    };
    Some((format, name, rest))
}

/// A span of the parsed text must be inside it, on character boundaries, and map into the
/// file as read on character boundaries too.
pub fn assert_span_sound(source: &Source, span: Span) {
    let text = &source.text;
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} outside the text"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} inside a character"
    );
    let file = source.file_text();
    let s = source.file_span(span);
    assert!(
        s.start <= s.end && s.end <= file.len(),
        "{s:?} outside the file"
    );
    assert!(
        file.is_char_boundary(s.start) && file.is_char_boundary(s.end),
        "{s:?} inside a character of the file"
    );
    // Lines and columns are counted without panicking, and a later offset is never on an
    // earlier line.
    let (l1, _) = source.line_col_in_file(s.start);
    let (l2, _) = source.line_col_in_file(s.end);
    assert!(l1 <= l2);
}

pub fn assert_findings_sound(source: &Source, findings: &[Finding]) {
    for f in findings {
        for label in &f.labels {
            assert_span_sound(source, label.span);
        }
    }
}
