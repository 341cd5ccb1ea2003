//! The laws as they stood on 2026-12-05 (issue 20), judged through the binary on postings we
//! write: which law a finding names, at which severity, what its message says the law
//! requires, and what the employer options change.

use crate::common::{Found, findings, hirelint};
use predicates::prelude::*;
use serde_json::Value;

/// Lints `text` (Markdown, from stdin) with `args` and returns its findings.
fn lint(text: &str, args: &[&str]) -> Vec<Found> {
    let out = hirelint()
        .args(["check", "--format", "json", "-", "--stdin-filename", "p.md"])
        .args(args)
        .write_stdin(text)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    findings(&doc)
}

/// The finding of `rule`, if any.
fn of(found: &[Found], rule: &str) -> Option<Found> {
    found.iter().find(|f| f.0 == rule).cloned()
}

/// A posting at `place` dated `date` with `body`.
fn posting(date: &str, place: &str, body: &str) -> String {
    format!("---\ndate: {date}\n---\n# Clerk\n\nLocation: {place}\n\n{body}\n")
}

#[test]
fn connecticut_requires_pay_and_benefits_from_2026_10_01() {
    let text = posting("2026-10-01", "Hartford, CT", "We offer competitive pay.");
    let found = lint(&text, &[]);
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!(
        (pay.1.as_str(), pay.2[0].as_str()),
        ("error", "us-ct-pay-transparency")
    );
    assert!(
        pay.3
            .starts_with("No pay is stated. Connecticut requires the wage or wage range in every internal and public job posting"),
        "{}",
        pay.3
    );
    let benefits = of(&found, "benefits/missing").unwrap();
    assert_eq!(benefits.1, "error");
    // The day before: no law, the rule's own warning.
    let found = lint(
        &posting("2026-09-30", "Hartford, CT", "We offer competitive pay."),
        &[],
    );
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!((pay.1.as_str(), pay.2.len()), ("warning", 0));
}

#[test]
fn austria_asks_for_the_minimum_and_whether_more_is_paid() {
    let lawful = posting(
        "2026-03-01",
        "Wien, Austria",
        "Gehalt: ab 3.800 € brutto pro Monat, Überzahlung möglich.",
    );
    let found = lint(&lawful, &[]);
    assert!(of(&found, "pay/missing").is_none(), "{found:?}");
    assert!(of(&found, "pay/open-ended").is_none(), "{found:?}");
    let found = lint(
        &posting("2026-03-01", "Wien, Austria", "Apply online."),
        &[],
    );
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!(
        (pay.1.as_str(), pay.2[0].as_str()),
        ("error", "at-gleichbehandlungsgesetz")
    );
    assert!(
        pay.3
            .contains("the minimum pay under the collective agreement"),
        "{}",
        pay.3
    );
    // The directive, not transposed in Austria, is no "so does".
    assert!(!pay.3.contains("so does"), "{}", pay.3);
}

#[test]
fn where_the_directive_is_not_law_it_is_said_so() {
    let found = lint(
        &posting("2026-08-01", "Berlin, Germany", "Apply online."),
        &[],
    );
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!(pay.1, "warning");
    assert_eq!(pay.2, ["eu-pay-transparency-directive"]);
    assert!(
        pay.3.contains("does not yet bind employers here"),
        "{}",
        pay.3
    );
    assert!(!pay.3.contains("requires a pay range"), "{}", pay.3);
    // Where a national law binds, it is named: Lithuania since 2019.
    let found = lint(
        &posting("2019-07-27", "Vilnius, Lithuania", "Apply online."),
        &[],
    );
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!(
        (pay.1.as_str(), pay.2[0].as_str()),
        ("error", "lt-labour-code-pay-in-ads")
    );
    let found = lint(
        &posting("2019-07-26", "Vilnius, Lithuania", "Apply online."),
        &[],
    );
    assert_eq!(of(&found, "pay/missing").unwrap().2.len(), 0);
    // Italy's decree is unconfirmed: a warning that says so.
    let found = lint(&posting("2026-06-07", "Milan, Italy", "Apply online."), &[]);
    let pay = of(&found, "pay/missing").unwrap();
    assert_eq!(
        (pay.1.as_str(), pay.2[0].as_str()),
        ("warning", "it-pay-transparency-decree")
    );
    assert!(pay.3.contains("Unconfirmed"), "{}", pay.3);
}

