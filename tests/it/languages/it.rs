//! Italian postings (`rules/vocab/lang/it.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn agency_work_and_a_vat_number_state_their_type() {
    let posting = "# Magazziniere\n\nCerchiamo un magazziniere per il nostro deposito a Bergamo, \
                   addetto al carico e scarico merci con il muletto.\n\n\
                   Tipologia contrattuale: contratto di somministrazione\n";
    let f = facts("magazzino.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert!(has(&fired("magazzino.md", posting), "duration/missing"));
    let freelance = "# Grafico\n\nCerchiamo un grafico per la nostra agenzia a Torino, che curi \
                     l'immagine dei clienti e le campagne sui social.\n\n\
                     Si offre collaborazione in partita IVA.\n";
    assert_eq!(
        facts("grafico.md", freelance)["employment_type"],
        "CONTRACTOR"
    );
}

#[test]
fn an_internship_with_its_length_in_words() {
    let posting = "# Stagista marketing\n\nProponiamo uno stage della durata di sei mesi nella \
                   nostra sede, con rimborso spese mensile e tutor dedicato.\n\n\
                   Tipo di contratto: stage extracurriculare\n";
    let f = facts("stage.md", posting);
    assert_eq!(f["employment_type"], "INTERN", "{f}");
    assert_eq!(f["duration"]["value"], 6.0, "{f}");
    assert!(!has(&fired("stage.md", posting), "duration/missing"));
}

#[test]
fn benefits_of_italian_ads_and_bonuses_alone() {
    let posting = "# Impiegato amministrativo\n\nCerchiamo un impiegato amministrativo per la nostra \
                   sede a Padova, che gestisca la fatturazione e la prima nota.\n\n\
                   ## Cosa offriamo\n\n- Polizza sanitaria\n- Piano welfare\n";
    assert_eq!(facts("admin.md", posting)["benefits"], true);
    assert!(!has(&fired("admin.md", posting), "benefits/missing"));
    let bonus = "# Impiegato amministrativo\n\nCerchiamo un impiegato amministrativo per la nostra \
                 sede a Padova, che gestisca la fatturazione e la prima nota. Sono previsti MBO \
                 e provvigioni sulle vendite.\n";
    assert_eq!(facts("admin.md", bonus)["benefits"], true);
    assert!(has(&fired("admin.md", bonus), "benefits/missing"));
}

#[test]
fn the_equal_treatment_laws_cited_are_a_statement() {
    let base = "# Impiegato amministrativo\n\nCerchiamo un impiegato amministrativo per la nostra \
                sede a Padova, che gestisca la fatturazione. La ricerca è rivolta a candidati di \
                entrambi i sessi";
    let cited = format!("{base} ai sensi della L. 903/77 e del D.Lgs. 198/2006.\n");
    assert_eq!(facts("admin.md", &cited)["eeo_statement"], true);
    assert!(!has(&fired("admin.md", &cited), "eeo/missing"));
    // Both sexes alone, like "(m/w/d)", names whom the ad is for and is no statement.
    let alone = format!("{base}.\n");
    assert!(has(&fired("admin.md", &alone), "eeo/missing"));
}

#[test]
fn a_citys_local_name_is_no_first_name() {
    // "Florence" is also a first name and needs a place context; "Firenze" is only the city.
    let posting = "# Sviluppatore Backend\n\nCerchiamo uno sviluppatore backend per il nostro ufficio con sede a Firenze, in un team di dieci persone che lavora su prodotti per il turismo.\n\nContratto a tempo indeterminato, tempo pieno.\n";
    let f = facts("sviluppatore.md", posting);
    assert_eq!(f["locations"][0]["city"], "Florence", "{f}");
    assert_eq!(f["locations"][0]["country"], "IT", "{f}");
}

#[test]
fn posting_date_in_words_and_a_deadline() {
    let posting = "# Magazziniere\n\nPubblicato il 4 maggio 2026\n\nLogistica Ferraris cerca un \
                   magazziniere per il polo di Piacenza, con patentino del muletto.\n\n\
                   Candidature entro il 31/05/2026.\n";
    let f = facts("magazzino.md", posting);
    assert_eq!(f["date_posted"], "2026-05-04", "{f}");
    assert_eq!(f["deadline"], "2026-05-31", "{f}");
}

#[test]
fn pay_by_the_hour_after_an_elided_article_and_a_public_deadline() {
    let agency = "# Operaio di produzione\n\nPer azienda cliente del settore metalmeccanico di Bergamo \
                  cerchiamo operai su turni.\n\nRetribuzione: 10,50 € lordi l'ora.\n";
    let f = facts("operaio.md", agency);
    assert_eq!(f["pay"]["max"], 10.5, "{f}");
    assert_eq!(f["pay"]["period"], "hour", "{f}");
    let public = "# Istruttore tecnico\n\nIl Comune di Lecco indice una selezione pubblica per un posto \
                  di istruttore tecnico.\n\nScadenza presentazione domande: 04/05/2026\n";
    assert_eq!(facts("istruttore.md", public)["deadline"], "2026-05-04");
}

/// The terms of one contract listed after a comma state the role's terms as the first,
/// beside the job noun, does: "contratto a tempo indeterminato, tempo pieno" is full-time,
/// also after a length ("di 36 mesi, tempo pieno"). A comma further on lists other things.
#[test]
fn the_next_term_of_a_contract_after_a_comma() {
    for offer in [
        "Offriamo un contratto a tempo indeterminato, tempo pieno, con mensa aziendale.",
        "Offriamo un contratto di apprendistato di 36 mesi, tempo pieno, con mensa aziendale.",
    ] {
        let posting = format!(
            "Elettricista\nVerona\n\nCerchiamo un elettricista per impianti civili e \
             industriali. {offer}\n"
        );
        let f = facts("verona.txt", &posting);
        assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
    }
    let far = "Elettricista\nVerona\n\nCerchiamo un elettricista per impianti civili e \
               industriali. Offriamo un contratto a tempo indeterminato con formazione continua \
               in azienda, tempo pieno per chi lo desidera.\n";
    assert_eq!(
        facts("verona.txt", far)["employment_type"],
        serde_json::Value::Null
    );
}

/// "Smart working" with days of the week is hybrid work and no remote place.
#[test]
fn smart_working_some_days_is_hybrid_and_no_place() {
    let posting = "Analista contabile\nTorino\n\nCerchiamo un analista contabile per il nostro \
                   ufficio amministrativo. Smart working 2 giorni a settimana.\n";
    let f = facts("torino.txt", posting);
    assert_eq!(f["work_arrangement"], "hybrid", "{f}");
    assert_eq!(f["locations"].as_array().map(Vec::len), Some(1), "{f}");
}
