//! CLI tests for `hirelint.yaml`: discovery, `--config`, the keys, located errors, `hirelint
//! config` and `hirelint init`.

use crate::common::hirelint;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

const NO_PAY: &str = "# Support Agent\n\nLocation: Boise, ID\n\nHealth insurance.\n\nAcme is an equal opportunity employer.\n";
const ROCKSTAR: &str = "# Rockstar Developer\n\nLocation: Boise, ID\n\nPay: $90,000 - $110,000 per year. Health insurance.\n\nAcme is an equal opportunity employer.\n";

/// A repository: `hirelint.yaml` at its root, postings in folders.
fn repo(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in [
        ("jobs/support.md", NO_PAY),
        ("jobs/dev.md", ROCKSTAR),
        ("archive/old.md", NO_PAY),
        ("legacy/dev.md", ROCKSTAR),
    ] {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    std::fs::write(dir.path().join("hirelint.yaml"), config).unwrap();
    dir
}

/// `(path relative to the repository, [rule:severity])` for each checked file.
fn checked(dir: &Path, args: &[&str]) -> Vec<(String, Vec<String>)> {
    let out = hirelint()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let rules = f["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    format!(
                        "{}:{}",
                        x["rule"].as_str().unwrap(),
                        x["severity"].as_str().unwrap()
                    )
                })
                .collect();
            (
                f["path"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("./")
                    .to_string(),
                rules,
            )
        })
        .collect()
}

#[test]
fn the_nearest_config_applies_with_its_overrides_and_excludes() {
    let dir = repo(
        "severity: { language/rockstar: error }\nexclude: ['archive/**']\noverrides:\n  'legacy/**': { ignore: [language/] }\n",
    );
    let found = checked(dir.path(), &["."]);
    assert_eq!(
        found,
        [
            (
                "jobs/dev.md".to_string(),
                vec!["language/rockstar:error".to_string()]
            ),
            (
                "jobs/support.md".to_string(),
                vec!["pay/missing:warning".to_string()]
            ),
            ("legacy/dev.md".to_string(), vec![]),
        ]
    );
    // A file named on the command line is checked even when excluded.
    let named = checked(dir.path(), &["archive/old.md"]);
    assert_eq!(named[0].1, ["pay/missing:warning"]);
}

#[test]
fn select_ignore_and_a_config_in_a_subfolder() {
    let dir = repo("select: [pay/]\n");
    assert_eq!(
        checked(dir.path(), &["jobs/dev.md"])[0].1,
        Vec::<String>::new()
    );
    // `.hirelint.yaml` nearer the posting wins over the root's.
    std::fs::write(
        dir.path().join("jobs/.hirelint.yaml"),
        "ignore: [pay/missing]\n",
    )
    .unwrap();
    assert_eq!(
        checked(dir.path(), &["jobs/dev.md", "jobs/support.md"]),
        [
            (
                "jobs/dev.md".to_string(),
                vec!["language/rockstar:warning".to_string()]
            ),
            ("jobs/support.md".to_string(), vec![]),
        ]
    );
    // --config replaces discovery.
    let other = dir.path().join("other.yaml");
    std::fs::write(&other, "jurisdictions: [US-CO]\n").unwrap();
    let with_other = checked(dir.path(), &["--config", "other.yaml", "jobs/support.md"]);
    assert_eq!(with_other[0].1, ["pay/missing:warning"]);
}

#[test]
fn stdin_is_configured_from_its_file_name() {
    let dir = repo("overrides:\n  'legacy/**': { ignore: [language/rockstar] }\n");
    let run = |name: &str| {
        let out = hirelint()
            .current_dir(dir.path())
            .args(["check", "--format", "json", "-", "--stdin-filename", name])
            .write_stdin(ROCKSTAR)
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["files"][0]["findings"].as_array().unwrap().len()
    };
    assert_eq!(run("legacy/new.md"), 0);
    assert_eq!(run("jobs/new.md"), 1);
}