#[test]
fn washington_wanted_a_range_until_2025_07_26() {
    let body = "Pay: $52 per hour, health insurance.";
    for (date, error) in [
        ("2024-05-01", true),
        ("2025-07-26", true),
        ("2025-07-27", false),
        ("2022-12-31", false),
    ] {
        let found = lint(&posting(date, "Seattle, WA", body), &[]);
        let single = of(&found, "pay/single-amount");
        assert_eq!(single.is_some(), error, "{date}: {found:?}");
        if let Some(f) = single {
            assert_eq!(
                (f.1.as_str(), f.2[0].as_str()),
                ("error", "us-wa-pay-transparency")
            );
            assert!(
                f.3.contains("from the lowest to the highest pay"),
                "{}",
                f.3
            );
        }
        assert!(of(&found, "pay/missing").is_none(), "{date}: {found:?}");
    }
    // A range beside it is the posting's pay: no finding.
    let found = lint(
        &posting(
            "2024-05-01",
            "Seattle, WA",
            "Pay: $48 - $56 per hour, health insurance.",
        ),
        &[],
    );
    assert!(of(&found, "pay/single-amount").is_none(), "{found:?}");
}

#[test]
fn open_ended_ranges_are_errors_where_the_regulator_said_so() {
    for (date, place, law) in [
        ("2025-03-01", "Chicago, IL", "us-il-pay-transparency"),
        ("2025-03-01", "Baltimore, MD", "us-md-pay-transparency"),
        ("2023-03-01", "Brooklyn, NY", "us-ny-nyc-pay-transparency"),
        ("2026-03-01", "Toronto, ON", "ca-on-job-postings"),
    ] {
        let found = lint(&posting(date, place, "Salary: $80,000+ per year."), &[]);
        let open = of(&found, "pay/open-ended").unwrap_or_else(|| panic!("{place}: {found:?}"));
        assert_eq!(
            (open.1.as_str(), open.2[0].as_str()),
            ("error", law),
            "{place}"
        );
    }
}

#[test]
fn commission_only_jobs_may_say_so_in_new_york_state() {
    let text = posting(
        "2024-01-10",
        "Buffalo, NY",
        "Compensation is commission-based only.",
    );
    let found = lint(&text, &[]);
    assert!(of(&found, "pay/missing").is_none(), "{found:?}");
    // Not in New York City, whose law has no such exception.
    let text = posting(
        "2024-01-10",
        "Brooklyn, NY",
        "Compensation is commission-based only.",
    );
    let pay = of(&lint(&text, &[]), "pay/missing").unwrap();
    assert_eq!(pay.2, ["us-ny-nyc-pay-transparency"]);
}

