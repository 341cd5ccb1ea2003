//! fmt: no panic on any posting; for Markdown and text (which `--write` writes back) the
//! normal form is reached in one pass, and no word is lost except in the chrome lines it
//! reports removing.
#![no_main]

#[path = "common.rs"]
mod common;
#[path = "../../tests/it/words.rs"]
mod words;

use hirelint::document::Document;
use hirelint::normalize::normalize;
use hirelint::source::{Format, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((format, name, bytes)) = common::format_and_bytes(data) else {
        return;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let vocab = &common::LINTER.rules.vocab;
    let source = Source::new(name, text, format);
    let once = normalize(&source, &Document::parse(&source, vocab), vocab);
    for r in &once.removed {
        common::assert_span_sound(&source, r.span);
    }
    // Every word outside the removed chrome lines is kept, in order (a page's markup is not).
    if format != Format::Html {
        let mut kept = text.to_string();
        for r in once.removed.iter().rev() {
            kept.replace_range(r.span.range(), "");
        }
        assert_eq!(
            words::words(&once.text),
            words::words(&kept),
            "words changed"
        );
    }
    // `fmt --write` writes a posting back in its own format, so a second pass must change
    // nothing. A page is never written back: its normal form is only printed.
    if format == Format::Html {
        return;
    }
    let again = Source::new(name, once.text.clone(), format);
    let twice = normalize(&again, &Document::parse(&again, vocab), vocab);
    assert_eq!(twice.text, once.text, "not idempotent");
});
