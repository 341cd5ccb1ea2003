//! The reference pages in `docs/` are what hirelint prints: a test fails when one is stale,
//! and says the command that makes it again. The README stays short.

use crate::common::hirelint;

/// Each generated page and the arguments that print it.
const GENERATED: [(&str, &[&str]); 3] = [
    ("docs/rules.md", &["rules", "--format", "markdown"]),
    ("docs/laws.md", &["laws", "--format", "markdown"]),
    ("docs/facts.md", &["facts", "--format", "markdown"]),
];

#[test]
fn the_generated_docs_are_up_to_date() {
    let root = env!("CARGO_MANIFEST_DIR");
    // Run away from any hirelint.yaml, so that only the built-in rules and laws are listed.
    let elsewhere = tempfile::tempdir().unwrap();
    let mut stale = Vec::new();
    for (file, args) in GENERATED {
        let out = hirelint()
            .current_dir(elsewhere.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "hirelint {}", args.join(" "));
        let printed = String::from_utf8(out.stdout).unwrap();
        let committed = std::fs::read_to_string(format!("{root}/{file}")).unwrap_or_default();
        if printed != committed {
            stale.push(format!(
                "{file} is stale: run `cargo run -- {} > {file}`",
                args.join(" ")
            ));
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn the_readme_is_at_most_15_kb_and_its_links_into_docs_resolve() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    assert!(
        readme.len() <= 15 * 1024,
        "README.md is {} bytes; move detail into docs/",
        readme.len()
    );
    let mut broken = Vec::new();
    for page in ["README.md"]
        .into_iter()
        .map(str::to_string)
        .chain(docs_pages(root))
    {
        let text = std::fs::read_to_string(format!("{root}/{page}")).unwrap();
        let dir = std::path::Path::new(&page)
            .parent()
            .unwrap_or(std::path::Path::new(""));
        for target in local_links(&text) {
            let path = std::path::Path::new(root).join(dir).join(&target);
            if !path.exists() {
                broken.push(format!("{page} links to {target}, which does not exist"));
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

/// The Markdown pages in `docs/`, as paths from the root.
fn docs_pages(root: &str) -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(format!("{root}/docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    pages.sort();
    pages
}

/// The targets of Markdown links `](target)` that are files of this repository (no scheme,
/// no anchor of the same page), without their `#anchor`.
fn local_links(text: &str) -> Vec<String> {
    text.match_indices("](")
        .filter_map(|(at, _)| {
            let rest = &text[at + 2..];
            let target = &rest[..rest.find(')')?];
            let file = target.split('#').next().unwrap_or("");
            (!file.is_empty() && !file.contains("://") && !file.starts_with("mailto:"))
                .then(|| file.to_string())
        })
        .collect()
}

#[test]
fn local_links_are_found_without_anchors_and_urls() {
    assert_eq!(
        local_links("[a](docs/x.md#y) [b](https://e.org) [c](#z) [d](../README.md)"),
        ["docs/x.md", "../README.md"]
    );
}
