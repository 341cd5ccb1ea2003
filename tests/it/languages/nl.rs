//! Dutch postings (`rules/vocab/lang/nl.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn a_fixed_term_contract_with_a_prospect_of_a_permanent_one() {
    let posting = "# Orderpicker\n\nVoor een groothandel in Zwolle zoeken wij een orderpicker. \
                   Je start met een contract voor bepaalde tijd van 12 maanden; bij goed \
                   functioneren volgt daarna een contract voor onbepaalde tijd.\n\n\
                   - Uurloon van € 15,20 bruto\n- ADV-dagen en een eindejaarsuitkering\n";
    let f = facts("orderpicker.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    assert_eq!(f["duration"]["value"], 12.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    // "Uurloon" before the amount names its period.
    assert_eq!(f["pay"]["period"], "hour", "{f}");
    assert_eq!(f["benefits"], true, "{f}");
    let rules = fired("orderpicker.md", posting);
    assert!(!has(&rules, "duration/missing"), "{rules:?}");
    assert!(!has(&rules, "benefits/missing"), "{rules:?}");
}

#[test]
fn a_side_job_with_only_a_bonus_describes_no_benefits() {
    let posting = "# Vakkenvuller\n\nWij zoeken een vakkenvuller voor onze supermarkt in Zwolle. \
                   Je vult de schappen, helpt klanten en houdt de winkel netjes.\n\n\
                   Soort contract: bijbaan\n\nWat krijg je?\n- een eindejaarsuitkering\n";
    let f = facts("vakkenvuller.md", posting);
    assert_eq!(f["employment_type"], "PART_TIME", "{f}");
    // A year-end bonus is pay, not a benefit.
    assert!(has(&fired("vakkenvuller.md", posting), "benefits/missing"));
    let with_days = posting.replace(
        "- een eindejaarsuitkering",
        "- een eindejaarsuitkering\n- ADV-dagen",
    );
    assert!(!has(
        &fired("vakkenvuller.md", &with_days),
        "benefits/missing"
    ));
}

#[test]
fn a_freelance_assignment_and_a_statement_without_distinction() {
    let posting = "# Interim projectleider\n\nVoor een gemeente in Zwolle zoeken wij een ervaren \
                   projectleider die de aanbesteding van een nieuw zaaksysteem begeleidt.\n\n\
                   - Opdracht op zzp-basis\n- Start: zo snel mogelijk\n\n\
                   Wij werven zonder onderscheid naar huidskleur, geloof of leeftijd.\n";
    let f = facts("projectleider.md", posting);
    assert_eq!(f["employment_type"], "CONTRACTOR", "{f}");
    assert_eq!(f["eeo_statement"], true, "{f}");
    assert!(!has(&fired("projectleider.md", posting), "eeo/missing"));
}

#[test]
fn a_salary_between_the_two_amounts_with_an_article() {
    let posting = "# Developer\n\nWij zoeken een developer voor ons team in Groningen. Het salaris \
                   bedraagt tussen de € 3.500 en € 4.800 bruto per maand, afhankelijk van je \
                   ervaring.\n";
    let f = facts("developer.md", posting);
    assert_eq!(f["pay"]["min"], 3500.0, "{f}");
    assert_eq!(f["pay"]["max"], 4800.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn a_ground_english_also_names_counts_after_a_dutch_word() {
    // "gender" is a ground of the English and the Dutch pack.
    let posting = "# Medewerker\n\nWij moedigen iedereen aan om te solliciteren, ongeacht gender. \
                   Wij zoeken een medewerker voor ons magazijn in Arnhem die orders verzamelt en \
                   vrachtwagens laadt.\n";
    assert_eq!(facts("medewerker.md", posting)["eeo_statement"], true);
}

#[test]
fn dates_with_dashes_read_day_first_and_short_period_words() {
    let posting = "# Planner\n\nGeplaatst op 05-03-2026\n\nTransportbedrijf De Vries in Zwolle \
                   zoekt een planner voor de ritten naar Duitsland.\n\nSalaris: € 3.000 - € \
                   3.600 bruto p.m.\n\nReageren kan tot 10 april 2026.\n";
    let f = facts("planner.md", posting);
    assert_eq!(f["date_posted"], "2026-03-05", "{f}");
    assert_eq!(f["deadline"], "2026-04-10", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn a_one_year_contract_is_fixed_term_with_a_prospect_of_a_permanent_one() {
    let posting = "# Servicemonteur\n\nInstallatiebedrijf Bakker in Amersfoort zoekt een \
                   servicemonteur voor het onderhoud van cv-ketels bij klanten thuis.\n\n\
                   - Een jaarcontract met uitzicht op een vast contract\n- Een bus van de zaak\n";
    let f = facts("monteur.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
}

#[test]
fn an_interns_stipend_is_pay_and_a_day_a_week_at_home_is_hybrid() {
    // "vergoeding" alone is an allowance, not pay; "stagevergoeding" is an intern's pay.
    let stage = "# Stagiair Communicatie\n\nJe komt ons communicatieteam in Groningen versterken. \
                 De stage duurt 5 maanden.\n\n## Wat wij bieden\n\n- Stagevergoeding van € 450 per maand\n";
    let f = facts("stage.md", stage);
    assert_eq!(f["pay"]["max"], 450.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
    assert_eq!(f["duration"]["value"], 5.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    let planner = "# Planner transport\n\nJe plant de ritten van onze chauffeurs vanuit ons kantoor in \
                   Utrecht.\n\n## Wat bieden wij?\n\n- 25 vakantiedagen\n- 1 dag per week thuiswerken\n";
    assert_eq!(facts("planner.md", planner)["work_arrangement"], "hybrid");
}

/// A "jaarcontract" is a contract for a year: its length, named in one word.
#[test]
fn a_one_year_contract_in_one_word_states_its_length() {
    let posting = "Magazijnmedewerker\nZwolle\n32 uur per week\nJaarcontract\n\nWij zoeken een \
                   magazijnmedewerker voor ons distributiecentrum.\n";
    let f = facts("jaar.txt", posting);
    assert_eq!(f["fixed_term"], true, "{f}");
    assert_eq!(f["duration"]["value"], 1.0, "{f}");
    assert_eq!(f["duration"]["unit"], "year", "{f}");
}
