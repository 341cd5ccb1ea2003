//! fix: applying every fix the rules offer (the unsafe ones too) to any posting never changes
//! its machinery: URLs, e-mail addresses, paths, link and image addresses, code, HTML and
//! front-matter keys (`hirelint::prose::machinery`).
#![no_main]

#[path = "common.rs"]
mod common;

use hirelint::source::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((format, name, bytes)) = common::format_and_bytes(data) else {
        return;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let source = Source::new(name, text, format);
    let before = hirelint::prose::machinery(&source);
    let fixed = hirelint::fix::fix(&common::LINTER, source, &Default::default(), true);
    assert_eq!(
        hirelint::prose::machinery(&fixed.source),
        before,
        "fixed text: {:?}",
        fixed.source.file_text()
    );
});