#[test]
fn fair_chance_ad_bans_and_statements() {
    let found = lint(&posting("2021-09-01", "Denver, CO", "No felonies."), &[]);
    let f = of(&found, "language/criminal-history").unwrap();
    assert_eq!(
        (f.1.as_str(), f.2[0].as_str()),
        ("error", "us-co-chance-to-compete")
    );
    assert_eq!(
        f.4.as_deref(),
        Some("https://colorado.public.law/statutes/crs_8-2-130")
    );
    let found = lint(&posting("2021-08-31", "Denver, CO", "No felonies."), &[]);
    assert!(
        of(&found, "language/criminal-history").is_none(),
        "{found:?}"
    );
    // New York City's finding links New York City's law, not California's.
    let found = lint(
        &posting("2024-01-10", "Brooklyn, NY", "Background check required."),
        &[],
    );
    let f = of(&found, "language/background-check").unwrap();
    assert_eq!(
        (f.1.as_str(), f.2[0].as_str()),
        ("error", "us-ny-nyc-fair-chance")
    );
    assert!(!f.4.unwrap_or_default().contains("california"));
    let found = lint(&posting("2024-01-10", "Brooklyn, NY", "No felonies."), &[]);
    let f = of(&found, "language/criminal-history").unwrap();
    assert_eq!(f.2, ["us-ny-nyc-fair-chance"]);
    assert_eq!(
        f.4.as_deref(),
        Some(
            "https://www.jacksonlewis.com/publication/new-york-city-human-rights-commission-fair-chance-act-fact-sheet-offers-compliance-guidance"
        )
    );
    // San Francisco asks every ad to say that people with records will be considered.
    let found = lint(
        &posting("2026-02-01", "San Francisco, CA", "Apply online."),
        &[],
    );
    let f = of(&found, "fair-chance/statement-missing").unwrap();
    assert_eq!(
        (f.1.as_str(), f.2[0].as_str()),
        ("error", "us-ca-sf-fair-chance")
    );
    assert!(
        f.3.contains("qualified applicants with arrest and conviction records"),
        "{}",
        f.3
    );
    // Los Angeles County: only for postings assumed there.
    let found = lint(
        "---\ndate: 2024-09-03\n---\n# Clerk\n\nMust pass a background check.\n",
        &["--jurisdiction", "US-CA-LA-COUNTY"],
    );
    let f = of(&found, "language/background-check").unwrap();
    assert_eq!(f.2[0], "us-ca-la-county-fair-chance");
    assert!(
        of(&found, "fair-chance/statement-missing").is_some(),
        "{found:?}"
    );
}

/// The finding of `rule` on a posting at `place` dated `date` with `body`.
fn finding(date: &str, place: &str, body: &str, rule: &str) -> Found {
    let found = lint(&posting(date, place, body), &[]);
    of(&found, rule).unwrap_or_else(|| panic!("no {rule} in {place} on {date}: {found:?}"))
}

/// The finding of `rule` on such a posting, which has `severity` and first names `law`.
fn finding_of_law(
    (date, place, body, rule): (&str, &str, &str, &str),
    severity: &str,
    law: &str,
) -> Found {
    let f = finding(date, place, body, rule);
    assert_eq!((f.1.as_str(), f.2[0].as_str()), (severity, law), "{f:?}");
    f
}

/// Whether `rule` reports nothing on such a posting.
fn silent(date: &str, place: &str, body: &str, rule: &str) -> bool {
    of(&lint(&posting(date, place, body), &[]), rule).is_none()
}

#[test]
fn width_caps_come_from_the_law_and_tipped_jobs_give_a_base_wage() {
    // Ontario's cap and its exemption, as its law states them.
    let (toronto, wide) = ("Toronto, ON", "Salary: $60,000 - $120,000 per year.");
    let rule = "pay/range-too-wide";
    let f = finding_of_law(
        ("2026-02-01", toronto, wide, rule),
        "error",
        "ca-on-job-postings",
    );
    for said in [
        "spans 60,000 a year",
        "caps a posted pay range at 50,000 a year",
    ] {
        assert!(f.3.contains(said), "{}", f.3);
    }
    assert_eq!(
        f.4.as_deref(),
        Some("https://www.ontario.ca/laws/regulation/240476")
    );
    let exempt = "Salary: $150,000 - $210,000 per year.";
    assert!(silent("2026-02-01", toronto, exempt, rule));
    // Vermont: pay counted with tips is not the base wage.
    let (burlington, tips) = (
        "Burlington, VT",
        "Servers earn $25 - $35 per hour with tips.",
    );
    let rule = "pay/tipped-base-wage";
    let vermont = "us-vt-pay-transparency";
    let f = finding_of_law(("2025-07-01", burlington, tips, rule), "error", vermont);
    assert!(f.3.contains("range of its base wage"), "{}", f.3);
    assert!(silent("2025-06-30", burlington, tips, rule));
    let base = "Pay: $12 - $14 per hour plus tips; servers earn $25 - $35 per hour with tips.";
    assert!(silent("2025-07-01", burlington, base, rule));
    // Not a duty in Colorado.
    assert!(silent("2025-07-01", "Denver, CO", tips, rule));
}

