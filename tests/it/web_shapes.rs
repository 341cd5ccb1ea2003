//! Postings in the shapes users bring (career pages copied with their chrome, Markdown kept in
//! git, saved pages), all invented: what `extract` reads of them.

use crate::common::{facts, stdin_findings};
use serde_json::json;

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
    // Each with its state (`location_part` keys in rules/vocab/sections.yaml).
    assert_eq!(cities, ["Austin, TX", "Raleigh, NC"], "{f:#}");
}

#[test]
fn a_remote_flag_of_front_matter_is_the_work_arrangement() {
    // The flag keys and the values that say yes are data (`front_matter` fact `remote` in
    // rules/vocab/sections.yaml).
    for flag in [
        "remote: true",
        "remote: yes",
        "is_remote: True",
        "workplace: remote",
    ] {
        let text = format!(
            "---\ntitle: Support Engineer\n{flag}\n---\n\nAnswer questions from Quillfeather's users.\n"
        );
        assert_eq!(
            facts("support.md", &text)["work_arrangement"],
            "remote",
            "{flag}"
        );
    }
    // A flag that says no states nothing.
    let text = "---\ntitle: Support Engineer\nremote: false\n---\n\nAnswer questions.\n";
    assert!(facts("support.md", text)["work_arrangement"].is_null());
}

#[test]
fn the_parts_of_a_place_in_front_matter_are_one_place() {
    let places = |f: &serde_json::Value| -> Vec<(String, String)> {
        f["locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["text"].as_str().unwrap().into(),
                    l["region"].as_str().unwrap_or("").into(),
                )
            })
            .collect()
    };
    // A list of objects, in block and in flow style: each object is one place, with its state
    // (Portland, Maine, not the larger Portland in Oregon).
    let block = "---\ntitle: Sous Chef\nlocations:\n  - city: Portland\n    state: ME\n  \
                 - city: Burlington\n    state: VT\n---\n\nRun the line at Tidewater Kitchen.\n";
    let flow = "---\ntitle: Sous Chef\nlocations: [{city: Portland, state: ME}, {city: Burlington, \
                state: VT}]\n---\n\nRun the line at Tidewater Kitchen.\n";
    for text in [block, flow] {
        let f = facts("chef.md", text);
        assert_eq!(
            places(&f),
            [
                ("Portland, ME".to_string(), "US-ME".to_string()),
                ("Burlington, VT".to_string(), "US-VT".to_string())
            ],
            "{f:#}"
        );
    }
    // One object, its parts in any order; the country last.
    let one = "---\ntitle: Sous Chef\nlocation:\n  country: US\n  region: ME\n  city: Portland\n---\n\n\
               Run the line.\n";
    let f = facts("chef.md", one);
    assert_eq!(
        places(&f),
        [("Portland, ME, US".to_string(), "US-ME".to_string())],
        "{f:#}"
    );
    assert_eq!(f["jurisdictions"], serde_json::json!(["US-ME"]), "{f:#}");
}

#[test]
fn chips_side_by_side_in_a_saved_page_are_read_one_by_one() {
    let page = r#"<html><head><title>Seasonal Ranger - Cedar Ridge Parks</title></head><body>
<h1>Seasonal Ranger</h1><div class="job-meta"><span>Bend, OR</span><span>Temporary</span><span>On-site</span></div>
<p>Cedar Ridge Parks needs rangers to guide visitors along the river trails.</p></body></html>"#;
    let f = facts("ranger.html", page);
    assert_eq!(f["locations"][0]["text"], "Bend, OR", "{f:#}");
    assert_eq!(f["jurisdictions"], serde_json::json!(["US-OR"]), "{f:#}");
    assert_eq!(f["employment_type"], "TEMPORARY", "{f:#}");
    assert_eq!(f["work_arrangement"], "onsite", "{f:#}");
}

#[test]
fn a_type_label_whose_value_goes_on_states_the_type() {
    let f = facts(
        "library.txt",
        "Library Page\n\nElmstead Public Library\n\nSchedule: Part-time, 3 days/week\n\n\
         Shelve returned books and tidy the reading room.\n",
    );
    assert_eq!(f["employment_type"], "PART_TIME", "{f:#}");
    // A choice of types, even with more after it, states neither.
    let f = facts(
        "library.txt",
        "Library Page\n\nElmstead Public Library\n\nSchedule: Full-time or part-time, days vary\n\n\
         Shelve returned books.\n",
    );
    assert!(f["employment_type"].is_null(), "{f:#}");
}

