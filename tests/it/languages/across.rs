//! Behaviours shared by every pack, on postings written for these tests: a choice of hours,
//! the language of a posting of a few lines, a small town on a page's place line, a pay
//! range written as a bottom and a top, and an agency contract with a length.

use super::facts;

/// A stated choice of full-time and part-time is not one type, in English and in every pack,
/// whether the two are named whole, in one phrase ("Voll- oder Teilzeit") or after a noun
/// for the job ("Arbeitsvertrag in Vollzeit oder Teilzeit").
#[test]
fn a_choice_of_hours_states_no_type_in_every_language() {
    for (name, posting) in [
        (
            "en.txt",
            "Warehouse Associate\n\nOur team packs and ships orders to shops across the region every day.\n\nWe offer a full-time or part-time contract.\n",
        ),
        (
            "de.txt",
            "Lagerhelfer (m/w/d)\n\nWir suchen Unterstützung für unser Lager in Kassel. Du kommissionierst Waren und packst Pakete für unsere Kunden.\n\nWir bieten einen Arbeitsvertrag in Vollzeit oder Teilzeit.\n",
        ),
        (
            "de.txt",
            "Lagerhelfer (m/w/d)\n\nWir suchen Unterstützung für unser Lager in Kassel. Du kommissionierst Waren und packst Pakete für unsere Kunden.\n\nWir bieten eine Stelle in Voll- oder Teilzeit.\n",
        ),
        (
            "fr.txt",
            "Magasinier H/F\n\nNous recherchons un magasinier pour notre entrepôt de Tours. Vous préparez les commandes et gérez les stocks.\n\nNous proposons un poste à temps plein ou partiel.\n",
        ),
        (
            "es.txt",
            "Mozo de almacén\n\nBuscamos un mozo de almacén para nuestro centro de Burgos. Prepararás los pedidos y controlarás el inventario.\n\nOfrecemos un puesto a jornada completa o parcial.\n",
        ),
        (
            "it.txt",
            "Magazziniere\n\nCerchiamo un magazziniere per il nostro deposito di Torino. Preparerai gli ordini e gestirai le scorte.\n\nOffriamo un contratto a tempo pieno o parziale.\n",
        ),
        (
            "sv.txt",
            "Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i Uppsala. Du plockar order och tar emot gods.\n\nVi erbjuder en tjänst på hel- eller deltid.\n",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["employment_type"], serde_json::Value::Null, "{name}: {f}");
    }
    // One type beside the noun is still stated.
    let one = "Lagerhelfer (m/w/d)\n\nWir suchen Unterstützung für unser Lager in Kassel. Wir bieten einen Arbeitsvertrag in Vollzeit mit fairer Bezahlung und einem festen Team.\n";
    assert_eq!(facts("de.txt", one)["employment_type"], "FULL_TIME");
}

/// A posting of two lines is too short for the language model; its common words tell it,
/// so its pack's words count ("contrato de temporada" is a seasonal contract).
#[test]
fn a_posting_of_a_few_lines_is_read_in_its_language() {
    let es = "Buscamos ayudante de cocina para la temporada de invierno en Granada. Contrato de temporada, 40 horas semanales.\n";
    let f = facts("es.txt", es);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    let it = "Cerchiamo un cameriere per la stagione estiva a Rimini. Contratto di 4 mesi, 40 ore settimanali.\n";
    let f = facts("it.txt", it);
    assert_eq!(f["fixed_term"], true, "{f}");
    let pt = "Rececionista (m/f)\nAveiro\n\nContrato a termo certo de 6 meses, tempo inteiro. Vencimento: 900 € por mês.\n";
    let f = facts("pt.txt", pt);
    assert_eq!(f["fixed_term"], true, "{f}");
    // A short English posting stays English: hours make it full-time.
    let en = "We are hiring a line cook for our kitchen in Denver, 40 hours per week.\n";
    assert_eq!(facts("en.txt", en)["employment_type"], "FULL_TIME");
}

/// A small town alone on a page's place line (between chips, or with its department code in
/// brackets) places the job; in a sentence it needs a placing word as before.
#[test]
fn a_small_town_on_a_place_line_places_the_job() {
    let nl = "Magazijnmedewerker\n\nDeventer · Fulltime\n\nJe werkt in ons magazijn en verzorgt de orderpicking voor onze klanten.\n";
    let f = facts("nl.txt", nl);
    assert_eq!(f["locations"][0]["city"], "Deventer", "{f}");
    let fr = "Technicien de maintenance H/F\n\nSaint-Nazaire (44)\n\nNous recherchons un technicien pour notre atelier. Vous assurez la maintenance des machines.\n";
    let f = facts("fr.txt", fr);
    assert_eq!(f["locations"][0]["city"], "Saint-Nazaire", "{f}");
    assert_eq!(f["locations"][0]["country"], "FR", "{f}");
    // A line of a small town alone in the posting's header, under the title.
    let sv = "Lagerarbetare, vikariat\nKristinehamn\n\nVi söker en lagerarbetare till vårt lager under sommaren. Lön enligt avtal.\n";
    let f = facts("sv.txt", sv);
    assert_eq!(f["locations"][0]["city"], "Kristinehamn", "{f}");
    // In running text a small town is no place of the job.
    let sentence = "Technicien de maintenance H/F\n\nNotre fondateur a grandi près de Saint-Nazaire et aime la mer. Vous assurez la maintenance des machines.\n";
    assert_eq!(
        facts("fr.txt", sentence)["locations"],
        serde_json::json!([])
    );
}