#[test]
fn illinois_accepts_a_link_quebec_asks_for_french_and_counties_are_places() {
    // Illinois: a link to the pay and benefits does; California does not take one.
    let link = "The pay and benefits of this job: https://example.com/jobs/42/pay-and-benefits";
    for rule in ["pay/missing", "benefits/missing"] {
        assert!(silent("2025-03-01", "Chicago, IL", link, rule), "{rule}");
    }
    let california = ("2025-03-01", "San Diego, CA", link, "pay/missing");
    finding_of_law(california, "error", "us-ca-pay-transparency");
    // Quebec: an English-only ad, from 2022-06-01.
    let (montreal, english) = ("Montreal, QC", "Join our finance team. Apply online.");
    let rule = "language/quebec-french";
    let quebec = "ca-qc-charter-french-language";
    let f = finding_of_law(("2022-06-01", montreal, english, rule), "warning", quebec);
    assert!(
        f.3.contains("published at the same time in French"),
        "{}",
        f.3
    );
    assert!(silent("2022-05-31", montreal, english, rule));
    let bilingual = "Join our finance team. Joignez-vous à notre équipe.";
    assert!(silent("2022-06-01", montreal, bilingual, rule));
    // Suffolk County's salary-history ban, by its towns; Los Angeles County's fair-chance
    // ordinance in its unincorporated communities, not in its cities.
    for (date, place, body, rule, law, covered) in [
        (
            "2019-06-30",
            "Hauppauge, NY",
            "Please include your salary history.",
            "language/salary-history",
            "us-ny-suffolk-county-salary-history",
            true,
        ),
        (
            "2024-09-03",
            "East Los Angeles, CA",
            "No felons.",
            "language/criminal-history",
            "us-ca-la-county-fair-chance",
            true,
        ),
        (
            "2024-09-03",
            "Pasadena, CA",
            "No felons.",
            "language/criminal-history",
            "us-ca-la-county-fair-chance",
            false,
        ),
    ] {
        let f = finding(date, place, body, rule);
        assert_eq!(f.2.contains(&law.to_string()), covered, "{place}: {f:?}");
    }
}

#[test]
fn no_us_citation_on_a_posting_outside_the_us() {
    let text = posting(
        "2026-02-01",
        "London, United Kingdom",
        "We are hiring a salesman. Recent graduates only. Native English speaker. UK citizens only.",
    );
    for f in lint(&text, &[]) {
        for us in ["Title VII", "ADEA", "EEOC", "U.S.C.", "Colorado"] {
            assert!(!f.3.contains(us), "{}: {}", f.0, f.3);
            assert!(!f.4.clone().unwrap_or_default().contains("eeoc"), "{f:?}");
            assert!(!f.4.clone().unwrap_or_default().contains("uscode"), "{f:?}");
        }
        assert!(
            !f.4.clone().unwrap_or_default().contains("colorado"),
            "{f:?}"
        );
    }
    let found = lint(&text, &[]);
    let gendered = of(&found, "language/gendered").unwrap();
    assert_eq!(gendered.2, ["gb-equality-act-2010"]);
    assert!(gendered.3.contains("Equality Act 2010"), "{}", gendered.3);
    // The same words in Austin cite the US laws.
    let us = lint(
        &posting("2026-02-01", "Austin, TX", "We are hiring a salesman."),
        &[],
    );
    let gendered = of(&us, "language/gendered").unwrap();
    assert_eq!(gendered.2, ["us-title-vii"]);
}

