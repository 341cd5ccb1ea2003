//! Loading a user's rule file: a located error or rules that then lint a posting without
//! panicking; an error renders as a diagnostic.
#![no_main]

#[path = "common.rs"]
mod common;

use hirelint::lint::Linter;
use hirelint::rules::{LoadError, RuleSet, compile_file};
use hirelint::source::{Format, Source};
use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

const POSTING: &str = "---\ntitle: Barista\nsalary_min: 18\n---\n# Barista\n\nLocation: Denver, CO\n\nPay: $18 – $22 per hour. Entry level; 5+ years. Internship, 12 weeks, May to December.\n\nWe are an equal opportunity employer.\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match compile_file("fuzz.yaml", text) {
        Ok(rules) => {
            let set = RuleSet {
                rules,
                vocab: Cow::Borrowed(hirelint::rules::builtin_vocabulary()),
                laws: Cow::Borrowed(&hirelint::laws::BUILTIN[..]),
            };
            let linter = Linter::new(set);
            for format in [Format::Markdown, Format::Text] {
                let source = Source::new("p.md", POSTING, format);
                let linted = linter.lint(&source, &Default::default());
                common::assert_findings_sound(&source, &linted.findings);
            }
        }
        Err(e) => {
            assert!(
                e.span.end <= e.text.len(),
                "error span outside the rule file"
            );
            let d = hirelint::report::human::LoadDiagnostic::new(&LoadError::Rule(e));
            let _ = hirelint::report::human::render(&d, false);
        }
    }
});
