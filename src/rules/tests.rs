//! The built-in pack's own examples, and rule-file errors.

use super::*;
use crate::lint::{LintOptions, Linter};
use crate::source::{Format, Source};

/// Every built-in rule has `bad` and `good` examples; the bad ones trigger it and the good ones
/// do not.
#[test]
fn builtin_rule_examples() {
    let linter = Linter::new(RuleSet::load(&[] as &[&Path]).expect("built-in rules compile"));
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
    }
    let (run, failures) = examples::run(&linter, &linter.rules.rules);
    assert!(run > 2 * linter.rules.rules.len());
    let lines: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(failures.is_empty(), "{}", lines.join("\n"));
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
    assert_eq!(set.rule("pay/missing").unwrap().severity, Severity::Warning);
    assert_eq!(
        set.rule("pay/missing").unwrap().law.as_ref().unwrap().duty,
        "pay"
    );
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
    // Under `(?-u)`, a class that could match any byte asks for `(?u:...)`.
    let e =
        error("- id: a/b\n  severity: error\n  message: m\n  forbid: { pattern: '(?-u)a[^.]b' }\n");
    assert!(e.help.as_deref().unwrap_or("").contains("(?u:"), "{e:?}");
    let ok = compile_file(
        "t.yaml",
        "- id: a/b\n  severity: error\n  message: m\n  forbid: { pattern: 'a(?u:[^.])b' }\n",
    );
    assert!(ok.is_ok());
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
        ..LintOptions::default()
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

/// For each duty: the rule that checks it, a posting body without the required or banned
/// element, and one with it. `require` duties fire without the element, `forbid` ones with it.
const DUTY_CASES: &[(&str, &str, &str, &str, bool)] = &[
    (
        "pay",
        "pay/missing",
        "We are hiring.",
        "Pay: $60,000 - $70,000 per year.",
        true,
    ),
    (
        "benefits",
        "benefits/missing",
        "Pay: $30 per hour.",
        "We offer health insurance.",
        true,
    ),
    (
        "deadline",
        "deadline/missing",
        "Apply online.",
        "Apply by December 31, 2030.",
        true,
    ),
    (
        "ai-disclosure",
        "ai-disclosure/missing",
        "Apply online.",
        "We do not use artificial intelligence to screen applicants.",
        true,
    ),
    (
        "vacancy-disclosure",
        "vacancy/undisclosed",
        "Apply online.",
        "This posting is for an existing vacancy.",
        true,
    ),
    (
        "eeo",
        "eeo/missing",
        "Apply online.",
        "Acme is an equal opportunity employer, including disability and vet.",
        true,
    ),
    (
        "eeo-veterans-disability",
        "eeo/veterans-disability",
        "We do not discriminate on the basis of race or sex.",
        "We do not discriminate on the basis of race, sex, disability or veteran status.",
        true,
    ),
    (
        "eeo-eo11246",
        "eeo/eo11246",
        "We do not discriminate on the basis of race or sex.",
        "Acme is an Equal Opportunity Employer.",
        true,
    ),
    (
        "open-ended-pay",
        "pay/open-ended",
        "Pay: $60,000 - $70,000 per year.",
        "Pay: up to $70,000 per year.",
        false,
    ),
    (
        "pay-range-width",
        "pay/range-too-wide",
        "Salary: $70,000 - $80,000 per year.",
        "Salary: $60,000 - $120,000 per year.",
        false,
    ),
    (
        "salary-history",
        "language/salary-history",
        "Apply online.",
        "Please include your salary history.",
        false,
    ),
    (
        "criminal-history",
        "language/criminal-history",
        "Apply online.",
        "No felonies.",
        false,
    ),
    (
        "citizenship",
        "language/citizenship",
        "Apply online.",
        "U.S. citizens only.",
        false,
    ),
    (
        "canadian-experience",
        "language/canadian-experience",
        "Apply online.",
        "Canadian experience required.",
        false,
    ),
    (
        "gender-neutral",
        "language/gendered",
        "Apply online.",
        "We are hiring a salesman.",
        false,
    ),
    (
        "pay-range",
        "pay/single-amount",
        "Pay: $60,000 - $70,000 per year.",
        "Pay: $60,000 per year.",
        false,
    ),
    (
        "background-check",
        "language/background-check",
        "Apply online.",
        "Background check required.",
        false,
    ),
    (
        "fair-chance-statement",
        "fair-chance/statement-missing",
        "Apply online.",
        "We will consider qualified applicants with arrest and conviction records.",
        true,
    ),
    (
        "age",
        "language/age",
        "Apply online.",
        "We are looking for recent graduates.",
        false,
    ),
    (
        "national-origin",
        "language/native-speaker",
        "Apply online.",
        "You are a native English speaker.",
        false,
    ),
];

