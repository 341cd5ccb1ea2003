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
fn placeholders_are_checked_where_they_are_written() {
    let forbid = |message: &str, label: &str| {
        format!(
            "- id: a/b\n  severity: warning\n  message: '{message}'\n  forbid: {{ pattern: 'x', label: '{label}' }}\n"
        )
    };
    // Malformed ones would be printed as written: each is located, with the one meant.
    for (bad, near) in [
        ("{Pay.Min}", Some("{pay.min}")),
        ("{pay.min }", Some("{pay.min}")),
        ("{match1}", Some("{match}")),
        ("{pay.min.extra}", None),
    ] {
        let text = forbid(&format!("Typo {bad}"), "here");
        let e = error(&text);
        assert!(e.message.contains("malformed placeholder"), "{bad}: {e}");
        assert_eq!(&text[e.span.range()], bad, "{bad}");
        let help = e.help.clone().unwrap_or_default();
        match near {
            Some(n) => assert!(
                help.contains(&format!("did you mean `{n}`")),
                "{bad}: {help}"
            ),
            None => assert!(!help.contains("did you mean"), "{bad}: {help}"),
        }
    }
    // A condition's label is checked like the message.
    let text = forbid("m", "label {nope}");
    let e = error(&text);
    assert!(e.message.contains("unknown placeholder `{nope}`"), "{e}");
    assert_eq!(&text[e.span.range()], "{nope}");
    // `{match}` only where words are matched.
    let e = error(
        "- id: a/b\n  severity: warning\n  message: 'required \"{match}\" is missing'\n  require: { pattern: 'zzz' }\n",
    );
    assert!(e.message.contains("`{match}` names the words"), "{e}");
    compile_file("u.yaml", &forbid("found {match}", "{match} here")).unwrap();
    // Braces around no name are text.
    compile_file("u.yaml", &forbid("a set such as {1, 2}", "{ }")).unwrap();
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

/// A linter with the built-in rules and a user's rule folder of `files` (path, text).
fn linter_with(files: &[(&str, &str)]) -> Linter {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    Linter::new(RuleSet::load(&[dir.path()]).unwrap())
}

#[test]
fn applies_window_is_respected() {
    let linter = linter_with(&[(
        "acme.yaml",
        "- id: acme/new-law\n  severity: error\n  message: m\n  applies: { from: 2024-01-01 }\n  require: { fact: pay }\n",
    )]);
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
        "tipped-base-wage",
        "pay/tipped-base-wage",
        "Pay: $12 - $14 per hour plus tips; servers earn $25 - $35 per hour with tips.",
        "Servers earn $25 - $35 per hour with tips.",
        false,
    ),
    (
        "french-version",
        "language/quebec-french",
        "Apply online.",
        "Nous offrons un poste permanent avec une équipe dynamique.",
        true,
    ),
    (
        "age-questions",
        "language/age-questions",
        "Apply online.",
        "Please include your date of birth and graduation year.",
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

/// A `Location:` value that places a posting in `code`, from the place vocabulary; `None` for
/// a code no place has (Los Angeles County's unincorporated areas), which a posting gets from
/// `--jurisdiction`.
fn place_in(code: &str) -> Option<String> {
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
        return Some(format!(
            "{}, {}",
            city.name,
            region_abbr(region).unwrap_or_default()
        ));
    }
    if let Some(region) = places.regions.iter().find(|r| r.code == code) {
        let city = places
            .cities
            .iter()
            .find(|c| c.region.as_deref() == Some(code) && c.local.is_none() && !c.ambiguous);
        return Some(match (city, &region.abbr) {
            (Some(c), Some(abbr)) => format!("{}, {abbr}", c.name),
            _ => region.name.clone(),
        });
    }
    if code == "US" {
        return Some("Austin, TX".into());
    }
    let country = places.countries.iter().find(|c| c.code == code)?;
    let city = places
        .cities
        .iter()
        .find(|c| c.country == code && !c.ambiguous)?;
    Some(format!("{}, {}", city.name, country.names[0]))
}

/// A remote role open across the country of `code` ("Remote (United States)").
fn remote_in_country_of(code: &str) -> String {
    let country = code.split('-').next().unwrap_or(code);
    let places = &crate::vocab::BUILTIN.places;
    let name = &places
        .countries
        .iter()
        .find(|c| c.code == country)
        .unwrap_or_else(|| panic!("no country {country}"))
        .names[0];
    format!("Remote ({name})")
}

/// One law and one duty, judged on postings we write: the rule, and the postings that break
/// and meet the duty.
struct DutyCase<'a> {
    law: &'a crate::laws::Law,
    rule: &'a str,
    offending: &'a str,
    compliant: &'a str,
    /// The first day of the duty and, when it ends, its last.
    since: jiff::civil::Date,
    until: Option<jiff::civil::Date>,
}

