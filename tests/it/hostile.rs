//! Hostile and broken input: each case gets a clear, located error or is read correctly, never
//! a panic or a hang, and no file is ever left half written. These run the real binary.

use crate::common::hirelint;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Runs `hirelint ARGS`; exit code, stdout as JSON (when it parses) and stderr.
fn run(args: &[&str], dir: &Path) -> (i32, Value, String) {
    let out = hirelint().current_dir(dir).args(args).output().unwrap();
    let code = out.status.code().expect("exited, not killed");
    assert!(
        code <= 2,
        "exit {code}: a crash\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        code,
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Every finding of `rule` in a JSON report.
fn findings<'d>(doc: &'d Value, rule: &'d str) -> impl Iterator<Item = &'d Value> {
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .filter(move |f| f["rule"] == rule)
}

/// Every finding of `rule`: (line, column, the file's text at the span).
fn spans_of(doc: &Value, rule: &str, file: &[u8]) -> Vec<(u64, u64, String)> {
    findings(doc, rule)
        .map(|f| {
            let s = &f["spans"][0];
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let text = String::from_utf8_lossy(&file[start..end]).into_owned();
            (
                s["line"].as_u64().unwrap(),
                s["column"].as_u64().unwrap(),
                text,
            )
        })
        .collect()
}

const POSTING: &str =
    "# Line Cook\n\nLocation: Denver, CO\n\nPay: $18 to $21 per hour. Rockstar cooks welcome.\n";

#[test]
fn binary_files_and_other_encodings_are_named_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "logo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    write(d, "cv.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    write(d, "offer.md", b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0");
    write(d, "utf16.txt", b"\xff\xfeC\0o\0o\0k\0");
    // Without a byte-order mark, UTF-16 and UTF-32 are valid UTF-8 (NUL bytes and all).
    let text = "# Barista\n\nLocation: Denver, CO\n\nPay: $18 - $22 per hour.\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let le32: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    write(d, "le.md", &le);
    write(d, "be.txt", &be);
    write(d, "le32.md", &le32);
    // 0x8F is neither UTF-8 nor Windows-1252 (a file in another encoding, or garbled).
    write(d, "latin1.txt", b"# Cook\n\nPay: \x8f12 an hour\n");
    write(d, "good.md", POSTING);
    let (code, doc, stderr) = run(&["check", "--format", "json", "."], d);
    assert_eq!(code, 2, "{stderr}");
    for expected in [
        "logo.md: not a text posting: this looks like a PNG image",
        "cv.txt: not a text posting: this looks like a PDF document",
        "offer.md: not a text posting: this looks like a ZIP archive",
        "utf16.txt: not a text posting: this looks like UTF-16 text",
        "le.md: not a text posting: this looks like UTF-16 text (little-endian, without a byte-order mark)",
        "be.txt: not a text posting: this looks like UTF-16 text (big-endian, without a byte-order mark)",
        "le32.md: not a text posting: this looks like UTF-32 text (little-endian, without a byte-order mark)",
        // Line and column of the bad byte, and its offset.
        "latin1.txt:3:6: not valid UTF-8 nor Windows-1252 (byte 0x8f at offset 13)",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    // The good file is still checked.
    assert_eq!(doc["summary"]["files"], 9);
    assert_eq!(
        spans_of(&doc, "language/rockstar", POSTING.as_bytes()).len(),
        1
    );

    // fmt and check --fix never write a file they could not read.
    let before = std::fs::read(d.join("latin1.txt")).unwrap();
    let (code, _, stderr) = run(&["fmt", "--write", "latin1.txt"], d);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = run(&["fmt", "--write", "le.md"], d);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(std::fs::read(d.join("le.md")).unwrap(), le);
    let (code, _, _) = run(
        &["check", "--fix", "--unsafe-fixes", "latin1.txt", "logo.md"],
        d,
    );
    assert_eq!(code, 2);
    assert_eq!(std::fs::read(d.join("latin1.txt")).unwrap(), before);
}

#[test]
fn nul_bytes_are_text_and_spans_stay_right() {
    let dir = tempfile::tempdir().unwrap();
    let posting = POSTING
        .replace("Line Cook", "Line\0Cook\0")
        .replace("cooks", "\0cooks");
    write(dir.path(), "p.md", &posting);
    let (_, doc, stderr) = run(&["check", "--format", "json", "p.md"], dir.path());
    let found = spans_of(&doc, "language/rockstar", posting.as_bytes());
    assert_eq!(found, [(5, 27, "Rockstar".to_string())], "{stderr}");
}

/// The posting's lines ended by CRLF, LF and lone CR in turn.
fn mixed_line_endings(text: &str) -> String {
    let endings = ["\r\n", "\n", "\r"];
    text.lines()
        .enumerate()
        .map(|(i, l)| format!("{l}{}", endings[i % 3]))
        .collect()
}

fn count_of(doc: &Value, rule: &str) -> usize {
    findings(doc, rule).count()
}

#[test]
fn bom_crlf_and_lone_cr_keep_spans_lines_and_columns() {
    let dir = tempfile::tempdir().unwrap();
    let variants = [
        ("lf.md", POSTING.to_string()),
        ("crlf.md", POSTING.replace('\n', "\r\n")),
        ("cr.md", POSTING.replace('\n', "\r")),
        ("bom.md", format!("\u{feff}{POSTING}")),
        (
            "bom-crlf.txt",
            format!("\u{feff}{}", POSTING.replace('\n', "\r\n")),
        ),
        ("mixed.md", mixed_line_endings(POSTING)),
    ];
    for (name, text) in &variants {
        write(dir.path(), name, text);
        let (_, doc, _) = run(&["check", "--format", "json", name], dir.path());
        let found = spans_of(&doc, "language/rockstar", text.as_bytes());
        assert_eq!(found, [(5, 27, "Rockstar".to_string())], "{name}");
        // The line-oriented formats agree.
        let out = hirelint()
            .current_dir(dir.path())
            .args(["check", "--format", "compact", name])
            .output()
            .unwrap();
        let compact = String::from_utf8_lossy(&out.stdout);
        assert!(
            compact.contains(&format!("{name}:5:27: warning[language/rockstar]")),
            "{compact}"
        );
    }
    // The title on the first line after a BOM: column 3 (after `# `), not 4.
    let (_, doc, _) = run(&["check", "--format", "json", "bom.md"], dir.path());
    let missing = spans_of(&doc, "eeo/missing", variants[3].1.as_bytes());
    assert_eq!(missing, [(1, 3, "Line Cook".to_string())]);
}

#[test]
fn deeply_nested_lists_and_quotes_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let quotes = format!("# Cook\n\n{}Rockstar wanted.\n", "> ".repeat(10_000));
    let mut list = String::from("# Cook\n\n");
    for depth in 0..1_000 {
        list.push_str(&format!("{}- level {depth}\n", "  ".repeat(depth)));
    }
    let mixed = format!("# Cook\n\n{}Rockstar.\n", "> - 1. ".repeat(3_000));
    for (name, text) in [
        ("quotes.md", &quotes),
        ("list.md", &list),
        ("mixed.md", &mixed),
    ] {
        write(d, name, text);
        let (code, doc, stderr) = run(&["check", "--format", "json", name], d);
        assert!(code <= 1, "{name}: {stderr}");
        assert_eq!(doc["summary"]["files"], 1, "{name}");
        // fmt reads them too, and its output is its own normal form.
        let once = hirelint()
            .current_dir(d)
            .args(["fmt", name])
            .output()
            .unwrap();
        assert!(once.status.success(), "{name}");
        write(d, &format!("again-{name}"), &once.stdout);
        let twice = hirelint()
            .current_dir(d)
            .args(["fmt", &format!("again-{name}")])
            .output()
            .unwrap();
        assert_eq!(twice.stdout, once.stdout, "{name}");
    }
}

#[test]
fn malformed_front_matter_is_a_finding_with_a_span() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, line) in [
        (
            "colon.md",
            "---\ntitle: Cook\nlocation: Denver: CO: x\n---\n# Cook\n",
            3,
        ),
        ("bracket.md", "---\ntitle: [Cook\n---\n# Cook\n", 2),
        // The parser names the plain scalar the tab broke.
        ("tab.md", "---\ntitle: Cook\n\tpay: 20\n---\n# Cook\n", 2),
    ] {
        write(dir.path(), name, text);
        let (code, doc, stderr) = run(&["check", "--format", "json", name], dir.path());
        assert_eq!(code, 1, "{name}: {stderr}");
        let found = spans_of(&doc, "front-matter/invalid", text.as_bytes());
        assert_eq!(found.len(), 1, "{name}: {doc}");
        assert_eq!(found[0].0, line, "{name}");
    }
}

