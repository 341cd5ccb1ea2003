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
fn a_per_diem_role_is_per_diem() {
    let f = facts(
        "nurse.txt",
        "Registered Nurse - Float Pool\n\nOakridge Health · Tulsa, OK\n\n\
         Employment type: Per diem\n\nPay: $48.00 - $56.00 per hour\n\n\
         Cover shifts across our three clinics as they come up.\n",
    );
    assert_eq!(f["employment_type"], "PER_DIEM", "{f:#}");
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
