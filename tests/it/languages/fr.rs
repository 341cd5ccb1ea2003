//! French postings (`rules/vocab/lang/fr.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn work_study_and_umbrella_contracts_state_their_type() {
    let posting = "# Assistant commercial (H/F)\n\nNotre agence de Rennes recrute un assistant \
                   commercial pour suivre les devis et accueillir les clients au téléphone.\n\n\
                   Type de contrat : Contrat de professionnalisation\n";
    let f = facts("assistant.md", posting);
    assert_eq!(f["employment_type"], "INTERN", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    let umbrella = posting.replace("Contrat de professionnalisation", "portage salarial");
    assert_eq!(
        facts("assistant.md", &umbrella)["employment_type"],
        "CONTRACTOR"
    );
}

#[test]
fn a_fixed_term_contract_with_its_length_in_words() {
    let posting = "# Vendeur (H/F)\n\nPoste en CDD de huit mois, basé à Lille, pour la saison. Vous \
                   conseillez les clients et tenez la caisse du magasin.\n";
    let f = facts("vendeur.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["duration"]["value"], 8.0, "{f}");
    assert!(!has(&fired("vendeur.md", posting), "duration/missing"));
}

#[test]
fn benefits_of_french_ads_and_a_bonus_alone() {
    let posting = "# Comptable (H/F)\n\nVous tenez la comptabilité de nos filiales à Lille et \
                   préparez les clôtures mensuelles avec l'équipe.\n\n## Avantages\n\n\
                   - Chèques déjeuner\n- Forfait mobilités durables\n";
    assert_eq!(facts("compta.md", posting)["benefits"], true);
    assert!(!has(&fired("compta.md", posting), "benefits/missing"));
    // A thirteenth month is pay, not a benefit.
    let bonus = "# Comptable (H/F)\n\nVous tenez la comptabilité de nos filiales à Lille et \
                 préparez les clôtures mensuelles avec l'équipe. Un 13ème mois est versé en \
                 décembre.\n";
    assert_eq!(facts("compta.md", bonus)["benefits"], true);
    assert!(has(&fired("compta.md", bonus), "benefits/missing"));
}

#[test]
fn equal_skills_statement_and_full_remote_work() {
    let posting = "# Comptable (H/F)\n\nVous tenez la comptabilité de nos filiales à Lille et \
                   préparez les clôtures mensuelles. À compétences égales, une attention \
                   particulière sera portée aux candidatures de personnes en situation de \
                   handicap.\n";
    assert_eq!(facts("compta.md", posting)["eeo_statement"], true);
    assert!(!has(&fired("compta.md", posting), "eeo/missing"));
    let remote = "# Développeur (H/F)\n\nVous développez nos applications web au sein d'une équipe \
                  produit. Le poste est proposé en 100 % à distance, depuis toute la France.\n";
    assert_eq!(facts("dev.md", remote)["work_arrangement"], "remote");
    assert!(!has(&fired("dev.md", remote), "location/missing"));
}

#[test]
fn posting_date_and_deadline_with_month_names_and_plural_period_words() {
    let posting = "# Chargée de communication (H/F)\n\nPubliée le 3 mars 2026\n\nLa Maison \
                   Verdier, éditeur à Nantes, recherche une chargée de communication pour ses \
                   salons et sa lettre d'information.\n\nRémunération : 2 400 € bruts \
                   mensuels\n\nDate limite de candidature : 15 avril 2026\n";
    let f = facts("comm.md", posting);
    assert_eq!(f["date_posted"], "2026-03-03", "{f}");
    assert_eq!(f["deadline"], "2026-04-15", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
    let yearly = posting.replace("2 400 € bruts mensuels", "30 000 € bruts annuels");
    assert_eq!(facts("comm.md", &yearly)["pay"]["period"], "year");
}

#[test]
fn thousands_of_euros_written_keur() {
    let posting = "# Ingénieur d'études (H/F)\n\nNotre bureau d'études de Nantes renforce son équipe \
                   et recrute un ingénieur pour ses projets ferroviaires.\n\n\
                   Rémunération : 42-48 kEUR brut annuel\n";
    let f = facts("etudes.md", posting);
    assert_eq!(f["pay"]["min"], 42000.0, "{f}");
    assert_eq!(f["pay"]["max"], 48000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "EUR", "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
}

#[test]
fn a_swiss_workload_states_full_or_part_time() {
    let posting = "# Comptable (F/H)\n\nNotre fiduciaire de Genève cherche un comptable pour \
                   tenir les comptes de ses clients PME.\n\nTaux d'activité : 80 à 100 %\n";
    assert_eq!(
        facts("fiduciaire.md", posting)["employment_type"],
        "FULL_TIME"
    );
    let part = posting.replace("80 à 100 %", "50 %");
    assert_eq!(
        facts("fiduciaire.md", &part)["employment_type"],
        "PART_TIME"
    );
}

#[test]
fn month_names_in_capitals_with_accents_are_dates() {
    let posting = "# Comptable (H/F)\n\nPubliée le 3 FÉVRIER 2026\n\nNous recherchons un comptable \
                   pour notre cabinet de Lyon. Vous tenez la comptabilité de nos clients.\n";
    assert_eq!(facts("comptable.md", posting)["date_posted"], "2026-02-03");
}

#[test]
fn equal_treatment_in_capitals_is_a_statement() {
    let posting = "Technicien de maintenance (H/F)\n\nSite de production à Rennes recherche un \
                   technicien pour la maintenance préventive des lignes d'embouteillage.\n\n\
                   NOUS GARANTISSONS L'ÉGALITÉ DE TRAITEMENT DE TOUTES LES CANDIDATURES.\n";
    let f = facts("technicien.txt", posting);
    assert_eq!(f["eeo_statement"], true, "{f}");
    assert!(!has(&fired("technicien.txt", posting), "eeo/missing"));
}

#[test]
fn a_workload_written_with_a_typographic_apostrophe() {
    // Swiss postings often write "d’" where the pack writes "d'".
    let posting = "Assistant administratif (H/F)\n\nNotre fiduciaire à Lausanne cherche un \
                   assistant pour le suivi des dossiers de ses clients.\n\n\
                   Taux d’occupation : 60 %\n";
    let f = facts("assistant.txt", posting);
    assert_eq!(f["employment_type"], "PART_TIME", "{f}");
}

#[test]
fn suppliers_in_running_text_are_no_contractor() {
    // "prestataires" names the suppliers the role deals with; "Type de contrat : Prestataire", the type.
    let posting = "# Chargé d'événements H/F\n\nNotre agence de Nantes organise des salons et des \
                   congrès pour les entreprises de la région.\n\nType de contrat : CDI\n\n## Missions\n\n\
                   - Préparer les salons professionnels avec l'équipe\n- Suivre les prestataires\n";
    // A CDI is permanent, which `extract` reports as no type (schema.org has none), not fixed-term.
    let f = facts("event.md", posting);
    assert!(f["employment_type"].is_null(), "{f}");
    assert_eq!(f["fixed_term"], false, "{f}");
    let field = "# Consultant SAP H/F\n\nType de contrat : Prestataire\n\nVous accompagnez nos clients de Lille.\n";
    assert_eq!(facts("sap.md", field)["employment_type"], "CONTRACTOR");
}

/// A field whose label says where the days are ("Télétravail : 2 jours par semaine") is a
/// share of the week, as the same words in a sentence are: hybrid.
#[test]
fn a_share_of_the_week_under_a_label_of_where() {
    let posting = "Acheteur H/F\nLille\n\nVous gérez les achats de matières premières pour nos \
                   trois usines et négociez avec nos fournisseurs.\n\nTélétravail : 2 jours par \
                   semaine.\n";
    let f = facts("lille.txt", posting);
    assert_eq!(f["work_arrangement"], "hybrid", "{f}");
}

/// "Télétravail" alone is remote work as a place's whole value ("Lieu : Télétravail"); in a
/// sentence it is as often some days at home, no remote place ("Télétravail partiel possible").
#[test]
fn telework_alone_is_remote_only_as_a_places_value() {
    let value = "Juriste droit social H/F\nLieu : Télétravail\n\nVous conseillez nos clients \
                 sur les questions de droit du travail et rédigez les contrats.\n";
    let f = facts("lieu.txt", value);
    assert_eq!(f["work_arrangement"], "remote", "{f}");
    assert_eq!(f["locations"][0]["text"], "Télétravail", "{f}");
    let partial = "Juriste droit social H/F\nLyon\n\nVous conseillez nos clients sur les \
                   questions de droit du travail et rédigez les contrats. Télétravail partiel \
                   possible après la période d'essai.\n";
    let f = facts("partiel.txt", partial);
    assert_eq!(f["locations"].as_array().map(Vec::len), Some(1), "{f}");
    assert_eq!(f["locations"][0]["city"], "Lyon", "{f}");
}

/// A word of `field_values` as the whole of a job board's chip states the type, whichever way
/// the board sets its chips apart: between dots or in brackets after the place.
#[test]
fn a_field_value_as_a_boards_chip_states_the_type() {
    for place_line in ["Nantes · Stage", "Nantes (Stage)"] {
        let posting = format!(
            "Assistant marketing H/F\n{place_line}\n\nVous rejoignez notre équipe marketing et participez aux campagnes de la marque.\n"
        );
        let f = facts("board.txt", &posting);
        assert_eq!(f["employment_type"], "INTERN", "{place_line}: {f}");
    }
    // In a sentence the word is no chip.
    let text = "Assistant marketing H/F\n\nVous avez fait un stage en agence et participez aux campagnes de la marque.\n";
    assert_ne!(facts("text.txt", text)["employment_type"], "INTERN");
}
