//! Postings copied from job boards and career sites in other languages, written for these
//! tests: a board's chrome around the title, an employer's name above it, a label that names
//! the title, a city among chips, a fixed-term contract beside the hours, an internship's
//! length.

use super::facts;

/// The title of a board page copied with its chrome (the board's name, a navigation line, a
/// page word, chips) is the line that names a role, in each language's role words.
#[test]
fn the_title_of_a_copied_board_page_is_its_role_line() {
    for (name, posting, title) in [
        (
            "pl.txt",
            "Pracuj.example\nOferty pracy › Logistyka › Gdańsk\nMagazynier\n· Gdańsk ·\nUmowa o pracę, pełny etat\nSzukamy magazyniera do naszego centrum dystrybucyjnego. Będziesz przyjmować dostawy i kompletować zamówienia.\n",
            "Magazynier",
        ),
        (
            "pt.txt",
            "TrabalhoJá\nInício | Ofertas | Administração | Braga\nOferta de emprego\nAssistente administrativo\nBraga · Tempo inteiro\nProcuramos um assistente administrativo para o nosso escritório em Braga, para tratar da faturação e do arquivo.\n",
            "Assistente administrativo",
        ),
        (
            "sv.txt",
            "Platsbanken.example\nStart / Lediga jobb / Lager / Malmö\nLagerarbetare\nHeltid · Malmö\nVi söker en lagerarbetare till vårt lager i hamnen. Du plockar order och tar emot leveranser.\n",
            "Lagerarbetare",
        ),
        (
            "it.txt",
            "Lavora con noi\nAssistente amministrativo\nVicenza · Contratto a tempo indeterminato e pieno\nLa nostra azienda cerca un assistente amministrativo per l'ufficio contabilità, che gestirà fatture e prima nota.\n",
            "Assistente amministrativo",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["title"], title, "{name}: {f}");
    }
}

/// A public employer's name above the role ("Comune di ...", "# Gemeente ...") yields to the
/// line or heading that names a role.
#[test]
fn an_employers_header_yields_to_the_role() {
    for (name, posting, title) in [
        (
            "it.txt",
            "Comune di Lecco\nIstruttore amministrativo\nArea servizi sociali\nIl Comune indice una selezione pubblica per un istruttore amministrativo da assegnare ai servizi sociali.\n",
            "Istruttore amministrativo",
        ),
        (
            "nl.md",
            "# Gemeente Almelo\n\n## Beleidsmedewerker verkeer\n\nWij zoeken een beleidsmedewerker die ons verkeersbeleid vormgeeft en met inwoners in gesprek gaat.\n",
            "Beleidsmedewerker verkeer",
        ),
        (
            "de.md",
            "# Stadt Fulda\n\n## Sachbearbeiter (m/w/d) Bauordnung\n\nDie Stadt sucht einen Sachbearbeiter für die Bauaufsicht, der Bauanträge prüft und Bürger berät.\n",
            "Sachbearbeiter (m/w/d) Bauordnung",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["title"], title, "{name}: {f}");
    }
    // A top heading that names no role stays the title when no role heading follows it.
    let f = facts(
        "en.md",
        "# Night Shift at the Bakery\n\n## What you will do\n\nBake bread from 2 am.\n",
    );
    assert_eq!(f["title"], "Night Shift at the Bakery", "{f}");
}

/// A label that names the title ("Intitulé du poste :", "Stanowisko:", "# Puesto:") is no part
/// of it, as "Job Title:" is not (`labels.title` of each pack).
#[test]
fn a_title_label_is_no_part_of_the_title() {
    for (name, posting, title) in [
        (
            "fr.md",
            "**Intitulé du poste :** Gestionnaire de paie\n\n**Lieu :** Rennes\n\nNous recherchons un gestionnaire de paie pour notre siège rennais, qui établira les bulletins de salaire.\n",
            "Gestionnaire de paie",
        ),
        (
            "pl.txt",
            "Stanowisko: Księgowa\nMiejsce pracy: Łódź\nSzukamy księgowej do biura rachunkowego, która poprowadzi księgi kilkunastu klientów.\n",
            "Księgowa",
        ),
        (
            "es.md",
            "# Puesto: Técnico de laboratorio\n\nBuscamos un técnico de laboratorio para nuestro centro de Valencia, que realizará análisis de calidad.\n",
            "Técnico de laboratorio",
        ),
        (
            "sv.md",
            "**Tjänst:** Ekonomiassistent\n\n**Ort:** Luleå\n\nVi söker en ekonomiassistent som sköter leverantörsreskontran och bokföringen.\n",
            "Ekonomiassistent",
        ),
        (
            "en.md",
            "# Job Title: Line Cook\n\nWe are hiring a line cook for our kitchen in Boise.\n",
            "Line Cook",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["title"], title, "{name}: {f}");
    }
}

