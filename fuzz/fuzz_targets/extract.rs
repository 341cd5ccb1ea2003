//! Extracting facts (pay, location, dates, duration, ...) and the JSON-LD `extract` writes.
#![no_main]

#[path = "common.rs"]
mod common;

use hirelint::facts::{FactsJson, jsonld};
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
    let (doc, facts) = common::LINTER.facts(&source);
    let json = serde_json::to_value(FactsJson::new(&source, &facts, true)).unwrap();
    // Every span the JSON names is sound.
    let mut spans = Vec::new();
    collect_spans(&json, &mut spans);
    for (start, end) in spans {
        let file = source.file_text();
        assert!(
            start <= end && end <= file.len(),
            "span {start}..{end} outside the file"
        );
        assert!(file.is_char_boundary(start) && file.is_char_boundary(end));
    }
    let (posting, _missing) = jsonld::job_posting(&source, &doc, &facts);
    serde_json::to_string(&posting).unwrap();
});

fn collect_spans(v: &serde_json::Value, out: &mut Vec<(usize, usize)>) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(span) = map.get("span") {
                if let (Some(s), Some(e)) = (span["start"].as_u64(), span["end"].as_u64()) {
                    out.push((s as usize, e as usize));
                }
            }
            map.values().for_each(|v| collect_spans(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_spans(v, out)),
        _ => {}
    }
}
