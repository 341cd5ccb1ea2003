//! Reading a posting (Markdown with front matter, plain text, HTML) and linting it with the
//! built-in rules: no panic, sound spans, and every report format writes (JSON parses).
#![no_main]

#[path = "common.rs"]
mod common;

use hirelint::report::{self, FileResult};
use hirelint::source::{ReadError, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((format, name, bytes)) = common::format_and_bytes(data) else {
        return;
    };
    let source = match Source::from_bytes(name, bytes.to_vec(), format) {
        Ok(source) => source,
        // Neither UTF-8 nor Windows-1252: the byte named is one Windows-1252 leaves undefined,
        // where UTF-8 fails.
        Err(ReadError::Utf8 { at, .. }) => {
            assert!([0x81, 0x8d, 0x8f, 0x90, 0x9d].contains(&at.byte));
            assert_eq!(bytes[at.offset], at.byte);
            assert!(at.offset >= std::str::from_utf8(bytes).unwrap_err().valid_up_to());
            return;
        }
        // Not text: a known file signature, or not UTF-8 with a NUL byte near the start.
        Err(ReadError::Binary { .. }) => return,
        Err(e) => panic!("unexpected read error: {e}"),
    };
    let linted = common::LINTER.lint(&source, &Default::default());
    common::assert_findings_sound(&source, &linted.findings);
    let fixes = hirelint::fix::applicable(&source, &linted.findings, true);
    let _ = hirelint::fix::apply(&source.text, &fixes);

    let results = [FileResult {
        name: name.into(),
        findings: linted.findings,
        source: Some(source),
        error: None,
    }];
    let mut out = Vec::new();
    report::json::write(&results, &mut out).unwrap();
    let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(parsed["version"].as_u64(), Some(1));
    out.clear();
    report::human::write(&results, false, &mut out).unwrap();
    report::compact::write(&results, &mut out).unwrap();
    report::github::write(&results, &mut out).unwrap();
    report::sarif::write(&results, &common::LINTER.rules.rules, &mut out).unwrap();
    report::junit::write(&results, |_| true, &mut out).unwrap();
});