/// A `Location:` value that places a posting in `code`, from the place vocabulary.
fn place_in(code: &str) -> String {
    let places = &crate::vocab::BUILTIN.places;
    let region_abbr = |r: &str| {
        places
            .regions
            .iter()
            .find(|x| x.code == r)
            .and_then(|x| x.abbr.clone())
    };
    if let Some(city) = places
        .cities
        .iter()
        .find(|c| c.local.as_deref() == Some(code))
    {
        let region = city.region.as_deref().unwrap_or_default();
        return format!("{}, {}", city.name, region_abbr(region).unwrap_or_default());
    }
    if let Some(region) = places.regions.iter().find(|r| r.code == code) {
        let city = places
            .cities
            .iter()
            .find(|c| c.region.as_deref() == Some(code) && c.local.is_none() && !c.ambiguous);
        return match (city, &region.abbr) {
            (Some(c), Some(abbr)) => format!("{}, {abbr}", c.name),
            _ => region.name.clone(),
        };
    }
    let country = match code {
        "US" => return "Austin, TX".into(),
        "EU" => "PT",
        c => c,
    };
    let name = &places
        .countries
        .iter()
        .find(|c| c.code == country)
        .unwrap()
        .names[0];
    let city = places
        .cities
        .iter()
        .find(|c| c.country == country && !c.ambiguous)
        .unwrap();
    format!("{}, {name}", city.name)
}