#[test]
fn the_employer_options_decide_which_laws_reach_it() {
    let dc = posting("2025-01-10", "Washington, DC", "Apply online.");
    let pay = of(&lint(&dc, &[]), "pay/missing").unwrap();
    assert_eq!(pay.2, ["us-dc-pay-transparency"]);
    // The DC government is not covered by its own law.
    let pay = of(&lint(&dc, &["--public-employer"]), "pay/missing").unwrap();
    assert_eq!((pay.1.as_str(), pay.2.len()), ("warning", 0));
    // Delaware reaches US remote roles of Delaware employers, from 2027-09-26.
    let remote = posting("2027-09-26", "Remote (United States)", "Apply online.");
    let laws = |args: &[&str]| of(&lint(&remote, args), "pay/missing").unwrap().2;
    assert!(!laws(&[]).contains(&"us-de-pay-transparency".to_string()));
    assert!(
        laws(&["--employer-location", "US-DE"]).contains(&"us-de-pay-transparency".to_string())
    );
    // Hawaii from 50 employees.
    let honolulu = posting("2024-06-01", "Honolulu, HI", "Apply online.");
    let pay = of(&lint(&honolulu, &[]), "pay/missing").unwrap();
    assert!(pay.3.contains("at least 50 employees"), "{}", pay.3);
    let pay = of(&lint(&honolulu, &["--employees", "49"]), "pay/missing").unwrap();
    assert_eq!(pay.2.len(), 0);
    hirelint()
        .args([
            "check",
            "--employer-location",
            "US-XX",
            "-",
            "--stdin-filename",
            "p.md",
        ])
        .write_stdin("# Clerk\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown jurisdiction `US-XX`"));
}

#[test]
fn employer_keys_in_the_config_are_checked_where_they_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let posting_path = dir.path().join("p.md");
    std::fs::write(
        &posting_path,
        posting("2024-06-01", "Honolulu, HI", "Apply online."),
    )
    .unwrap();
    let config = dir.path().join("hirelint.yaml");
    std::fs::write(&config, "employees: many\n").unwrap();
    hirelint()
        .arg("check")
        .arg(&posting_path)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("hirelint.yaml:1:12").and(predicate::str::contains(
                "`employees` takes how many people",
            )),
        );
    std::fs::write(
        &config,
        "public_employer: false\nemployer_location: US-DX\n",
    )
    .unwrap();
    hirelint()
        .arg("check")
        .arg(&posting_path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "employer_location: unknown jurisdiction `US-DX`",
        ));
    std::fs::write(&config, "employees: 12\n").unwrap();
    let out = hirelint()
        .args(["check", "--format", "json"])
        .arg(&posting_path)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pay = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "pay/missing")
        .unwrap()
        .clone();
    assert_eq!(pay["laws"].as_array().unwrap().len(), 0, "{pay}");
    hirelint()
        .arg("config")
        .arg(&posting_path)
        .assert()
        .success()
        .stdout(predicate::str::contains("employees: 12"));
}

/// Runs hirelint with `args` and checks that it succeeds and prints each of `wanted` and none
/// of `unwanted`.
fn prints(args: &[&str], wanted: &[&str], unwanted: &[&str]) {
    let out = hirelint().args(args).output().unwrap();
    assert!(out.status.success(), "hirelint {args:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    for w in wanted {
        assert!(
            text.contains(w),
            "hirelint {args:?} does not print {w:?}:\n{text}"
        );
    }
    for u in unwanted {
        assert!(!text.contains(u), "hirelint {args:?} prints {u:?}:\n{text}");
    }
}