#[test]
fn impossible_dates_are_findings_and_never_replaced_by_today() {
    let dir = tempfile::tempdir().unwrap();
    let text = "---\ndate_posted: 2019-02-29\ndeadline: 2026-13-01\nlocation: Denver, CO\n---\n\n# Barista\n\nWe are hiring.\n";
    write(dir.path(), "p.md", text);
    let (code, doc, stderr) = run(&["check", "--format", "json", "p.md"], dir.path());
    assert_eq!(code, 1, "{stderr}");
    let found = spans_of(&doc, "date/invalid", text.as_bytes());
    assert_eq!(
        found,
        [
            (2, 14, "2019-02-29".to_string()),
            (3, 11, "2026-13-01".to_string())
        ],
        "{doc}"
    );
    let messages: Vec<&str> = findings(&doc, "date/invalid")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("February 2019 has 28 days"),
        "{messages:?}"
    );
    assert!(messages[1].contains("no month 13"), "{messages:?}");
    // A deadline was stated, if wrongly: not "no deadline".
    assert_eq!(findings(&doc, "deadline/missing").count(), 0, "{doc}");
    // In a body field and after "apply by" too; a real leap day and a day/month/year date are
    // dates.
    for (body, bad) in [
        ("Posted: 2/30/2024\n", true),
        ("Apply by April 31, 2026.\n", true),
        ("Posted: 2/29/2024\n", false),
        ("Apply by 25/12/2026.\n", false),
    ] {
        let text = format!("# Barista\n\nLocation: Denver, CO\n\n{body}");
        write(dir.path(), "q.md", &text);
        let (_, doc, _) = run(&["check", "--format", "json", "q.md"], dir.path());
        assert_eq!(
            findings(&doc, "date/invalid").count(),
            usize::from(bad),
            "{body}: {doc}"
        );
    }
    // An audit does not judge the posting at its impossible date nor silently at today's: it is
    // undated, says so, and carries the finding.
    let out = hirelint()
        .current_dir(dir.path())
        .args(["audit", "--no-progress", "--format", "json", "p.md"])
        .output()
        .unwrap();
    let record = &crate::common::audit_records(&out.stdout)[0];
    assert_eq!(record["dated_by"], "undated-today", "{record}");
    assert!(record["facts"]["date_posted"].is_null(), "{record}");
    let rules: Vec<&str> = record["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "date/invalid").count(),
        2,
        "{rules:?}"
    );
}