impl DutyCase<'_> {
    /// The findings of the case's rule on a posting at `location` (or, with `None`, one that
    /// names no place and is assumed in the law's jurisdiction).
    fn lint(
        &self,
        linter: &Linter,
        location: Option<&str>,
        date: jiff::civil::Date,
        body: &str,
        employer: &crate::laws::Employer,
    ) -> (String, Vec<crate::finding::Finding>) {
        let (text, assumed) = match location {
            Some(place) => (format!("# Clerk\n\nLocation: {place}\n\n{body}\n"), vec![]),
            None => (
                format!("# Clerk\n\n{body}\n"),
                vec![self.law.jurisdictions[0].clone()],
            ),
        };
        let options = LintOptions {
            as_of: Some(date),
            employer: employer.clone(),
            jurisdictions: assumed,
            ..LintOptions::default()
        };
        let src = Source::new("t.md", text.clone(), Format::Markdown);
        let found = linter
            .lint(&src, &options)
            .findings
            .into_iter()
            .filter(|f| f.rule == self.rule)
            .collect();
        (text, found)
    }

    fn cites(found: &[crate::finding::Finding], id: &str) -> bool {
        found.iter().any(|f| f.laws.iter().any(|l| l == id))
    }

    /// Whether the law is cited on such a posting: never the day before the duty starts; as
    /// `expected` the day it starts and, when it ends, its last day; never the day after.
    #[allow(clippy::too_many_arguments)]
    fn window(
        &self,
        linter: &Linter,
        location: Option<&str>,
        body: &str,
        employer: &crate::laws::Employer,
        expected: bool,
        what: &str,
    ) {
        let mut days = vec![
            (self.since.yesterday().unwrap(), false),
            (self.since, expected),
        ];
        if let Some(until) = self.until {
            days.push((until, expected));
            days.push((until.tomorrow().unwrap(), false));
        }
        for (day, cited) in days {
            let (text, found) = self.lint(linter, location, day, body, employer);
            assert_eq!(
                Self::cites(&found, &self.law.id),
                cited,
                "{} ({}) {what} on {day} (from {} until {:?}):\n{text}\n{found:?}",
                self.law.id,
                self.rule,
                self.since,
                self.until
            );
        }
    }
}

