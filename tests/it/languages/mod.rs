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