#[test]
fn a_large_posting_and_a_long_line_are_checked() {
    // 5 MB and a 1 MB line here; benches/hostile.py measures growth up to 50 MB.
    let dir = tempfile::tempdir().unwrap();
    let para = "We need a line cook with 2 years of experience. Rockstar cooks welcome, \
                full-time, $18 to $21 per hour in Denver, CO.\n\n";
    let big = format!("# Line Cook\n\n{}", para.repeat(5_000_000 / para.len()));
    let line = format!(
        "# Line Cook\n\n{}\n",
        para.trim_end().repeat(1_000_000 / para.len())
    );
    for (name, text) in [("big.md", &big), ("line.txt", &line)] {
        write(dir.path(), name, text);
        let (code, doc, stderr) = run(&["check", "--format", "json", name], dir.path());
        assert_eq!(code, 1, "{name}: {stderr}");
        let found = spans_of(&doc, "language/rockstar", text.as_bytes());
        assert!(
            !found.is_empty() && found.iter().all(|f| f.2 == "Rockstar"),
            "{name}"
        );
    }
    // The report for people: a finding past column 65,535 of a line (miette's padding width
    // panicked there) is reported with its place written out instead of the line.
    let far = format!(
        "# Line Cook\n\n{} Rockstar cooks welcome.\n",
        "word ".repeat(20_000)
    );
    write(dir.path(), "far.md", &far);
    let (code, _, stderr) = run(&["check", "--color", "never", "far.md"], dir.path());
    assert_eq!(code, 1, "{stderr}");
    let out = hirelint()
        .current_dir(dir.path())
        .args(["check", "--color", "never", "far.md"])
        .output()
        .unwrap();
    let human = String::from_utf8_lossy(&out.stdout);
    assert!(human.contains("at far.md:3:100002: "), "{human}");
    assert!(human.contains("a line too long to show"), "{human}");
}

