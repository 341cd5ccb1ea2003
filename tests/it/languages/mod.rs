//! Postings in each language of `rules/vocab/lang/`, written for these tests: what `extract`
//! reads from them and which rules fire. One module per language pack.

pub use crate::common::facts;
use crate::common::stdin_findings;

/// The ids of the rules that fire on `text`, read from stdin as `name`.
pub fn fired(name: &str, text: &str) -> Vec<String> {
    stdin_findings(name, text)
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

mod across;
mod boards;
mod de;
mod es;
mod fr;
mod it;
mod nl;
mod pl;
mod pt;
mod sv;

/// A contract's length written after the word for the contract makes the role fixed-term, in
/// every language, and is its duration; a working week is no length.
#[test]
fn a_contracts_length_after_its_word_makes_it_fixed_term() {
    for (name, posting, months) in [
        (
            "fr.txt",
            "Magasinier\n\nNous recherchons un magasinier pour notre entrepôt de Lyon. Vous préparez les commandes et gérez les stocks.\n\nVous aurez un contrat de 6 mois.\n",
            6.0,
        ),
        (
            "de.txt",
            "Lagerist\n\nWir suchen einen Lageristen für unser Lager in Köln. Sie kommissionieren Aufträge und pflegen den Bestand.\n\nSie erhalten einen Vertrag für 12 Monate.\n",
            12.0,
        ),
        (
            "es.txt",
            "Mozo de almacén\n\nBuscamos un mozo de almacén para nuestro centro de Sevilla. Prepararás pedidos y controlarás el inventario.\n\nOfrecemos un contrato de 6 meses.\n",
            6.0,
        ),
        (
            "it.txt",
            "Magazziniere\n\nCerchiamo un magazziniere per il nostro deposito di Torino. Preparerai gli ordini e gestirai le scorte.\n\nOffriamo un contratto di 6 mesi.\n",
            6.0,
        ),
        (
            "pl.txt",
            "Magazynier\n\nSzukamy magazyniera do naszego magazynu w Poznaniu. Będziesz kompletować zamówienia i dbać o stany.\n\nOferujemy umowę na 6 miesięcy.\n",
            6.0,
        ),
        (
            "en.txt",
            "Warehouse Associate\n\nWe are looking for a warehouse associate to pick orders and keep stock counts right at our Reno site.\n\nThis is a contract for 12 months.\n",
            12.0,
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["fixed_term"], true, "{name}: {f}");
        assert_eq!(f["duration"]["value"], months, "{name}: {f}");
        assert!(
            !fired(name, posting).contains(&"duration/missing".to_string()),
            "{name}"
        );
    }
    let nl = "Magazijnmedewerker\n\nWij zoeken een magazijnmedewerker voor ons distributiecentrum in Tilburg. Je werkt in ploegendienst en verzorgt de orderpicking.\n\nJe krijgt een contract voor 1 jaar.\n";
    let f = facts("nl.txt", nl);
    assert_eq!(f["fixed_term"], true, "{f}");
    assert_eq!(f["duration"]["unit"], "year", "{f}");
    let week = "Magasinier\n\nNous recherchons un magasinier pour notre entrepôt de Lyon. Vous préparez les commandes et gérez les stocks.\n\nContrat de 35 heures par semaine.\n";
    assert_eq!(facts("fr.txt", week)["fixed_term"], false);
}

/// Years of experience asked for, in every language's own words (`experience` of each pack):
/// before the years, after them, as a range and in words; years that are an age, a company's
/// history or a contract's length are not experience.
#[test]
fn years_of_experience_in_every_language() {
    let posting = |title: &str, body: &str| format!("# {title}\n\n{body}\n");
    for (name, title, body, min, max) in [
        (
            "de.md",
            "Vertriebsinnendienst (m/w/d)",
            "Sie bringen mindestens 5 Jahre einschlägige Berufserfahrung im Vertrieb mit und arbeiten gerne im Team an unserem Standort in Bremen.",
            5.0,
            None,
        ),
        (
            "de2.md",
            "Pflegefachkraft (m/w/d)",
            "Sie haben Berufserfahrung von 2 bis 4 Jahren in der ambulanten Pflege und einen Führerschein der Klasse B. Unser Pflegedienst liegt in Kassel.",
            2.0,
            Some(4.0),
        ),
        (
            "fr.md",
            "Gestionnaire de paie (H/F)",
            "Vous avez 5 ans minimum d'expérience en gestion de la paie dans un cabinet comptable. Le poste est basé à Nantes.",
            5.0,
            None,
        ),
        (
            "fr2.md",
            "Chargé de clientèle (H/F)",
            "Vous justifiez d'une expérience de deux à quatre ans sur un poste similaire, idéalement dans le secteur bancaire à Lille.",
            2.0,
            Some(4.0),
        ),
        (
            "es2.md",
            "Analista de datos",
            "Se requiere experiencia mínima de entre 2 y 5 años como analista en una consultora. La oficina está en Zaragoza.",
            2.0,
            Some(5.0),
        ),
        (
            "es.md",
            "Dependiente de tienda",
            "Buscamos una persona con al menos 3 años de experiencia en atención al cliente para nuestra tienda de Málaga. Se valorará el inglés.",
            3.0,
            None,
        ),
        (
            "it.md",
            "Contabile",
            "Cerchiamo un candidato con esperienza di 2-4 anni nella contabilità generale presso studi professionali. Sede di lavoro: Bologna.",
            2.0,
            Some(4.0),
        ),
        (
            "nl.md",
            "Accountmanager",
            "Je hebt minimaal drie jaar relevante werkervaring in de zakelijke verkoop en je woont in de regio Eindhoven. Je spreekt goed Nederlands.",
            3.0,
            None,
        ),
        (
            "pl.md",
            "Specjalista ds. sprzedaży",
            "Oczekujemy co najmniej 2 lata doświadczenia w sprzedaży B2B oraz dobrej znajomości języka angielskiego. Praca w biurze w Lublinie.",
            2.0,
            None,
        ),
        (
            "pt.md",
            "Analista financeiro",
            "Procuramos profissional com pelo menos 4 anos de experiência em controladoria e inglês avançado. Local de trabalho: Curitiba.",
            4.0,
            None,
        ),
        (
            "sv.md",
            "Redovisningsekonom",
            "Vi söker dig som har 3-5 års arbetslivserfarenhet av redovisning och goda kunskaper i svenska. Tjänsten är placerad i Malmö.",
            3.0,
            Some(5.0),
        ),
    ] {
        let f = facts(name, &posting(title, body));
        assert_eq!(f["experience_years"]["min"], min, "{name}: {f}");
        assert_eq!(
            f["experience_years"]["max"],
            max.map_or(serde_json::Value::Null, serde_json::Value::from),
            "{name}: {f}"
        );
    }
    for (name, title, body) in [
        (
            "de.md",
            "Fahrer (m/w/d)",
            "Sie sind mindestens 18 Jahre alt und haben einen Führerschein der Klasse C. Wir sind seit über 20 Jahren ein Familienunternehmen in Ulm.",
        ),
        (
            "fr.md",
            "Vendeur (H/F)",
            "Notre enseigne accompagne ses clients depuis plus de 15 ans dans toute la région de Rennes. Vous aimez le contact avec la clientèle.",
        ),
        (
            "it.md",
            "Magazziniere",
            "Il contratto ha una durata di 12 mesi con possibilità di rinnovo per due anni. Il deposito si trova a Verona.",
        ),
        (
            "sv.md",
            "Lagerarbetare",
            "Du är minst 18 år gammal och har B-körkort. Vi har funnits i Jönköping i över 30 år.",
        ),
    ] {
        let f = facts(name, &posting(title, body));
        assert!(f["experience_years"].is_null(), "{name}: {f}");
    }
}

/// A title's seniority in the words of each language (`seniority.levels` of each pack, read
/// in postings with a part in the pack's language), and the conflict it makes with the years
/// of experience asked for; English titles keep their English reading.
#[test]
fn seniority_of_titles_in_every_language() {
    let posting = |title: &str, body: &str| format!("# {title}\n\n{body}\n");
    let de = "Wir sind ein kleines Team in Leipzig und beantworten jede Bewerbung innerhalb von zwei Wochen. Du unterstützt uns im Tagesgeschäft.";
    let fr = "Nous sommes une petite équipe à Nantes et nous répondons à chaque candidature sous deux semaines. Vous rejoignez un service en pleine croissance.";
    let es = "Somos un equipo pequeño en Valencia y respondemos a cada candidatura en dos semanas. Te unirás a un departamento en crecimiento.";
    let it = "Siamo un piccolo team a Padova e rispondiamo a ogni candidatura entro due settimane. Entrerai in un reparto in crescita.";
    let nl = "Wij zijn een klein team in Utrecht en reageren binnen twee weken op elke sollicitatie. Je komt terecht in een groeiende afdeling.";
    let pl = "Jesteśmy małym zespołem w Lublinie i odpowiadamy na każdą aplikację w ciągu dwóch tygodni. Dołączysz do rozwijającego się działu.";
    let pt = "Somos uma equipe pequena em Recife e respondemos a cada candidatura em duas semanas. Você vai integrar uma área em crescimento.";
    let sv = "Vi är ett litet team i Uppsala och svarar på varje ansökan inom två veckor. Du kommer till en avdelning som växer.";
    let en = "We are a small team in Denver and answer every application within two weeks. You join a growing department.";
    for (name, title, body, level) in [
        ("de.md", "Werkstudentin Personalwesen (m/w/d)", de, "intern"),
        ("de2.md", "Teamleitung Kundenservice (m/w/d)", de, "lead"),
        ("fr.md", "Chef de projet digital (H/F)", fr, "lead"),
        ("fr2.md", "Comptable confirmé (H/F)", fr, "mid"),
        ("es.md", "Becario de marketing", es, "intern"),
        ("it.md", "Responsabile di magazzino", it, "lead"),
        ("nl.md", "Medior Java-ontwikkelaar", nl, "mid"),
        ("pl.md", "Młodszy księgowy", pl, "junior"),
        ("pt.md", "Analista de dados Pleno", pt, "mid"),
        ("sv.md", "Avdelningschef ekonomi", sv, "lead"),
        ("en.md", "Stage Manager", en, "lead"),
    ] {
        let f = facts(name, &posting(title, body));
        assert_eq!(f["seniority"], level, "{name}: {f}");
    }
    // Another language's word in an English posting is not read.
    let f = facts("en2.md", &posting("Praktikant", en));
    assert!(f["seniority"].is_null(), "{f}");
    let intern = posting(
        "Praktikant Marketing (m/w/d)",
        "Für unser Team in Köln suchen wir Unterstützung. Du bringst mindestens 3 Jahre \
         Berufserfahrung im Marketing mit.",
    );
    let rules = fired("praktikum.md", &intern);
    assert!(
        rules.contains(&"conflict/seniority-title".to_string()),
        "{rules:?}"
    );
}

/// Hybrid work in each language's words, in running text ("2 Tage Homeoffice pro Woche") and
/// as a workplace field's word alone ("Modalidad: Presencial", "Tryb pracy: hybrydowy"); a
/// perk alone in a list of benefits ("Homeoffice") states no arrangement.
#[test]
fn hybrid_work_and_a_workplace_fields_word_alone_in_every_language() {
    for (name, posting, arrangement) in [
        (
            "de.md",
            "# Sachbearbeiter Einkauf (m/w/d)\n\nSie betreuen unsere Lieferanten in Mannheim und \
             arbeiten bis zu 2 Tage Homeoffice pro Woche.\n",
            "hybrid",
        ),
        (
            "de-ort.md",
            "# Lagerist (m/w/d)\n\nSie kommissionieren Aufträge in unserem Lager in Kassel.\n\n\
             Arbeitsmodell: vor Ort\n",
            "onsite",
        ),
        (
            "fr.md",
            "# Comptable (H/F)\n\nVous tenez la comptabilité de nos clients depuis notre agence \
             de Rennes, avec deux jours de télétravail par semaine.\n",
            "hybrid",
        ),
        (
            "es.md",
            "# Técnico/a de soporte\n\nAtenderás las incidencias de nuestros clientes desde la \
             oficina de Valencia.\n\nModalidad: Presencial\n",
            "onsite",
        ),
        (
            "es-h.md",
            "# Analista de datos\n\nTrabajarás con el equipo de finanzas de Bilbao en modalidad \
             híbrida, tres días en la oficina.\n",
            "hybrid",
        ),
        (
            "it.md",
            "# Impiegato amministrativo\n\nGestirai la contabilità fornitori nella nostra sede di \
             Verona, in modalità ibrida.\n",
            "hybrid",
        ),
        (
            "nl.md",
            "# Planner\n\nJe plant de ritten van onze chauffeurs vanuit ons kantoor in Tilburg, \
             met twee dagen thuiswerken per week.\n",
            "hybrid",
        ),
        (
            "pl.md",
            "# Księgowa\n\nProwadzenie ksiąg rachunkowych klientów naszego biura w Lublinie.\n\n\
             Tryb pracy: hybrydowy\n",
            "hybrid",
        ),
        (
            "pt.md",
            "# Analista Financeiro\n\nVocê vai cuidar das contas a pagar da nossa unidade de \
             Curitiba, no modelo híbrido.\n",
            "hybrid",
        ),
        (
            "sv.md",
            "# Ekonomiassistent\n\nDu sköter leverantörsreskontran på vårt kontor i Västerås, \
             med möjlighet till hybridarbete.\n",
            "hybrid",
        ),
    ] {
        let f = facts(name, posting);
        assert_eq!(f["work_arrangement"], arrangement, "{name}: {f}");
    }
    let perks = "# Buchhalter (m/w/d)\n\nSie buchen die Belege unserer Mandanten in Freiburg.\n\n\
                 Wir bieten\nJobticket\nHomeoffice\nKantine\nBetriebsrente\n";
    let f = facts("perks.md", perks);
    assert!(f["work_arrangement"].is_null(), "{f}");
}

/// The person sought in running text states the level (`seniority.seeking`, `articles`,
/// `sought`), in every language; one whose words name no level states none.
#[test]
fn the_person_sought_in_running_text_states_the_level() {
    for (name, posting, level) in [
        (
            "de.md",
            "# Marketing (m/w/d)\n\nWir suchen einen Praktikanten für unser Team in Bremen, das Messen und Kampagnen plant.\n",
            "intern",
        ),
        (
            "fr.md",
            "# Assistant événementiel H/F\n\nNous recrutons un stagiaire pour notre agence de Lille, qui organise des salons professionnels.\n",
            "intern",
        ),
        (
            "es.md",
            "# Desarrollador/a backend\n\nBuscamos un desarrollador junior para nuestro equipo de Málaga, que construye software para clínicas.\n",
            "junior",
        ),
        (
            "it.md",
            "# Ufficio acquisti\n\nCerchiamo uno stagista da inserire nel team acquisti della nostra sede di Padova.\n",
            "intern",
        ),
        (
            "nl.md",
            "# Communicatie\n\nWij zoeken een stagiair die ons communicatieteam in Groningen komt versterken.\n",
            "intern",
        ),
        (
            "pl.md",
            "# Wsparcie IT\n\nPoszukujemy stażysty do zespołu wsparcia IT w naszym biurze w Lublinie.\n",
            "intern",
        ),
        (
            "pt.md",
            "# Marketing Digital\n\nProcuramos um estagiário para a nossa equipa de marketing em Coimbra.\n",
            "intern",
        ),
        (
            "sv.md",
            "# HR-avdelningen\n\nVi söker en praktikant till vår HR-avdelning i Uppsala under hösten.\n",
            "intern",
        ),
        (
            "en.md",
            "# Sales Associate\n\nWe are hiring a junior sales associate for our store in Boise. You will help customers and keep the floor tidy.\n",
            "junior",
        ),
    ] {
        assert_eq!(facts(name, posting)["seniority"], level, "{name}");
    }
    for (name, posting) in [
        (
            "de.md",
            "# Lager (m/w/d)\n\nWir suchen einen Lageristen für unser Lager in Bremen, der Waren annimmt und Aufträge kommissioniert.\n",
        ),
        (
            "en.md",
            "# Sales Associate\n\nWe are hiring a sales associate for our store in Boise. You will help customers and keep the floor tidy.\n",
        ),
        // A range or a choice of levels states none.
        (
            "en.md",
            "# Data Analyst\n\nWe are seeking a Junior- to Mid-Level analyst with 3+ years of experience for our Boise office.\n",
        ),
        (
            "de.md",
            "# Entwickler (m/w/d)\n\nWir suchen einen Junior- bis Senior-Entwickler für unser Team in Bremen, der Webanwendungen baut.\n",
        ),
        (
            "de.md",
            "# Entwickler (m/w/d)\n\nWir suchen einen Junior- oder Senior-Entwickler für unser Team in Bremen, der Webanwendungen baut.\n",
        ),
        (
            "de.md",
            "# Junior oder Senior Entwickler (m/w/d)\n\nWir suchen einen Entwickler für unser Team in Bremen, der Webanwendungen baut.\n",
        ),
    ] {
        assert!(
            facts(name, posting)["seniority"].is_null(),
            "{name}: {posting}"
        );
    }
}

/// A user's pack adds type words to structured data too (`type_words.values` is read in a
/// page's JSON-LD `employmentType`, with every pack's words).
#[test]
fn a_users_pack_names_the_type_of_structured_data() {
    let pack = "language: en\nname: English\ndetector: eng\ntype_words:\n  values:\n    TEMPORARY: [locum]\n";
    let page = r#"<html><head><script type="application/ld+json">{"@context": "http://schema.org",
  "@type": "JobPosting", "title": "Pharmacist", "employmentType": "Locum",
  "description": "<p>Dispense prescriptions in our pharmacy in Leeds while our pharmacist is away.</p>"}
</script></head><body><div id="app"></div></body></html>
"#;
    let f = facts("page.html", page);
    assert!(f["employment_type"].is_null(), "{f}");
    let f = facts_with_pack_named("en", pack, "page.html", page);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
}

