//! The words of a text, in a file of its own (no test-crate dependencies), because the `fmt`
//! fuzz target includes it too (`fuzz/fuzz_targets/fmt.rs`).

/// The words of a text: runs of letters and digits, after decoding HTML entities (as `fmt`
/// does). `fmt` must keep every one that is not in removed chrome, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut decoded = text.to_string();
    for _ in 0..4 {
        decoded = html_escape::decode_html_entities(&decoded).into_owned();
    }
    decoded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
