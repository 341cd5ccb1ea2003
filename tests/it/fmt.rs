//! CLI tests for `hirelint fmt`: printing, --check, --diff, --write and --verbose, on the real
//! binary.

use crate::common::hirelint;
use predicates::prelude::*;
use std::path::Path;

const MESSY: &str = "Skip to main content\nBarista\n\nABOUT US\nWe roast coffee &amp; bake bread.\n• Pull espresso shots for the morning rush\nShare this job\n";
const FORMATTED: &str = "# Barista\n\n## ABOUT US\n\nWe roast coffee &amp; bake bread.\n\n- Pull espresso shots for the morning rush\n";

fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn prints_one_posting_in_normal_form() {
    let dir = folder_with(&[("job.txt", MESSY)]);
    hirelint()
        .args(["fmt"])
        .arg(dir.path().join("job.txt"))
        .assert()
        .success()
        .stdout(FORMATTED);
    // stdin, with the format picked by --stdin-filename.
    hirelint()
        .args(["fmt", "-", "--stdin-filename", "job.txt"])
        .write_stdin(MESSY)
        .assert()
        .success()
        .stdout(FORMATTED);
}

#[test]
fn check_exits_1_and_writes_nothing() {
    let dir = folder_with(&[("messy.txt", MESSY), ("clean.md", FORMATTED)]);
    hirelint()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("would reformat: ").and(predicate::str::contains("messy.txt")),
        )
        .stderr(predicate::str::contains(
            "1 file would be reformatted, 1 already in normal form",
        ));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("messy.txt")).unwrap(),
        MESSY
    );
    hirelint()
        .args(["fmt", "--check"])
        .arg(dir.path().join("clean.md"))
        .assert()
        .success();
}

#[test]
fn diff_shows_a_unified_diff() {
    let dir = folder_with(&[("job.txt", MESSY)]);
    hirelint()
        .args(["fmt", "--diff"])
        .arg(dir.path().join("job.txt"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("-Skip to main content"))
        .stdout(predicate::str::contains("+# Barista"))
        .stdout(predicate::str::contains("@@ "));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("job.txt")).unwrap(),
        MESSY
    );
}

#[cfg(unix)]
#[test]
fn write_rewrites_in_place_keeping_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder_with(&[("job.txt", MESSY), ("clean.md", FORMATTED)]);
    let job = dir.path().join("job.txt");
    std::fs::set_permissions(&job, std::fs::Permissions::from_mode(0o600)).unwrap();
    let clean = dir.path().join("clean.md");
    let clean_modified = std::fs::metadata(&clean).unwrap().modified().unwrap();
    hirelint()
        .args(["fmt", "--write"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "1 file reformatted, 1 already in normal form",
        ));
    assert_eq!(std::fs::read_to_string(&job).unwrap(), FORMATTED);
    let mode = std::fs::metadata(&job).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // A file already in normal form is not touched.
    assert_eq!(
        std::fs::metadata(&clean).unwrap().modified().unwrap(),
        clean_modified
    );
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // Formatting again changes nothing.
    hirelint()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .assert()
        .success();
}

#[test]
fn a_file_that_cannot_be_read_is_never_written() {
    let dir = folder_with(&[("good.txt", MESSY)]);
    let bad = dir.path().join("bad.txt");
    let mut bytes = MESSY.as_bytes().to_vec();
    bytes.extend_from_slice(b"\x8d\x81 broken");
    std::fs::write(&bad, &bytes).unwrap();
    hirelint()
        .args(["fmt", "--write"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.txt:8:1: not valid UTF-8 nor Windows-1252 (byte 0x8d at offset 133)",
        ));
    assert_eq!(std::fs::read(&bad).unwrap(), bytes);
    // The other file was still formatted.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("good.txt")).unwrap(),
        FORMATTED
    );
}

#[test]
fn verbose_lists_removed_chrome_with_line_and_reason() {
    let dir = folder_with(&[("job.txt", MESSY)]);
    hirelint()
        .args(["fmt", "--verbose"])
        .arg(dir.path().join("job.txt"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "job.txt:1: removed \"Skip to main content\" (navigation or page control)",
        ))
        .stderr(predicate::str::contains(
            "job.txt:7: removed \"Share this job\"",
        ));
}