/// Every law, for every duty it has: a posting in its first jurisdiction, dated the day before
/// the duty starts and the day it starts, with and without the element; its last day and the
/// day after when it ends. The same days for what reaches the employer: one employee below the
/// law's threshold and at it (and the assumption said when the size is unknown), a public
/// employer, a commission-only job, a link to the pay, a single figure where a range is asked
/// or not, a width cap and its exemption, remote roles that could be done there or whose
/// employer is there or elsewhere; the "unconfirmed" note, and no message that says "requires
/// a pay range" for a law that does not.
#[test]
fn every_law_covers_its_places_from_its_dates() {
    use crate::laws::{Employer, Reach};
    let linter = Linter::new(RuleSet::load(&[] as &[&Path]).expect("built-in rules compile"));
    let mut checked = 0;
    for law in linter.rules.laws.iter() {
        for (duty, terms) in &law.duties {
            let (_, rule, without, with, require) = DUTY_CASES
                .iter()
                .find(|c| c.0 == duty)
                .unwrap_or_else(|| panic!("no test case for duty `{duty}` of {}", law.id));
            let (offending, compliant) = if *require {
                (*without, *with)
            } else {
                (*with, *without)
            };
            let (since, until) = (law.duty_terms(duty).unwrap().1, law.duty_until(terms));
            let case = DutyCase {
                law,
                rule,
                offending,
                compliant,
                since,
                until,
            };
            let employer = Employer {
                federal_contractor: law.employer.is_some(),
                ..Employer::default()
            };
            let place = place_in(&law.jurisdictions[0]);
            let at = place.as_deref();
            let (severity, _) = law.duty(duty, since).unwrap();
            let (text, found) = case.lint(&linter, at, since, case.offending, &employer);
            assert!(
                found
                    .iter()
                    .any(|f| f.laws.contains(&law.id) && f.severity >= severity),
                "{} ({duty}) should drive {rule} on {since}:\n{text}\n{found:?}",
                law.id
            );
            let first = found.iter().find(|f| f.laws[0] == law.id);
            if let Some(f) = first {
                if law.is_unconfirmed(terms) {
                    assert!(f.message.contains("Unconfirmed"), "{}", f.message);
                }
                if let Some(n) = law.employees.filter(|n| *n > 1) {
                    let assumed = format!("at least {n} employees");
                    assert!(f.message.contains(&assumed), "{}", f.message);
                }
            }
            for f in &found {
                assert!(
                    !f.message.contains("requires a pay range in job postings"),
                    "{}",
                    f.message
                );
            }
            case.window(&linter, at, case.offending, &employer, true, "offending");
            let (text, found) = case.lint(&linter, at, since, case.compliant, &employer);
            assert!(
                found.is_empty(),
                "{rule} on a compliant posting:\n{text}\n{found:?}"
            );
            // The employer's size: below the threshold the law does not apply; at it, it does.
            if let Some(n) = law.employees {
                let small = Employer {
                    employees: Some(n - 1),
                    ..employer.clone()
                };
                let below = format!("with {} employees", n - 1);
                case.window(&linter, at, case.offending, &small, false, &below);
                let covered = Employer {
                    employees: Some(n),
                    ..employer.clone()
                };
                case.window(
                    &linter,
                    at,
                    case.offending,
                    &covered,
                    true,
                    &format!("with {n}"),
                );
                let (text, found) = case.lint(&linter, at, since, case.offending, &covered);
                assert!(
                    found
                        .iter()
                        .any(|f| f.laws.contains(&law.id) && !f.message.contains("assumes")),
                    "{} ({duty}) with {n} employees:\n{text}\n{found:?}",
                    law.id
                );
            }
            let public = Employer {
                public: true,
                ..employer.clone()
            };
            let reaches_public = law.public_employers;
            case.window(
                &linter,
                at,
                case.offending,
                &public,
                reaches_public,
                "public",
            );
            // A commission-only job may say so instead, where the law lets it; elsewhere it
            // still owes the pay.
            if matches!(duty.as_str(), "pay" | "pay-range") {
                let body = format!("{}\n\nThis job is paid on commission only.", case.offending);
                let excused = terms.except.iter().any(|e| e == "commission-only");
                case.window(&linter, at, &body, &employer, !excused, "commission-only");
            }
            // A width cap, read from the law: a range as wide as the cap meets it, one a
            // little wider does not, and one whose top is above the exemption is not judged.
            if let Some(width) = terms.max_annual_width {
                let money = |v: f64| crate::facts::Value::Num(v).to_string();
                let salary =
                    |lo: f64, hi: f64| format!("Salary: ${} - ${} per year.", money(lo), money(hi));
                let cases = [
                    (salary(40_000.0, 40_000.0 + width), false),
                    (salary(40_000.0, 41_000.0 + width), true),
                ];
                let exempt = terms
                    .exempt_above
                    .map(|top| (salary(top - width - 10_000.0, top + 1_000.0), false));
                for (body, cited) in cases.into_iter().chain(exempt) {
                    case.window(&linter, at, &body, &employer, cited, "width cap");
                }
            }
            // Open-ended pay above a law's exemption (Ontario: "$250,000+") is not judged.
            if let (Some(top), "open-ended-pay") = (terms.exempt_above, duty.as_str()) {
                let amount = crate::facts::Value::Num(top + 50_000.0);
                let body = format!("Salary: ${amount}+ per year.");
                case.window(&linter, at, &body, &employer, false, "above the exemption");
            }
            // Illinois: a link to a page with the pay and benefits may stand for them; where
            // the law does not say so (California), it does not.
            if matches!(duty.as_str(), "pay" | "benefits") {
                let body = format!(
                    "{}\n\nThe pay and benefits of this job: https://example.com/jobs/42/pay-and-benefits",
                    case.offending
                );
                let excused = terms.except.iter().any(|e| e == "pay-link");
                case.window(&linter, at, &body, &employer, !excused, "pay link");
            }
            // A figure against a range: one amount meets a `pay` duty; `pay/single-amount`
            // cites the law only while it has a `pay-range` duty (Washington until 2025-07-26).
            if duty == "pay" {
                let single = "Pay: $60,000 per year.";
                case.window(&linter, at, single, &employer, false, "single figure");
                let figure = DutyCase {
                    rule: "pay/single-amount",
                    ..case
                };
                let range_then = law.duty("pay-range", since).is_some();
                let (text, found) = figure.lint(&linter, at, since, single, &employer);
                assert_eq!(
                    DutyCase::cites(&found, &law.id),
                    range_then,
                    "{} asks for a range on {since}: {range_then}:\n{text}\n{found:?}",
                    law.id
                );
            }
            // Remote roles open across the country: reached where the work could be done
            // there, or through the employer's location (not an employer elsewhere).
            if place.is_some() && law.jurisdictions[0].contains('-') {
                let remote = remote_in_country_of(&law.jurisdictions[0]);
                let at_remote = Some(remote.as_str());
                let could = law.remote.contains(&Reach::CouldBeDoneThere);
                let offending = case.offending;
                case.window(&linter, at_remote, offending, &employer, could, "remote");
                let local = Employer {
                    location: Some(law.jurisdictions[0].clone()),
                    ..employer.clone()
                };
                let through_employer = could || law.remote.contains(&Reach::EmployerLocation);
                let what = "remote, employer there";
                case.window(
                    &linter,
                    at_remote,
                    offending,
                    &local,
                    through_employer,
                    what,
                );
                let country = law.jurisdictions[0].split('-').next().unwrap_or_default();
                let elsewhere = Employer {
                    location: Some(country.to_string()),
                    ..employer.clone()
                };
                let what = "remote, employer elsewhere";
                case.window(&linter, at_remote, offending, &elsewhere, could, what);
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

/// Every law says when it was last checked and where its facts come from: its sources, or,
/// where the audit gave none, a note that says so. An unconfirmed law or duty is a warning at
/// most and its notes say what is unconfirmed.
#[test]
fn every_law_records_its_check_and_its_sources() {
    for law in crate::laws::BUILTIN.iter() {
        assert!(law.checked.is_some(), "{}: no `checked`", law.id);
        let notes = law.notes.as_deref().unwrap_or_default();
        if law.sources.is_empty() {
            assert!(
                notes.contains("no source page"),
                "{}: no sources and no note saying why",
                law.id
            );
        }
        for s in law.sources.iter().chain(&law.docs) {
            assert!(s.starts_with("https://"), "{}: {s}", law.id);
        }
        for (name, duty) in &law.duties {
            if law.is_unconfirmed(duty) {
                let (severity, _) = law.duty_terms(name).unwrap();
                assert!(severity <= Severity::Warning, "{} ({name})", law.id);
                assert!(
                    notes.to_lowercase().contains("unconfirmed")
                        || duty
                            .requires
                            .as_deref()
                            .unwrap_or("")
                            .contains("unconfirmed"),
                    "{} ({name}) is unconfirmed but its notes do not say what",
                    law.id
                );
            }
        }
    }
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

/// A numeric test may be bounded by a parameter of the covering law's duty; a name that is no
/// parameter, or one in a rule that checks no duty, is an error where it is written.
#[test]
fn a_bound_names_a_duty_parameter_of_the_law() {
    let e = error(
        "- id: a/b\n  severity: error\n  message: m\n  law: { duty: pay-range-width, message: m }\n  forbid: { fact: pay.annual_width, above: law.max_width }\n",
    );
    assert_eq!(at(&e).0, 5, "{e}");
    assert!(e.message.contains("`law.max_width`"), "{e}");
    assert!(
        e.help
            .as_deref()
            .unwrap_or("")
            .contains("law.max_annual_width"),
        "{e}"
    );
    let e = error(
        "- id: a/b\n  severity: error\n  message: m\n  forbid:\n    fact: pay.annual_width\n    above: 1\n    where: { annual_max: { at_most: law.exempt_above } }\n",
    );
    assert_eq!(at(&e).0, 7, "{e}");
    assert!(e.message.contains("checks no law's duty"), "{e}");
}

/// The width cap is the law's, not the rule's: a law of the user's with a cap of $30,000 and
/// no exemption is applied by the built-in rule, and the message names that cap.
#[test]
fn the_width_cap_is_read_from_the_law() {
    let utah = "- id: acme-ut-width\n  name: Utah\n  title: A cap\n  citation: Acme Code 1\n  jurisdictions: [US-UT]\n  from: 2020-01-01\n  duties:\n    pay-range-width: { severity: error, max_annual_width: 30000 }\n";
    let linter = linter_with(&[("laws/utah.yaml", utah)]);
    let found = |salary: &str| -> Vec<crate::finding::Finding> {
        let text = format!("# Analyst\n\nLocation: Provo, UT\n\nSalary: {salary} per year\n");
        let linted = linter.lint(
            &Source::new("t.md", text, Format::Markdown),
            &LintOptions::default(),
        );
        let wide = linted.findings.into_iter();
        wide.filter(|f| f.rule == "pay/range-too-wide").collect()
    };
    let wide = found("$60,000 - $95,000");
    assert_eq!(wide.len(), 1, "{wide:?}");
    assert_eq!(wide[0].severity, Severity::Error);
    assert!(
        wide[0]
            .message
            .contains("caps a posted pay range at 30,000 a year"),
        "{}",
        wide[0].message
    );
    assert_eq!(wide[0].laws, ["acme-ut-width"]);
    // At the cap is within it; without `exempt_above` a top of $400,000 is judged too.
    assert!(found("$60,000 - $90,000").is_empty());
    assert_eq!(found("$300,000 - $400,000").len(), 1);
}
