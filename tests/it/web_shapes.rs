//! Postings in the shapes users bring (career pages copied with their chrome, Markdown kept in
//! git, saved pages), all invented: what `extract` reads of them.

use crate::common::facts;

#[test]
fn pounds_before_a_pay_period_are_sterling() {
    let f = facts(
        "bookkeeper.txt",
        "Junior Bookkeeper\n\nFenwick & Rowe is hiring a Junior Bookkeeper for its Leeds office.\n\n\
         Salary: 30,000 pounds per year\n\nYou must be able to lift 25 pounds of files.\n",
    );
    assert_eq!(f["pay"]["currency"], "GBP", "{f:#}");
    assert_eq!(f["pay"]["period"], "year", "{f:#}");
    assert_eq!(f["pay"]["min"], 30000.0, "{f:#}");
}

#[test]
fn a_per_diem_role_is_read_and_extract_calls_it_other() {
    let f = facts(
        "nurse.txt",
        "Registered Nurse - Float Pool\n\nOakridge Health · Tulsa, OK\n\n\
         Employment type: Per diem\n\nPay: $48.00 - $56.00 per hour\n\n\
         Cover shifts across our three clinics as they come up.\n",
    );
    assert_eq!(f["employment_type"], "OTHER", "{f:#}");
}

#[test]
fn a_currency_named_in_front_matter_wins_over_the_place() {
    // Top-level keys, and a salary object, in a Canadian posting paid in US dollars.
    let top = "---\ntitle: Data Analyst\nlocation: Toronto, ON\ncurrency: USD\nsalary_min: 70000\n\
               salary_max: 85000\n---\n\nLakeshore Analytics is hiring a Data Analyst in Toronto.\n";
    let f = facts("analyst.md", top);
    assert_eq!(f["pay"]["currency"], "USD", "{f:#}");
    assert_eq!(f["jurisdictions"][0], "CA-ON", "{f:#}");
    let nested = "---\ntitle: Data Analyst\nlocation: Vancouver, BC\nsalary:\n  currency: USD\n  \
                  min: 70000\n  max: 85000\n  period: year\n---\n\nLakeshore Analytics is hiring.\n";
    let f = facts("analyst.md", nested);
    assert_eq!(f["pay"]["currency"], "USD", "{f:#}");
    assert_eq!(f["pay"]["period"], "year", "{f:#}");
    // No currency named: the place says which dollar.
    let f = facts("analyst.md", &top.replace("currency: USD\n", ""));
    assert_eq!(f["pay"]["currency"], "CAD", "{f:#}");
}

#[test]
fn a_workplace_key_of_front_matter_is_the_work_arrangement() {
    // The keys are data (`front_matter` in rules/vocab/sections.yaml), nested keys read by
    // their leaf.
    for (key, value, want) in [
        ("workplace_type", "Hybrid", "hybrid"),
        ("work_model", "Remote", "remote"),
        ("job:\n  location_type", "On-site", "onsite"),
    ] {
        let text = format!(
            "---\ntitle: Field Geologist\n{key}: {value}\n---\n\nSurvey gravel pits for Ridgeway Aggregates.\n"
        );
        let f = facts("geologist.md", &text);
        assert_eq!(f["work_arrangement"], want, "{key}: {f:#}");
    }
}

#[test]
fn a_lever_export_without_html_reads_its_lists() {
    // Only the plain-text fields of a Lever posting: its `lists` (the perks) are still text.
    let export = r#"[{"id": "b41d", "text": "Seasonal Tax Preparer",
        "categories": {"commitment": "Seasonal", "location": "Boise, ID"},
        "createdAt": 1767225600000,
        "descriptionPlain": "Prepare returns for individual clients from January to April.",
        "lists": [{"text": "Perks", "content": "<li>Health insurance</li><li>Paid training</li>"}],
        "additionalPlain": "Pay: $22.00/hr"}]"#;
    let f = facts("lever.json", export);
    assert_eq!(f["benefits"], true, "{f:#}");
    assert_eq!(f["employment_type"], "TEMPORARY", "{f:#}");
    assert_eq!(f["pay"]["min"], 22.0, "{f:#}");
}