#[test]
fn users_extend_the_chrome_vocabulary() {
    let rules = folder_with(&[]);
    std::fs::create_dir(rules.path().join("vocab")).unwrap();
    std::fs::write(
        rules.path().join("vocab/chrome.yaml"),
        "lines:\n  - Apply via our portal\npatterns:\n  - id: job-id\n    why: job board reference number\n    regex: '(?i)^job id: \\d+$'\n",
    )
    .unwrap();
    let posting = "Barista\n\nWe roast coffee.\nApply via our portal\nJob ID: 48213\n";
    hirelint()
        .args([
            "fmt",
            "-",
            "--stdin-filename",
            "job.txt",
            "--verbose",
            "--rules",
        ])
        .arg(rules.path())
        .write_stdin(posting)
        .assert()
        .success()
        .stdout("# Barista\n\nWe roast coffee.\n")
        .stderr(predicate::str::contains("job board reference number"));
}

#[test]
fn several_files_need_a_mode() {
    let dir = folder_with(&[("a.txt", MESSY), ("b.txt", MESSY)]);
    hirelint()
        .args(["fmt"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use --write, --check or --diff"));
}

#[test]
fn markdown_examples_are_in_normal_form() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let markdown: Vec<_> = walkdir::WalkDir::new(&examples)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert!(markdown.len() >= 10);
    hirelint()
        .args(["fmt", "--check"])
        .args(&markdown)
        .assert()
        .success();
}

#[test]
fn an_html_page_prints_as_markdown_and_is_never_rewritten() {
    let page = "<html><head><title>T</title></head><body><nav>Home</nav><h1>Barista</h1>\
                <p>We roast&nbsp;coffee.</p><ul><li>Pull shots</li></ul></body></html>";
    let dir = folder_with(&[("job.html", page)]);
    let path = dir.path().join("job.html");
    hirelint()
        .args(["fmt"])
        .arg(&path)
        .assert()
        .success()
        .stdout("# Barista\n\nWe roast coffee.\n\n- Pull shots\n");
    hirelint()
        .args(["fmt", "--write"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("an HTML page is not rewritten"))
        .stderr(predicate::str::contains("0 files reformatted"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), page);
}

/// What `fmt` prints for a file `name` holding `page`.
fn fmt_output(name: &str, page: &str) -> String {
    let dir = folder_with(&[(name, page)]);
    let out = hirelint()
        .args(["fmt"])
        .arg(dir.path().join(name))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn apply_and_save_buttons_and_a_navigation_run_are_dropped_idempotently() {
    let page = "Home\nJobs\nSearch\nSign in\nLine Cook\nApply\nSave\nAbout the job\n\
                Prep and cook for a busy dinner service.\n\nApply\nSend your CV to jobs@example.com.\n";
    let once = fmt_output("cook.txt", page);
    for chrome in ["Home", "Jobs", "Search", "Save"] {
        assert!(!once.lines().any(|l| l == chrome), "{chrome}: {once}");
    }
    // The button above the description goes; the section telling how to apply stays.
    assert_eq!(once.matches("Apply").count(), 1, "{once}");
    assert!(once.contains("## Apply\n\nSend your CV"), "{once}");
    assert_eq!(fmt_output("cook.md", &once), once);
}

#[test]
fn an_apply_button_that_ends_the_page_is_dropped() {
    let once = fmt_output(
        "cook.txt",
        "Line Cook\n\nPrep and cook for a busy dinner service at our bistro.\n\nApply\n",
    );
    assert!(!once.contains("Apply"), "{once}");
    assert!(once.contains("Prep and cook"), "{once}");
    // A section name of more words at the end stays: it is no button.
    let page =
        "Line Cook\n\nPrep and cook for a busy dinner service at our bistro.\n\nHow to apply\n";
    assert!(fmt_output("cook.txt", page).contains("How to apply"));
}
