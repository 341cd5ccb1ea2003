//! Natural-language words belong in the language packs (`rules/vocab/lang/*.yaml`), not in the
//! extractors' Rust (issue 19): a pattern of `src/facts/` that names words of a language ties
//! it to that language. This test reads every string literal of `src/facts/**/*.rs` outside
//! tests that looks like a pattern (it has `(?`, `\b` or `|`) and fails, naming the file and
//! line, on one with a word of three letters or more that is not a structural token; and on
//! a word listed in a `const` or `static` ("remote sensing" as `&["sensing", ...]`), but names
//! a format gives ([`NAMES_NOT_WORDS`]).
//!
//! Any English still written into the extractors is listed in [`NOT_YET_DATA`] (now none),
//! item by item: a new pattern with words fails, and so does an entry whose words have moved
//! to a pack, so that the list only shrinks.

use std::collections::BTreeSet;
use std::path::Path;

/// Patterns and lists that still hold words of English, as `file::ITEM` (the `static`, `const`
/// or `fn` they are in): to be moved into `rules/vocab/lang/en.yaml`.
const NOT_YET_DATA: &[&str] = &[];

/// A string literal of the code: the item it is in, what item that is (`static`, `const` or
/// `fn`), its line and its text.
struct Literal {
    item: String,
    kind: &'static str,
    line: usize,
    text: String,
}

