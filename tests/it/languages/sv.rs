//! Swedish postings (`rules/vocab/lang/sv.yaml`).

use super::{facts, fired};

#[test]
fn a_city_after_a_part_of_town_word_is_the_place_of_work() {
    let posting = "# Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i centrala Uppsala. \
                   Tjänsten är en tillsvidareanställning på heltid med start i januari.\n\n\
                   Vi erbjuder friskvårdsbidrag och tjänstepension.\n";
    let f = facts("lager.md", posting);
    assert_eq!(f["locations"][0]["city"], "Uppsala", "{f}");
    assert_eq!(f["benefits"], true, "{f}");
    assert!(!fired("lager.md", posting).contains(&"location/missing".to_string()));
    // Without the place, the location is missing.
    let elsewhere = posting.replace(" i centrala Uppsala", "");
    assert!(fired("lager.md", &elsewhere).contains(&"location/missing".to_string()));
}

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn an_open_ended_post_with_a_trial_period_is_full_time_and_not_fixed_term() {
    // "Tjänsten" (the post) and "tillsvidareanställning" (a compound ending in a job noun)
    // put "på heltid" beside a job in running text; "provanställning" is a trial period.
    let posting = "# Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i Jönköping. \
                   Tjänsten är en tillsvidareanställning på heltid med sex månaders \
                   provanställning. Du plockar och packar order och tar emot leveranser.\n\n\
                   - Kollektivavtal och tjänstepension\n";
    let f = facts("lager.md", posting);
    assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
    assert_eq!(f["fixed_term"], false, "{f}");
    assert_eq!(f["duration"], serde_json::Value::Null, "{f}");
    assert!(!has(&fired("lager.md", posting), "duration/missing"));
}

#[test]
fn a_fixed_term_post_with_its_length() {
    let posting = "# Butikssäljare\n\nVi söker en butikssäljare till vår butik i Jönköping. \
                   Anställningen är en visstidsanställning på 6 månader med möjlighet till \
                   förlängning. Du hjälper kunder och sköter kassan.\n\n\
                   - Personalrabatt och friskvårdsbidrag\n";
    let f = facts("butik.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["duration"]["value"], 6.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    let rules = fired("butik.md", posting);
    assert!(!has(&rules, "duration/missing"), "{rules:?}");
    assert!(!has(&rules, "benefits/missing"), "{rules:?}");
}

#[test]
fn a_summer_job_paid_by_the_hour_with_a_bonus_alone() {
    let posting = "# Sommarjobb på lagret\n\nVi söker sommarjobbare till vårt lager i Jönköping \
                   under juni till augusti. Du plockar order och tar emot leveranser tillsammans \
                   med dina kollegor.\n\n- Timlön 145 kr\n- Bonus vid uppnådda mål\n";
    let f = facts("sommar.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["pay"]["min"], 145.0, "{f}");
    assert_eq!(f["pay"]["period"], "hour", "{f}");
    assert!(has(&fired("sommar.md", posting), "benefits/missing"));
}

#[test]
fn a_consulting_assignment_with_its_length() {
    let posting = "# Utvecklare\n\nVi söker en utvecklare till vårt team i Göteborg. Det är ett \
                   konsultuppdrag på 6 månader med start i mars och du arbetar med vår \
                   webbplattform.\n";
    let f = facts("konsult.md", posting);
    assert_eq!(f["employment_type"], "CONTRACTOR", "{f}");
    assert_eq!(f["duration"]["value"], 6.0, "{f}");
    assert!(!has(&fired("konsult.md", posting), "duration/missing"));
}

#[test]
fn a_posting_that_starts_with_its_sections_has_no_title_from_their_lists() {
    // "Din roll" and "Du behöver kunna" name the duties and the requirements: what their
    // lists say is no title, even a short line in capitals.
    let posting = "## Din roll\n\nSom bagare hos oss bakar du bröd varje natt.\n\n\
                   ## Du behöver kunna\n\n* Surdegsbakning (t.ex. levain, rågbröd)\n* Jobba agilt\n";
    let f = facts("bageri.md", posting);
    assert_eq!(f["title"], serde_json::Value::Null, "{f}");
}

#[test]
fn posting_date_deadline_and_short_period_words() {
    let posting = "# Lagerarbetare\n\nPublicerad 3 mars 2026\n\nLindqvist Logistik söker \
                   lagerarbetare till terminalen i Jönköping.\n\nLön: 165 kr/tim\n\n\
                   Sista ansökningsdag: 15 april 2026\n";
    let f = facts("lager.md", posting);
    assert_eq!(f["date_posted"], "2026-03-03", "{f}");
    assert_eq!(f["deadline"], "2026-04-15", "{f}");
    assert_eq!(f["pay"]["period"], "hour", "{f}");
    let monthly = posting.replace("165 kr/tim", "28 500 kr/mån");
    assert_eq!(facts("lager.md", &monthly)["pay"]["period"], "month");
}

#[test]
fn a_workload_below_a_full_week_is_part_time() {
    let posting = "# Administratör\n\nVi söker en administratör till vårt kontor i Göteborg som \
                   tar hand om fakturor och bokningar för hela avdelningen.\n\n\
                   Tjänstgöringsgrad: 75%\n";
    assert_eq!(facts("admin.md", posting)["employment_type"], "PART_TIME");
    let open = posting.replace("Tjänstgöringsgrad: 75%", "Anställningsform: Tills vidare");
    let f = facts("admin.md", &open);
    assert_eq!(f["fixed_term"], false, "{f}");
}

#[test]
fn the_internships_length_after_its_definite_noun() {
    let posting = "# Praktikant inom ekonomi\n\nDu stöttar vår ekonomiavdelning i Örebro. Praktiken \
                   pågår i 4 månader.\n";
    let f = facts("praktik.md", posting);
    assert_eq!(f["duration"]["value"], 4.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
}