#[test]
fn config_errors_are_located() {
    let dir = repo("select: [pay/]\nignroe: [x]\n");
    hirelint()
        .current_dir(dir.path())
        .args(["check", "jobs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown field `ignroe`"))
        .stderr(predicate::str::contains("hirelint.yaml:2:1"));
    std::fs::write(
        dir.path().join("hirelint.yaml"),
        "severity:\n  pay/mising: error\n",
    )
    .unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "jobs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no rule or family of rules is named `pay/mising`",
        ))
        .stderr(predicate::str::contains("hirelint.yaml:2:3"))
        .stderr(predicate::str::contains("pay/missing"));
    std::fs::write(
        dir.path().join("hirelint.yaml"),
        "federal_contractor: sometimes\n",
    )
    .unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "jobs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid config file"))
        .stderr(predicate::str::contains("hirelint.yaml:1:"));
}

#[test]
fn config_prints_what_applies() {
    let dir = repo(
        "ignore: [language/gender-coded]\noverrides:\n  'legacy/**': { as_of: 2023-05-01, federal_contractor: true }\n",
    );
    hirelint()
        .current_dir(dir.path())
        .args(["config", "legacy/dev.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("hirelint.yaml"))
        .stdout(predicate::str::contains(
            "# overrides that apply: legacy/**",
        ))
        .stdout(predicate::str::contains("ignore: [language/gender-coded]"))
        .stdout(predicate::str::contains("as_of: 2023-05-01"))
        .stdout(predicate::str::contains("federal_contractor: true"));
}

#[test]
fn init_writes_a_starter_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    hirelint().arg("init").arg(dir.path()).assert().success();
    let written = std::fs::read_to_string(dir.path().join("hirelint.yaml")).unwrap();
    assert!(written.starts_with("# hirelint configuration."));
    // The starter is a valid config.
    std::fs::write(dir.path().join("job.md"), NO_PAY).unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "job.md"])
        .assert()
        .success();
    std::fs::write(dir.path().join("hirelint.yaml"), "ignore: [pay/]\n").unwrap();
    hirelint()
        .arg("init")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("hirelint.yaml")).unwrap(),
        "ignore: [pay/]\n"
    );
    // A `.hirelint.yaml` is a config too: a new `hirelint.yaml` beside it would shadow it.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join(".hirelint.yaml"), "ignore: [pay/]\n").unwrap();
    hirelint()
        .arg("init")
        .arg(other.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(".hirelint.yaml already exists"));
    assert!(!other.path().join("hirelint.yaml").exists());
}

#[test]
fn a_missing_config_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("job.md"), NO_PAY).unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "--config", "no-such.yaml", "job.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the config file no-such.yaml",
        ));
}

#[test]
fn unknown_jurisdictions_are_errors_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("job.md"), NO_PAY).unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "--jurisdiction", "US-CX", "job.md"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown jurisdiction `US-CX`; did you mean")
                .and(predicate::str::contains("US-CO")),
        );
    std::fs::write(dir.path().join("hirelint.yaml"), "jurisdictions: [us-xx]\n").unwrap();
    hirelint()
        .current_dir(dir.path())
        .args(["check", "job.md"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown jurisdiction `US-XX`")
                .and(predicate::str::contains("hirelint.yaml:1:17")),
        );
    // Each at its own place, also one that a comment names first, and an empty one.
    for (config, said, at) in [
        (
            "# not US-XX\njurisdictions:\n  - US-CO\n  - us-xx\n",
            "unknown jurisdiction `US-XX`",
            "hirelint.yaml:4:5",
        ),
        (
            "jurisdictions: [US-CO, \"\"]\n",
            "an empty jurisdiction; codes look like US-CO",
            "hirelint.yaml:1:24",
        ),
    ] {
        std::fs::write(dir.path().join("hirelint.yaml"), config).unwrap();
        hirelint()
            .current_dir(dir.path())
            .args(["check", "job.md"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(said).and(predicate::str::contains(at)));
    }
}
