//! `hirelint fmt` over the real postings in `../shared/corpus`, when that folder is present:
//! no panic, formatting is idempotent (also when its output is formatted again as Markdown),
//! and every word that is not removed chrome is kept, in order; text, Markdown and saved
//! pages. And `check` and `extract` read every file of `web` and `intl` (ATS exports too)
//! without an error. Skipped (with a message) on a clone without the corpus.

use crate::common::hirelint;
use crate::words::words;
use hirelint::document::Document;
use hirelint::normalize::normalize;
use hirelint::source::{Format, Source};
use std::path::Path;

#[test]
fn fmt_is_idempotent_and_keeps_every_word_on_the_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is not here", corpus.display());
        return;
    }
    let vocab = hirelint::rules::builtin_vocabulary();
    let mut files = 0;
    let mut failures = Vec::new();
    for entry in walkdir::WalkDir::new(&corpus).sort_by_file_name() {
        let entry = entry.expect("corpus is readable");
        let path = entry.path();
        let wanted = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "txt" | "html" | "htm")
        );
        if !entry.file_type().is_file() || !wanted || path.ends_with("README.md") {
            continue;
        }
        let Ok(source) = Source::read(path) else {
            continue;
        };
        files += 1;
        let doc = Document::parse(&source, vocab);
        let once = normalize(&source, &doc, vocab);
        // A page's normal form is Markdown: formatted again, it is formatted as Markdown below.
        if source.format != Format::Html {
            let again_source = Source::new(source.name.clone(), once.text.clone(), source.format);
            let again_doc = Document::parse(&again_source, vocab);
            let twice = normalize(&again_source, &again_doc, vocab);
            if twice.text != once.text {
                failures.push(format!("{}: not idempotent", path.display()));
            }
        }
        // What fmt writes is Markdown: read as Markdown, it is already in normal form.
        let as_markdown = Source::new(source.name.clone(), once.text.clone(), Format::Markdown);
        let markdown_doc = Document::parse(&as_markdown, vocab);
        if normalize(&as_markdown, &markdown_doc, vocab).text != once.text {
            failures.push(format!(
                "{}: changes when its output is formatted as Markdown",
                path.display()
            ));
        }
        // A page's words are those it shows (its JSON-LD follows them in the text).
        let mut kept = source.text[..source.visible_end()].to_string();
        for r in once.removed.iter().rev() {
            kept.replace_range(r.span.range(), "");
        }
        if words(&kept) != words(&once.text) {
            failures.push(format!("{}: words changed", path.display()));
        }
    }
    eprintln!(
        "fmt: {files} postings formatted, {} failures",
        failures.len()
    );
    assert!(files > 1000, "only {files} postings read");
    assert!(
        failures.is_empty(),
        "{} of {files} postings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn check_and_extract_read_every_file_of_the_web_and_intl_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is not here", corpus.display());
        return;
    }
    let mut files = Vec::new();
    for set in ["web", "intl"] {
        for entry in walkdir::WalkDir::new(corpus.join(set)).sort_by_file_name() {
            let entry = entry.expect("corpus is readable");
            let path = entry.path();
            let posting = matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "txt" | "html" | "htm" | "json")
            );
            let notes = path.ends_with("README.md") || path.ends_with("PROVENANCE.md");
            if entry.file_type().is_file() && posting && !notes {
                files.push(path.to_path_buf());
            }
        }
    }
    eprintln!("check and extract: {} files of web and intl", files.len());
    assert!(files.len() > 300, "only {} files", files.len());
    for command in [&["check", "--format", "json"][..], &["extract"]] {
        let out = hirelint().args(command).args(&files).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(2), "{command:?}: {stderr}");
        assert!(!stderr.contains("error"), "{command:?}: {stderr}");
    }
}
