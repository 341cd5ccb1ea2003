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