/// Nine levels of nine aliases each: 9^9 conditions once expanded.
fn alias_bomb_rule() -> String {
    let mut s = String::from(
        "- id: acme/bomb\n  severity: info\n  message: m\n  forbid: { pattern: 'x' }\n  when:\n    any:\n",
    );
    s.push_str(&format!(
        "      - &a0 {{ any: [{}] }}\n",
        ["{fact: pay}"; 9].join(", ")
    ));
    for i in 1..9 {
        s.push_str(&format!(
            "      - &a{i} {{ any: [{}] }}\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        ));
    }
    s
}

#[test]
fn alias_bombs_are_refused_with_a_location() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "rules/bomb.yaml", alias_bomb_rule());
    write(d, "p.md", POSTING);
    let (code, _, stderr) = run(&["check", "--rules", "rules", "p.md"], d);
    assert_eq!(code, 2);
    assert!(stderr.contains("refused, as an alias bomb"), "{stderr}");
    assert!(stderr.contains("bomb.yaml:"), "{stderr}");

    // In a config file, and in a posting's front matter.
    let conf = "ignore: &a [pay/missing, pay/missing, pay/missing]\noverrides:\n  \"x/**\": { ignore: *a }\n\
                unknown: &b [*a, *a, *a]\n";
    write(d, "conf/hirelint.yaml", conf);
    write(d, "conf/p.md", POSTING);
    let (code, _, stderr) = run(&["check", "conf/p.md"], d);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("hirelint.yaml:4:1") && stderr.contains("unknown field"),
        "{stderr}"
    );
    let mut front = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        front.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        ));
    }
    front.push_str("---\n");
    front.push_str(POSTING);
    write(d, "front.md", &front);
    let (code, doc, stderr) = run(&["check", "--format", "json", "front.md"], d);
    assert_eq!(code, 1, "{stderr}");
    let found = spans_of(&doc, "front-matter/invalid", front.as_bytes());
    assert_eq!(found.len(), 1, "{doc}");
}

