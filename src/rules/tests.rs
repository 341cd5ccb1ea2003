//! The built-in pack's own examples, and rule-file errors.

use super::*;
use crate::lint::{LintOptions, Linter};
use crate::source::{Format, Source};

fn example_source(text: &str) -> Source {
    let format = if text.starts_with('#') || text.starts_with("---") {
        Format::Markdown
    } else {
        Format::Text
    };
    Source::new("example", text, format)
}

/// Every built-in rule's `bad` examples trigger it and its `good` examples do not.
#[test]
fn builtin_rule_examples() {
    let linter = Linter::new(RuleSet::load(&[] as &[&Path]).expect("built-in rules compile"));
    let options = LintOptions {
        as_of: Some(jiff::civil::date(2026, 6, 1)),
    };
    let mut failures = Vec::new();
    for rule in &linter.rules.rules {
        assert!(
            !rule.bad_examples.is_empty(),
            "{} has no bad example",
            rule.id
        );
        assert!(
            !rule.good_examples.is_empty(),
            "{} has no good example",
            rule.id
        );
        for (text, should_fire) in rule
            .bad_examples
            .iter()
            .map(|t| (t, true))
            .chain(rule.good_examples.iter().map(|t| (t, false)))
        {
            let linted = linter.lint_with(&example_source(text), &options, [rule]);
            let fired = linted.findings.iter().any(|f| f.rule == rule.id);
            if fired != should_fire {
                failures.push(format!(
                    "{}: {} example {:?} (findings: {:?})",
                    rule.id,
                    if should_fire { "bad" } else { "good" },
                    text,
                    linted
                        .findings
                        .iter()
                        .map(|f| &f.message)
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_public_rule_ids_exist() {
    let set = builtin();
    for id in [
        "pay/missing",
        "pay/inverted",
        "location/missing",
        "duration/missing",
        "eeo/missing",
        "conflict/experience-level",
        "conflict/duration-dates",
        "conflict/work-arrangement",
        "conflict/employment-type",
        "conflict/seniority-title",
        "conflict/degree",
        "conflict/tech-age",
        "language/age",
        "language/age-coded",
        "language/native-speaker",
        "language/gendered",
        "language/gender-coded",
        "language/rockstar",
    ] {
        assert!(set.rule(id).is_some(), "missing built-in rule {id}");
    }
    assert_eq!(set.rule("eeo/missing").unwrap().severity, Severity::Warning);
    assert_eq!(set.rule("pay/missing").unwrap().severity, Severity::Error);
    assert_eq!(set.rule("language/age").unwrap().severity, Severity::Error);
    assert_eq!(
        set.rule("language/gender-coded").unwrap().severity,
        Severity::Info
    );
}

fn error(text: &str) -> RuleError {
    compile_file("user.yaml", text).expect_err("should not compile")
}

fn at(e: &RuleError) -> (usize, usize) {
    line_col(&e.text, e.span.start)
}

#[test]
fn yaml_syntax_errors_are_located() {
    let e = error("- id: a/b\n  severity: error\n  message: [unclosed\n");
    assert!(at(&e).0 >= 3, "{e}");
}

#[test]
fn unknown_keys_are_located() {
    let e = error("- id: a/b\n  severity: error\n  message: m\n  requires: { fact: pay }\n");
    assert_eq!(at(&e).0, 4, "{e}");
    assert!(e.message.contains("requires"), "{e}");
}

#[test]
fn invalid_regexes_are_located_and_named() {
    let e =
        error("- id: a/b\n  severity: error\n  message: m\n  forbid: { pattern: 'rock(star' }\n");
    assert_eq!(at(&e), (4, 23), "{e}"); // the pattern itself, inside its quotes
    assert!(e.message.contains("invalid regex"), "{e}");
}

#[test]
fn unknown_facts_fields_and_values_are_located() {
    let e = error("- id: a/b\n  severity: error\n  message: m\n  require: { fact: salary }\n");
    assert_eq!(at(&e), (4, 20), "{e}");
    assert!(e.message.contains("unknown fact `salary`"));
    let e = error("- id: a/b\n  severity: error\n  message: m\n  require: { fact: pay.minimum }\n");
    assert!(e.message.contains("no field `minimum`"), "{e}");
    let e = error(
        "- id: a/b\n  severity: error\n  message: m\n  require: { fact: seniority, is: wizard }\n",
    );
    assert!(e.message.contains("`wizard` is not a value"), "{e}");
    assert_eq!(at(&e).0, 4);
}

#[test]
fn duplicate_ids_are_located() {
    let e = error(
        "- id: a/b\n  severity: error\n  message: m\n  require: { fact: pay }\n- id: a/b\n  severity: error\n  message: m\n  require: { fact: pay }\n",
    );
    assert_eq!(at(&e), (5, 7), "{e}");
    assert!(e.message.contains("duplicate"));
}

#[test]
fn a_rule_needs_exactly_one_check_and_known_placeholders() {
    let e = error("- id: a/b\n  severity: error\n  message: m\n");
    assert!(e.message.contains("exactly one check"), "{e}");
    let e = error(
        "- id: a/b\n  severity: error\n  message: 'pay is {pay.amount}'\n  require: { fact: pay }\n",
    );
    assert!(e.message.contains("unknown placeholder"), "{e}");
}

#[test]
fn conflicts_accept_one_group_or_several() {
    let one = compile_file("u.yaml", "- id: a/b\n  severity: warning\n  message: m\n  conflict:\n    - { fact: pay }\n    - { fact: location }\n").unwrap();
    assert!(matches!(&one[0].check, Check::Conflict(g) if g.len() == 1 && g[0].len() == 2));
    let two = compile_file(
        "u.yaml",
        "- id: a/b\n  severity: warning\n  message: m\n  conflict:\n    - [{ fact: pay }, { fact: location }]\n    - [{ fact: title }, { fact: location }]\n",
    )
    .unwrap();
    assert!(matches!(&two[0].check, Check::Conflict(g) if g.len() == 2));
}

#[test]
fn applies_window_is_respected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("acme.yaml"),
        "- id: acme/new-law\n  severity: error\n  message: m\n  applies: { from: 2024-01-01 }\n  require: { fact: pay }\n",
    )
    .unwrap();
    let linter = Linter::new(RuleSet::load(&[dir.path()]).unwrap());
    let rule = linter.rules.rule("acme/new-law").unwrap();
    let src = Source::new("t.md", "# Job\n\nNo pay here.\n", Format::Markdown);
    let at = |y, m, d| LintOptions {
        as_of: Some(jiff::civil::date(y, m, d)),
    };
    assert!(
        linter
            .lint_with(&src, &at(2023, 6, 1), [rule])
            .findings
            .is_empty()
    );
    assert_eq!(
        linter
            .lint_with(&src, &at(2024, 6, 1), [rule])
            .findings
            .len(),
        1
    );
}

#[test]
fn user_rules_cannot_reuse_builtin_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.yaml"),
        "- id: pay/missing\n  severity: info\n  message: m\n  require: { fact: pay }\n",
    )
    .unwrap();
    let err = RuleSet::load(&[dir.path()]).err().expect("duplicate id");
    assert!(
        err.to_string().contains("duplicate rule id `pay/missing`"),
        "{err}"
    );
}

#[test]
fn a_group_named_match_is_what_a_pattern_flags() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("acme.yaml"),
        r#"- id: acme/competitive
  severity: warning
  message: 'Say what "{match}" means.'
  forbid: { pattern: '(?i)\bcompetitive\s+salary|\b(?P<match>competitive)\b' }
"#,
    )
    .unwrap();
    let linter = Linter::new(RuleSet::load(&[dir.path()]).unwrap());
    let rule = linter.rules.rule("acme/competitive").unwrap();
    let text = "# Job\n\nA competitive salary in a competitive team.\n";
    let src = Source::new("t.md", text, Format::Markdown);
    let findings = linter
        .lint_with(&src, &LintOptions::default(), [rule])
        .findings;
    assert_eq!(findings.len(), 1, "{findings:?}");
    let span = findings[0].labels[0].span;
    assert_eq!(&text[span.range()], "competitive");
    assert_eq!(span.start, text.rfind("competitive").unwrap());
    assert_eq!(findings[0].message, "Say what \"competitive\" means.");
}