/// A bottom and a top joined by a word of and ("minimaal € 3.100 en maximaal € 4.400") are one
/// range, in every pack with such words; without the bottom's word, "and" joins no range.
#[test]
fn a_bottom_and_a_top_are_one_range_in_every_language() {
    for (name, posting, min, max) in [
        (
            "nl.txt",
            "Magazijnmedewerker\n\nWij zoeken een collega voor ons magazijn in Zwolle. Je verzorgt de orderpicking en de verzending.\n\nSalaris: minimaal € 3.100 en maximaal € 4.400 bruto per maand.\n",
            3100.0,
            4400.0,
        ),
        (
            "de.txt",
            "Lagerhelfer (m/w/d)\n\nWir suchen Unterstützung für unser Lager in Kassel. Du kommissionierst Waren und packst Pakete für unsere Kunden.\n\nDas Gehalt beträgt mindestens 3.200 € und höchstens 3.900 € brutto pro Monat.\n",
            3200.0,
            3900.0,
        ),
        (
            "fr.txt",
            "Magasinier H/F\n\nNous recherchons un magasinier pour notre entrepôt de Tours. Vous préparez les commandes et gérez les stocks.\n\nSalaire : minimum 2 100 € et maximum 2 500 € brut par mois.\n",
            2100.0,
            2500.0,
        ),
        (
            "es.txt",
            "Mozo de almacén\n\nBuscamos un mozo de almacén para nuestro centro de Burgos. Prepararás los pedidos y controlarás el inventario.\n\nSalario: mínimo 1.500 € y máximo 1.900 € brutos al mes.\n",
            1500.0,
            1900.0,
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["pay"]["min"], min, "{name}: {f}");
        assert_eq!(f["pay"]["max"], max, "{name}: {f}");
        assert_eq!(f["pay"]["currency"], "EUR", "{name}: {f}");
        assert_eq!(f["pay"]["period"], "month", "{name}: {f}");
    }
    // "And" with no bottom's word before joins no range.
    let two = "Magazijnmedewerker\n\nWij zoeken een collega voor ons magazijn in Zwolle. Je verzorgt de orderpicking en de verzending.\n\nJe krijgt € 3.100 bruto per maand en maximaal € 400 bonus per jaar.\n";
    assert_ne!(facts("nl.txt", two)["pay"]["max"], 400.0);
}

/// Italian agency work ("somministrazione") with a length is fixed-term; alone it is the
/// agency's licence boilerplate and states nothing.
#[test]
fn agency_work_with_a_length_is_fixed_term_in_italian() {
    let with = "Operatore di magazzino\n\nPer un'azienda cliente cerchiamo un operatore di magazzino a Bergamo, per carico e scarico merci.\n\nContratto: somministrazione, 3 mesi.\n";
    assert_eq!(facts("it.txt", with)["fixed_term"], true);
    let licence = "Operatore di magazzino\n\nPer un'azienda cliente cerchiamo un operatore di magazzino a Bergamo, per carico e scarico merci.\n\nAgenzia autorizzata alla somministrazione di lavoro (Aut. Min. 1234/2004).\n";
    assert_eq!(facts("it.txt", licence)["fixed_term"], false);
}

/// A board's chip of occasional remote work ("Télétravail occasionnel") is hybrid work, not
/// remote.
#[test]
fn occasional_remote_work_on_a_french_board_is_hybrid() {
    let fr = "Comptable H/F\nContrat : CDI\nLieu : Lyon\nTélétravail occasionnel\n\nVous tenez la comptabilité de nos clients et préparez les bilans annuels.\n";
    let f = facts("fr.txt", fr);
    assert_eq!(f["work_arrangement"], "hybrid", "{f}");
}

/// A country named in the posting's own language places the job in a place field or beside a
/// city ("Miejsce pracy: Belgia", "Lieu de travail : Allemagne", "Niemcy, Lipsk"), from CLDR's
/// names (rules/vocab/country-names.yaml); in running text such a name is trusted no more than
/// any ambiguous one, since it may be another language's word ("Island" is Iceland in German).
#[test]
fn a_country_named_in_the_postings_language_in_a_place_field() {
    for (name, posting, country) in [
        (
            "pl.txt",
            "Spawacz MIG/MAG\n\nMiejsce pracy: Belgia\n\nSzukamy spawacza do pracy na hali produkcyjnej. Oferujemy umowę o pracę i zakwaterowanie.\n",
            "BE",
        ),
        (
            "fr.txt",
            "Cariste H/F\n\nLieu de travail : Allemagne\n\nNous recherchons un cariste pour un entrepôt de notre client. Permis CACES exigé.\n",
            "DE",
        ),
        (
            "es.txt",
            "Enfermera/o\n\nUbicación: Irlanda\n\nBuscamos enfermeras para hospitales públicos. Se ofrece contrato indefinido y curso de inglés.\n",
            "IE",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(countries(&f), [country], "{name}: {f}");
    }
    let prose = "Tour Guide\n\nLocation: Portland, OR\n\nIsland trips leave the harbour every morning, and our guides lead each one.\n";
    let f = facts("en.txt", prose);
    assert_eq!(countries(&f), ["US"], "{f}");
    // With no place field, where running text places abroad count too.
    let f = facts("en.txt", &prose.replace("Location: Portland, OR\n\n", ""));
    assert!(countries(&f).is_empty(), "{f}");
}

/// The countries of the places `extract` found, in their order.
fn countries(facts: &serde_json::Value) -> Vec<String> {
    facts["locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["country"].as_str().map(String::from))
        .collect()
}