#[test]
fn a_length_before_its_noun_and_a_length_between_dates_are_durations() {
    let duration = |body: &str| {
        facts(
            "camp.txt",
            &format!("Camp Counselor\n\nBirchwood Camps\n\n{body}\n"),
        )["duration"]
            .clone()
    };
    // A hyphenated length, up to two words, then what it is of (`durations.after`).
    let d = duration("Join our 6-week overnight camp session as a cabin counselor.");
    assert_eq!(
        (d["value"].as_f64(), d["unit"].as_str()),
        (Some(6.0), Some("week"))
    );
    let d = duration("It is a 10-week paid summer placement.");
    assert_eq!(
        (d["value"].as_f64(), d["unit"].as_str()),
        (Some(10.0), Some("week"))
    );
    // Not a length in the plural, with a sentence's words between: years in a role.
    assert!(duration("You have spent 2 years in a similar role.").is_null());
    // "from" then a month: the length runs between dates; "from" then anything else makes the
    // length a point in time.
    let d = duration("The program runs over 9 weeks from June to August.");
    assert_eq!(
        (d["value"].as_f64(), d["unit"].as_str()),
        (Some(9.0), Some("week"))
    );
    assert!(duration("Counselors are reviewed 4 weeks from the start date.").is_null());
    // A type and its length after a comma, as a job board's terms line gives them.
    let d = duration("Terms: Contract, 1 year");
    assert_eq!(
        (d["value"].as_f64(), d["unit"].as_str()),
        (Some(1.0), Some("year"))
    );
    // A week's working days, and a label's years of experience before "Job Description", are
    // no length of the role.
    assert!(duration("This is a 6 day a week job with flexible shifts.").is_null());
    assert!(duration("Experience: 10 Years Job Description: lead the counselors.").is_null());
}

#[test]
fn a_list_of_types_in_json_ld_reads_as_one_job() {
    let page = |types: &str| {
        format!(
            r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org",
"@type":"JobPosting","title":"Data Engineer","employmentType":{types},
"hiringOrganization":{{"name":"Corvid Data"}},"description":"Build pipelines."}}</script></head>
<body><h1>Data Engineer</h1><p>Build data pipelines for Corvid Data's clients.</p></body></html>"#
        )
    };
    let read = |types: &str| {
        let f = facts("engineer.html", &page(types));
        (f["employment_type"].clone(), f["fixed_term"].clone())
    };
    // Hours and terms: a full-time contract; the terms are the type.
    assert_eq!(
        read(r#"["FULL_TIME","CONTRACTOR"]"#),
        (json!("CONTRACTOR"), json!(true))
    );
    // Two hours are a choice: neither.
    assert_eq!(
        read(r#"["FULL_TIME","PART_TIME"]"#),
        (json!(null), json!(false))
    );
    // Terms that all end: fixed-term whichever it is.
    assert_eq!(
        read(r#"["TEMPORARY","CONTRACTOR"]"#),
        (json!("TEMPORARY"), json!(true))
    );
    assert_eq!(read(r#""PART_TIME""#), (json!("PART_TIME"), json!(false)));
}

#[test]
fn frontline_titles_under_the_employer_s_name_are_the_title() {
    for title in [
        "Dishwasher",
        "Caregiver",
        "Harvest Crew",
        "Seasonal Order Pickers",
        "Lifeguard",
    ] {
        let text = format!(
            "Willowbank Orchards\n{title}\nHood River, OR\nFull-time\nApply\n\
             Help us through the busy months at our orchard and farm stand.\n"
        );
        assert_eq!(facts("orchard.txt", &text)["title"], title);
    }
    // Chrome with such words is not a title: the role is.
    let text = "Willowbank Orchards\nHome\nCareers\nHelp\nLine Cook\nHood River, OR\nApply\n\
                Cook breakfast and lunch for our farm café.\n";
    assert_eq!(facts("orchard.txt", text)["title"], "Line Cook");
}

#[test]
fn pay_in_thousands_without_a_period_is_read_as_a_salary() {
    // "$88K" states no period: `extract` shows none (it guesses nothing; "25k" is a month's
    // pay in other markets), and the rules read an amount of 10,000 or more as a year's.
    let text = "Product Designer\n\nLanternfly Software\n\nCompensation: $88K–$104K + equity\n\n\
                Design our field-service app.\n";
    let f = facts("designer.txt", text);
    assert_eq!(
        (f["pay"]["min"].as_f64(), f["pay"]["max"].as_f64()),
        (Some(88000.0), Some(104000.0))
    );
    assert!(f["pay"]["period"].is_null(), "{f:#}");
    let ids = |t: &str| -> Vec<String> {
        stdin_findings("designer.txt", t)
            .iter()
            .map(|x| x["rule"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(
        !ids(text).contains(&"pay/no-period".to_string()),
        "{:?}",
        ids(text)
    );
    // A small amount could be per hour, week or month: the period is asked for.
    let small = text.replace("$88K–$104K", "$25–$30");
    assert!(
        ids(&small).contains(&"pay/no-period".to_string()),
        "{:?}",
        ids(&small)
    );
}