#[test]
fn laws_lists_places_dates_duties_thresholds_and_sources() {
    prints(
        &["laws", "US-CT"],
        &[
            "us-ct-pay-transparency: Connecticut",
            "places: US-CT",
            "pay error since 2026-10-01",
            "salary-history error since 2019-01-01",
            "last checked: 2026-12-05",
            "source: https://",
            "us-adea",
            "employers with at least 20 employees",
        ],
        &["ca-on-job-postings"],
    );
    let out = hirelint()
        .args(["laws", "--format", "json"])
        .output()
        .unwrap();
    let laws: Value = serde_json::from_slice(&out.stdout).unwrap();
    let laws = laws.as_array().unwrap();
    let wa = laws
        .iter()
        .find(|l| l["id"] == "us-wa-pay-transparency")
        .unwrap();
    let range = wa["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["duty"] == "pay-range")
        .unwrap();
    assert_eq!(range["until"], "2025-07-26");
    assert_eq!(wa["employees"], 15);
    // `--employer-location`'s help names every law that reaches remote roles through it.
    let through_employer: Vec<&str> = laws
        .iter()
        .filter(|l| {
            l["remote"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "employer-location")
        })
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(through_employer.len() >= 5, "{through_employer:?}");
    prints(&["check", "--help"], &through_employer, &[]);
    hirelint().args(["laws", "atlantis"]).assert().code(2);
    // A law the audit gives no page for says so, and its notes say why.
    prints(
        &["laws", "de-agg-job-ads"],
        &[
            "(unconfirmed)",
            "gender-neutral warning since 2006-08-18",
            "source: none recorded (see its notes)",
            "gives no source page",
        ],
        &["eu-pay-transparency-directive:"],
    );
    prints(
        &["explain", "pay/single-amount"],
        &[
            "Washington (US-WA)",
            "until 2025-07-26",
            "last checked 2026-12-05: https://",
            "employers with at least 15 employees",
        ],
        &[],
    );
}

/// The laws the 2026-12 audit marks unconfirmed: each a warning at most that says so, naming
/// the law; where a law is not in force (Newfoundland and Labrador), information that says so.
#[test]
fn unconfirmed_laws_are_warnings_that_say_so() {
    let unconfirmed = |f: &Found| f.3.contains("Unconfirmed");
    // Germany, AGG § 11: a title for one sex, from 2006-08-18.
    let berlin = "Berlin, Germany";
    let f = finding_of_law(
        (
            "2006-08-18",
            berlin,
            "We are hiring a salesman.",
            "language/gendered",
        ),
        "warning",
        "de-agg-job-ads",
    );
    assert!(unconfirmed(&f) && f.3.contains("AGG § 11"), "{}", f.3);
    assert_eq!(f.4, None, "the audit gives no page for it: {f:?}");
    let before = finding(
        "2006-08-17",
        berlin,
        "We are hiring a salesman.",
        "language/gendered",
    );
    assert_eq!(
        before.2.len(),
        0,
        "the rule's own warning, no law: {before:?}"
    );
    // France: a title for one sex, an upper age limit, an offer not in French.
    let paris = "Paris, France";
    let vendeur = "---\ndate: 2024-03-01\n---\n# Vendeur (h)\n\nLocation: Paris, France\n\n\
                   Nous recrutons pour notre boutique.\n";
    let f = of(&lint(vendeur, &[]), "language/gendered").unwrap();
    assert_eq!(f.2[0], "fr-code-du-travail-job-offers", "{f:?}");
    assert!(unconfirmed(&f) && f.3.contains("L.1142-1"), "{}", f.3);
    let f = finding(
        "2024-03-01",
        paris,
        "Vous avez moins de 30 ans et aimez la vente.",
        "language/age",
    );
    assert_eq!(f.2[0], "fr-code-du-travail-job-offers");
    assert!(unconfirmed(&f) && f.3.contains("L.5331-2"), "{}", f.3);
    let english = "Join our sales team in our Paris store. Apply online.";
    let f = finding_of_law(
        ("2024-03-01", paris, english, "language/quebec-french"),
        "info",
        "fr-code-du-travail-job-offers",
    );
    assert!(unconfirmed(&f) && f.3.contains("L.5331-4"), "{}", f.3);
    assert!(silent(
        "2008-04-30",
        paris,
        english,
        "language/quebec-french"
    ));
    // The city of Los Angeles: a criminal-history limit and no fair-chance statement, from
    // 2017-01-22; the county's ordinance is not the city's.
    let la = "Los Angeles, CA";
    let f = finding_of_law(
        ("2017-01-22", la, "No felons.", "language/criminal-history"),
        "warning",
        "us-ca-los-angeles-fair-chance",
    );
    assert!(unconfirmed(&f), "{}", f.3);
    assert!(!f.2.contains(&"us-ca-la-county-fair-chance".to_string()));
    let f = finding_of_law(
        (
            "2017-01-22",
            la,
            "Apply online.",
            "fair-chance/statement-missing",
        ),
        "warning",
        "us-ca-los-angeles-fair-chance",
    );
    assert!(f.3.contains("applicants with criminal histories will be considered"));
    assert!(silent(
        "2017-01-21",
        la,
        "No felons.",
        "language/criminal-history"
    ));
    let statement = "We will consider qualified applicants with criminal histories.";
    assert!(silent(
        "2017-01-22",
        la,
        statement,
        "fair-chance/statement-missing"
    ));
    // New York City's automated employment decision tools: information.
    let f = finding_of_law(
        (
            "2023-07-05",
            "Brooklyn, NY",
            "Apply online.",
            "ai-disclosure/missing",
        ),
        "info",
        "us-ny-nyc-aedt",
    );
    assert!(
        unconfirmed(&f) && f.3.contains("10 business days"),
        "{}",
        f.3
    );
    assert!(silent(
        "2023-07-04",
        "Brooklyn, NY",
        "Apply online.",
        "ai-disclosure/missing"
    ));
    // Nova Scotia: a wage-history ban whose day in force is unconfirmed; no pay-in-ads law.
    let halifax = "Halifax, NS";
    let ask = "Please include your salary history.";
    let f = finding_of_law(
        ("2024-03-01", halifax, ask, "language/salary-history"),
        "warning",
        "ca-ns-wage-history",
    );
    assert!(unconfirmed(&f), "{}", f.3);
    let pay = finding("2024-03-01", halifax, "Apply online.", "pay/missing");
    assert_eq!((pay.1.as_str(), pay.2.len()), ("warning", 0), "{pay:?}");
    // Newfoundland and Labrador: its pay-transparency provisions were not proclaimed, so a
    // posting without pay hears that the law does not yet bind, not that it requires a range.
    let pay = finding(
        "2026-03-01",
        "St. John's, NL",
        "Apply online.",
        "pay/missing",
    );
    assert_eq!(pay.2, ["ca-nl-pay-transparency"]);
    assert_eq!(pay.1, "warning", "the rule's own severity, never an error");
    assert!(pay.3.contains("do not yet bind employers"), "{}", pay.3);
    assert!(!pay.3.contains("requires a pay range"), "{}", pay.3);
}

/// No US law is cited on a posting outside the US, whatever the rule, in Europe or Canada.
#[test]
fn no_us_law_is_cited_in_europe_or_canada() {
    let body = "We are hiring a salesman. Recent graduates only. Native English speaker. \
                U.S. citizens only. No felons. Background check required. Please include your \
                salary history.";
    for place in [
        "London, United Kingdom",
        "Berlin, Germany",
        "Paris, France",
        "Wien, Austria",
        "Milan, Italy",
        "Warsaw, Poland",
        "Toronto, ON",
        "Montreal, QC",
    ] {
        let found = lint(&posting("2026-08-01", place, body), &[]);
        assert!(!found.is_empty(), "{place}");
        for f in found {
            for us in [
                "Title VII",
                "ADEA",
                "EEOC",
                "U.S.C.",
                "CFR",
                "Colorado",
                "OFCCP",
            ] {
                assert!(!f.3.contains(us), "{place}: {}: {}", f.0, f.3);
            }
            assert!(
                f.2.iter().all(|id| !id.starts_with("us-")),
                "{place}: {f:?}"
            );
            let link = f.4.clone().unwrap_or_default();
            for us in ["eeoc", "uscode", "colorado", "cornell.edu/cfr", "dol.gov"] {
                assert!(!link.contains(us), "{place}: {f:?}");
            }
        }
    }
}
