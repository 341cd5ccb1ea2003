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

/// A job board's page copied with its chrome: the site's name and navigation first, then the
/// title in the plural, chips, and an "Apply" // "Save" pair of buttons.
const BOARD_COPY: &str = "Jobline\nHome\nJobs\nSearch\nSign in\nMenu\nDelivery Drivers\n\
    Cobblestone Grocers · Springfield, IL\n3 days ago · 17 applicants\nFull-time\nEntry level\n\
    Apply\nSave\nAbout the job\nCobblestone Grocers brings groceries to homes across the county. \
    Drivers load a van at our depot and follow a planned route.\nPay: $19.50/hr - $23.00/hr\n";

#[test]
fn a_site_name_above_the_title_is_not_the_title() {
    let f = facts("drivers.txt", BOARD_COPY);
    // A lone word that names no role is the site's name; the first title-shaped line names a
    // role in the plural.
    assert_eq!(f["title"], "Delivery Drivers", "{f:#}");
    // A one-word title that names a role stays one.
    let f = facts(
        "barista.txt",
        "Barista\n\nPull espresso shots at Kettle & Crumb.\n",
    );
    assert_eq!(f["title"], "Barista", "{f:#}");
    // A one-word title the vocabulary does not know, followed by the posting, stays one.
    let f = facts(
        "wine.txt",
        "Sommelier\n\nPour and pair wines at Larch & Ash.\n",
    );
    assert_eq!(f["title"], "Sommelier", "{f:#}");
    // Without its navigation after it, the lone word that names no role yields to the roles
    // named in the plural under it.
    let f = facts(
        "drivers.txt",
        &BOARD_COPY.replace("Home\nJobs\nSearch\nSign in\nMenu\n", ""),
    );
    assert_eq!(f["title"], "Delivery Drivers", "{f:#}");
}

#[test]
fn a_seniority_chip_is_the_level() {
    let f = facts("drivers.txt", BOARD_COPY);
    assert_eq!(f["seniority"], "entry", "{f:#}");
    let chips = BOARD_COPY.replace("Entry level", "Mid-Senior level");
    assert_eq!(facts("drivers.txt", &chips)["seniority"], "mid");
    // Without the chip, nothing states a level.
    let bare = BOARD_COPY.replace("Entry level\n", "");
    assert!(facts("drivers.txt", &bare)["seniority"].is_null());
    // A level word starting a wrapped sentence's line is no chip.
    let wrapped = "Data Analyst\n\nSkills we look for in the analysts of our growing team:\n\
                   Experienced\nwith relational databases such as PostgreSQL and MySQL at scale\n";
    assert!(facts("analyst.txt", wrapped)["seniority"].is_null());
}

#[test]
fn executive_before_a_role_noun_is_the_role() {
    for (title, want) in [
        ("Executive Chef", None),
        ("Executive Assistant", None),
        ("Executive Director", Some("executive")),
        ("Executive Vice President, Sales", Some("executive")),
        ("Senior Executive Assistant", Some("senior")),
    ] {
        let text = format!("# {title}\n\nRun the kitchen at Olive & Thyme in Portland, OR.\n");
        let f = facts("role.md", &text);
        assert_eq!(f["seniority"].as_str(), want, "{title}: {f:#}");
    }
}

#[test]
fn an_internship_spent_over_weeks_has_a_duration() {
    let f = facts(
        "intern.txt",
        "Software Engineering Intern\nBluefin Robotics · Boston, MA\n\n\
         Spend 12 weeks with our perception team this summer.\n",
    );
    assert_eq!(f["duration"]["value"], 12.0, "{f:#}");
    assert_eq!(f["duration"]["unit"], "week", "{f:#}");
}

#[test]
fn a_title_outside_the_body_states_the_level() {
    // Front matter and an export's title field are read for the level as a heading is.
    let f = facts(
        "engineer.md",
        "---\ntitle: Senior Data Engineers\n---\n\nFernleaf Health builds clinic software.\n",
    );
    assert_eq!(f["seniority"], "senior", "{f:#}");
    let export = r#"{"jobs":[{"title":"Lead Line Cook","location":"Reno, NV","descriptionPlain":"Run the grill at Pinecrest Diner."}]}"#;
    assert_eq!(facts("cook.json", export)["seniority"], "lead");
}

#[test]
fn roles_in_the_plural_under_the_employers_name_are_the_title() {
    let f = facts(
        "pickers.txt",
        "Harrowgate Supply Co.\nSeasonal Stock Associates\nBillings, MT\n\n\
         Pick and pack orders through the holiday rush.\n",
    );
    assert_eq!(f["title"], "Seasonal Stock Associates", "{f:#}");
    // A line of one word in the plural may be a department, not the title.
    let f = facts(
        "drivers.txt",
        "Harrowgate Supply Co.\nDrivers\nBillings, MT\n\nDeliver orders around town.\n",
    );
    assert_ne!(f["title"], "Drivers", "{f:#}");
}

#[test]
fn a_remote_roles_applicant_areas_in_json_ld_are_its_places() {
    let page = r#"<html><head><title>Claims Adjuster</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"Claims Adjuster","jobLocationType":"TELECOMMUTE",
"applicantLocationRequirements":[{"@type":"Country","name":"Canada"}]}</script></head>
<body><div id="root"></div></body></html>"#;
    let f = facts("adjuster.html", page);
    assert_eq!(f["jurisdictions"], serde_json::json!(["CA"]), "{f:#}");
    assert_eq!(f["work_arrangement"], "remote", "{f:#}");
}

#[test]
fn each_place_of_a_front_matter_list_of_objects_is_read() {
    let f = facts(
        "engineer.md",
        "---\ntitle: Data Engineer\nlocations:\n  - city: Austin\n    state: TX\n  \
         - city: Raleigh\n    state: NC\n---\n\nBuild pipelines for clinics.\n",
    );
    let cities: Vec<&str> = f["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect();
    assert_eq!(cities, ["Austin", "Raleigh"], "{f:#}");
}