/// Every law, for every duty it has: a posting in its first jurisdiction, dated the day before
/// the duty starts and the day it starts, with and without the element. Laws that ended are
/// also checked the day after.
#[test]
fn every_law_covers_its_places_from_its_dates() {
    let linter = Linter::new(RuleSet::load(&[] as &[&Path]).expect("built-in rules compile"));
    let mut checked = 0;
    for law in linter.rules.laws.iter() {
        for (duty, _) in &law.duties {
            let (_, rule, without, with, require) = DUTY_CASES
                .iter()
                .find(|c| c.0 == duty)
                .unwrap_or_else(|| panic!("no test case for duty `{duty}` of {}", law.id));
            let employer = crate::laws::Employer {
                federal_contractor: law.employer.is_some(),
                citizenship_required_by_law: false,
            };
            let place = place_in(&law.jurisdictions[0]);
            let lint = |date: jiff::civil::Date, body: &str| {
                let text = format!("# Clerk\n\nLocation: {place}\n\n{body}\n");
                let options = LintOptions {
                    as_of: Some(date),
                    employer,
                    ..LintOptions::default()
                };
                let src = Source::new("t.md", text.clone(), Format::Markdown);
                let found: Vec<_> = linter
                    .lint(&src, &options)
                    .findings
                    .into_iter()
                    .filter(|f| f.rule == *rule)
                    .collect();
                (text, found)
            };
            let since = law.duty_terms(duty).unwrap().1;
            let (offending, compliant) = if *require {
                (without, with)
            } else {
                (with, without)
            };
            let (text, found) = lint(since, offending);
            let (severity, _) = law.duty(duty, since).unwrap();
            assert!(
                found
                    .iter()
                    .any(|f| f.laws.contains(&law.id) && f.severity >= severity),
                "{} ({duty}) should drive {rule} on {since}:\n{text}\n{found:?}",
                law.id
            );
            let (text, found) = lint(since, compliant);
            assert!(
                found.is_empty(),
                "{rule} on a compliant posting:\n{text}\n{found:?}"
            );
            let before = since.yesterday().unwrap();
            let (text, found) = lint(before, offending);
            assert!(
                !found.iter().any(|f| f.laws.contains(&law.id)),
                "{} ({duty}) applied before {since}:\n{text}\n{found:?}",
                law.id
            );
            if let Some(until) = law.until {
                let (text, found) = lint(until.0.tomorrow().unwrap(), offending);
                assert!(
                    !found.iter().any(|f| f.laws.contains(&law.id)),
                    "{} ({duty}) applied after {}:\n{text}\n{found:?}",
                    law.id,
                    until.0
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
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

/// The built-in pack's patterns compile on first use; every one of them must compile.
#[test]
fn every_builtin_pattern_compiles() {
    let set = RuleSet::load(&[] as &[&Path]).unwrap();
    let patterns = set.patterns();
    assert!(patterns.len() > 20, "{}", patterns.len());
    for p in patterns {
        crate::re::compile(p.as_str()).unwrap_or_else(|e| panic!("{}: {e}", p.as_str()));
    }
}

/// The built-in rules are read from the JSON `build.rs` makes of them: each file must give the
/// same rules as its YAML (offsets aside: the JSON has none).
#[test]
fn builtin_rules_from_json_are_those_of_their_yaml() {
    let duties = crate::laws::duty_names(&crate::laws::BUILTIN);
    assert!(BUILTIN_RULE_FILES.len() >= 9);
    for file in BUILTIN_RULE_FILES {
        let shown = |mut rules: Vec<Rule>| {
            rules.iter_mut().for_each(|r| r.offset = 0);
            format!("{rules:#?}")
        };
        let from_json = compile::compile_builtin(file, &duties).expect("JSON compiles");
        let from_yaml =
            compile::compile_rules(file.name, file.yaml, &duties, true).expect("YAML compiles");
        assert!(!from_json.is_empty(), "{}", file.name);
        assert_eq!(shown(from_json), shown(from_yaml), "{}", file.name);
    }
}

/// Should a built-in file's JSON fail to compile, the error points into its YAML.
#[test]
fn an_error_in_a_builtin_file_points_at_its_yaml() {
    let yaml = "- id: acme/x\n  severity: error\n  message: m\n  require: { fact: nosuch }\n";
    let json = serde_json::to_string(&crate::yaml::parse::<serde_json::Value>(yaml).unwrap());
    let file = BuiltinRuleFile {
        name: "rules/acme.yaml",
        json: Box::leak(json.unwrap().into_boxed_str()),
        yaml,
    };
    let e = compile::compile_builtin(&file, &[]).expect_err("unknown fact");
    assert_eq!(e.text, yaml);
    assert_eq!(at(&e).0, 4, "{e}");
    assert!(e.message.contains("nosuch"), "{e}");
}

/// `any` holds when one alternative holds, even one with nothing to point at (`not`), and
/// collects the hits of every alternative that holds.
#[test]
fn any_holds_by_a_not_and_collects_every_hit() {
    let rules = "- id: acme/either\n  severity: warning\n  message: m\n  \
                 forbid:\n    all:\n      - pattern: 'bonus'\n      - any:\n          \
                 - not: { pattern: 'equity' }\n          - pattern: 'cash'\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("either.yaml"), rules).unwrap();
    let linter = Linter::new(RuleSet::load(&[dir.path()]).unwrap());
    let spans = |text: &str| -> Vec<String> {
        let source = Source::new("a.md", text, Format::Markdown);
        let linted = linter.lint(&source, &LintOptions::default());
        linted
            .findings
            .iter()
            .filter(|f| f.rule == "acme/either")
            .map(|f| text[f.labels[0].span.range()].to_string())
            .collect()
    };
    // No "equity": the `not` holds, with no hit of its own.
    assert_eq!(spans("A bonus is paid."), ["bonus"]);
    // Both hold: the hits of both are reported.
    assert_eq!(spans("A bonus is paid in cash."), ["bonus", "cash"]);
    // "equity" and no "cash": no alternative holds.
    assert!(spans("A bonus is paid in equity.").is_empty());
}

/// A `compare` against another fact's records: a low bound is paired with the high bound of its
/// own record, and a left record is reported once however many right records it contradicts.
#[test]
fn a_duration_is_compared_with_each_date_range_and_reported_once() {
    let linter = Linter::new(RuleSet::load(&[] as &[&Path]).unwrap());
    let conflicts = |text: &str| {
        let src = Source::new("t.md", text, Format::Markdown);
        let linted = linter.lint(&src, &LintOptions::default());
        let found: Vec<_> = linted
            .findings
            .into_iter()
            .filter(|f| f.rule == "conflict/duration-dates")
            .collect();
        (found.len(), linted.facts.date_ranges.len())
    };
    // Training comes first; the internship's own dates second, and its 12 weeks fit them.
    let fits_second = "# Summer Intern\n\nTraining runs from January 5 to January 30, 2026.\n\n\
                       This is a 12-week internship running from June 1 to August 21, 2026.\n";
    assert_eq!(conflicts(fits_second), (0, 2));
    // 8 weeks fit neither range: one finding, not one per range.
    let fits_none = "# Summer Intern\n\nTraining runs from January 5 to March 30, 2026.\n\n\
                     This is an 8-week internship running from May 1 to December 18, 2026.\n";
    assert_eq!(conflicts(fits_none), (1, 2));
}

/// A rule author's pattern has the `regex` crate's Unicode semantics: `\b` before a letter such
/// as "â", and `(?i)` folding "É" to "é". `(?-u)` asks for ASCII classes.
#[test]
fn user_patterns_know_letters_of_every_script() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("fr.yaml"),
        r#"- id: acme/age-fr
  severity: error
  message: 'Une limite d''âge : "{match}".'
  forbid: { pattern: '(?i)\b(?P<match>âgée?s? de moins de \d+ ans)' }
- id: acme/eleve
  severity: info
  message: m
  forbid: { pattern: '(?i)\bélèves?\b' }
- id: acme/ascii
  severity: info
  message: m
  forbid: { pattern: '(?-u)\bge\b' }
"#,
    )
    .unwrap();
    let linter = Linter::new(RuleSet::load(&[dir.path()]).unwrap());
    let text = "# Animateur\n\nCandidats ÂGÉS DE MOINS DE 30 ANS. Pour nos ÉLÈVES. Âge requis.\n";
    let src = Source::new("t.md", text, Format::Markdown);
    let findings = linter.lint(&src, &LintOptions::default()).findings;
    let flagged = |id: &str| -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f.rule == id)
            .map(|f| &text[f.labels[0].span.range()])
            .collect()
    };
    assert_eq!(flagged("acme/age-fr"), ["ÂGÉS DE MOINS DE 30 ANS"]);
    assert_eq!(flagged("acme/eleve"), ["ÉLÈVES"]);
    // ASCII `\b` sees a boundary between "Â" and "ge": the author asked for it.
    assert_eq!(flagged("acme/ascii"), ["ge"]);
}
