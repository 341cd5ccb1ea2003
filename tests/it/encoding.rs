//! Files that are not UTF-8: read as Windows-1252 with an `encoding/not-utf8` finding, never
//! re-encoded without saying so; files that fit no encoding refused with the byte's place.

use crate::common::hirelint;
use serde_json::Value;
use std::path::Path;

/// A posting as Word or an old careers site saves it: curly quotes, a dash and a pound sign as
/// Windows-1252 bytes (0x92, 0x96, 0xA3), an e-acute as Latin-1 (0xE9). A "salesman" for a
/// fix to apply.
const POSTING: &[u8] =
    b"# Pastry Salesman\n\nWe\x92re a caf\xe9 in Denver, CO \x96 pay \xa318 to \xa322 per hour.\n";

/// The same posting in UTF-8.
const POSTING_UTF8: &str = "# Pastry Salesman\n\nWe\u{2019}re a caf\u{e9} in Denver, CO \u{2013} pay £18 to £22 per hour.\n";

fn folder_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = hirelint().current_dir(dir).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn check_reads_windows_1252_and_names_the_first_such_byte() {
    let dir = folder_with("cafe.md", POSTING);
    let (code, out, stderr) = run(dir.path(), &["check", "--format", "json", "cafe.md"]);
    assert_eq!(code, Some(1), "{stderr}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    let encoding = findings
        .iter()
        .find(|f| f["rule"] == "encoding/not-utf8")
        .expect("an encoding finding");
    assert_eq!(encoding["severity"], "info");
    assert_eq!(
        encoding["message"],
        "This file is not UTF-8: byte 0x92 at line 3, column 3 (offset 21) is not, so the file was read as Windows-1252."
    );
    let span = &encoding["spans"][0];
    assert_eq!((&span["line"], &span["column"]), (&3.into(), &3.into()));
    // The other findings read the text as it was meant: the `Salesman` title is flagged, at
    // the file's line and column.
    let salesman = findings
        .iter()
        .find(|f| f["rule"] == "language/gendered")
        .expect("the title is read");
    assert_eq!(salesman["spans"][0]["line"], 1);
    assert_eq!(salesman["spans"][0]["column"], 10);
}

#[test]
fn a_utf8_posting_has_no_encoding_finding() {
    let dir = folder_with("cafe.md", POSTING_UTF8.as_bytes());
    let (_, out, _) = run(dir.path(), &["check", "--format", "json", "cafe.md"]);
    assert!(!out.contains("encoding/not-utf8"), "{out}");
}

#[test]
fn a_page_in_windows_1252_points_at_the_character_in_its_text() {
    let page = b"<html><head><meta charset=\"windows-1252\"><title>Cook</title></head><body><h1>Line Cook</h1><p>We\x92re hiring in Denver, CO.</p></body></html>";
    let dir = folder_with("cook.html", page);
    let (_, out, stderr) = run(dir.path(), &["check", "--format", "json", "cook.html"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let finding = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "encoding/not-utf8")
        .cloned()
        .unwrap_or_else(|| panic!("{out}\n{stderr}"));
    let at = page.iter().position(|&b| b == 0x92).unwrap();
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains(&format!("(offset {at})")),
        "{finding}"
    );
    assert_eq!(finding["spans"][0]["column"], at + 1);
}

#[test]
fn extract_reads_it_and_says_how() {
    let dir = folder_with("cafe.md", POSTING);
    let (code, out, stderr) = run(dir.path(), &["extract", "cafe.md"]);
    assert_eq!(code, Some(0), "{stderr}");
    let facts: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(facts["title"], "Pastry Salesman");
    assert_eq!(facts["pay"]["min"], 18.0);
    assert_eq!(facts["pay"]["currency"], "GBP");
    assert!(
        stderr.contains(
            "note: cafe.md: not UTF-8 (byte 0x92 at line 3, column 3, offset 21); read as Windows-1252"
        ),
        "{stderr}"
    );
}

#[test]
fn fmt_prints_utf8_and_writes_utf8_only_saying_so() {
    let dir = folder_with("cafe.md", POSTING);
    let d = dir.path();
    let (code, out, stderr) = run(d, &["fmt", "cafe.md"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(out.contains("We\u{2019}re a caf\u{e9}"), "{out}");
    assert!(
        stderr.contains("read as Windows-1252; printed as UTF-8"),
        "{stderr}"
    );
    // Writing UTF-8 changes the file even where its text is in normal form: --check says so.
    let (code, _, stderr) = run(d, &["fmt", "--check", "cafe.md"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("would reformat: cafe.md"), "{stderr}");
    assert!(
        stderr.contains("`fmt --write` writes it as UTF-8"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(d.join("cafe.md")).unwrap(), POSTING);
    let (code, _, stderr) = run(d, &["fmt", "--write", "cafe.md"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("written as UTF-8"), "{stderr}");
    let written = std::fs::read_to_string(d.join("cafe.md")).unwrap();
    assert!(written.contains("We\u{2019}re a caf\u{e9} in Denver, CO \u{2013} pay £18"));
    // Now UTF-8 and in normal form: nothing more to do, and nothing said.
    let (code, _, stderr) = run(d, &["fmt", "--check", "cafe.md"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("Windows-1252"), "{stderr}");
}

#[test]
fn check_fix_writes_utf8_only_when_it_fixes() {
    let dir = folder_with("cafe.md", POSTING);
    let d = dir.path();
    let (_, _, stderr) = run(d, &["check", "--fix", "cafe.md"]);
    assert!(
        stderr.contains("written as UTF-8 with the fixes"),
        "{stderr}"
    );
    let fixed = std::fs::read_to_string(d.join("cafe.md")).unwrap();
    assert_eq!(
        fixed,
        POSTING_UTF8.replace("Salesman", "Salesperson"),
        "only the fix changed the words"
    );
    // Nothing to fix: the file is left as it is, in its encoding.
    let plain = b"# Pastry Cook\n\nWe\x92re a caf\xe9.\n";
    std::fs::write(d.join("cook.md"), plain).unwrap();
    let (_, _, stderr) = run(d, &["check", "--fix", "cook.md"]);
    assert!(!stderr.contains("written as UTF-8"), "{stderr}");
    assert_eq!(std::fs::read(d.join("cook.md")).unwrap(), plain);
}

#[test]
fn audit_counts_a_windows_1252_posting() {
    let dir = folder_with("cafe.md", POSTING);
    let (_, out, stderr) = run(
        dir.path(),
        &["audit", "--no-progress", "--format", "json", "."],
    );
    assert!(out.contains("encoding/not-utf8"), "{out}\n{stderr}");
    assert!(!out.contains("could not be read"), "{out}");
}

#[test]
fn a_json_file_of_postings_in_windows_1252_is_read() {
    let json = b"{\"jobs\": [{\"id\": 7, \"title\": \"Barista\", \"content\": \"We\x92re hiring in Denver, CO.\"}]}";
    let dir = folder_with("jobs.json", json);
    let (_, out, stderr) = run(dir.path(), &["check", "--format", "json", "jobs.json"]);
    assert!(out.contains("encoding/not-utf8"), "{out}\n{stderr}");
}

#[test]
fn a_byte_of_no_encoding_is_refused_with_its_place_and_never_written() {
    // 0x9D is undefined in Windows-1252; the 0x92 before it is not the problem.
    let bytes = b"# Cook\n\nWe\x92re \x9d hiring.\n";
    let dir = folder_with("cook.md", bytes);
    let d = dir.path();
    let expected = "cook.md:3:7: not valid UTF-8 nor Windows-1252 (byte 0x9d at offset 14)";
    for args in [
        &["check", "cook.md"][..],
        &["extract", "cook.md"],
        &["fmt", "--write", "cook.md"],
        &["check", "--fix", "cook.md"],
    ] {
        let (code, _, stderr) = run(d, args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_eq!(std::fs::read(d.join("cook.md")).unwrap(), bytes);
}

#[test]
fn rows_of_exports_in_windows_1252_are_read_and_the_byte_located_in_the_file() {
    // Row 2 has a curly apostrophe as 0x92 inside a quoted field that spans two lines; row 3 a
    // byte of no encoding (0x9D), which refuses that row alone.
    let csv = b"job_id,title,description\n1,Cook,\"Fry eggs.\"\n2,Baker,\"We\x92re baking\nin Denver, CO.\"\n3,Porter,\"Carry \x9d bags.\"\n";
    let jsonl = b"{\"id\":1,\"description\":\"Fry eggs.\"}\n{\"id\":2,\"description\":\"We\x92re baking in Denver, CO.\"}\n{\"id\":3,\"description\":\"Carry \x9d bags.\"}\n";
    let cases: [(&str, &[u8], &str, &str); 2] = [
        (
            "jobs.csv",
            csv,
            "byte 0x92 at line 3, column 12 (offset 55)",
            "row 3: not valid UTF-8 nor Windows-1252 at line 5, column 17 (byte 0x9d at offset 98)",
        ),
        (
            "jobs.jsonl",
            jsonl,
            "byte 0x92 at line 2, column 26 (offset 60)",
            "row 3: not valid UTF-8 nor Windows-1252 at line 3, column 30 (byte 0x9d at offset 117)",
        ),
    ];
    for (name, bytes, read_as, refused) in cases {
        let dir = folder_with(name, bytes);
        let (code, out, stderr) = run(
            dir.path(),
            &["audit", "--no-progress", "--format", "json", name],
        );
        let postings = crate::common::audit_records(out.as_bytes());
        assert_eq!(postings.len(), 2, "{name}: {out}\n{stderr}");
        let message = |p: &Value| {
            p["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["rule"] == "encoding/not-utf8")
                .map(|f| f["message"].as_str().unwrap().to_string())
        };
        assert_eq!(message(&postings[0]), None, "{name}");
        let got = message(&postings[1]).expect("the row read as Windows-1252 says so");
        assert!(got.contains(read_as), "{name}: {got}");
        assert!(
            postings[1]["facts"]["locations"][0]["city"] == "Denver",
            "{name}: {}",
            postings[1]["facts"]
        );
        assert!(stderr.contains(refused), "{name}: {stderr}");
        assert_ne!(code, Some(0), "{name}: {stderr}");
    }
}
