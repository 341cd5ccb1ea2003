//! Property tests (proptest): `check` on arbitrary text never panics, its spans are on
//! character boundaries inside the text, lines and columns agree with the text, and its JSON
//! report parses; `fmt` is idempotent and keeps every word that is not chrome; fixes never
//! change a link or image address, a URL, a path, code, HTML or a front-matter key.

use crate::words::words;
use hirelint::document::Document;
use hirelint::lint::{LintOptions, Linter};
use hirelint::normalize::normalize;
use hirelint::report::{FileResult, json};
use hirelint::source::{Format, Source};
use proptest::prelude::*;
use std::sync::LazyLock;

static LINTER: LazyLock<Linter> =
    LazyLock::new(|| Linter::new(hirelint::rules::RuleSet::load(&[] as &[&str]).unwrap()));

/// Text that looks like postings often enough to reach the extractors and rules, and is
/// arbitrary enough to reach the corners: posting words, markup, line endings of every kind,
/// non-ASCII, and any character at all.
fn posting_text() -> impl Strategy<Value = String> {
    posting_pieces(true)
}

/// As [`posting_text`]; `lone_cr` adds lone carriage returns as line endings.
fn posting_pieces(lone_cr: bool) -> impl Strategy<Value = String> {
    let cr = if lone_cr { "\r" } else { "\n" };
    let piece = prop_oneof![
        Just("# Barista\n".to_string()),
        Just("Location: Denver, CO\n".to_string()),
        Just("Pay: $18 – $22 per hour".to_string()),
        Just("€40,000–€50,000".to_string()),
        Just("\r\n".to_string()),
        Just(cr.to_string()),
        Just("\n\n".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("---\ntitle: x\n---\n".to_string()),
        Just("<!-- hirelint-disable-next-line pay/missing -- why -->\n".to_string()),
        Just("&amp;&nbsp;&#13;".to_string()),
        Just("<p>html</p><script>x</script>".to_string()),
        Just(
            "5+ years of experience, entry level, internship, 12 weeks, May 2026 to July 2026"
                .to_string()
        ),
        Just("equal opportunity employer. Health insurance. Remote (US).".to_string()),
        Just("salesman rockstar 薪资 20k-30k 全职 \u{feff}\u{2003}".to_string()),
        "[a-zA-Z0-9 .,:;$%()/#*-]{0,30}",
        any::<String>().prop_map(|s| s.chars().take(20).collect()),
    ];
    proptest::collection::vec(piece, 0..25).prop_map(|p| p.concat())
}

/// Postings full of words the fixes replace, in prose and in every kind of machinery.
fn fixable_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The salesman and our guys. ".to_string()),
        Just("Chairman ".to_string()),
        Just("[salesman page](https://x.example/salesman-42) ".to_string()),
        Just("[a](<https://x.example/a salesman> \"salesman\") ".to_string()),
        Just("<https://x.example/salesman> ".to_string()),
        Just("![salesman](img/salesman.png) ".to_string()),
        Just("`salesman guys` ".to_string()),
        Just("https://x.example/careers/salesman/ ".to_string()),
        Just("www.salesman.example ".to_string()),
        Just("salesman@x.example ".to_string()),
        Just("docs/salesman.pdf ".to_string()),
        Just("<a href=\"/salesman\">salesman</a> ".to_string()),
        Just("\n```\nsalesman guys\n```\n".to_string()),
        Just("\n    indented salesman code\n".to_string()),
        Just("---\nsalesman: Salesman\n---\n".to_string()),
        Just("\n\n".to_string()),
        Just("\n- ".to_string()),
        Just("# ".to_string()),
        "[a-z ()\\[\\]<>/:.`*_-]{0,12}",
    ];
    proptest::collection::vec(piece, 0..20).prop_map(|p| p.concat())
}

fn format_of(i: u8) -> (Format, &'static str) {
    match i % 3 {
        0 => (Format::Markdown, "p.md"),
        1 => (Format::Text, "p.txt"),
        _ => (Format::Html, "p.html"),
    }
}

/// Line and column (1-based, characters) counted the slow, obvious way.
fn naive_line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let mut line = 1;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')) {
            line += 1;
            line_start = i + 1;
        }
    }
    let column = before[line_start..]
        .trim_start_matches('\u{feff}')
        .chars()
        .count()
        + 1;
    (line, column)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn check_never_panics_and_its_spans_are_sound(text in posting_text(), f in any::<u8>()) {
        let (format, name) = format_of(f);
        let source = Source::new(name, text, format);
        let linted = LINTER.lint(&source, &LintOptions::default());
        let file = source.file_text();
        for finding in &linted.findings {
            for label in &finding.labels {
                // Spans point into the parsed text...
                prop_assert!(label.span.start <= label.span.end && label.span.end <= source.text.len());
                prop_assert!(source.text.is_char_boundary(label.span.start) && source.text.is_char_boundary(label.span.end));
                // ...and, mapped, into the file as read, where lines and columns are counted.
                let s = source.file_span(label.span);
                prop_assert!(s.end <= file.len() && file.is_char_boundary(s.start) && file.is_char_boundary(s.end));
                prop_assert_eq!(source.line_col_in_file(s.start), naive_line_col(file, s.start));
            }
        }
        let result = FileResult { name: name.into(), findings: linted.findings, source: Some(source), error: None };
        let mut out = Vec::new();
        json::write(std::slice::from_ref(&result), &mut out).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        prop_assert_eq!(parsed["version"].as_u64(), Some(1));
    }

    // Markdown and plain text, which `fmt --write` writes back in their own format (a page's
    // normal form is only printed: see fuzz/fuzz_targets/fmt.rs).
    #[test]
    fn fmt_is_idempotent_and_keeps_words(text in posting_text(), markdown in any::<bool>()) {
        let (format, name) = if markdown { (Format::Markdown, "p.md") } else { (Format::Text, "p.txt") };
        let vocab = &LINTER.rules.vocab;
        let source = Source::new(name, text.clone(), format);
        let once = normalize(&source, &Document::parse(&source, vocab), vocab);
        let again = Source::new(name, once.text.clone(), format);
        let twice = normalize(&again, &Document::parse(&again, vocab), vocab);
        prop_assert_eq!(&twice.text, &once.text);
        let mut kept = text.clone();
        for r in once.removed.iter().rev() {
            kept.replace_range(r.span.range(), "");
        }
        prop_assert_eq!(words(&once.text), words(&kept));
    }

    #[test]
    fn fixes_never_change_addresses_code_or_markup(text in fixable_text(), f in any::<u8>()) {
        let (format, name) = format_of(f);
        let source = Source::new(name, text, format);
        let before = hirelint::prose::machinery(&source);
        let fixed = hirelint::fix::fix(&LINTER, source, &LintOptions::default(), true);
        prop_assert_eq!(hirelint::prose::machinery(&fixed.source), before, "{}", fixed.source.file_text());
    }
}