/// What `extract` reads from `text` with a user's pack `yaml` as `vocab/lang/<code>.yaml`.
fn facts_with_pack(code: &str, yaml: &str, text: &str) -> serde_json::Value {
    facts_with_pack_named(code, yaml, "x.md", text)
}

/// [`facts_with_pack`] of `text` read as a file `name`.
fn facts_with_pack_named(code: &str, yaml: &str, name: &str, text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let lang = dir.path().join("vocab/lang");
    std::fs::create_dir_all(&lang).unwrap();
    std::fs::write(lang.join(format!("{code}.yaml")), yaml).unwrap();
    let out = crate::common::hirelint()
        .args(["extract", "--stdin-filename", name, "--rules"])
        .arg(dir.path())
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// English type words are the English pack's (`type_words.types`), read as the built-in ones
/// are: beside a noun for a job, alone on a line, not in any sentence.
#[test]
fn a_users_english_pack_adds_type_words() {
    let pack = "language: en\nname: English\ndetector: eng\ntype_words:\n  types:\n    TEMPORARY: [locum]\n";
    let text = "# Pharmacist\n\nWe are a family-run pharmacy in a market town and need cover while our pharmacist is away.\n\nThis is a locum position in our dispensary.\n";
    assert_eq!(
        facts("x.md", text)["employment_type"],
        serde_json::Value::Null
    );
    let f = facts_with_pack("en", pack, text);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    // Not a type in a sentence that does not describe the role.
    let other = "# Pharmacist\n\nWe are a family-run pharmacy in a market town.\n\nOur locum staff join the team meeting every Monday.\n";
    let f = facts_with_pack("en", pack, other);
    assert_eq!(f["employment_type"], serde_json::Value::Null, "{f}");
    // The built-in words still count beside the user's.
    let built_in = "# Pharmacist\n\nWe are a family-run pharmacy in a market town.\n\nThis is a part-time position.\n";
    let f = facts_with_pack("en", pack, built_in);
    assert_eq!(f["employment_type"], "PART_TIME", "{f}");
}
