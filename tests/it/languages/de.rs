//! German postings (`rules/vocab/lang/de.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn agency_work_and_parental_leave_cover_are_temporary() {
    let agency = "# Lagerhelfer (m/w/d)\n\nFür unseren Kunden in Dortmund suchen wir zuverlässige \
                  Lagerhelfer für den Wareneingang und die Kommissionierung.\n\n\
                  Anstellungsart: Zeitarbeit\n";
    let f = facts("lager.md", agency);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    let cover = "# Sachbearbeiterin Einkauf (m/w/d) – Elternzeitvertretung\n\nFür unser Team in \
                 Kassel suchen wir eine Elternzeitvertretung im Einkauf. Sie bestellen Material, \
                 pflegen Lieferantendaten und prüfen Rechnungen.\n";
    assert_eq!(facts("einkauf.md", cover)["employment_type"], "TEMPORARY");
    // A cover without its length asks for one; "befristet auf zwölf Monate" (a number in
    // words) states it.
    assert!(has(&fired("einkauf.md", cover), "duration/missing"));
    let with_length = cover.replace("im Einkauf.", "im Einkauf, befristet auf zwölf Monate.");
    let f = facts("einkauf.md", &with_length);
    assert_eq!(f["duration"]["value"], 12.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    assert!(!has(&fired("einkauf.md", &with_length), "duration/missing"));
}

#[test]
fn a_working_week_in_a_field_states_the_hours() {
    let posting = "# Buchhalter (m/w/d)\n\nWir suchen Verstärkung für unser Büro in Wien und freuen \
                   uns auf Ihre Bewerbung.\n\nArbeitszeit: 38,5 Stunden pro Woche\n";
    assert_eq!(
        facts("buchhaltung.md", posting)["employment_type"],
        "FULL_TIME"
    );
    let part = posting.replace("38,5", "20");
    assert_eq!(
        facts("buchhaltung.md", &part)["employment_type"],
        "PART_TIME"
    );
}

#[test]
fn benefits_and_full_remote_work_of_german_ads() {
    let posting = "# Entwickler (m/w/d)\n\nDu entwickelst unsere Plattform weiter und arbeitest eng \
                   mit dem Produktteam zusammen, zu 100 % Homeoffice aus ganz Deutschland.\n\n\
                   ## Das bieten wir\n\n- Hansefit\n- Essensgutscheine\n- Bildungsurlaub\n";
    let f = facts("dev.md", posting);
    assert_eq!(f["benefits"], true, "{f}");
    assert_eq!(f["work_arrangement"], "remote", "{f}");
    let rules = fired("dev.md", posting);
    assert!(!has(&rules, "benefits/missing"), "{rules:?}");
    assert!(!has(&rules, "location/missing"), "{rules:?}");
    // Swiss holidays are "Ferien".
    let swiss = "# Sachbearbeiter (m/w/d)\n\nDu bearbeitest Anträge in unserem Büro in Bern und \
                 berätst unsere Kundschaft am Telefon. Wir bieten 5 Wochen Ferien und eine moderne \
                 Infrastruktur.\n";
    assert!(!has(&fired("bern.md", swiss), "benefits/missing"));
    // A commission alone is other pay, not a benefit.
    let commission = "# Vertriebsmitarbeiter (m/w/d)\n\nDu betreust unsere Kunden in Kassel und \
                      gewinnst neue dazu. Wir zahlen eine attraktive Provision auf jeden Abschluss \
                      und ein festes Gehalt.\n";
    assert_eq!(facts("vertrieb.md", commission)["benefits"], true);
    assert!(has(&fired("vertrieb.md", commission), "benefits/missing"));
}

#[test]
fn agg_and_disabled_applicants_statements_are_equal_opportunity_statements() {
    let base = "# Sachbearbeiter (m/w/d)\n\nDu bearbeitest Anträge in unserem Amt in Kassel und \
                berätst Bürgerinnen und Bürger. ";
    for statement in [
        "Wir handeln nach dem AGG.",
        "Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.",
        "Bewerbungen von Menschen mit Behinderungen sind uns sehr willkommen.",
    ] {
        let posting = format!("{base}{statement}\n");
        assert_eq!(
            facts("amt.md", &posting)["eeo_statement"],
            true,
            "{statement}"
        );
        assert!(
            !has(&fired("amt.md", &posting), "eeo/missing"),
            "{statement}"
        );
    }
    let none = format!("{base}Wir freuen uns auf deine Bewerbung.\n");
    assert!(has(&fired("amt.md", &none), "eeo/missing"));
}

