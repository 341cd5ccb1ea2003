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