/// Outside English a fixed-term contract is the type, the hours beside it its schedule
/// ("Tempo pieno" above "tempo determinato"); in English the hours stay the type.
#[test]
fn a_fixed_term_contract_beside_the_hours_is_the_type() {
    for (name, posting) in [
        (
            "it.txt",
            "Istruttore tecnico\nTempo pieno\nContratto a tempo determinato 12 mesi\nCerchiamo un istruttore tecnico per l'ufficio lavori pubblici, che seguirà i cantieri del comune.\n",
        ),
        (
            "sv.txt",
            "Lagerarbetare\nHeltid\nVisstidsanställning 6 månader\nVi söker en lagerarbetare till vårt lager i Borås som plockar order och tar emot leveranser.\n",
        ),
        (
            "de.txt",
            "Sachbearbeiter (m/w/d)\nTeilzeit\nbefristet für 2 Jahre\nWir suchen einen Sachbearbeiter für unsere Personalabteilung, der Verträge vorbereitet und Bewerber betreut.\n",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["employment_type"], "TEMPORARY", "{name}: {f}");
        assert_eq!(f["fixed_term"], true, "{name}: {f}");
    }
    let f = facts(
        "en.txt",
        "Data Clerk\nFull-time\nTemporary\nWe are hiring a data clerk to enter and check records for our Reno office.\n",
    );
    assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    // "tempo indeterminato e pieno": full-time and permanent.
    let f = facts(
        "it.txt",
        "Magazziniere\nContratto a tempo indeterminato e pieno\nCerchiamo un magazziniere per il nostro deposito, che preparerà gli ordini e gestirà le scorte.\n",
    );
    assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
    assert_eq!(f["fixed_term"], false, "{f}");
    // "Vast contract" is permanent, not a contractor's "contract".
    let f = facts(
        "nl.txt",
        "Magazijnmedewerker\nBreda · Fulltime · Vast contract\nWij zoeken een magazijnmedewerker voor ons distributiecentrum, die orders verzamelt en vrachtwagens laadt.\n",
    );
    assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
    assert_eq!(f["fixed_term"], false, "{f}");
}

/// An internship's length after its word ("stage de 6 mois", "stage di 6 mesi") makes it an
/// internship with a fixed term and a duration; an intern's "rimborso spese" is pay.
#[test]
fn an_internships_length_makes_it_fixed_term() {
    for (name, posting) in [
        (
            "fr.txt",
            "Assistant(e) marketing\nToulouse\nStage de 6 mois à partir de mars.\nVous participerez à la préparation de nos salons et à la rédaction de nos newsletters.\n",
        ),
        (
            "it.txt",
            "Addetto ufficio acquisti\nBergamo\nStage di 6 mesi\nCerchiamo un neolaureato in economia che affianchi i buyer nella gestione dei fornitori.\n",
        ),
        (
            "es.txt",
            "Analista de marketing\nMálaga\nContrato de prácticas de 6 meses\nBuscamos estudiantes de último curso que apoyen al equipo de marketing digital en sus campañas.\n",
        ),
        (
            "de.txt",
            "Marketing (m/w/d)\nLeipzig\nPraktikum für 6 Monate\nWir suchen Studierende, die unser Team bei Kampagnen und Messen unterstützen.\n",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["employment_type"], "INTERN", "{name}: {f}");
        assert_eq!(f["fixed_term"], true, "{name}: {f}");
        assert_eq!(f["duration"]["value"], 6.0, "{name}: {f}");
    }
    let f = facts(
        "it.txt",
        "Stage in ufficio legale\nTorino\nStage di 6 mesi\nRimborso spese di 700 € al mese.\nCerchiamo un neolaureato in giurisprudenza che affianchi i nostri avvocati.\n",
    );
    assert_eq!(f["pay"]["min"], 700.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

/// A city alone among a page's chips ("· Köln ·", "Padova · Tempo pieno") is the place of
/// work, with its country.
#[test]
fn a_city_among_chips_is_the_place() {
    for (name, posting, country) in [
        (
            "de.txt",
            "Werkstudent Marketing (m/w/d)\n· Köln ·\nWir suchen Studierende, die unser Team bei Kampagnen und Messen unterstützen.\n",
            "DE",
        ),
        (
            "it.txt",
            "Magazziniere\nPadova · Tempo pieno\nCerchiamo un magazziniere per il nostro deposito, che preparerà gli ordini e gestirà le scorte.\n",
            "IT",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["locations"][0]["country"], country, "{name}: {f}");
    }
}