#[test]
fn ten_thousand_rules_or_overrides_load() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rules: String = (0..10_000)
        .map(|i| format!("- id: acme/r{i}\n  severity: info\n  message: m{i}\n  forbid: {{ pattern: '\\bword{i}\\b' }}\n"))
        .collect();
    write(d, "rules/many.yaml", rules);
    write(d, "p.md", POSTING.replace("Rockstar", "word9999"));
    let (code, doc, stderr) = run(
        &["check", "--format", "json", "--rules", "rules", "p.md"],
        d,
    );
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        spans_of(
            &doc,
            "acme/r9999",
            POSTING.replace("Rockstar", "word9999").as_bytes()
        )
        .len(),
        1
    );

    let overrides: String = std::iter::once("overrides:\n".to_string())
        .chain((0..10_000).map(|i| format!("  \"d{i}/**\": {{ ignore: [pay/missing] }}\n")))
        .collect();
    write(d, "conf/hirelint.yaml", overrides);
    write(d, "conf/d9999/p.md", "# Cook\n\nLocation: Denver, CO\n");
    let (code, doc, stderr) = run(&["check", "--format", "json", "conf/d9999/p.md"], d);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        count_of(&doc, "pay/missing"),
        0,
        "the last override applies"
    );
    assert_eq!(count_of(&doc, "eeo/missing"), 1);
}

#[test]
fn a_regex_too_large_to_compile_names_its_rule() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "rules/huge.yaml",
        "- id: acme/ok\n  severity: info\n  message: m\n  forbid: { pattern: 'fine' }\n\
         - id: acme/huge\n  severity: info\n  message: m\n  forbid: { pattern: '(?:(?:a{1000}){1000}){1000}' }\n",
    );
    write(d, "p.md", POSTING);
    let (code, _, stderr) = run(&["check", "--rules", "rules", "p.md"], d);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid regex in rule `acme/huge`"),
        "{stderr}"
    );
    assert!(stderr.contains("huge.yaml:8:23"), "{stderr}");
    assert!(stderr.contains("too large once compiled"), "{stderr}");
}

#[test]
fn a_chrome_vocabulary_too_large_as_a_set_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Each pattern compiles alone; together they are too large for one set.
    let mut chrome = String::from("patterns:\n");
    for k in 1..=12 {
        chrome.push_str(&format!(
            "  - id: big{k}\n    why: test\n    regex: '^z{k}(?:ab|cd){{30000}}$'\n"
        ));
    }
    write(d, "rules/vocab/chrome.yaml", &chrome);
    write(
        d,
        "p.txt",
        "Field Technician\n\nLocation: Denver, CO\n\nWe use cookies to improve your experience.\n\nFix turbines.\n",
    );
    for cmd in ["fmt", "check"] {
        let (code, _, stderr) = run(&[cmd, "--rules", "rules", "p.txt"], d);
        assert_eq!(code, 2, "{cmd}: {stderr}");
        assert!(stderr.contains("too large to compile together"), "{stderr}");
        assert!(stderr.contains("chrome.yaml:"), "{stderr}");
    }
    // Without the file, the built-in chrome is removed as always.
    std::fs::remove_file(d.join("rules/vocab/chrome.yaml")).unwrap();
    let out = hirelint()
        .current_dir(d)
        .args(["fmt", "--rules", "rules", "p.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("cookies"));
}

#[test]
fn an_unknown_type_or_period_in_a_users_vocabulary_is_a_located_error() {
    for (file, text, said, place) in [
        (
            "employment.yaml",
            "types:\n  - type: FULL_TIME\n    words: [vollzeit]\n  - type: Teilzeit\n    words: [teilzeit]\n",
            "unknown type `Teilzeit`; expected one of FULL_TIME",
            "employment.yaml:4:11",
        ),
        (
            "pay.yaml",
            "periods:\n  - period: fortnight\n    words: [biweekly]\n",
            "unknown period `fortnight`; expected one of hour",
            "pay.yaml:2:13",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &format!("rules/vocab/{file}"), text);
        write(dir.path(), "p.md", POSTING);
        let (code, _, stderr) = run(&["check", "--rules", "rules", "p.md"], dir.path());
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(said), "{stderr}");
        assert!(stderr.contains(place), "{stderr}");
    }
}