#[test]
fn posting_date_and_deadline_with_month_names_and_a_short_period_word() {
    let posting = "# Koch (m/w/d)\n\nVeröffentlicht am 3. August 2026\n\nDas Gasthaus Lindner in \
                   Bamberg sucht einen Koch für die fränkische Küche und den Mittagstisch.\n\n\
                   Gehalt: 3.100 € brutto mtl.\n\nBewerbungen bis zum 30. September 2026 an \
                   die Küchenleitung.\n";
    let f = facts("koch.md", posting);
    // The 3rd of August, not the month alone as an English date reads it.
    assert_eq!(f["date_posted"], "2026-08-03", "{f}");
    assert_eq!(f["deadline"], "2026-09-30", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn swiss_amounts_grouped_by_apostrophes() {
    let posting = "# Softwareentwickler:in Backend\n\nDie Alpensoft AG in Winterthur sucht eine \
                   Person für die Weiterentwicklung unserer Logistikplattform.\n\n\
                   Lohn: CHF 110'000 – 130'000 pro Jahr\n";
    let f = facts("alpensoft.md", posting);
    assert_eq!(f["pay"]["min"], 110000.0, "{f}");
    assert_eq!(f["pay"]["max"], 130000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "CHF", "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
    let typeset = posting.replace("CHF 110'000 – 130'000", "CHF 110’000.– bis 130’000.–");
    let f = facts("alpensoft.md", &typeset);
    assert_eq!(
        (f["pay"]["min"].clone(), f["pay"]["max"].clone()),
        (110000.0.into(), 130000.0.into()),
        "{f}"
    );
}

#[test]
fn pay_in_thousands_written_tsd() {
    let posting = "Buchhalter (m/w/d)\n\nFür unsere Kanzlei in Leipzig suchen wir eine \
                   Buchhalterin oder einen Buchhalter für die laufende Finanzbuchhaltung \
                   unserer Mandanten.\n\nGehalt: 48 - 55 Tsd. € brutto im Jahr\n";
    let f = facts("buchhalter.txt", posting);
    assert_eq!(f["pay"]["min"], 48000.0, "{f}");
    assert_eq!(f["pay"]["max"], 55000.0, "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
}

#[test]
fn thousands_of_euros_written_teur_and_t_euro() {
    let posting = "# Projektleiter Tiefbau (m/w/d)\n\nFür unseren Standort in München suchen wir \
                   einen Projektleiter für Infrastrukturprojekte im Großraum München.\n\n\
                   Gehalt: 60-70 TEUR p.a.\n";
    let f = facts("tiefbau.md", posting);
    assert_eq!(f["pay"]["min"], 60000.0, "{f}");
    assert_eq!(f["pay"]["max"], 70000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "EUR", "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
    let sign = posting.replace("60-70 TEUR p.a.", "ab 65 T€ im Jahr");
    let f = facts("tiefbau.md", &sign);
    assert_eq!(f["pay"]["min"], 65000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "EUR", "{f}");
}

#[test]
fn a_swiss_workload_below_a_full_week_is_part_time() {
    let posting = "# Sachbearbeiterin Lohnbuchhaltung\n\nWir sind ein Treuhandbüro in Zürich und \
                   suchen eine engagierte Persönlichkeit für die Lohnabrechnungen unserer \
                   Mandanten.\n\nPensum: 80%\n";
    assert_eq!(
        facts("treuhand.md", posting)["employment_type"],
        "PART_TIME"
    );
    // Up to a full week: a full-time post open to fewer hours.
    let up_to_full = posting.replace("Pensum: 80%", "Arbeitspensum 80-100 %");
    assert_eq!(
        facts("treuhand.md", &up_to_full)["employment_type"],
        "FULL_TIME"
    );
    let in_text = posting.replace("Pensum: 80%", "Das Pensum beträgt 60 %.");
    assert_eq!(
        facts("treuhand.md", &in_text)["employment_type"],
        "PART_TIME"
    );
    // A share of something else is no workload.
    let other = posting.replace("Pensum: 80%", "Wir wachsen jedes Jahr um 80 %.");
    assert_eq!(
        facts("treuhand.md", &other)["employment_type"],
        serde_json::Value::Null
    );
}

#[test]
fn month_names_in_capitals_with_umlauts_are_dates() {
    let posting = "# Buchhalter (m/w/d)\n\nVeröffentlicht am 12. MÄRZ 2026\n\nWir suchen einen \
                   Buchhalter für unser Büro in Köln. Du betreust unsere Mandanten und \
                   erstellst Abschlüsse.\n";
    assert_eq!(facts("buchhalter.md", posting)["date_posted"], "2026-03-12");
}

/// A range in words after "zwischen" reads the pack's month names, not only those English
/// shares with German ("April", "August").
#[test]
fn a_range_between_two_german_month_names() {
    let posting = "# Praktikum Gartenbau\n\nUnsere Gärtnerei in Erfurt bietet ein Praktikum \
                   zwischen März und Juli 2026 an. Du pflegst Stauden und hilfst beim Verkauf.\n";
    let f = facts("gartenbau.md", posting);
    assert_eq!(f["start_date"], "2026-03", "{f}");
    assert_eq!(f["end_date"], "2026-07", "{f}");
}

/// An apprentice's pay by year of training is a month's pay (BBiG § 17), before the amount
/// or after it.
#[test]
fn an_apprentices_pay_by_training_year_is_a_months() {
    for pay in [
        "Vergütung: im ersten Ausbildungsjahr 1.050 €, im zweiten 1.150 €",
        "Vergütung: 1.050 € pro Lehrjahr",
    ] {
        let posting = format!(
            "Ausbildung zur Bäckerin (m/w/d)\nKassel\n\nWir bilden dich in unserer Backstube \
             aus. {pay}.\n"
        );
        let f = facts("ausbildung.txt", &posting);
        assert_eq!(f["pay"]["min"], 1050.0, "{f}");
        assert_eq!(f["pay"]["period"], "month", "{f}");
    }
}