/// The string literals of Rust source `code` (plain and raw), leaving out comments and items
/// marked `#[cfg(test)]`. A small scanner: enough for this code base, not a Rust lexer.
fn literals(code: &str) -> Vec<Literal> {
    let b = code.as_bytes();
    let (mut i, mut line, mut depth) = (0, 1, 0usize);
    let mut out = Vec::new();
    // Inside a `#[cfg(test)]` item: the depth its body opened at; `test_next` until it opens.
    let (mut test_depth, mut test_next): (Option<usize>, bool) = (None, false);
    let mut item = String::new();
    // The item's kind until it ends (a `;` or `}` at its depth): an attribute's literal after
    // it is none of its. A `;` in brackets is a type's (`[&str; 3]`).
    let (mut kind, mut item_depth, mut brackets) = ("", 0, 0usize);
    let ident_end = |mut j: usize| {
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
            j += 1;
        }
        j
    };
    while i < b.len() {
        let rest = &code[i..];
        let after_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
            continue;
        }
        if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            line += rest[..end].matches('\n').count();
            i += end;
            continue;
        }
        if rest.starts_with("#[cfg(test)]") {
            test_next = true;
            i += "#[cfg(test)]".len();
            continue;
        }
        // Raw string: r"..." or r#"..."#.
        let raw = (!after_ident && rest.starts_with('r'))
            .then(|| rest[1..].find(|c| c != '#').map(|h| (h, &rest[1..])))
            .flatten()
            .filter(|(h, r)| r[*h..].starts_with('"'));
        let (text, len) = if let Some((hashes, r)) = raw {
            let close = format!("\"{}", "#".repeat(hashes));
            let body = &r[hashes + 1..];
            let end = body.find(&close).unwrap_or(body.len());
            (Some(&body[..end]), 1 + hashes + 1 + end + close.len())
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            (Some(&code[i + 1..j.min(b.len())]), j + 1 - i)
        } else {
            (None, 0)
        };
        if let Some(text) = text {
            if test_depth.is_none() && !test_next {
                out.push(Literal {
                    item: item.clone(),
                    kind,
                    line,
                    text: text.to_string(),
                });
            }
            line += code[i..(i + len).min(b.len())].matches('\n').count();
            i += len;
            continue;
        }
        match b[i] {
            // A character literal ('"', '\'') or a lifetime ('static).
            b'\'' if b.get(i + 1) == Some(&b'\\') => {
                i += 2 + rest[2..].find('\'').unwrap_or(0) + 1;
                continue;
            }
            b'\'' if rest.chars().nth(2) == Some('\'') => {
                i += rest.chars().take(3).map(char::len_utf8).sum::<usize>();
                continue;
            }
            b'\'' => {
                i = ident_end(i + 1);
                continue;
            }
            b'\n' => line += 1,
            b'{' => {
                if test_next {
                    (test_depth, test_next) = (Some(depth), false);
                }
                depth += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth < item_depth {
                    kind = "";
                }
                if test_depth == Some(depth) {
                    test_depth = None;
                }
            }
            b';' => {
                if test_next && test_depth.is_none() {
                    test_next = false;
                }
                if depth == item_depth && brackets == 0 {
                    kind = "";
                }
            }
            b'[' => brackets += 1,
            b']' => brackets = brackets.saturating_sub(1),
            _ if !after_ident => {
                for kw in ["static ", "const ", "fn "] {
                    if rest.starts_with(kw) {
                        let start = i + kw.len();
                        item = code[start..ident_end(start)].to_string();
                        kind = kw.trim_end();
                        item_depth = depth;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The words of a pattern: runs of three letters or more, once regex syntax (group names,
/// classes, escapes, flags), HTML entities (`&ndash;`), `format!` placeholders and the name
/// of a Liquid tag (`{% include`: template syntax, not a language) are taken out. A run with a capital
/// letter after a small one (`baseSalary`) is a name, not a word.
fn pattern_words(text: &str) -> BTreeSet<String> {
    let syntax = regex::Regex::new(
        r"\\\{%(?:-\?)?(?:\\s[*+]?)?\w+|\(\?P?<\w+>|\\[pP]\{\w+\}|\[:\^?\w+:\]|\\[a-zA-Z]|\(\?[a-zA-Z-]+[:)]|&(?:\[\w+\])?\w*;|\{\w*(?::[^}]*)?\}",
    )
    .unwrap();
    let text = syntax.replace_all(text, " ");
    let is_name = |w: &str| {
        let b = w.as_bytes();
        b.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
    };
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| (w.len() >= 3 && !is_name(w)) || !w.is_ascii())
        .map(str::to_lowercase)
        .collect()
}

fn is_pattern(text: &str) -> bool {
    text.contains("(?") || text.contains("\\b") || text.contains('|')
}

/// Whether `lit` is a word of a list of words: a literal of a `const` or `static` that is
/// no pattern, of letters and spaces only, with three letters or more or one outside ASCII
/// ("sensing", "remote sensing", "全职").
fn is_listed_word(lit: &Literal) -> bool {
    matches!(lit.kind, "const" | "static")
        && !is_pattern(&lit.text)
        && lit.text.chars().all(|c| c.is_alphabetic() || c == ' ')
        && (lit.text.chars().filter(|c| c.is_alphabetic()).count() >= 3 || !lit.text.is_ascii())
}

/// Items of `src/facts/` that list names a format gives, not words of a language: front-matter
/// keys, file names, a detector's code, the units `extract` writes, the descriptions of facts
/// and the months of a message hirelint writes.
const NAMES_NOT_WORDS: &[&str] = &[
    "language.rs::ENGLISH",
    "registry.rs::REGISTRY",
    "pay.rs::INCLUDE_NAMES",
    "jsonld.rs::ORGANIZATION_KEYS",
    "dates.rs::GENERIC_DATE_KEYS",
    "dates.rs::NAMES",
    "mod.rs::DURATION_UNITS",
];

/// The words lists of `const` and `static` items hold, `file::ITEM` → (line, words), in
/// `src/facts/`, but those of [`NAMES_NOT_WORDS`].
fn listed_words() -> Vec<(String, usize, BTreeSet<String>)> {
    let mut found: Vec<(String, usize, BTreeSet<String>)> = Vec::new();
    for (file, code) in fact_sources() {
        for lit in literals(&code).into_iter().filter(is_listed_word) {
            let item = format!("{file}::{}", lit.item);
            if NAMES_NOT_WORDS.contains(&item.as_str()) {
                continue;
            }
            match found.iter_mut().find(|(i, ..)| *i == item) {
                Some((.., words)) => {
                    words.insert(lit.text.to_lowercase());
                }
                None => found.push((item, lit.line, BTreeSet::from([lit.text.to_lowercase()]))),
            }
        }
    }
    found
}

/// (path under `src/facts/`, code) of every Rust file there but the tests.
fn fact_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/facts");
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let path = entry.unwrap().into_path();
        let name = path.file_name().unwrap().to_str().unwrap();
        if path.extension().is_none_or(|e| e != "rs") || name == "tests.rs" {
            continue;
        }
        let file = path.strip_prefix(&root).unwrap().display().to_string();
        out.push((file, std::fs::read_to_string(&path).unwrap()));
    }
    out
}

/// `file::ITEM` → (line, words) of every pattern literal with words, in `src/facts/`.
fn patterns_with_words() -> Vec<(String, usize, BTreeSet<String>)> {
    let mut found = Vec::new();
    for (file, code) in fact_sources() {
        for lit in literals(&code).into_iter().filter(|l| is_pattern(&l.text)) {
            let words = pattern_words(&lit.text);
            if !words.is_empty() {
                found.push((format!("{file}::{}", lit.item), lit.line, words));
            }
        }
    }
    found
}

#[test]
fn extractors_name_no_words_of_a_language() {
    let mut found = patterns_with_words();
    found.extend(listed_words());
    let new: Vec<String> = found
        .iter()
        .filter(|(item, ..)| !NOT_YET_DATA.contains(&item.as_str()))
        .map(|(item, line, words)| {
            let file = item.split("::").next().unwrap();
            let words: Vec<&str> = words.iter().map(String::as_str).take(8).collect();
            format!("src/facts/{file}:{line} ({item}): {}", words.join(" "))
        })
        .collect();
    assert!(
        new.is_empty(),
        "words of a language in an extractor's pattern or list; put them in a language pack \
         (rules/vocab/lang/, docs/languages.md):\n{}",
        new.join("\n")
    );
    let moved: Vec<&&str> = NOT_YET_DATA
        .iter()
        .filter(|item| !found.iter().any(|(i, ..)| i == *item))
        .collect();
    assert!(
        moved.is_empty(),
        "no longer hold words; take them off NOT_YET_DATA: {moved:?}"
    );
}

#[test]
fn the_scanner_finds_words_in_patterns_and_not_elsewhere() {
    let code = r###"
        // "(?i)\bnot in a comment\b"
        static PAY = r"(?i)\b(?:salary|wages?)\b";
        const NAMES: &str = "(?P<min>\d+)|\p{Han}|&ndash;|[:alpha:]";
        static ZH = "(?:年薪|月)";
        fn new() { let p = format!(r#"{sym}\s*(?:per|a)\b"#); let c = '"'; let l: &'static str = "x"; let q = '\''; }
        #[cfg(test)]
        mod tests { const T: &str = r"(?i)\bhidden\b"; }
        static AFTER = "\\b(?:after)";
        static TAG = r"\{%-?\s*include\s+(?P<name>[\w./-]*)\s+(?P<p>[^%]*)%\}";
    "###;
    let got: Vec<(String, usize, BTreeSet<String>)> = literals(code)
        .into_iter()
        .filter(|l| is_pattern(&l.text))
        .map(|l| (l.item, l.line, pattern_words(&l.text)))
        .collect();
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        got,
        [
            ("PAY".to_string(), 3, words(&["salary", "wages"])),
            ("NAMES".to_string(), 4, words(&[])),
            ("ZH".to_string(), 5, words(&["年薪", "月"])),
            ("new".to_string(), 6, words(&["per"])),
            ("AFTER".to_string(), 9, words(&["after"])),
            ("TAG".to_string(), 10, words(&[])),
        ]
    );
}

#[test]
fn the_scanner_finds_words_listed_in_consts_and_statics() {
    let code = r#"
        const NOT_AFTER: &[&str] = &["sensing", "remote sensing", "ab", "a-b", "(?i)x|y"];
        static ZH: [&str; 1] = ["全"];
        fn f() { let v = ["inside"]; }
    "#;
    let listed: Vec<(String, String)> = literals(code)
        .into_iter()
        .filter(is_listed_word)
        .map(|l| (l.item, l.text))
        .collect();
    let pair = |i: &str, w: &str| (i.to_string(), w.to_string());
    assert_eq!(
        listed,
        [
            pair("NOT_AFTER", "sensing"),
            pair("NOT_AFTER", "remote sensing"),
            pair("ZH", "全"),
        ]
    );
}