#[test]
fn a_missing_or_unreadable_rule_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", POSTING);
    let (code, _, stderr) = run(&["check", "--rules", "no-such-folder", "p.md"], d);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read rules from no-such-folder"),
        "{stderr}"
    );

    // A rule file that cannot be read: a link to nowhere, and (unless we are root, who reads
    // everything) a file without read permission.
    std::fs::create_dir_all(d.join("dangling")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/no/such/rules.yaml", d.join("dangling/acme.yaml")).unwrap();
    #[cfg(unix)]
    {
        let (code, _, stderr) = run(&["check", "--rules", "dangling", "p.md"], d);
        assert_eq!(code, 2);
        assert!(
            stderr.contains("cannot read rules from dangling/acme.yaml"),
            "{stderr}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = write(
            d,
            "locked/acme.yaml",
            "- id: acme/x\n  severity: info\n  message: m\n  require: { fact: pay }\n",
        );
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_err() {
            let (code, _, stderr) = run(&["check", "--rules", "locked", "p.md"], d);
            assert_eq!(code, 2);
            assert!(stderr.contains("Permission denied"), "{stderr}");
        }
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_and_the_walk_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "jobs/a/cook.md", POSTING);
    std::os::unix::fs::symlink("..", d.join("jobs/a/up")).unwrap();
    std::os::unix::fs::symlink("../jobs", d.join("jobs/self")).unwrap();
    for command in [
        &["check", "--format", "json", "jobs"][..],
        &["audit", "--no-progress", "--format", "json", "jobs"],
    ] {
        let out = hirelint().current_dir(d).args(command).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("symlink loop"), "{command:?}: {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("cook.md"), "{command:?}: {stdout}");
    }
}

#[test]
fn an_interrupted_write_leaves_the_old_file_or_the_new_one() {
    // `fmt --write` killed at different moments: the file is always whole, old or new (the
    // rename is the only step that changes it; see src/atomic_write.rs for a failed rename).
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let messy = format!(
        "JOB TITLE\n\n{}",
        "•   one item   of many\n".repeat(400_000)
    );
    let path = write(d, "p.txt", &messy);
    let started = Instant::now();
    let formatted = hirelint()
        .current_dir(d)
        .args(["fmt", "p.txt"])
        .output()
        .unwrap()
        .stdout;
    let full_run = started.elapsed();
    assert_ne!(formatted, messy.as_bytes());
    // Killed from early in the run (still reading) to late (writing or renaming).
    for tenths in [1, 3, 5, 7, 8, 9, 10, 12] {
        std::fs::write(&path, &messy).unwrap();
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("hirelint"))
            .current_dir(d)
            .args(["fmt", "--write", "p.txt"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full_run * tenths / 10);
        let _ = child.kill();
        child.wait().unwrap();
        let now = std::fs::read(&path).unwrap();
        assert!(
            now == messy.as_bytes() || now == formatted,
            "half-written when killed at {tenths}/10 of a run"
        );
    }
}

/// Under a limit on address space (`ulimit -v`) a posting is checked and audited: the
/// allocator must not reserve more than a run needs (mimalloc reserved 1 GiB arenas, and each
/// thread's glibc arena 64 MiB, and aborted with "memory allocation of 1520 bytes failed").
#[cfg(target_os = "linux")]
#[test]
fn a_limit_on_address_space_is_enough_for_a_check_and_an_audit() {
    let bin = assert_cmd::cargo::cargo_bin("hirelint");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "p.md", POSTING);
    // Not only the smallest limit: a larger one failed where a smaller one passed.
    for kb in [200_000, 250_000, 300_000, 400_000] {
        for args in [&["check", "p.md"][..], &["audit", "--no-progress", "p.md"]] {
            let out = std::process::Command::new("sh")
                .current_dir(dir.path())
                .arg("-c")
                .arg(format!("ulimit -v {kb} && exec \"$0\" \"$@\""))
                .arg(&bin)
                .args(args)
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            assert_eq!(
                out.status.code(),
                Some(1),
                "ulimit -v {kb}, {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
